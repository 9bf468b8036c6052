import NewsFrameEval

/// Rows of precision, recall and F1 in percent, as every evaluation command prints them.
enum ScoreTable {
    static let header = "                  P       R      F1"

    static func percent(_ value: Double) -> String { String(format: "%6.2f", value * 100) }

    /// `label` padded to the column, then P, R and F1, then any note.
    static func row(_ label: String, _ score: PRF, note: String = "") -> String {
        label.padding(14) + " \(percent(score.precision))  \(percent(score.recall))  \(percent(score.f1))" + note
    }

    /// Each timex error (of one kind, or all) with its context and the rule that made it.
    static func printErrors(_ score: TimexScore, kind: String?) {
        for error in score.errors where kind == nil || error.kind.rawValue == kind {
            var line = "\(error.kind.rawValue.padding(8)) \(error.document)"
            if let gold = error.gold { line += "  gold \"\(error.goldText ?? "")\" \(gold.type) \(gold.value)" }
            if let system = error.system { line += "  got \"\(error.systemText ?? "")\" \(system.type) \(system.value) [\(system.rule)]" }
            Console.out(line)
            Console.out("         …\(error.context)…")
        }
    }
}
