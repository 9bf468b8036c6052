import ArgumentParser

/// Input limits of ingest.
public struct IngestOptions: ParsableArguments {
    @Option(name: .long, help: "Reject documents larger than this many bytes.")
    public var maxDocumentBytes: Int = 16 << 20

    public init() {}
}
