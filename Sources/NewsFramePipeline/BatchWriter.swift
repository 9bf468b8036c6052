import Dispatch
import Foundation

/// The single writer: runs write jobs in order on its own queue, at most two behind the
/// workers, and hands back the first error it met.
final class BatchWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "newsframe.writer")
    private let slots = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var failure: Error?

    func submit(_ job: @escaping @Sendable () throws -> Void) throws {
        try check()
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            do {
                try job()
            } catch {
                lock.withLock { if failure == nil { failure = error } }
            }
        }
    }

    /// Waits for every submitted job and throws the first write error, if any.
    func finish() throws {
        queue.sync {}
        try check()
    }

    private func check() throws {
        if let error = lock.withLock({ failure }) { throw error }
    }
}
