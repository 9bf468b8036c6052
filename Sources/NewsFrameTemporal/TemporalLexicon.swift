import NewsFrameCore

/// The temporal knowledge of `Lexicons/`: the class index (`temporal-classes.tsv`) and the
/// class files it names, and the rules (`temporal-rules.tsv`), validated on load.
final class TemporalLexicon: Sendable {
    let classes: TemporalClasses
    let rules: [TemporalRule]
    /// Per rule, whether it is a NONE rule (a span that is no time expression).
    let isNone: [Bool]
    /// Rules by the token keys they can start with, indexed by key + `keyOffset` (shape
    /// keys are negative): an array lookup per token, not a hash.
    let rulesByKey: [[Int]]
    static let keyOffset = 8
    /// Per key (same index): the longest reach of its gated rules, and whether any of its
    /// rules is ungated. A token far from every core word skips a key's whole list at once.
    let keyReach: [Int]
    let keyHasUngated: [Bool]
    /// The longest reach of any rule, and whether any shape key (number, word…) has an
    /// ungated rule: a token farther than that from the next core word, whose word keys no
    /// ungated rule, starts nothing.
    let maxReach: Int
    let shapeKeysUngated: Bool
    let vocabulary: TemporalVocabulary
    let tenseCues: TenseCues
    let quantityNouns: PhraseClass?

    static let tenseClass = "tense"
    static let quantityClass = "quantitynoun"

    /// Vocabulary ids of words that can anchor a time expression (rule words minus stopwords,
    /// and the words of the core classes); see `temporal-stopwords.tsv`.
    let isCoreWord: [Bool]
    /// Rules with no element that can match a core token: never gated (by rule index).
    let ungatedRules: [Bool]
    /// How many tokens each rule's match can span at most, an upper bound for the gate.
    let reach: [Int]
    /// Per rule, when its first element is one required token (a word, a one-word class or
    /// context) and no shape can come next: the words the next token must be ("the past",
    /// "last week", "the full|fiscal? year", "[in|during] the? <season>"). Most tries of such
    /// a rule end there, so it is checked before the pattern search starts.
    let secondWords: [[Bool]?]
    /// Per rule, by vocabulary id: the words one of its later required elements can start
    /// with (a word list, or classes from the lexicon). A rule is tried only where such a
    /// word follows within its reach; "<n:number> <unit:units> ago" is not tried at every
    /// number. Nil for rules whose later elements are all shapes or optional.
    let anchors: [[Bool]?]

    static let coreClasses: Set<String> = [
        "month", "weekday", "weekdayplural", "unit", "units", "partofday", "season", "holiday", "meridiem", "timezone",
        "digits", "day", "year", "decade", "clock", "clockam",
    ]

    init(context: StageContext, index: String, rulesFile: String, stopwords stopwordFile: String) throws {
        let indexTable = try context.table(index, required: ["class", "file", "form_column", "value_column", "capitalized"])
        var lexicon: [String: PhraseClass] = [:]
        var gluedMeridiems: [String: String] = [:]
        var vocabulary = TemporalVocabulary()
        for row in indexTable.rows {
            let name = row["class"]!
            let phraseClass = PhraseClass(name: name, capitalized: row["capitalized"] == "yes")
            let table = try context.table(row["file"]!, required: [row["form_column"]!, row["value_column"]!])
            for entry in table.rows {
                if name == TemporalClasses.meridiemClass, let form = entry[row["form_column"]!], !form.contains(" ") {
                    gluedMeridiems[form.lowercased()] = entry[row["value_column"]!]!
                }
                phraseClass.add(
                    form: entry[row["form_column"]!]!, value: entry[row["value_column"]!]!, ruleID: entry.ruleID,
                    // A possessive word is matched without its 's, as the text's tokens are ("New Year's Day").
                    tokenizer: { LexiconPhrase.words($0.lowercased()).map { LexiconPhrase.strippingPossessive($0, kind: .word).text } },
                    vocabulary: &vocabulary)
            }
            lexicon[name] = phraseClass
        }
        let classes = TemporalClasses(lexicon: lexicon, gluedMeridiems: gluedMeridiems)
        let ruleTable = try context.table(rulesFile, required: ["id", "type", "pattern"])
        var rules: [TemporalRule] = []
        var seen: Set<String> = []
        for row in ruleTable.rows {
            let file = "Lexicons/\(rulesFile)"
            func fail(_ message: String) -> LexiconError { LexiconError(file: file, line: row.line, message: message) }
            let name = row["id"]!
            guard seen.insert(name).inserted else { throw fail("rule id '\(name)' is used twice") }
            guard TemporalRule.types.contains(row["type"]!) else { throw fail("type must be DATE, TIME, DURATION, SET or NONE") }
            let pattern: TemporalPattern
            do {
                pattern = try TemporalPattern(row["pattern"]!, classes: classes, vocabulary: &vocabulary)
            } catch {
                throw fail("pattern: \(error)")
            }
            guard let anchor = TemporalRule.Anchor(rawValue: row["anchor"] ?? "dct") else {
                throw fail("anchor must be 'dct' or 'text'")
            }
            for expression in [row["value"], row["mod"]].compactMap({ $0 }).map(ValueExpression.init) {
                if let function = expression.function, !ValueExpression.functions.contains(function) {
                    throw fail("unknown value function '@\(function)'; known: \(ValueExpression.functions.sorted().map { "@" + $0 }.joined(separator: ", "))")
                }
            }
            rules.append(TemporalRule(
                name: name, ruleID: row.ruleID, priority: rules.count, type: row["type"]!, pattern: pattern,
                value: row["value"] ?? "", mod: row["mod"], anchor: anchor, example: row["example"], exampleDCT: row["dct"],
                expect: row["expect"]))
        }
        var byKey: [Int: [Int]] = [:]
        for (index, rule) in rules.enumerated() {
            for key in rule.pattern.firstKeys(classes: classes) { byKey[key, default: []].append(index) }
        }
        self.classes = classes
        self.rules = rules
        let stopTable = try context.table(stopwordFile, required: ["word"])
        let stopwords = Set(stopTable.rows.map { vocabulary.id($0["word"]!) })
        var core: Set<Int> = []
        for name in Self.coreClasses {
            if let phraseClass = lexicon[name] { core.formUnion(phraseClass.allWords) }
        }
        // A spoken year ("nineteen ninety-six") starts with a number word, not a digit.
        core.formUnion(classes.spokenYearStarts)
        var ungated: Set<Int> = []
        var reach: [Int] = []
        for (index, rule) in rules.enumerated() {
            var hasCore = false
            for element in rule.pattern.elements where !element.optional && !element.context {
                switch element.atom {
                case .words(let ids):
                    let coreIDs = ids.filter { !stopwords.contains($0) }
                    core.formUnion(coreIDs)
                    if !coreIDs.isEmpty { hasCore = true }
                case .slot(_, let ids):
                    if ids.contains(where: { Self.coreClasses.contains(classes.name(of: $0)) }) { hasCore = true }
                }
            }
            if !hasCore { ungated.insert(index) }
            reach.append(rule.pattern.elements.reduce(0) { total, element in
                switch element.atom {
                case .words: return total + 1
                case .slot(_, let ids): return total + ids.map { classes.longest(id: $0) }.max()!
                }
            })
        }
        // Each key's rules: ungated ones first, then by reach, longest first, so the rule loop
        // stops at the first gated rule that cannot reach the next core word (the order rules
        // are found in does not matter: candidates are sorted before they are chosen).
        var table = [[Int]](repeating: [], count: vocabulary.words.count + Self.keyOffset)
        for (key, keyed) in byKey where key + Self.keyOffset >= 0 {
            table[key + Self.keyOffset] = keyed.sorted { a, b in
                let ungatedA = ungated.contains(a), ungatedB = ungated.contains(b)
                if ungatedA != ungatedB { return ungatedA }
                if reach[a] != reach[b] { return reach[a] > reach[b] }
                return a < b
            }
        }
        self.rulesByKey = table
        self.vocabulary = vocabulary
        var ungatedTable = [Bool](repeating: false, count: rules.count)
        for index in ungated { ungatedTable[index] = true }
        self.ungatedRules = ungatedTable
        keyReach = table.map { rules in rules.filter { !ungatedTable[$0] }.map { reach[$0] }.max() ?? 0 }
        let hasUngated = table.map { rules in rules.contains { ungatedTable[$0] } }
        keyHasUngated = hasUngated
        maxReach = reach.max() ?? 0
        shapeKeysUngated = (0..<Self.keyOffset).contains { hasUngated[$0] }
        var coreTable = [Bool](repeating: false, count: vocabulary.words.count)
        for id in core where id >= 0 { coreTable[id] = true }
        self.isCoreWord = coreTable
        self.reach = reach
        let vocabularySize = vocabulary.words.count
        anchors = rules.map { rule in
            // Any later required element will do, as its first word must follow within reach;
            // a core class (a month, a unit) is rarer in text than a plain word ("of"), so it
            // is preferred: "the <day:day> of <month:month>" waits for a month, not for "of".
            var chosen: [Int]? = nil
            scan: for element in rule.pattern.elements.dropFirst() where !element.optional && !element.context {
                switch element.atom {
                case .words(let ids):
                    if chosen == nil { chosen = ids }
                case .slot(_, let ids):
                    let names = ids.map { classes.name(of: $0) }
                    guard !names.contains(where: { TemporalClasses.builtIn.contains($0) }) else { continue }
                    let words = names.flatMap { classes.firstKeys($0) }
                    if names.allSatisfy({ Self.coreClasses.contains($0) }) {
                        chosen = words
                        break scan
                    }
                    if chosen == nil { chosen = words }
                }
            }
            guard let words = chosen else { return nil }
            var table = [Bool](repeating: false, count: vocabularySize)
            for id in words where id >= 0 && id < vocabularySize { table[id] = true }
            return table
        }
        secondWords = rules.map { rule in
            let elements = rule.pattern.elements
            guard elements.count >= 2, !elements[0].optional else { return nil }
            switch elements[0].atom {
            case .words: break
            case .slot(_, let ids): guard ids.allSatisfy({ classes.longest(id: $0) == 1 }) else { return nil }
            }
            // The words the token after the first can be: those of each optional element up
            // to the first required one, and that one's ("the full|fiscal? year": full,
            // fiscal, year). A shape class (a number, a year) can be any token: no filter.
            var second: Set<Int> = []
            for element in elements.dropFirst() {
                switch element.atom {
                case .words(let ids): second.formUnion(ids)
                case .slot(_, let ids):
                    let names = ids.map { classes.name(of: $0) }
                    guard !names.contains(where: { TemporalClasses.builtIn.contains($0) }) else { return nil }
                    for name in names { second.formUnion(classes.firstKeys(name)) }
                }
                if !element.optional {
                    var table = [Bool](repeating: false, count: vocabularySize)
                    for id in second where id >= 0 && id < vocabularySize { table[id] = true }
                    return table
                }
            }
            return nil
        }
        isNone = rules.map { $0.type == "NONE" }
        self.tenseCues = try TenseCues(lexicon[Self.tenseClass], vocabulary: vocabulary)
        self.quantityNouns = lexicon[Self.quantityClass]
    }
}
