/// One article as the store and every stage see it: the NFC body plus the metadata the dump
/// gave. Stages receive it read-only, so a stage can never change the text offsets point into.
public struct Document: Sendable, Hashable {
    public var id: String
    public var version: Int
    /// Document creation time, `YYYY-MM-DD`, the anchor for relative dates.
    public var dct: String?
    public var title: String?
    public var url: String?
    public var source: String?
    /// Fields of the dump that NewsFrame has no column for, kept as given (JSON text).
    public var metadataJSON: String?
    public var text: String

    public init(
        id: String, version: Int = 1, dct: String? = nil, title: String? = nil, url: String? = nil,
        source: String? = nil, metadataJSON: String? = nil, text: String
    ) {
        self.id = id
        self.version = version
        self.dct = dct
        self.title = title
        self.url = url
        self.source = source
        self.metadataJSON = metadataJSON
        self.text = text
    }
}
