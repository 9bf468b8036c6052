import NewsFrameCore

/// The entity knowledge of `Lexicons/`: the gazetteers listed in `entities-index.tsv`, the
/// titles, head nouns and name particles that patterns use, and number words for counts.
final class EntityLexicon: @unchecked Sendable {
    struct Entry {
        var canonical: String
        var type: String
        var priority: Int
        var ruleID: String
        var example: String?
    }

    struct Head {
        var type: String
        var ruleID: String
        var example: String?
        var expect: String?
    }

    static let types: Set<String> = ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WEAPON"]

    private(set) var entries: [Entry] = []
    let sensitive = TokenTrie()
    let insensitive = TokenTrie()
    private(set) var titles: [(ruleID: String, title: String, example: String?, expect: String?)] = []
    let titleTrie = TokenTrie()
    private(set) var heads: [Head] = []
    let headsSensitive = TokenTrie()
    let headsInsensitive = TokenTrie()
    private(set) var particles: Set<String> = []
    /// Speech cues next to which a capitalized name is a person: cue → (before, after, line).
    private(set) var personCues: [String: (before: Bool, after: Bool, byline: Bool, ruleID: String)] = [:]
    private(set) var personCueExamples: [(ruleID: String, text: String, expect: String)] = []
    /// Given names ("Salman", "Timothy") → their lexicon line.
    private(set) var givenNames: [String: String] = [:]
    private(set) var givenNameExamples: [(ruleID: String, text: String, expect: String)] = []
    /// Capitalized words that never begin a name ("The", "In"): `sentence-starters.tsv`.
    private(set) var nonNameWords: Set<String> = []
    private(set) var numbers: [String: Int] = [:]
    let numberTrie = TokenTrie()
    private var numberValues: [Int] = []

    init(context: StageContext) throws {
        let index = try context.table(context.option("index", default: "entities-index.tsv"), required: ["file", "case", "priority"])
        for row in index.rows {
            let file = row["file"]!
            guard let priority = Int(row["priority"]!), ["sensitive", "insensitive"].contains(row["case"]!) else {
                throw LexiconError(file: "Lexicons/\(index.name)", line: row.line, message: "case must be sensitive or insensitive and priority a number")
            }
            let caseInsensitive = row["case"] == "insensitive"
            let table = try context.table(file, required: ["canonical", "type"])
            (caseInsensitive ? insensitive : sensitive).reserve(phrases: 2 * table.rows.count)
            for entry in table.rows {
                let type = entry["type"]!
                guard Self.types.contains(type) else {
                    throw LexiconError(file: "Lexicons/\(file)", line: entry.line, message: "unknown type '\(type)'; expected one of \(Self.types.sorted().joined(separator: ", "))")
                }
                let canonical = entry["canonical"]!
                entries.append(Entry(canonical: canonical, type: type, priority: priority, ruleID: entry.ruleID, example: entry["example"]))
                let forms = [canonical] + (entry["aliases"] ?? "").split(separator: "|").map(String.init)
                for form in forms where !form.isEmpty {
                    let words = LexiconPhrase.words(form)
                    if caseInsensitive {
                        insensitive.insert(words.map { $0.lowercased() }, payload: entries.count - 1)
                    } else {
                        sensitive.insert(words, payload: entries.count - 1)
                    }
                }
            }
        }
        let titleTable = try context.table(context.option("titles", default: "entities-titles.tsv"), required: ["title"])
        for row in titleTable.rows {
            titles.append((row.ruleID, row["title"]!, row["example"], row["expect"]))
            titleTrie.insert(LexiconPhrase.words(row["title"]!), payload: titles.count - 1)
        }
        let headTable = try context.table(context.option("heads", default: "entities-heads.tsv"), required: ["head", "type", "case"])
        for row in headTable.rows {
            heads.append(Head(type: row["type"]!, ruleID: row.ruleID, example: row["example"], expect: row["expect"]))
            let words = LexiconPhrase.words(row["head"]!)
            if row["case"] == "insensitive" {
                headsInsensitive.insert(words.map { $0.lowercased() }, payload: heads.count - 1)
            } else {
                headsSensitive.insert(words, payload: heads.count - 1)
            }
        }
        let particleTable = try context.table(context.option("particles", default: "entities-particles.tsv"), required: ["particle"])
        particles = Set(particleTable.rows.map { $0["particle"]!.lowercased() })
        let cueTable = try context.table(context.option("person_cues", default: "entities-person-cues.tsv"), required: ["cue", "side"])
        for row in cueTable.rows {
            let side = row["side"]!
            guard ["before", "after", "both", "byline"].contains(side) else {
                throw LexiconError(file: "Lexicons/\(cueTable.name)", line: row.line, message: "side must be before, after, both or byline")
            }
            personCues[row["cue"]!.lowercased()] = (side == "before" || side == "both", side == "after" || side == "both", side == "byline", row.ruleID)
            if let text = row["example"], let expect = row["expect"] { personCueExamples.append((row.ruleID, text, expect)) }
        }
        let givenTable = try context.table(context.option("given_names", default: "entities-given-names.tsv"), required: ["name"])
        for row in givenTable.rows where givenNames[row["name"]!] == nil {
            givenNames[row["name"]!] = row.ruleID
            if let text = row["example"], let expect = row["expect"] { givenNameExamples.append((row.ruleID, text, expect)) }
        }
        let starters = try context.table(context.option("non_name_words", default: "sentence-starters.tsv"), required: ["word"])
        nonNameWords = Set(starters.rows.map { $0["word"]! })
        // Weekdays and months never begin a name ("the Pentagon said Sunday").
        for file in context.option("calendar_words", default: "temporal-weekdays.tsv,temporal-months.tsv").split(separator: ",") {
            let calendar = try context.table(String(file), required: ["form"])
            nonNameWords.formUnion(calendar.rows.map { $0["form"]! })
        }
        let numberTable = try context.table(context.option("numbers", default: "temporal-numbers.tsv"), required: ["form", "value"])
        for row in numberTable.rows where row["article"] != "yes" {
            guard let value = Int(row["value"]!) else { continue }
            numberValues.append(value)
            numberTrie.insert(LexiconPhrase.words(row["form"]!.lowercased()), payload: numberValues.count - 1)
        }
    }

    func numberValue(_ payload: Int) -> Int { numberValues[payload] }
}
