/// One source frame of a merged event with its sentence and the spans inside it: what the
/// HTML report's event page shows of each source (`CorpusStore.eventSources(ofEvent:)`).
public struct EventSource: Sendable {
    public var docID: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var dct: String?
    public var sentence: String
    /// Scalar offset of the sentence in its document.
    public var sentenceStart: Int
    public var trigger: Span
    public var arguments: [(role: String, span: Span)]
    public var killed: Int?
    public var injured: Int?

    public init(
        docID: String, title: String?, outlet: String?, url: String?, dct: String?, sentence: String, sentenceStart: Int, trigger: Span,
        arguments: [(role: String, span: Span)], killed: Int?, injured: Int?
    ) {
        self.docID = docID
        self.title = title
        self.outlet = outlet
        self.url = url
        self.dct = dct
        self.sentence = sentence
        self.sentenceStart = sentenceStart
        self.trigger = trigger
        self.arguments = arguments
        self.killed = killed
        self.injured = injured
    }
}
