/// A rule's value or mod expression, parsed once when the lexicon loads: a template
/// ("XXXX-WXX-{weekday}", "PRESENT_REF") or a function with argument templates
/// ("@shift(D,-{n})"). Parsing it for every match cost the stage more than evaluating it.
struct ValueExpression: Sendable {
    let source: String
    /// The function's name without "@" ("shift"), or nil for a plain template.
    let function: String?
    /// The function's arguments, spaces trimmed, their `{part}`s still to be filled.
    let arguments: [String]

    /// The functions `TimexNormalizer` evaluates; a rule naming another is a lexicon error.
    static let functions: Set<String> = [
        "date", "weekday", "shift", "duration", "halfduration", "quarter", "everymonth", "season", "month", "pod", "time",
        "weekend", "compare", "holiday", "year", "decade", "inyear", "weekof", "century",
    ]

    init(_ source: String) {
        self.source = source
        guard source.hasPrefix("@") else {
            function = nil
            arguments = []
            return
        }
        let name = source.dropFirst()
        if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            arguments = name[name.index(after: open)..<name.index(before: name.endIndex)]
                .split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            function = String(name[..<open])
        } else {
            arguments = []
            function = String(name)
        }
    }
}
