import NewsFrameCore

/// TempEval-3's timex scores (UzZaman et al., 2013): strict (exact span) and relaxed (any
/// overlap, one-to-one, left to right) P/R/F1; type and value accuracy over relaxed
/// matches; value F1 = relaxed F1 × value accuracy, the task's ranking score.
public struct TimexScore: Sendable {
    public struct Error: Sendable {
        public enum Kind: String, Sendable, CaseIterable {
            case missed, spurious, span, type, value
        }

        public var kind: Kind
        public var document: String
        public var gold: Timex?
        public var system: Timex?
        public var goldText: String?
        public var systemText: String?
        public var context: String
    }

    public var strict = PRF(truePositives: 0, systemCount: 0, goldCount: 0)
    public var relaxed = PRF(truePositives: 0, systemCount: 0, goldCount: 0)
    public var typeCorrect = 0
    public var valueCorrect = 0
    public var errors: [Error] = []

    public init() {}

    public var typeAccuracy: Double { relaxed.truePositives == 0 ? 0 : Double(typeCorrect) / Double(relaxed.truePositives) }
    public var valueAccuracy: Double { relaxed.truePositives == 0 ? 0 : Double(valueCorrect) / Double(relaxed.truePositives) }
    public var typeF1: Double { relaxed.f1 * typeAccuracy }
    public var valueF1: Double { relaxed.f1 * valueAccuracy }

    /// Adds one document's comparison.
    public mutating func add(document: String, text: ScalarText, gold: [Timex], system: [Timex]) {
        let gold = gold.sorted { $0.span < $1.span }
        let system = system.sorted { $0.span < $1.span }
        strict.goldCount += gold.count
        strict.systemCount += system.count
        relaxed.goldCount += gold.count
        relaxed.systemCount += system.count
        var used = [Bool](repeating: false, count: system.count)
        func context(_ span: Span) -> String {
            text.slice(max(0, span.start - 40), min(text.count, span.end + 40)).replacingNewlines
        }
        for goldTimex in gold {
            guard let index = system.indices.first(where: { !used[$0] && system[$0].span.overlaps(goldTimex.span) }) else {
                errors.append(Error(
                    kind: .missed, document: document, gold: goldTimex, system: nil, goldText: text.slice(goldTimex.span),
                    systemText: nil, context: context(goldTimex.span)))
                continue
            }
            used[index] = true
            let systemTimex = system[index]
            relaxed.truePositives += 1
            let goldText = text.slice(goldTimex.span)
            let systemText = text.slice(systemTimex.span)
            func error(_ kind: Error.Kind) {
                errors.append(Error(
                    kind: kind, document: document, gold: goldTimex, system: systemTimex, goldText: goldText,
                    systemText: systemText, context: context(goldTimex.span)))
            }
            if systemTimex.span == goldTimex.span { strict.truePositives += 1 } else { error(.span) }
            if systemTimex.type == goldTimex.type { typeCorrect += 1 } else { error(.type) }
            if systemTimex.value == goldTimex.value { valueCorrect += 1 } else { error(.value) }
        }
        for (index, systemTimex) in system.enumerated() where !used[index] {
            errors.append(Error(
                kind: .spurious, document: document, gold: nil, system: systemTimex, goldText: nil,
                systemText: text.slice(systemTimex.span), context: context(systemTimex.span)))
        }
    }
}

extension String {
    var replacingNewlines: String { String(map { $0 == "\n" ? " " : $0 }) }
}
