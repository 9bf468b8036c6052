import NewsFrameCore

/// The quotation knowledge of `Lexicons/`: quote marks, speech cues with their forms, and
/// the small words speaker rules use (pronouns, description heads, determiners, links).
/// A struct, so that reading its tables costs no exclusivity check (a class's `var`s do).
package struct QuoteLexicon: @unchecked Sendable {
    package enum Family: String { case double, single, angle }
    package enum Role: String { case open, close, either }

    package struct Mark {
        package var family: Family
        package var role: Role
        package var ruleID: String
        package var example: String?
        package var quote: String?
    }

    package struct Cue {
        package var name: String
        /// The speaker follows the cue ("according to X") instead of preceding it.
        package var sourceAfter: Bool
        package var listener: Bool
        /// Reported speech may follow without "that" ("said the base was hit").
        package var bareClause: Bool
        package var ruleID: String
        package var example: String?
        package var kind: String?
        package var speaker: String?
        package var canonical: String?
    }

    package struct Word {
        package var types: [String]
        package var ruleID: String
    }

    /// The lexicon folder and the three files read: two stages that read the same files hold
    /// the same lexicon, and may share the token view built with it (`DocumentViews`).
    package let source: String
    package private(set) var marks: [Unicode.Scalar: Mark] = [:]
    package private(set) var cues: [Cue] = []
    /// The words of the cue forms, lowercased: tokens are looked up once, from their bytes.
    package private(set) var vocabulary = Vocabulary()
    /// Cue forms over `vocabulary` ids.
    package private(set) var cueTrie = WordTrie()
    /// ASCII scalars that are quote marks: most scalars of a text are ASCII and not marks,
    /// so the scanner asks the mark table only when this says yes or the scalar is not ASCII.
    private var asciiMark = [Bool](repeating: false, count: 128)
    package private(set) var pronouns: [String: Word] = [:]
    package private(set) var nouns: [String: Word] = [:]
    package private(set) var determiners: Set<String> = []
    /// Possessive determiners and what their possessor may be ("its" → ORG, GPE).
    package private(set) var possessives: [String: Word] = [:]
    package private(set) var links: Set<String> = []
    /// "one of its commanders": the word between a part and its whole.
    package private(set) var partitives: Set<String> = []
    /// "and", "but": join a second verb to the subject of the first.
    package private(set) var conjunctions: Set<String> = []
    /// "not", "never": a negated cue ("did not say") reports nothing.
    package private(set) var negations: Set<String> = []
    /// "as", "while": open a clause; never part of a speaker phrase.
    package private(set) var subordinators: Set<String> = []
    package private(set) var skips: Set<String> = []
    package private(set) var complementizers: Set<String> = []
    package private(set) var prepositions: Set<String> = []
    /// Dashes that open a signature line after a quotation ("— Leila Haddad").
    package private(set) var dashes: Set<String> = []
    /// Words that open a relative clause after a comma ("The group, whose members include …,"):
    /// names inside it are not what a later "it" refers to.
    package private(set) var relatives: Set<String> = []
    /// Words that open a byline, a short line holding only the reporter's name ("By Leila Haddad").
    package private(set) var bylines: Set<String> = []
    /// Marks that end a dateline besides the dashes ("GAO (NewsFrame Wire) -", "KISMAYO:").
    package private(set) var datelineEnds: Set<String> = []
    /// Letters a straight single mark makes a possessive of ("Ecuador 's"), class `clitic`.
    package private(set) var clitics: Set<String> = []
    /// Examples of pronoun and noun lines: (rule, text, speaker, canonical).
    package private(set) var wordExamples: [(ruleID: String, text: String, speaker: String, canonical: String?)] = []

    /// `prefix` names the options when another stage reads these files (`quote_words`).
    package init(context: StageContext, prefix: String = "") throws {
        let marksFile = context.option(prefix + "marks", default: "quotes-marks.tsv")
        let cuesFile = context.option(prefix + "cues", default: "quotes-cues.tsv")
        let wordsFile = context.option(prefix + "words", default: "quotes-words.tsv")
        source = [context.lexiconDirectory.standardizedFileURL.path, marksFile, cuesFile, wordsFile].joined(separator: "|")
        let markTable = try context.table(marksFile, required: ["mark", "family", "role"])
        for row in markTable.rows {
            let scalars = Array(row["mark"]!.unicodeScalars)
            guard scalars.count == 1, let family = Family(rawValue: row["family"]!), let role = Role(rawValue: row["role"]!) else {
                throw LexiconError(
                    file: "Lexicons/\(markTable.name)", line: row.line,
                    message: "mark must be one character, family double|single|angle, role open|close|either")
            }
            marks[scalars[0]] = Mark(family: family, role: role, ruleID: row.ruleID, example: row["example"], quote: row["quote"])
            if scalars[0].isASCII { asciiMark[Int(scalars[0].value)] = true }
        }
        let cueTable = try context.table(cuesFile, required: ["cue", "forms", "pattern"])
        for row in cueTable.rows {
            guard ["verb", "source"].contains(row["pattern"]!) else {
                throw LexiconError(file: "Lexicons/\(cueTable.name)", line: row.line, message: "pattern must be verb or source")
            }
            cues.append(Cue(
                name: row["cue"]!, sourceAfter: row["pattern"] == "source", listener: row["listener"] == "yes",
                bareClause: row["complement"] != "that", ruleID: row.ruleID,
                example: row["example"], kind: row["kind"], speaker: row["speaker"], canonical: row["canonical"]))
            for form in row["forms"]!.split(separator: "|") {
                cueTrie.insert(LexiconPhrase.words(form.lowercased()).map { vocabulary.intern($0) }, payload: cues.count - 1)
            }
        }
        let wordTable = try context.table(wordsFile, required: ["word", "class"])
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
            case "relative": relatives.insert(word)
            case "byline": bylines.insert(word)
            case "dateline": datelineEnds.insert(word)
            case "clitic": clitics.insert(word)
            default:
                throw LexiconError(
                    file: "Lexicons/\(wordTable.name)", line: row.line,
                    message: "class must be pronoun, noun, determiner, link, skip, that, preposition, partitive, conjunction, negation, subordinator, dash, relative, byline, dateline or clitic")
            }
            if let text = row["example"], let speaker = row["speaker"] {
                wordExamples.append((row.ruleID, text, speaker, row["canonical"]))
            }
        }
    }

    /// The quote mark this scalar is, if any.
    package func mark(_ scalar: Unicode.Scalar) -> Mark? {
        if scalar.isASCII, !asciiMark[Int(scalar.value)] { return nil }
        return marks[scalar]
    }
}
