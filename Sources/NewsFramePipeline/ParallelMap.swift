import Dispatch

/// Maps a batch over `workers` threads and returns results in input order.
///
/// Results go into a buffer allocated up front, one slot per input, so threads never share
/// a slot and never resize anything.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], workers: Int, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        if inputs.isEmpty { return [] }
        let slots = Slots<Output>(count: inputs.count)
        let lanes = max(1, min(workers, inputs.count))
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            var index = lane
            while index < inputs.count {
                slots.set(index, transform(inputs[index]))
                index += lanes
            }
        }
        return slots.values()
    }

    private final class Slots<Value>: @unchecked Sendable {
        private let buffer: UnsafeMutablePointer<Value?>
        private let count: Int

        init(count: Int) {
            self.count = count
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil, count: count)
        }

        deinit {
            buffer.deinitialize(count: count)
            buffer.deallocate()
        }

        func set(_ index: Int, _ value: Value) { buffer[index] = value }

        func values() -> [Value] { (0..<count).map { buffer[$0]! } }
    }
}
