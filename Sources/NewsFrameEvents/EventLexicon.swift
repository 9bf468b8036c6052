import NewsFrameCore

/// The event knowledge of `Lexicons/`: trigger words by frame type with how their subject
/// and object map to roles, and the small words argument, status and genericity rules read.
/// A struct, so that reading its tables costs no exclusivity check (a class's `var`s do).
struct EventLexicon: @unchecked Sendable {
    enum Part: String { case verb, noun }
    enum ObjectRole: String { case target, weapon, attack, none }
    enum SubjectRole: String { case actor, weapon, defender, target, none }
    enum Requirement: String { case future, weapon, actor, violence, told, local }

    /// One row of `events-triggers.tsv`. A class, not a struct: every frame draft holds its
    /// trigger, and drafts are copied as they fold; a struct's strings were retained each time.
    final class Trigger {
        let name: String
        let type: String
        let part: Part
        let object: ObjectRole
        let subject: SubjectRole
        let status: [String]
        let requires: Requirement?
        let otherwise: String?
        let ruleID: String
        let example: String?
        let expect: String?

        init(
            name: String, type: String, part: Part, object: ObjectRole, subject: SubjectRole, status: [String], requires: Requirement?,
            otherwise: String?, ruleID: String, example: String?, expect: String?
        ) {
            self.name = name
            self.type = type
            self.part = part
            self.object = object
            self.subject = subject
            self.status = status
            self.requires = requires
            self.otherwise = otherwise
            self.ruleID = ruleID
            self.example = example
            self.expect = expect
        }
    }

    struct WordExample {
        var ruleID: String
        var text: String
        var expect: String
    }

    static let types: Set<String> = ["ATTACK", "THREAT", "CLAIM", "STATEMENT", "SEIZURE", "ALLIANCE"]
    static let classes: Set<String> = [
        "passive", "agent", "target", "place", "instrument", "generic", "hypothetical", "negation", "future", "definite",
        "clause", "casualty", "victim", "status", "skip", "light", "actor", "after", "offset_after", "offset_before", "relative",
        "origin", "sponsor", "force", "of_object", "aspect", "quantity", "sequence", "consequence", "tally", "vicinity", "reflexive", "empty_head", "ordinal", "damage", "accuse", "place_noun", "occur",
        "time_relative", "actor_modifier", "violent", "site", "means", "succession", "way", "blamed_on", "person", "destination", "agency",
        "direction", "separate", "usual", "toll", "border", "distance", "stationed", "bear", "likeness", "path", "another", "anterior",
        "occasion", "fear", "singling", "perpetrator", "collective", "cost", "adjacent", "state_strike", "coordinator", "impact", "seeming", "nonagent", "gathering", "near_miss", "fragment", "office", "maker", "people_pronoun", "change", "membership",
    ]
    static let statusOrder = ["claimed", "unclaimed", "suspected", "confirmed", "reported", "denied", "thwarted"]
    static let statuses = Set(statusOrder)

    /// Every word of every trigger form and word entry, lowercased: tokens are looked up
    /// once, from their bytes, and the tries compare integers.
    private(set) var vocabulary = Vocabulary()
    private(set) var triggers: [Trigger] = []
    private(set) var triggerTrie = WordTrie()
    /// The forms of nouns that only point back (`requires` told: "the incident"), kept apart
    /// so that the rules asking whether a clause holds a trigger do not count them.
    private(set) var toldTrie = WordTrie()
    /// Every entry a form belongs to: "attacks" is a verb row and a noun row.
    private(set) var entriesByForm: [[String]: [Int]] = [:]
    /// Single words by class.
    private(set) var words: [String: Set<String>] = [:]
    /// Phrases of more than one word ("more than", "according to"), by class.
    private(set) var phraseTrie = WordTrie()
    /// The classes of each single word, by vocabulary id.
    private(set) var classesByID: [[String]] = []
    private(set) var phrases: [(words: [String], word: String, wordClass: String)] = []
    /// The status a status cue gives.
    private(set) var statusOf: [String: String] = [:]
    private(set) var wordExamples: [WordExample] = []
    /// The roles each frame type may fill.
    private(set) var roles: [String: Set<String>] = [:]
    /// What a name key drops when mentions of one event are compared (`events-merge.tsv`:
    /// the merge across documents reads the same lines).
    private(set) var spelling = NameKey.Spelling()
    /// The country of each nationality that is one ("Israeli" → Israel), with its lexicon line.
    private(set) var countryOf: [String: (country: String, ruleID: String)] = [:]
    /// What a casualty word counts: `killed`, `injured`, or both ("no casualties").
    private(set) var harmOf: [String: [String]] = [:]
    /// Words that count one when they determine a singular noun ("killed a commander").
    private(set) var singularArticles: Set<String> = []
    /// The number each number word, digit-free, gives (`temporal-numbers.tsv`), and the lower
    /// bound of each quantity word ("dozens" = 24).
    private(set) var numberValue: [String: Int] = [:]

    init(context: StageContext) throws {
        let triggerTable = try context.table(
            context.option("triggers", default: "events-triggers.tsv"), required: ["trigger", "type", "pos", "forms"])
        let file = "Lexicons/\(triggerTable.name)"
        for row in triggerTable.rows {
            guard let type = row["type"], Self.types.contains(type), let part = Part(rawValue: row["pos"]!) else {
                throw LexiconError(file: file, line: row.line, message: "type must be one of \(Self.types.sorted().joined(separator: ", ")) and pos verb or noun")
            }
            guard let object = ObjectRole(rawValue: row["object"] ?? "target"), let subject = SubjectRole(rawValue: row["subject"] ?? "actor")
            else {
                throw LexiconError(file: file, line: row.line, message: "object must be target, weapon, attack or none; subject actor, weapon, defender or none")
            }
            let status = (row["status"] ?? "").split(separator: "|").map(String.init)
            if let bad = status.first(where: { !Self.statuses.contains($0) }) {
                throw LexiconError(file: file, line: row.line, message: "unknown status '\(bad)'")
            }
            var requires: Requirement? = nil
            if let value = row["requires"] {
                guard let requirement = Requirement(rawValue: value) else {
                    throw LexiconError(file: file, line: row.line, message: "requires must be future, weapon, actor, violence, told or local")
                }
                requires = requirement
            }
            if let otherwise = row["otherwise"], !Self.types.contains(otherwise) {
                throw LexiconError(file: file, line: row.line, message: "otherwise must be a frame type")
            }
            triggers.append(Trigger(
                name: row["trigger"]!, type: type, part: part, object: object, subject: subject, status: status, requires: requires,
                otherwise: row["otherwise"], ruleID: row.ruleID, example: row["example"], expect: row["expect"]))
            for form in row["forms"]!.split(separator: "|") {
                let words = LexiconPhrase.words(form.lowercased())
                if requires == .told {
                    toldTrie.insert(words.map { vocabulary.intern($0) }, payload: triggers.count - 1)
                } else {
                    triggerTrie.insert(words.map { vocabulary.intern($0) }, payload: triggers.count - 1)
                }
                entriesByForm[words, default: []].append(triggers.count - 1)
            }
        }
        let typeTable = try context.table(context.option("types", default: "events-types.tsv"), required: ["type", "roles"])
        for row in typeTable.rows {
            guard Self.types.contains(row["type"]!) else {
                throw LexiconError(file: "Lexicons/\(typeTable.name)", line: row.line, message: "unknown frame type '\(row["type"]!)'")
            }
            roles[row["type"]!] = Set(row["roles"]!.split(separator: "|").map(String.init))
        }
        let wordTable = try context.table(context.option("words", default: "events-words.tsv"), required: ["word", "class"])
        for row in wordTable.rows {
            let word = row["word"]!.lowercased()
            let wordClass = row["class"]!
            guard Self.classes.contains(wordClass) else {
                throw LexiconError(
                    file: "Lexicons/\(wordTable.name)", line: row.line, message: "class must be one of \(Self.classes.sorted().joined(separator: ", "))")
            }
            if wordClass == "status" {
                guard let status = row["status"], Self.statuses.contains(status) else {
                    throw LexiconError(file: "Lexicons/\(wordTable.name)", line: row.line, message: "a status word needs a status: \(Self.statuses.sorted().joined(separator: ", "))")
                }
                statusOf[word] = status
            }
            let parts = LexiconPhrase.words(word)
            if parts.count > 1 {
                phrases.append((parts, word, wordClass))
                phraseTrie.insert(parts.map { vocabulary.intern($0) }, payload: phrases.count - 1)
            } else if let single = parts.first {
                _ = vocabulary.intern(single)
            }
            if let harm = row["harm"], !harm.isEmpty {
                let kinds = harm.split(separator: "|").map(String.init)
                guard kinds.allSatisfy({ $0 == "killed" || $0 == "injured" }) else {
                    throw LexiconError(file: "Lexicons/\(wordTable.name)", line: row.line, message: "harm must be killed or injured")
                }
                harmOf[word] = kinds
            }
            if wordClass == "quantity" {
                guard let value = row["value"].flatMap({ Int($0) }) else {
                    throw LexiconError(file: "Lexicons/\(wordTable.name)", line: row.line, message: "a quantity word needs a whole-number value")
                }
                numberValue[word] = value
            }
            words[word, default: []].insert(wordClass)
            if let text = row["example"], let expect = row["expect"] {
                wordExamples.append(WordExample(ruleID: row.ruleID, text: text, expect: expect))
            }
        }
        let numberTable = try context.table(context.option("numbers", default: "temporal-numbers.tsv"), required: ["form", "value"])
        for row in numberTable.rows {
            if row["article"] == "yes" {
                singularArticles.insert(row["form"]!.lowercased())
            } else if let value = row["value"].flatMap({ Int($0) }), numberValue[row["form"]!.lowercased()] == nil {
                numberValue[row["form"]!.lowercased()] = value
            }
        }
        for file in context.option("nationalities", default: "entities-nationalities.tsv,entities-world-nationalities.tsv").split(separator: ",") {
            for row in try context.table(String(file), required: ["canonical", "type"]).rows {
                if let country = row["country"], !country.isEmpty { countryOf[row["canonical"]!] = (country, row.ruleID) }
            }
        }
        let mergeTable = try context.table(context.option("merge", default: "events-merge.tsv"), required: ["setting", "value"])
        spelling = NameKey.Spelling(table: mergeTable)
        classesByID = Array(repeating: [], count: vocabulary.count)
        for (word, wordClasses) in words where !word.contains(" ") {
            let id = vocabulary.id(word)
            if id >= 0 { classesByID[Int(id)] = wordClasses.sorted() }
        }
    }

    func isA(_ word: String, _ wordClass: String) -> Bool { words[word]?.contains(wordClass) ?? false }

    /// Whether a trigger row written as these lower-case words is as asked ("killed" is only a
    /// verb's form; "killing" a noun's too).
    func hasTrigger(written words: [String], where matches: (Trigger) -> Bool) -> Bool {
        (entriesByForm[words] ?? []).contains { matches(triggers[$0]) }
    }

    /// The classes of the single word with this id (none for unknown words).
    func classes(of id: Int32) -> [String] { id >= 0 ? classesByID[Int(id)] : [] }
}
