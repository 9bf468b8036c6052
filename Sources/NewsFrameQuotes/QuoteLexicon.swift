import NewsFrameCore

/// The quotation knowledge of `Lexicons/`: quote marks, speech cues with their forms, and
/// the small words speaker rules use (pronouns, description heads, determiners, links).
final class QuoteLexicon: @unchecked Sendable {
    enum Family: String { case double, single, angle }
    enum Role: String { case open, close, either }

    struct Mark {
        var family: Family
        var role: Role
        var ruleID: String
        var example: String?
        var quote: String?
    }

    struct Cue {
        var name: String
        /// The speaker follows the cue ("according to X") instead of preceding it.
        var sourceAfter: Bool
        var listener: Bool
        /// Reported speech may follow without "that" ("said the base was hit").
        var bareClause: Bool
        var ruleID: String
        var example: String?
        var kind: String?
        var speaker: String?
        var canonical: String?
    }

    struct Word {
        var types: [String]
        var ruleID: String
    }

    private(set) var marks: [Unicode.Scalar: Mark] = [:]
    private(set) var cues: [Cue] = []
    let cueTrie = PhraseTrie<String>()
    private(set) var pronouns: [String: Word] = [:]
    private(set) var nouns: [String: Word] = [:]
    private(set) var determiners: Set<String> = []
    /// Possessive determiners and what their possessor may be ("its" → ORG, GPE).
    private(set) var possessives: [String: Word] = [:]
    private(set) var links: Set<String> = []
    /// "one of its commanders": the word between a part and its whole.
    private(set) var partitives: Set<String> = []
    /// "and", "but": join a second verb to the subject of the first.
    private(set) var conjunctions: Set<String> = []
    /// "not", "never": a negated cue ("did not say") reports nothing.
    private(set) var negations: Set<String> = []
    /// "as", "while": open a clause; never part of a speaker phrase.
    private(set) var subordinators: Set<String> = []
    private(set) var skips: Set<String> = []
    private(set) var complementizers: Set<String> = []
    private(set) var prepositions: Set<String> = []
    /// Dashes that open a signature line after a quotation ("— Leila Haddad").
    private(set) var dashes: Set<String> = []
    /// Examples of pronoun and noun lines: (rule, text, speaker, canonical).
    private(set) var wordExamples: [(ruleID: String, text: String, speaker: String, canonical: String?)] = []

    init(context: StageContext) throws {
        let markTable = try context.table(context.option("marks", default: "quotes-marks.tsv"), required: ["mark", "family", "role"])
        for row in markTable.rows {
            let scalars = Array(row["mark"]!.unicodeScalars)
            guard scalars.count == 1, let family = Family(rawValue: row["family"]!), let role = Role(rawValue: row["role"]!) else {
                throw LexiconError(
                    file: "Lexicons/\(markTable.name)", line: row.line,
                    message: "mark must be one character, family double|single|angle, role open|close|either")
            }
            marks[scalars[0]] = Mark(family: family, role: role, ruleID: row.ruleID, example: row["example"], quote: row["quote"])
        }
        let cueTable = try context.table(context.option("cues", default: "quotes-cues.tsv"), required: ["cue", "forms", "pattern"])
        for row in cueTable.rows {
            guard ["verb", "source"].contains(row["pattern"]!) else {
                throw LexiconError(file: "Lexicons/\(cueTable.name)", line: row.line, message: "pattern must be verb or source")
            }
            cues.append(Cue(
                name: row["cue"]!, sourceAfter: row["pattern"] == "source", listener: row["listener"] == "yes",
                bareClause: row["complement"] != "that", ruleID: row.ruleID,
                example: row["example"], kind: row["kind"], speaker: row["speaker"], canonical: row["canonical"]))
            for form in row["forms"]!.split(separator: "|") {
                cueTrie.insert(LexiconPhrase.words(form.lowercased()), payload: cues.count - 1)
            }
        }
        let wordTable = try context.table(context.option("words", default: "quotes-words.tsv"), required: ["word", "class"])
        for row in wordTable.rows {
            let word = row["word"]!.lowercased()
            let types = (row["types"] ?? "").split(separator: "|").map(String.init)
            switch row["class"]! {
            case "pronoun": pronouns[word] = Word(types: types, ruleID: row.ruleID)
            case "noun": nouns[word] = Word(types: types, ruleID: row.ruleID)
            case "determiner":
                determiners.insert(word)
                if !types.isEmpty { possessives[word] = Word(types: types, ruleID: row.ruleID) }
            case "link": links.insert(word)
            case "partitive": partitives.insert(word)
            case "conjunction": conjunctions.insert(word)
            case "negation": negations.insert(word)
            case "subordinator": subordinators.insert(word)
            case "skip": skips.insert(word)
            case "that": complementizers.insert(word)
            case "preposition": prepositions.insert(word)
            case "dash": dashes.insert(word)
            default:
                throw LexiconError(
                    file: "Lexicons/\(wordTable.name)", line: row.line,
                    message: "class must be pronoun, noun, determiner, link, skip, that, preposition, partitive, conjunction, negation, subordinator or dash")
            }
            if let text = row["example"], let speaker = row["speaker"] {
                wordExamples.append((row.ruleID, text, speaker, row["canonical"]))
            }
        }
    }
}
