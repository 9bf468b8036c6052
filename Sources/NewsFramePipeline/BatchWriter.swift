import Dispatch
import Foundation
import NewsFrameCore
import NewsFrameStore

/// The single writer of a run: commits one page of results per transaction on its own
/// queue, at most one page behind the workers, and hands back the first error it met.
final class BatchWriter: @unchecked Sendable {
    private let store: CorpusStore
    private let runID: Int64
    private let queue = DispatchQueue(label: "newsframe.writer")
    private let slots = DispatchSemaphore(value: 1)
    private let lock = NSLock()
    private var failure: Error?

    init(store: CorpusStore, runID: Int64) {
        self.store = store
        self.runID = runID
    }

    func submit(_ results: [DocumentResult], failures: [RejectRecord]) throws {
        try check()
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            do {
                try store.saveResults(results, failures: failures, runID: runID)
            } catch {
                lock.withLock { if failure == nil { failure = error } }
            }
        }
    }

    /// Waits for the last page and throws the first write error, if any.
    func finish() throws {
        queue.sync {}
        try check()
    }

    private func check() throws {
        if let error = lock.withLock({ failure }) { throw error }
    }
}
