import Dispatch
import Foundation
import NewsFrameCore
import NewsFrameStore

/// Streams the corpus through a pipeline: pages of documents are read in storage order,
/// processed on `workers` threads, and committed by one writer, one transaction a page,
/// while the next page is processed. Memory holds at most two pages, whatever the corpus.
public struct PipelineRunner {
    public let store: CorpusStore
    public let pipeline: Pipeline
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    public var pageSize = 256

    public init(store: CorpusStore, pipeline: Pipeline) {
        self.store = store
        self.pipeline = pipeline
    }

    /// Runs the pipeline over the store. With `following`, the run trails a concurrent ingest:
    /// while `following()` is true it waits for new documents at the end of the corpus, then
    /// makes a last pass from the start to catch documents that got a new version meanwhile.
    public func run(
        arguments: [String], progress: ProgressReporter? = nil, following: (@Sendable () -> Bool)? = nil
    ) throws -> RunSummary {
        let runID = try store.beginRun(
            kind: "pipeline", pipeline: pipeline.name, fingerprint: pipeline.fingerprint, stages: pipeline.specs,
            arguments: arguments)
        try store.recordRejects(
            pipeline.lexiconErrors.map {
                RejectRecord(severity: .warning, code: "NF012", sourceFile: $0.file, line: $0.line, message: "lexicon line left out: \($0.message)")
            }, runID: runID)
        var summary = RunSummary(runID: runID)
        let started = Date()
        let total = try store.status(stages: []).documents
        let writer = BatchWriter(store: store, runID: runID)
        let processor = DocumentProcessor(pipeline: pipeline)
        var after: Int64 = 0
        var scanned = 0
        var lastPass = following == nil
        do {
            while true {
                let page = try store.workPage(after: after, limit: pageSize, stages: pipeline.specs)
                guard let lastSeq = page.lastSeq else {
                    if lastPass { break }
                    if following?() == true {
                        Thread.sleep(forTimeInterval: 0.002)
                    } else {
                        // The last pass must see every result committed, or it would redo them.
                        try writer.finish()
                        lastPass = true
                        after = 0
                        scanned = 0
                    }
                    continue
                }
                after = lastSeq
                let outcomes = ParallelMap.map(page.items, workers: workers) { processor.process($0) }
                var results: [DocumentResult] = []
                var failures: [RejectRecord] = []
                for outcome in outcomes {
                    switch outcome {
                    case .success(let result):
                        results.append(result)
                        for kind in result.executed.flatMap({ $0.provides }) {
                            summary.annotations[kind, default: 0] += result.annotations.count(of: kind)
                        }
                    case .failure(let reject):
                        failures.append(reject)
                        progress?.report(reject)
                    }
                }
                summary.processed += results.count
                summary.failed += failures.count
                summary.upToDate += page.upToDate
                summary.characters += page.items.reduce(0) { $0 + $1.document.text.unicodeScalars.count }
                try writer.submit(results, failures: failures)
                scanned += page.items.count + page.upToDate
                progress?.update(done: scanned, total: max(total, scanned))
            }
            try writer.finish()
        } catch {
            try? writer.finish()
            summary.seconds = Date().timeIntervalSince(started)
            try? store.finishRun(runID, status: "failed", counts: summary.counts)
            throw error
        }
        if following != nil {
            // A document can be seen current in the first pass and redone in the last.
            summary.upToDate = max(0, try store.status(stages: []).documents - summary.processed - summary.failed)
        }
        summary.seconds = Date().timeIntervalSince(started)
        progress?.finish()
        try store.finishRun(runID, status: "completed", counts: summary.counts)
        return summary
    }
}
