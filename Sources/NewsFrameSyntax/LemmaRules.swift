import NewsFrameCore

/// Suffix rules for forms the treebank never showed (`Lexicons/syntax-lemma-rules.tsv`),
/// and irregular forms it may not have (`Lexicons/syntax-lemmas.tsv`).
///
/// A rule names Penn tags, a suffix and candidate replacements; of the candidates, the first
/// whose result the treebank knows as a lemma wins ("fired" → fire, "targeted" → target),
/// else the first. A candidate `<` drops the stem's doubled last letter ("stopped" → stop);
/// when the treebank knows no candidate, it is chosen for the letters the file's `UNDOUBLE`
/// line lists ("outgunned" → outgun, but "outstressed" keeps its "ss").
public struct LemmaRules: Sendable {
    struct Rule: Sendable {
        let tags: Set<String>
        let suffix: String
        let candidates: [String]
        let ruleID: String
    }

    private let rules: [Rule]
    /// Letters whose doubling at the end of an unknown stem is undone (`UNDOUBLE` line).
    private let undoubled: Set<Character>
    private let irregular: [String: (lemma: String, ruleID: String)]
    /// Each listed irregular form with its tags.
    public let irregularForms: [(form: String, tags: [String])]
    /// Every (tag, form) of the irregular lexicon with its lemma and line; tag `VB*` stands
    /// for any verb tag ("shot" tagged VBP still has its lemma).
    var irregularEntries: [(tag: String, form: String, lemma: String, rule: String)] {
        irregular.map { key, value in
            let parts = key.split(separator: "\t", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1] : "", value.lemma, value.ruleID)
        }
    }

    public init(rules: LexiconTable, irregular: LexiconTable) throws {
        var parsed: [Rule] = []
        var undoubled: Set<Character> = []
        for row in rules.rows {
            guard let tags = row["tags"], let suffix = row["suffix"] else { continue }
            if tags == Self.undoubleTag {
                undoubled.formUnion(row["replace"] ?? "")
                continue
            }
            let candidates = (row["replace"] ?? "").split(separator: "|", omittingEmptySubsequences: false).map {
                $0 == "-" ? "" : String($0)
            }
            parsed.append(Rule(tags: Set(tags.split(separator: ",").map(String.init)), suffix: suffix, candidates: candidates, ruleID: row.ruleID))
        }
        // Longest suffix first, so "ies" is tried before "s".
        self.rules = parsed.enumerated().sorted {
            $0.element.suffix.count != $1.element.suffix.count ? $0.element.suffix.count > $1.element.suffix.count : $0.offset < $1.offset
        }.map(\.element)
        self.undoubled = undoubled
        var byKey: [String: (String, String)] = [:]
        var forms: [(String, [String])] = []
        for row in irregular.rows {
            guard let form = row["form"]?.lowercased(), let tag = row["tags"], let lemma = row["lemma"] else { continue }
            let tags = tag.split(separator: ",").map(String.init)
            for single in tags { byKey["\(single)\t\(form)"] = (lemma, row.ruleID) }
            // A verb form the tagger gave another verb tag ("shot" as VBP) still has its lemma.
            if tags.allSatisfy({ $0.hasPrefix("VB") }), byKey["VB*\t\(form)"] == nil { byKey["VB*\t\(form)"] = (lemma, row.ruleID) }
            forms.append((form, tags))
        }
        self.irregular = byKey
        self.irregularForms = forms
    }

    /// The `tags` value of the line that lists the letters to undouble.
    static let undoubleTag = "UNDOUBLE"

    /// When the treebank knows no candidate: a doubled final letter of the `UNDOUBLE` line is
    /// undoubled ("outgunned" → outgun, but "outstressed" keeps its "ss"); else the first.
    func unknownChoice(stem: String, candidates: [String], results: [String]) -> String {
        if let undouble = candidates.firstIndex(of: "<"), let last = stem.last, stem.dropLast().last == last,
            undoubled.contains(last)
        {
            return results[undouble]
        }
        return results[0]
    }

    /// The listed lemma of an irregular lower-case form with this tag.
    public func irregular(_ form: String, tag: String) -> (lemma: String, rule: String)? {
        if let entry = irregular["\(tag)\t\(form)"] { return (entry.lemma, entry.ruleID) }
        guard tag.hasPrefix("VB") else { return nil }
        return irregular["VB*\t\(form)"].map { ($0.lemma, $0.ruleID) }
    }

    /// The lemma of a lower-case `form` with Penn tag `tag`, and the lexicon line that gave
    /// it; nil when no rule applies (the form is its own lemma).
    public func lemma(of form: String, tag: String, isKnown: (String) -> Bool) -> (lemma: String, ruleID: String)? {
        for rule in rules where rule.tags.contains(tag) && form.hasSuffix(rule.suffix) && form.count > rule.suffix.count + 1 {
            let stem = String(form.dropLast(rule.suffix.count))
            let results = rule.candidates.map { candidate -> String in
                if candidate == "<" {
                    guard let last = stem.last, stem.count > 2, stem.dropLast().last == last else { return stem }
                    return String(stem.dropLast())
                }
                return stem + candidate
            }
            let chosen = results.first(where: isKnown) ?? unknownChoice(stem: stem, candidates: rule.candidates, results: results)
            return (chosen, rule.ruleID)
        }
        return nil
    }
}
