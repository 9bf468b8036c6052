import NewsFrameCore

/// A document that some stage of the pipeline still has to process, with the annotations of
/// the stages before it already loaded from the store.
public struct WorkItem: Sendable {
    public var seq: Int64
    public var document: Document
    /// Index of the first pipeline stage whose result is missing or stale.
    public var firstStep: Int
    public var prior: AnnotationSet
    /// Stages that have a stored result (current or stale) for this document: only their
    /// old annotations need deleting before new ones are written.
    public var storedStages: Set<String>

    public init(seq: Int64, document: Document, firstStep: Int, prior: AnnotationSet, storedStages: Set<String> = []) {
        self.seq = seq
        self.document = document
        self.firstStep = firstStep
        self.prior = prior
        self.storedStages = storedStages
    }
}

/// One page of the corpus, in storage order.
public struct WorkPage: Sendable {
    public var items: [WorkItem]
    /// The last document looked at, where the next page starts; nil at the end of the corpus.
    public var lastSeq: Int64?
    /// Documents looked at whose every stage was already up to date.
    public var upToDate: Int
}

/// The outcome of running the pipeline's stale stages on one document.
public struct DocumentResult: Sendable {
    public var docID: String
    public var docVersion: Int
    public var annotations: AnnotationSet
    /// The stages that ran, in order; each one's kinds are replaced in the store.
    public var executed: [StageSpec]
    /// The text of each timex, sliced by the worker that has the document at hand, so the
    /// single writer never has to.
    public var timexTexts: [String]
    public var entityTexts: [String]
    /// Each quotation's text and its speaker's text.
    public var quoteTexts: [(text: String, speaker: String?)]
    /// Each frame's trigger text and its arguments' texts.
    public var eventTexts: [(trigger: String, arguments: [String])]
    /// Stages that had written results for this document before (see `WorkItem.storedStages`).
    public var storedStages: Set<String> = []
    /// Set when the result is written in the transaction that saves its document.
    public var sameTransaction = false
    /// Stages whose results are current but not kept in the store: `load` of annotated JSONL
    /// written without syntax words (`annotate --no-tokens`). Their status row says so
    /// (`annotations` -1), so a later stage that must run again runs them first.
    public var unkept: Set<String> = []

    public init(
        docID: String, docVersion: Int, annotations: AnnotationSet, executed: [StageSpec], text: ScalarText,
        storedStages: Set<String> = []
    ) {
        self.storedStages = storedStages
        self.docID = docID
        self.docVersion = docVersion
        self.annotations = annotations
        self.executed = executed
        self.timexTexts = (annotations.timexes ?? []).map { text.slice($0.start, $0.end) }
        self.entityTexts = (annotations.entities ?? []).map { text.slice($0.start, $0.end) }
        self.quoteTexts = (annotations.quotes ?? []).map { (text.slice($0.span), $0.speaker.map(text.slice)) }
        self.eventTexts = (annotations.events ?? []).map { (text.slice($0.trigger), $0.arguments.map { text.slice($0.span) }) }
    }
}
