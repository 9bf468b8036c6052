import ArgumentParser

struct Process: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest dumps and run the pipeline: the main job.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var pipeline: PipelineOptions
    @OptionGroup var options: RunOptions
    @OptionGroup var ingest: IngestOptions
    @Argument(help: "Directories, files, or - for standard input.") var paths: [String]

    func run() throws {
        let built = try pipeline.load()
        let corpus = try store.open()
        let ingested = try IngestDriver.ingest(paths: paths, store: corpus, options: ingest, arguments: CommandLine.arguments)
        let summary = try IngestDriver.run(store: corpus, pipeline: built, options: options, arguments: CommandLine.arguments)
        Console.out("store: \(corpus.path)  (see: newsframe status, newsframe show ID, newsframe export --format jsonl)")
        if pipeline.strict, ingested.rejected > 0 || summary.failed > 0 { throw ExitCode(2) }
    }
}
