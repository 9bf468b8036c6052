import ArgumentParser

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read article dumps into the corpus store.",
        discussion: """
            PATH is a directory (walked recursively), a .txt file (id = file stem; a leading \
            'date YYYY-MM-DD' becomes the document date), a .jsonl/.ndjson file (one article a line: \
            id, text|body|content, date|published|dct, title, url, source), or - for JSONL on standard input. \
            Unchanged articles are skipped; changed ones become a new version. Rejected input is \
            reported with file and line, recorded in the store, and never stops the batch.
            \(InputExit.help)
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var ingest: IngestOptions
    @Flag(name: .long, help: "Exit non-zero when any input was rejected.") var strict = false
    @OptionGroup var log: LogOptions
    @Argument(help: "Directories, files, or - for standard input.") var paths: [String]

    func run() throws {
        log.bootstrap()
        let summary = try IngestDriver.ingest(
            paths: paths, store: try store.open(), maxDocumentBytes: ingest.maxDocumentBytes, dates: try ingest.dateTable(),
            arguments: CommandLine.arguments)
        try InputExit.check(missing: summary.missingInputs, read: summary.read, rejected: summary.rejected, strict: strict)
    }
}
