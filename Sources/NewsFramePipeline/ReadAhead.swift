import Foundation
import NewsFrameCore
import NewsFrameIngest

/// Reads a dump on its own thread, at most `depth` batches ahead of the consumer.
///
/// Parsing JSON, normalizing text and hashing it cost about as much as tokenizing; done on
/// the thread that also waits for the workers, they left the cores idle between batches.
/// Memory stays bounded: the reader blocks while `depth` batches wait.
final class ReadAhead: @unchecked Sendable {
    /// One batch: documents and rejects in the order the dump gave them.
    struct Batch {
        var documents: [IncomingDocument] = []
        var rejects: [RejectRecord] = []
    }

    private let condition = NSCondition()
    private var ready: [Batch] = []
    private var finished = false
    private var stopped = false
    private var failure: Error?
    private let depth: Int

    private struct Stopped: Error {}

    init(reader: DumpReader, paths: [String], batchSize: Int, depth: Int = 2) {
        self.depth = depth
        let thread = Thread { [self] in
            var batch = Batch()
            do {
                try reader.read(paths: paths) { event in
                    switch event {
                    case .document(let incoming): batch.documents.append(incoming)
                    case .reject(let reject): batch.rejects.append(reject)
                    }
                    if batch.documents.count >= batchSize || batch.rejects.count >= batchSize {
                        try put(batch)
                        batch = Batch()
                    }
                }
                if !batch.documents.isEmpty || !batch.rejects.isEmpty { try put(batch) }
                end(nil)
            } catch is Stopped {
                end(nil)
            } catch {
                end(error)
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The next batch, or nil when the dump is read; rethrows what stopped the reader.
    func next() throws -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !finished { condition.wait() }
        if !ready.isEmpty {
            condition.broadcast()
            return ready.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Tells the reader to stop at its next batch (the consumer gave up). It does not wait:
    /// a reader blocked on standard input would hold the failing command open until the
    /// producer closed the pipe. The thread only touches this object's locked state.
    func stop() {
        condition.lock()
        stopped = true
        ready.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    private func put(_ batch: Batch) throws {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= depth && !stopped { condition.wait() }
        if stopped { throw Stopped() }
        ready.append(batch)
        condition.broadcast()
    }

    private func end(_ error: Error?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }
}
