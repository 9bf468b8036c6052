import NewsFrameCore

/// Which sentences the syntax stage parses (pipeline option `parse`): `all`, or `asked`:
/// only those a later stage will read a tree of. Tagging and lemmas cover every sentence
/// either way; parsing and labelling are two thirds of the stage's time, and in news about
/// half the sentences hold nothing a later stage asks the tree about.
///
/// A sentence is asked for when it holds a word of the `ask_words` lexicon columns (the
/// events stage's trigger forms, the temporal stage's weekdays and months, whose tense the
/// tree tells) or two proper nouns in a row (a name whose words the entities stage joins by
/// the `flat` relation). The others get tags and lemmas, and words left unattached
/// (`SyntaxModel.unparsed`).
public struct ParseGate: Sendable {
    /// Nil parses every sentence.
    let words: Set<String>?

    /// Every sentence parsed.
    public static let all = ParseGate(words: nil)

    init(words: Set<String>?) {
        self.words = words
    }

    /// `parse: all | asked`, and for `asked` the `ask_words` option: comma-separated
    /// `file:column` pairs whose cells hold `|`-separated forms (the first word of each counts),
    /// each optionally narrowed to the rows where another column holds a value
    /// (`events-words.tsv:word:class=actor_modifier`).
    public init(context: StageContext) throws {
        let mode = context.option("parse", default: "all")
        // Read whatever the mode, so a pipeline that switches to `all` keeps its word list.
        let sources = context.option("ask_words", default: "events-triggers.tsv:forms,temporal-weekdays.tsv:form,temporal-months.tsv:form")
        guard mode == "all" || mode == "asked" else {
            throw StageOptionError(option: "parse", value: mode, expected: "all or asked")
        }
        guard mode == "asked" else {
            self.init(words: nil)
            return
        }
        var words: Set<String> = []
        for source in sources.split(separator: ",") {
            let parts = source.split(separator: ":").map { String($0).trimmingCharacters(in: .whitespaces) }
            let filter = parts.count == 3 ? parts[2].split(separator: "=", maxSplits: 1).map(String.init) : nil
            guard parts.count == 2 || filter?.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw StageOptionError(
                    option: "ask_words", value: String(source), expected: "a lexicon file and a column, as FILE:COLUMN or FILE:COLUMN:COLUMN=VALUE")
            }
            for row in try context.table(parts[0], required: [parts[1]] + (filter.map { [$0[0]] } ?? [])).rows {
                if let filter, row[filter[0]] != filter[1] { continue }
                for form in (row[parts[1]] ?? "").split(separator: "|") {
                    if let first = form.split(separator: " ").first { words.insert(first.lowercased()) }
                }
            }
        }
        self.init(words: words)
    }

    /// Whether to parse a sentence of these words (as written) with these UPOS tags.
    public func asks(_ forms: [String], _ upos: [String]) -> Bool {
        guard let words else { return true }
        for index in upos.indices where index > 0 && upos[index] == "PROPN" && upos[index - 1] == "PROPN" { return true }
        return forms.contains { words.contains($0.lowercased()) }
    }
}
