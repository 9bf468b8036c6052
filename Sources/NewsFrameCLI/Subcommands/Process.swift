import ArgumentParser
import Foundation
import NewsFramePipeline

struct Process: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest dumps and run the pipeline: the main job.",
        discussion: """
            Ingest and the pipeline run at the same time: documents are processed as soon as they \
            are stored, and a last pass picks up any document that received a new version meanwhile.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pipeline: PipelineOptions
    @OptionGroup var options: RunOptions
    @OptionGroup var ingest: IngestOptions
    @Argument(help: "Directories, files, or - for standard input.") var paths: [String]

    func run() throws {
        let built = try pipeline.load()
        let corpus = try store.open()
        let ingestion = BackgroundIngest()
        let paths = paths
        let maxBytes = ingest.maxDocumentBytes
        let dates = try ingest.dateTable()
        Thread.detachNewThread {
            ingestion.finish(Result {
                try IngestDriver.ingest(
                    paths: paths, store: corpus, maxDocumentBytes: maxBytes, dates: dates, arguments: CommandLine.arguments)
            })
        }
        let summary = try IngestDriver.run(
            store: corpus, pipeline: built, options: options, arguments: CommandLine.arguments,
            following: { !ingestion.isFinished })
        let ingested = try ingestion.result()
        Console.out("store: \(corpus.path)  (see: newsframe status, newsframe show ID, newsframe export --format jsonl)")
        if pipeline.strict, ingested.rejected > 0 || summary.failed > 0 { throw ExitCode(2) }
    }
}

/// The outcome of an ingest running beside the pipeline.
final class BackgroundIngest: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: Result<IngestSummary, Error>?

    var isFinished: Bool { lock.withLock { outcome != nil } }

    func finish(_ result: Result<IngestSummary, Error>) {
        lock.withLock { outcome = result }
    }

    func result() throws -> IngestSummary {
        while true {
            if let outcome = lock.withLock({ outcome }) { return try outcome.get() }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }
}
