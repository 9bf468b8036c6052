import NewsFrameCore

/// One line of `temporal-rules.tsv`: a pattern, the TIMEX3 type, a value expression, an
/// optional mod, what relative values resolve against, and a tested example.
final class TemporalRule: Sendable {
    enum Anchor: String, Sendable {
        /// The document creation time.
        case dct
        /// The latest full date mentioned earlier in the text ("two days after this attack").
        case text
    }

    let name: String
    let ruleID: String
    let priority: Int
    let type: String
    let pattern: TemporalPattern
    let value: String
    let mod: String?
    /// `value` and `mod`, parsed.
    let valueExpression: ValueExpression
    let modExpression: ValueExpression?
    /// Whether the value is a function that reads the reference day (`TemporalStage.relativeFunctions`).
    let usesReference: Bool
    let anchor: Anchor
    let example: String?
    let exampleDCT: String?
    let expect: String?

    /// NONE rules block: their match wins overlaps ("6-year-old") and yields no timex.
    init(
        name: String, ruleID: String, priority: Int, type: String, pattern: TemporalPattern, value: String, mod: String?,
        anchor: Anchor, example: String?, exampleDCT: String?, expect: String?
    ) {
        self.name = name
        self.ruleID = ruleID
        self.priority = priority
        self.type = type
        self.pattern = pattern
        self.value = value
        self.mod = mod
        valueExpression = ValueExpression(value)
        modExpression = mod.map(ValueExpression.init)
        usesReference = TemporalStage.relativeFunctions.contains { value.hasPrefix($0) }
        self.anchor = anchor
        self.example = example
        self.exampleDCT = exampleDCT
        self.expect = expect
    }

    static let types: Set<String> = ["DATE", "TIME", "DURATION", "SET", "NONE"]
}
