/// A sentence span and the rule that closed it (`icu/sentence`, or the lexicon line that
/// kept a period from ending it), so a reader can see why a boundary is where it is.
public struct Sentence: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var rule: String

    public init(start: Int, end: Int, rule: String) {
        self.start = start
        self.end = end
        self.rule = rule
    }

    public var span: Span { Span(start, end) }
}
