import ArgumentParser

/// Input limits of ingest.
public struct IngestOptions: ParsableArguments {
    @Option(name: .long, help: "Reject documents larger than this many bytes.")
    public var maxDocumentBytes: Int = 16 << 20

    @Option(name: .long, help: "A file of 'id<TAB>YYYY-MM-DD' lines: dates for articles whose dump has none.")
    public var dates: String?

    public init() {}
}
