import NewsFrameCore

/// Entity mention scores: strict (same span and type) and relaxed (overlapping spans of the
/// same type, one-to-one, left to right) P/R/F1, per type and overall.
public struct EntityScore: Sendable {
    public struct Mention: Sendable {
        public var span: Span
        public var type: String
        public var text: String
        public var canonical: String?

        public init(span: Span, type: String, text: String, canonical: String? = nil) {
            self.span = span
            self.type = type
            self.text = text
            self.canonical = canonical
        }
    }

    public var strict = PRF(truePositives: 0, systemCount: 0, goldCount: 0)
    public var relaxed = PRF(truePositives: 0, systemCount: 0, goldCount: 0)
    public var byType: [String: PRF] = [:]
    /// Relaxed matches whose canonical names agree (when both sides have one).
    public var canonicalAgreements = 0
    public var canonicalCompared = 0
    public var missed: [Mention] = []
    public var spurious: [Mention] = []

    public init() {}

    public var canonicalAgreement: Double { canonicalCompared == 0 ? 0 : Double(canonicalAgreements) / Double(canonicalCompared) }

    public mutating func add(gold: [Mention], system: [Mention]) {
        strict.goldCount += gold.count
        strict.systemCount += system.count
        relaxed.goldCount += gold.count
        relaxed.systemCount += system.count
        for mention in gold { byType[mention.type, default: PRF(truePositives: 0, systemCount: 0, goldCount: 0)].goldCount += 1 }
        for mention in system { byType[mention.type, default: PRF(truePositives: 0, systemCount: 0, goldCount: 0)].systemCount += 1 }
        var used = [Bool](repeating: false, count: system.count)
        for mention in gold.sorted(by: { $0.span < $1.span }) {
            guard let index = system.indices.first(where: { !used[$0] && system[$0].type == mention.type && system[$0].span.overlaps(mention.span) })
            else {
                missed.append(mention)
                continue
            }
            used[index] = true
            relaxed.truePositives += 1
            byType[mention.type]!.truePositives += 1
            if system[index].span == mention.span { strict.truePositives += 1 }
            if let goldCanonical = mention.canonical, let systemCanonical = system[index].canonical {
                canonicalCompared += 1
                if goldCanonical == systemCanonical { canonicalAgreements += 1 }
            }
        }
        for (index, mention) in system.enumerated() where !used[index] { spurious.append(mention) }
    }
}
