/// Attributed speech as `ANNOTATION.md` defines it: a quotation in marks (`direct`) or a
/// reported clause after a speech cue (`indirect`), with who said it.
public struct Quotation: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case direct
        case indirect
    }

    /// The quoted words, outer marks excluded; a multi-paragraph quotation is one span.
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The mention that says it ("the group", "he", "CENTCOM"); nil when none was found.
    public var speaker: Span?
    /// The entity the speaker refers to ("he" → "Patrick Ryder"); nil with no speaker.
    public var speakerCanonical: String?
    /// The speech cue as written ("said", "told reporters", "according to").
    public var cue: String?
    /// The rule that found the speaker and the rule that resolved it, as `attribution|resolution`.
    public var resolution: String?
    /// The rule that made the quotation (`Lexicons/quotes-cues.tsv:12` or `quotes/marks`).
    public var rule: String

    public init(
        start: Int, end: Int, kind: Kind, speaker: Span? = nil, speakerCanonical: String? = nil, cue: String? = nil,
        resolution: String? = nil, rule: String
    ) {
        self.start = start
        self.end = end
        self.kind = kind
        self.speaker = speaker
        self.speakerCanonical = speakerCanonical
        self.cue = cue
        self.resolution = resolution
        self.rule = rule
    }

    public var span: Span { Span(start, end) }
}
