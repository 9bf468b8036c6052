/// A document read from a dump and ready to store, with where it came from.
public struct IncomingDocument: Sendable {
    public var document: Document
    /// Hash of everything stored for it; equal hashes mean a re-ingest changes nothing.
    public var contentHash: String
    public var sourceFile: String?
    public var sourceLine: Int?
    /// Problems that did not stop the document (an unreadable date), recorded with it.
    public var warnings: [RejectRecord] = []
    /// Length of the text in Unicode scalars, counted by the reader so the writer need not.
    public var characterCount: Int
    /// Bytes of input the document was read from (its JSONL line, its text file), for
    /// progress against the input's size.
    public var sourceBytes = 0

    public init(document: Document, contentHash: String, sourceFile: String?, sourceLine: Int?) {
        self.document = document
        self.contentHash = contentHash
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
        self.characterCount = document.text.unicodeScalars.count
    }
}

