import NewsFrameCore

/// Runs every example of every rule and lexicon line of a pipeline through the whole
/// pipeline and reports what does not come out as the line says: the check behind both
/// `newsframe test-rules` and the test suite.
public enum RuleExampleChecker {
    public struct Failure: Sendable, CustomStringConvertible {
        public var ruleID: String
        public var message: String
        public var description: String { "\(ruleID): \(message)" }
    }

    public static func check(_ pipeline: Pipeline) -> (checked: Int, failures: [Failure]) {
        var checked = 0
        var failures: [Failure] = []
        for step in pipeline.steps {
            guard let provider = step.stage as? any ExampleProviding else { continue }
            for example in provider.examples {
                checked += 1
                let document = Document(id: "example", dct: example.dct, text: example.text)
                let result: AnalyzedDocument
                do {
                    result = try pipeline.process(AnalyzedDocument(document: document))
                } catch {
                    failures.append(Failure(ruleID: example.ruleID, message: "the pipeline failed: \(error)"))
                    continue
                }
                for problem in problems(example, result) {
                    failures.append(Failure(ruleID: example.ruleID, message: "\(problem) in: \(example.text)"))
                }
            }
        }
        return (checked, failures)
    }

    static func problems(_ example: RuleExample, _ result: AnalyzedDocument) -> [String] {
        let text = result.text
        let tokens = (result.annotations.tokens ?? []).map { text.slice($0.start, $0.end) }
        let timexes = (result.annotations.timexes ?? []).map { (text: text.slice($0.start, $0.end), timex: $0) }
        let entities = (result.annotations.entities ?? []).map { (text: text.slice($0.start, $0.end), entity: $0) }
        let quotes = result.annotations.quotes ?? []
        var problems: [String] = []
        for expectation in example.expectations {
            switch expectation {
            case .sentences(let count):
                let found = result.annotations.sentences?.count ?? 0
                if found != count { problems.append("expected \(count) sentence(s), found \(found)") }
            case .token(let form):
                if !tokens.contains(form) { problems.append("'\(form)' is not one token (tokens: \(tokens.joined(separator: " | ")))") }
            case .timex(let span, let value):
                if let found = timexes.first(where: { $0.text == span }) {
                    if found.timex.value != value {
                        problems.append("'\(span)' has value \(found.timex.value), expected \(value) [\(found.timex.rule)]")
                    }
                } else {
                    let got = timexes.map { "'\($0.text)'=\($0.timex.value)" }.joined(separator: ", ")
                    problems.append("no timex '\(span)' (found: \(got.isEmpty ? "none" : got))")
                }
            case .entity(let span, let type, let canonical):
                let found = entities.filter { $0.text == span }
                let describe = entities.map { "'\($0.text)' \($0.entity.type) \($0.entity.canonical)" }.joined(separator: ", ")
                if found.isEmpty {
                    problems.append("no entity '\(span)' (found: \(describe.isEmpty ? "none" : describe))")
                } else if let type, !found.contains(where: { $0.entity.type == type }) {
                    problems.append("'\(span)' is \(found[0].entity.type), expected \(type) [\(found[0].entity.rule)]")
                } else if let canonical, !found.contains(where: { $0.entity.canonical == canonical }) {
                    problems.append("'\(span)' has canonical '\(found[0].entity.canonical)', expected '\(canonical)' [\(found[0].entity.rule)]")
                }
            case .entityCanonical(let canonical, let type):
                if !entities.contains(where: { $0.entity.canonical == canonical && $0.entity.type == type }) {
                    let describe = entities.map { "'\($0.text)' \($0.entity.type) \($0.entity.canonical)" }.joined(separator: ", ")
                    problems.append("no \(type) mention with canonical '\(canonical)' (found: \(describe.isEmpty ? "none" : describe))")
                }
            case .quote(let span, let kind, let speaker, let canonical):
                let matches = quotes.filter { quote in
                    (span == nil || text.slice(quote.span) == span) && (kind == nil || quote.kind.rawValue == kind)
                        && (speaker == nil || quote.speaker.map(text.slice) == speaker)
                        && (canonical == nil || quote.speakerCanonical == canonical)
                }
                if matches.isEmpty {
                    let describe = quotes.map {
                        "\($0.kind.rawValue) '\(text.slice($0.span))' speaker '\($0.speaker.map(text.slice) ?? "-")' → \($0.speakerCanonical ?? "-") [\($0.resolution ?? "")]"
                    }.joined(separator: "; ")
                    let wanted = [span.map { "'\($0)'" }, kind, speaker.map { "speaker '\($0)'" }, canonical.map { "→ \($0)" }]
                        .compactMap { $0 }.joined(separator: " ")
                    problems.append("no quotation \(wanted) (found: \(describe.isEmpty ? "none" : describe))")
                }
            case .event(let type, let trigger, let arguments, let status):
                let frames = result.annotations.events ?? []
                let describe = frames.map { EventDescription.line($0, text) }.joined(separator: "; ")
                let candidates = frames.filter { $0.type == type && text.slice($0.trigger) == trigger }
                guard !candidates.isEmpty else {
                    problems.append("no \(type) frame with trigger '\(trigger)' (found: \(describe.isEmpty ? "none" : describe))")
                    continue
                }
                let good = candidates.first { frame in
                    arguments.allSatisfy { role, wanted in
                        let filled = frame.arguments(role)
                        if wanted == "-" { return filled.isEmpty }
                        return filled.contains { $0.canonical == wanted || $0.value == wanted || text.slice($0.span) == wanted }
                    } && (status == ["-"] ? frame.status.isEmpty : status.allSatisfy(frame.status.contains))
                }
                if good == nil {
                    let wanted = arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + status.map { "status=\($0)" }
                    problems.append("the \(type) frame '\(trigger)' lacks \(wanted.joined(separator: " ")) (found: \(describe))")
                }
            case .noEvent(let trigger):
                let frames = result.annotations.events ?? []
                if let found = frames.first(where: { text.slice($0.trigger) == trigger }) {
                    problems.append("'\(trigger)' must make no frame, got \(EventDescription.line(found, text))")
                }
            case .words(let expected):
                let words = (result.annotations.syntax ?? []).map { text.slice($0.span) }
                if words != expected {
                    problems.append("expected the words \(expected.joined(separator: " | ")), found \(words.joined(separator: " | "))")
                }
            case .lemma(let form, let lemma, let rule):
                let words = (result.annotations.syntax ?? []).filter { text.slice($0.span) == form }
                if words.isEmpty {
                    problems.append("no word '\(form)'")
                } else if !words.contains(where: { $0.lemma == lemma && (rule == nil || $0.lemmaRule == rule) }) {
                    problems.append("'\(form)' (\(words[0].xpos)) has lemma '\(words[0].lemma)' by \(words[0].lemmaRule), expected '\(lemma)'" + (rule.map { " by \($0)" } ?? ""))
                }
            case .clause(let form, let property, let value, let functionWords):
                let tree = SyntaxTree(result.annotations.syntax ?? [], functionWords: functionWords)
                guard let word = tree.words.indices.first(where: { text.slice(tree.words[$0].span) == form }) else {
                    problems.append("no word '\(form)'")
                    continue
                }
                let found: String
                switch property {
                case "tense": found = tree.tense(of: word).rawValue
                case "negated": found = tree.isNegated(word) ? "yes" : "no"
                case "agent": found = tree.agent(of: word).map { text.slice(tree.words[$0].span) } ?? "-"
                default: found = "(unknown property \(property))"
                }
                if found != value { problems.append("'\(form)' has \(property)=\(found), expected \(value)") }
            case .noTimex(let span):
                if let found = timexes.first(where: { $0.text == span }) {
                    problems.append("'\(span)' must not be a timex, got \(found.timex.value) [\(found.timex.rule)]")
                }
            }
        }
        return problems
    }
}
