import Dispatch
import Synchronization

/// Maps a batch over `workers` threads and returns results in input order.
///
/// Results go into a buffer allocated up front, one slot per input, so threads never share
/// a slot and never resize anything. Lanes take the next input from a shared counter rather
/// than a fixed share: the reader and the writer run beside the workers, so a lane can lose
/// its core for a while, and a fixed share would leave the other lanes waiting for it.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], workers: Int, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        if inputs.isEmpty { return [] }
        let slots = Slots<Output>(count: inputs.count)
        let lanes = max(1, min(workers, inputs.count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: lanes) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if index >= inputs.count { break }
                slots.set(index, transform(inputs[index]))
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
