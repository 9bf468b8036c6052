import ArgumentParser
import Foundation
import NewsFramePipeline

struct Process: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest dumps and run the pipeline: the main job.",
        discussion: """
            Each batch of articles is analysed as soon as it is read and stored with its results \
            in one transaction; then every other document of the store that needs work is run.
            \(InputExit.help)
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pipeline: PipelineOptions
    @OptionGroup var options: RunOptions
    @OptionGroup var log: LogOptions
    @OptionGroup var ingest: IngestOptions
    @Argument(help: "Directories, files, or - for standard input.") var paths: [String]

    func run() throws {
        log.bootstrap()
        let built = try pipeline.load()
        let corpus = try store.open()
        Diagnostics.debug(describe(built, corpus))
        var processor = DumpProcessor(store: corpus, pipeline: built)
        processor.reader.maxDocumentBytes = ingest.maxDocumentBytes
        processor.reader.dates = try ingest.dateTable()
        processor.workers = options.jobs
        processor.batchSize = options.batchSize
        let progress = log.quiet ? nil : ProgressReporter()
        let (ingested, summary) = try processor.process(
            paths: paths, arguments: CommandLine.arguments,
            report: { reject in
                if let progress, reject.severity == .error || Diagnostics.showsWarnings { progress.report(reject) } else { Diagnostics.report(reject) }
            },
            progress: progress)
        progress?.finish()
        Console.out("ingest: \(ingested.line)")
        Console.out("run \(summary.runID): \(summary.line) in \(String(format: "%.2f", summary.seconds)) s")
        if let merge = try EventMerge.afterRun(store: corpus, pipeline: built) { Console.out(merge.line) }
        Console.out("store: \(corpus.path)  (see: newsframe status, newsframe show ID, newsframe export --format jsonl)")
        try InputExit.check(
            missing: ingested.missingInputs, read: ingested.read, rejected: ingested.rejected + summary.failed, strict: pipeline.strict)
    }
}
