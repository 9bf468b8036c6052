/// The function words `SyntaxTree` reads a clause's tense, negation and agent from
/// (`Lexicons/syntax-function-words.tsv`), as lemmas: future auxiliaries, the perfect
/// auxiliary, negators, the preposition of a passive agent, the infinitive marker.
public struct ClauseWords: Sendable, Hashable {
    public var future: Set<String> = []
    public var perfect: Set<String> = []
    public var negation: Set<String> = []
    public var agent: Set<String> = []
    public var infinitive: Set<String> = []

    public static let roles = ["future", "perfect", "negation", "agent", "infinitive"]

    public init(
        future: Set<String> = [], perfect: Set<String> = [], negation: Set<String> = [], agent: Set<String> = [], infinitive: Set<String> = []
    ) {
        self.future = future
        self.perfect = perfect
        self.negation = negation
        self.agent = agent
        self.infinitive = infinitive
    }

    public init(table: LexiconTable) throws {
        for row in table.rows {
            guard let lemma = row["lemma"]?.lowercased(), let role = row["role"] else { continue }
            switch role {
            case "future": future.insert(lemma)
            case "perfect": perfect.insert(lemma)
            case "negation": negation.insert(lemma)
            case "agent": agent.insert(lemma)
            case "infinitive": infinitive.insert(lemma)
            default:
                throw LexiconError(
                    file: "Lexicons/\(table.name)", line: row.line, message: "role '\(role)' must be one of \(Self.roles.joined(separator: ", "))")
            }
        }
    }
}
