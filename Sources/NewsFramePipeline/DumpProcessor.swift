import Foundation
import NewsFrameCore
import NewsFrameIngest
import NewsFrameStore

/// `process`: ingest and analyse in one pass. Each batch of articles read from the dump is
/// analysed in parallel at once and written, documents and results together, in one
/// transaction, so nothing is read back from the store. A final ordinary run then picks up
/// whatever else in the store is stale. Reading runs a batch or two ahead on its own thread (`ReadAhead`); memory holds at most
/// five batches.
public struct DumpProcessor {
    public let store: CorpusStore
    public let pipeline: Pipeline
    public var reader = DumpReader()
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    public var batchSize = 256

    public init(store: CorpusStore, pipeline: Pipeline) {
        self.store = store
        self.pipeline = pipeline
    }

    public func process(
        paths: [String], arguments: [String], report: @escaping @Sendable (RejectRecord) -> Void,
        progress: ProgressReporter? = nil
    ) throws -> (ingest: IngestSummary, run: RunSummary) {
        let started = Date()
        var runner = PipelineRunner(store: store, pipeline: pipeline)
        runner.workers = workers
        runner.pageSize = batchSize
        let ingestRunID = try store.beginRun(kind: "ingest", pipeline: nil, fingerprint: nil, stages: [], arguments: arguments)
        let pipelineRunID = try runner.beginRun(arguments: arguments)
        let tally = Tally(ingest: IngestSummary(runID: ingestRunID), run: RunSummary(runID: pipelineRunID))
        let writer = BatchWriter()
        let totalBytes = progress == nil ? nil : DumpReader.inputBytes(paths)
        let processor = DocumentProcessor(pipeline: pipeline)
        let specs = pipeline.specs
        let store = store
        func flush(_ batch: ReadAhead.Batch) throws {
            // Documents stored before with the same content and current stages are not analysed again.
            let current = try store.currentDocuments(batch.documents, stages: specs)
            let pending = batch.documents.indices.filter { !current.contains(batch.documents[$0].document.id) }
            let items = pending.map { WorkItem(seq: 0, document: batch.documents[$0].document, firstStep: 0, prior: AnnotationSet()) }
            let outcomes = ParallelMap.map(items, workers: workers) { processor.process($0) }
            var analysed = [DocumentResult?](repeating: nil, count: batch.documents.count)
            for (index, outcome) in zip(pending, outcomes) { analysed[index] = try? outcome.get() }
            let results = analysed
            let failures = outcomes.compactMap { outcome -> RejectRecord? in
                if case .failure(let reject) = outcome { return reject }
                return nil
            }
            let bytes = batch.documents.reduce(0) { $0 + $1.document.text.utf8.count }
            try writer.submit {
                let saved = try store.saveIncoming(
                    batch.documents, results: results, rejects: batch.rejects, failures: failures, ingestRunID: ingestRunID,
                    pipelineRunID: pipelineRunID, stages: specs)
                tally.add(saved.outcomes, saved.rejects, saved.written, failures: failures.count, bytes: bytes, analysed: items.count)
                (saved.rejects + failures).forEach(report)
                if let progress {
                    let counts = tally.streamed(batch.documents.reduce(0) { $0 + $1.sourceBytes })
                    progress.streamed(documents: counts.documents, bytes: counts.bytes, totalBytes: totalBytes)
                }
            }
        }
        let input = ReadAhead(reader: reader, paths: paths, batchSize: batchSize)
        do {
            while let batch = try input.next() { try flush(batch) }
            try writer.finish()
        } catch {
            input.stop()
            try? writer.finish()
            try? store.finishRun(ingestRunID, status: "failed", counts: tally.ingest.counts)
            try? store.finishRun(pipelineRunID, status: "failed", counts: tally.run.counts)
            throw error
        }
        try store.finishRun(ingestRunID, status: "completed", counts: tally.ingest.counts)
        var analysed = tally.run
        analysed.seconds = Date().timeIntervalSince(started)
        let run = try runner.run(arguments: arguments, progress: progress, continuing: analysed)
        return (tally.ingest, run)
    }

    /// Counts kept by the writer thread and read when it has finished.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var ingestSummary: IngestSummary
        private var runSummary: RunSummary

        init(ingest: IngestSummary, run: RunSummary) {
            ingestSummary = ingest
            runSummary = run
        }

        private var streamedBytes = 0

        var ingest: IngestSummary { lock.withLock { ingestSummary } }

        /// Adds a batch's input bytes; the documents and bytes streamed so far.
        func streamed(_ bytes: Int) -> (documents: Int, bytes: Int) {
            lock.withLock {
                streamedBytes += bytes
                return (ingestSummary.read, streamedBytes)
            }
        }
        var run: RunSummary { lock.withLock { runSummary } }

        /// `bytes`: the UTF-8 size of the batch's texts, the ingest run's `bytes` count (as
        /// `ingest` records it).
        func add(_ outcomes: [IngestOutcome], _ rejects: [RejectRecord], _ written: [DocumentResult], failures: Int, bytes: Int, analysed: Int) {
            lock.withLock {
                runSummary.analysed += analysed
                ingestSummary.bytes += bytes
                outcomes.forEach { ingestSummary.count($0) }
                rejects.forEach { ingestSummary.count($0) }
                runSummary.processed += written.count
                runSummary.failed += failures
                for result in written {
                    runSummary.characters += result.annotations.tokens?.last?.end ?? 0
                    for kind in result.executed.flatMap({ $0.provides }) {
                        runSummary.annotations[kind, default: 0] += result.annotations.count(of: kind)
                    }
                }
            }
        }
    }
}
