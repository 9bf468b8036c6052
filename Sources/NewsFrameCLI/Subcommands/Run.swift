import ArgumentParser

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the pipeline over every document that needs it.",
        discussion: """
            Documents whose stage results match the current configuration and lexicons are skipped; \
            after a lexicon or option change only the affected stage and those after it rerun. \
            A run that was killed resumes where it stopped.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pipeline: PipelineOptions
    @OptionGroup var options: RunOptions
    @OptionGroup var log: LogOptions

    func run() throws {
        log.bootstrap()
        let summary = try IngestDriver.run(
            store: try store.open(), pipeline: try pipeline.load(), options: options, log: log, arguments: CommandLine.arguments)
        if pipeline.strict, summary.failed > 0 { throw ExitCode(2) }
    }
}
