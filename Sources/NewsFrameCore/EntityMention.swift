/// A named mention (or a weapon noun) as `ANNOTATION.md` defines it.
public struct EntityMention: Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// `PERSON`, `ORG`, `GPE`, `LOC`, `FAC`, `NORP` or `WEAPON`.
    public var type: String
    /// The name every mention of the same real entity shares across the corpus.
    public var canonical: String
    /// The title before a personal name ("Defense Secretary"), outside the span.
    public var title: String?
    /// For weapons: the number before the mention ("two drones" → 2).
    public var count: Int?
    /// The lexicon line or rule that made the mention.
    public var rule: String

    public init(start: Int, end: Int, type: String, canonical: String, title: String? = nil, count: Int? = nil, rule: String) {
        self.start = start
        self.end = end
        self.type = type
        self.canonical = canonical
        self.title = title
        self.count = count
        self.rule = rule
    }

    public var span: Span { Span(start, end) }
}
