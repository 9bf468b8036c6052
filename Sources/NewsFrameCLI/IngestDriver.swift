import ArgumentParser
import NewsFrameIngest
import NewsFramePipeline
import NewsFrameStore

/// Ingest as `ingest` and `process` run it: rejects printed as they come, a closing summary.
enum IngestDriver {
    static func ingest(paths: [String], store: CorpusStore, maxDocumentBytes: Int, dates: DateTable, arguments: [String]) throws -> IngestSummary {
        Diagnostics.debug("store: \(store.path)")
        var ingester = Ingester(store: store)
        ingester.reader.maxDocumentBytes = maxDocumentBytes
        ingester.reader.dates = dates
        let summary = try ingester.ingest(paths: paths, arguments: arguments) { Diagnostics.report($0) }
        Console.out("ingest: \(summary.line)")
        return summary
    }

    static func run(store: CorpusStore, pipeline: Pipeline, options: RunOptions, log: LogOptions, arguments: [String]) throws -> RunSummary {
        Diagnostics.debug(describe(pipeline, store))
        var runner = PipelineRunner(store: store, pipeline: pipeline)
        runner.workers = options.jobs
        runner.pageSize = options.batchSize
        let summary = try runner.run(
            arguments: arguments, progress: log.quiet ? nil : ProgressReporter())
        Console.out("run \(summary.runID): \(summary.line) in \(String(format: "%.2f", summary.seconds)) s")
        if let merge = try EventMerge.afterRun(store: store, pipeline: pipeline) { Console.out(merge.line) }
        return summary
    }
}

/// What `--verbose` says before a run: which pipeline, lexicons and store.
func describe(_ pipeline: Pipeline, _ store: CorpusStore?) -> String {
    var lines = ["pipeline: \(pipeline.file) (\(pipeline.specs.map { "\($0.name) \($0.fingerprint.prefix(8))" }.joined(separator: ", ")))",
        "lexicons: \(pipeline.lexiconDirectory.path)"]
    if let store { lines.append("store: \(store.path)") }
    return lines.joined(separator: "\n")
}

extension IngestOptions {
    func dateTable() throws -> DateTable {
        guard let dates else { return DateTable() }
        do {
            return try DateTable(path: dates)
        } catch {
            throw ValidationError("'--dates \(dates)': \(error)")
        }
    }
}
