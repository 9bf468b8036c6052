import NewsFrameCore

extension EventStage: ExampleProviding {
    public var examples: [RuleExample] {
        var result: [RuleExample] = []
        for trigger in lexicon.triggers {
            guard let text = trigger.example, let expect = trigger.expect else { continue }
            result.append(RuleExample(ruleID: trigger.ruleID, text: Self.exampleText(text), dct: nil, expectations: [Self.expectation(expect)]))
        }
        for word in lexicon.wordExamples {
            result.append(RuleExample(ruleID: word.ruleID, text: Self.exampleText(word.text), dct: nil, expectations: [Self.expectation(word.expect)]))
        }
        return result
    }

    /// An example cell's text: `\n` stands for a line break, so that an example can set a
    /// headline above its lead (a TSV cell holds no line break).
    static func exampleText(_ cell: String) -> String {
        cell.replacing("\\n", with: "\n")
    }

    /// Reads an `expect` cell: `TYPE|trigger=…|role=…|status=a,b`, or `NONE|trigger=…`.
    static func expectation(_ cell: String) -> RuleExample.Expectation {
        let parts = cell.split(separator: "|").map(String.init)
        var trigger = ""
        var arguments: [String: String] = [:]
        var status: [String] = []
        for part in parts.dropFirst() {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let key = String(part[..<equals])
            let value = String(part[part.index(after: equals)...])
            switch key {
            case "trigger": trigger = value
            case "status": status = value.split(separator: ",").map(String.init)
            default: arguments[key] = value
            }
        }
        if parts.first == "NONE" { return .noEvent(trigger: trigger) }
        return .event(type: parts.first ?? "", trigger: trigger, arguments: arguments, status: status)
    }
}
