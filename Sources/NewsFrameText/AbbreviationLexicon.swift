import NewsFrameCore

/// Abbreviations whose period is part of the word and does not by itself end a sentence,
/// and the words that, capitalized after such an abbreviation, do start a new sentence.
/// Both come from `Lexicons/` so that a rule author can extend them without code.
public struct AbbreviationLexicon: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Always precedes a name ("Gen.", "Rep."): never ends a sentence.
        case title
        /// Ends a sentence only before a sentence starter ("U.S.", "Oct.", "Inc.").
        case general
    }

    public struct Entry: Sendable {
        public var form: String
        public var kind: Kind
        public var ruleID: String
        public var example: String?
        public var exampleSentences: Int?
    }

    public let entries: [String: Entry]
    public let sentenceStarters: [String: String]
    /// Examples of the sentence starters: text, expected sentence count, line.
    public let starterExamples: [(ruleID: String, text: String, sentences: Int)]

    public init(abbreviations: LexiconTable, starters: LexiconTable) throws {
        var entries: [String: Entry] = [:]
        for row in abbreviations.rows {
            let form = row["form"]!
            guard let kind = Kind(rawValue: row["class"]!) else {
                throw LexiconError(
                    file: "Lexicons/\(abbreviations.name)", line: row.line,
                    message: "unknown class '\(row["class"]!)'; expected one of: \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard form.hasSuffix(".") else {
                throw LexiconError(file: "Lexicons/\(abbreviations.name)", line: row.line, message: "form '\(form)' must end with a period")
            }
            entries[form] = Entry(
                form: form, kind: kind, ruleID: row.ruleID, example: row["example"],
                exampleSentences: row["sentences"].flatMap(Int.init))
        }
        var starterWords: [String: String] = [:]
        var starterExamples: [(ruleID: String, text: String, sentences: Int)] = []
        for row in starters.rows {
            starterWords[row["word"]!] = row.ruleID
            if let text = row["example"], let count = row["sentences"].flatMap(Int.init) {
                starterExamples.append((row.ruleID, text, count))
            }
        }
        self.starterExamples = starterExamples
        self.entries = entries
        self.sentenceStarters = starterWords
    }
}
