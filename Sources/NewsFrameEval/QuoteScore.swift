import NewsFrameCore

/// Attribution scores: quotation P/R/F1 under a span-match criterion (one-to-one, left to
/// right), then over the matched pairs the share whose speaker mention agrees (spans
/// overlap, or both absent) and whose resolved speaker agrees (same canonical name).
public struct QuoteScore: Sendable {
    public struct Item: Sendable {
        public var span: Span
        public var speaker: Span?
        public var canonical: String?
        public var text: String
        public var speakerText: String?
        public var rule: String?

        public init(span: Span, speaker: Span?, canonical: String?, text: String, speakerText: String? = nil, rule: String? = nil) {
            self.span = span
            self.speaker = speaker
            self.canonical = canonical
            self.text = text
            self.speakerText = speakerText
            self.rule = rule
        }
    }

    /// When a found quotation matches a gold one.
    public enum Criterion: Sendable {
        /// Overlap of at least half the gold span (the `Corpus/` criterion).
        case halfGold
        /// Overlap of at least half the shorter span: a quotation inside a longer gold
        /// content with unquoted words around it still matches (PolNeAR's mixed quotes).
        case halfShorter
        /// Character Jaccard of at least the given share (PolNeAR's indirect contents).
        case jaccard(Double)

        func matches(gold: Span, system: Span) -> Bool {
            let overlap = max(0, min(gold.end, system.end) - max(gold.start, system.start))
            guard overlap > 0 else { return false }
            switch self {
            case .halfGold: return Double(overlap) >= 0.5 * Double(gold.length)
            case .halfShorter: return Double(overlap) >= 0.5 * Double(min(gold.length, system.length))
            case .jaccard(let share):
                return Double(overlap) / Double(gold.length + system.length - overlap) >= share
            }
        }
    }

    public var quotes = PRF(truePositives: 0, systemCount: 0, goldCount: 0)
    public var speakerCorrect = 0
    public var resolvedCorrect = 0
    /// Matched pairs whose gold names a resolved speaker (the resolved-speaker denominator).
    public var resolvedCompared = 0
    public var missed: [Item] = []
    public var spurious: [Item] = []
    public var wrongSpeaker: [(gold: Item, system: Item)] = []

    public init() {}

    public var speakerAccuracy: Double { quotes.truePositives == 0 ? 0 : Double(speakerCorrect) / Double(quotes.truePositives) }
    public var resolvedAccuracy: Double { resolvedCompared == 0 ? 0 : Double(resolvedCorrect) / Double(resolvedCompared) }

    /// Found quotations that lie inside a gold attribution another one already matched:
    /// pieces of one discontinuous gold content ("X," she said. "Y."), neither right nor wrong.
    public var fragments = 0

    /// `fragments`: count pieces of a discontinuous gold content as such instead of spurious.
    public mutating func add(gold: [Item], system: [Item], criterion: Criterion, fragments allowFragments: Bool = false) {
        quotes.goldCount += gold.count
        quotes.systemCount += system.count
        var used = [Bool](repeating: false, count: system.count)
        for item in gold.sorted(by: { $0.span < $1.span }) {
            guard let index = system.indices.first(where: { !used[$0] && criterion.matches(gold: item.span, system: system[$0].span) })
            else {
                missed.append(item)
                continue
            }
            used[index] = true
            quotes.truePositives += 1
            let found = system[index]
            let speakerAgrees: Bool
            switch (item.speaker, found.speaker) {
            case (nil, nil): speakerAgrees = true
            case (let gold?, let system?): speakerAgrees = gold.overlaps(system)
            default: speakerAgrees = false
            }
            if speakerAgrees { speakerCorrect += 1 }
            if let canonical = item.canonical {
                resolvedCompared += 1
                if found.canonical == canonical { resolvedCorrect += 1 }
            }
            if !speakerAgrees || (item.canonical != nil && found.canonical != item.canonical) { wrongSpeaker.append((item, found)) }
        }
        var matchedGold: [Span] = []
        if allowFragments {
            for item in gold where !missed.contains(where: { $0.span == item.span }) { matchedGold.append(item.span) }
        }
        for (index, item) in system.enumerated() where !used[index] {
            if matchedGold.contains(where: { QuoteScore.Criterion.halfShorter.matches(gold: $0, system: item.span) && $0.contains(item.span) }) {
                fragments += 1
                quotes.systemCount -= 1
            } else {
                spurious.append(item)
            }
        }
    }
}
