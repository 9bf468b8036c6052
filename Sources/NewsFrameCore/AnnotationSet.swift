/// The annotations of one document, one optional array per kind: nil means "no stage has
/// produced this kind", an empty array means "produced, and nothing was found".
public struct AnnotationSet: Sendable {
    public var tokens: [Token]?
    public var sentences: [Sentence]?
    public var syntax: [SyntaxWord]?
    public var timexes: [Timex]?
    public var entities: [EntityMention]?
    public var quotes: [Quotation]?
    public var events: [EventFrame]?

    public init(
        tokens: [Token]? = nil, sentences: [Sentence]? = nil, syntax: [SyntaxWord]? = nil, timexes: [Timex]? = nil, entities: [EntityMention]? = nil,
        quotes: [Quotation]? = nil, events: [EventFrame]? = nil
    ) {
        self.tokens = tokens
        self.sentences = sentences
        self.syntax = syntax
        self.timexes = timexes
        self.entities = entities
        self.quotes = quotes
        self.events = events
    }

    /// The kinds present in this set.
    /// Only the annotations of `kinds` (an export of one stage's work).
    public func keeping(_ kinds: Set<AnnotationKind>) -> AnnotationSet {
        var result = self
        if !kinds.contains(.tokens) { result.tokens = nil }
        if !kinds.contains(.sentences) { result.sentences = nil }
        if !kinds.contains(.syntax) { result.syntax = nil }
        if !kinds.contains(.timexes) { result.timexes = nil }
        if !kinds.contains(.entities) { result.entities = nil }
        if !kinds.contains(.quotes) { result.quotes = nil }
        if !kinds.contains(.events) { result.events = nil }
        return result
    }

    public var kinds: Set<AnnotationKind> {
        var result: Set<AnnotationKind> = []
        if tokens != nil { result.insert(.tokens) }
        if sentences != nil { result.insert(.sentences) }
        if syntax != nil { result.insert(.syntax) }
        if timexes != nil { result.insert(.timexes) }
        if entities != nil { result.insert(.entities) }
        if quotes != nil { result.insert(.quotes) }
        if events != nil { result.insert(.events) }
        return result
    }

    /// Takes every kind `other` has, replacing what this set held for it.
    public mutating func merge(_ other: AnnotationSet) {
        if let tokens = other.tokens { self.tokens = tokens }
        if let sentences = other.sentences { self.sentences = sentences }
        if let syntax = other.syntax { self.syntax = syntax }
        if let timexes = other.timexes { self.timexes = timexes }
        if let entities = other.entities { self.entities = entities }
        if let quotes = other.quotes { self.quotes = quotes }
        if let events = other.events { self.events = events }
    }

    /// Only the given kinds: what the stages before a rerun's first stage provided.
    public func restricted(to kinds: Set<AnnotationKind>) -> AnnotationSet {
        AnnotationSet(
            tokens: kinds.contains(.tokens) ? tokens : nil, sentences: kinds.contains(.sentences) ? sentences : nil,
            syntax: kinds.contains(.syntax) ? syntax : nil,
            timexes: kinds.contains(.timexes) ? timexes : nil, entities: kinds.contains(.entities) ? entities : nil,
            quotes: kinds.contains(.quotes) ? quotes : nil, events: kinds.contains(.events) ? events : nil)
    }

    /// The number of annotations of one kind (0 when absent).
    public func count(of kind: AnnotationKind) -> Int {
        switch kind {
        case .tokens: tokens?.count ?? 0
        case .sentences: sentences?.count ?? 0
        case .syntax: syntax?.count ?? 0
        case .timexes: timexes?.count ?? 0
        case .entities: entities?.count ?? 0
        case .quotes: quotes?.count ?? 0
        case .events: events?.count ?? 0
        }
    }
}
