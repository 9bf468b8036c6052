import NewsFrameCore
import NewsFrameIngest
import NewsFrameStore

/// Reads dumps into the store in batches of one transaction each, so an interrupted ingest
/// keeps what it committed and a repeated one skips it by content hash.
public struct Ingester {
    public let store: CorpusStore
    public var reader = DumpReader()
    public var batchSize = 500

    public init(store: CorpusStore) {
        self.store = store
    }

    /// Ingests `paths`; `report` sees every reject and warning as it is recorded.
    public func ingest(paths: [String], arguments: [String], report: (RejectRecord) -> Void) throws -> IngestSummary {
        let runID = try store.beginRun(kind: "ingest", pipeline: nil, fingerprint: nil, stages: [], arguments: arguments)
        var summary = IngestSummary(runID: runID)
        var batch: [IncomingDocument] = []
        var rejects: [RejectRecord] = []
        func flush() throws {
            guard !batch.isEmpty || !rejects.isEmpty else { return }
            let (outcomes, recorded) = try store.saveIncoming(batch, rejects: rejects, runID: runID)
            outcomes.forEach { summary.count($0) }
            for reject in recorded {
                summary.count(reject)
                report(reject)
            }
            batch.removeAll(keepingCapacity: true)
            rejects.removeAll()
        }
        do {
            try reader.read(paths: paths) { event in
                switch event {
                case .document(let incoming):
                    summary.bytes += incoming.document.text.utf8.count
                    batch.append(incoming)
                case .reject(let reject):
                    rejects.append(reject)
                }
                if batch.count >= batchSize || rejects.count >= batchSize { try flush() }
            }
            try flush()
        } catch {
            try? store.finishRun(runID, status: "failed", counts: summary.counts)
            throw error
        }
        try store.finishRun(runID, status: "completed", counts: summary.counts)
        return summary
    }
}
