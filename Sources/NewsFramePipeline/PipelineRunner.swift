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

    /// Records a pipeline run and the lexicon lines its pipeline left out.
    func beginRun(arguments: [String]) throws -> Int64 {
        let runID = try store.beginRun(
            kind: "pipeline", pipeline: pipeline.name, fingerprint: pipeline.fingerprint, stages: pipeline.specs,
            arguments: arguments)
        try store.recordRejects(
            pipeline.lexiconErrors.map {
                RejectRecord(severity: .warning, code: "NF012", sourceFile: $0.file, line: $0.line, message: "lexicon line left out: \($0.message)")
            }, runID: runID)
        return runID
    }

    /// Runs the pipeline over every document of the store that needs it. `continuing`
    /// carries on a run that `DumpProcessor` began, adding to its counts.
    public func run(
        arguments: [String], progress: ProgressReporter? = nil, continuing: RunSummary? = nil
    ) throws -> RunSummary {
        var summary: RunSummary
        if let continuing {
            summary = continuing
        } else {
            summary = RunSummary(runID: try beginRun(arguments: arguments))
        }
        let runID = summary.runID
        let started = Date()
        let total = try store.status(stages: []).documents
        let writer = BatchWriter()
        let processor = DocumentProcessor(pipeline: pipeline)
        var after: Int64 = 0
        var scanned = 0
        do {
            while true {
                let page = try store.workPage(after: after, limit: pageSize, stages: pipeline.specs)
                guard let lastSeq = page.lastSeq else { break }
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
                summary.analysed += page.items.count
                summary.failed += failures.count
                summary.upToDate += page.upToDate
                summary.characters += page.items.reduce(0) { $0 + $1.document.text.unicodeScalars.count }
                let store = store
                let (pageResults, pageFailures) = (results, failures)
                try writer.submit { try store.saveResults(pageResults, failures: pageFailures, runID: runID) }
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
        if continuing != nil {
            summary.upToDate = max(0, total - summary.processed - summary.failed)
        }
        // A run that `process` began counts the time it took to analyse the dump too.
        summary.seconds = (continuing?.seconds ?? 0) + Date().timeIntervalSince(started)
        progress?.finish()
        try store.finishRun(runID, status: "completed", counts: summary.counts)
        return summary
    }
}
