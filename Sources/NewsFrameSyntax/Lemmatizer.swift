import NewsFrameCore

/// Lemmas: a listed irregular form first (the treebank has errors), then the treebank's own
/// lemma for a form it saw with that tag, else a suffix rule.
///
/// Proper nouns keep their case ("Houthis" stays unless the treebank says otherwise); every
/// other word is lower-cased, as UD English lemmas are.
public struct Lemmatizer: Sendable {
    /// `tag \t form` to lemma, from the treebank (the most frequent lemma of each pair).
    let table: [String: String]
    let knownLemmas: Set<String>
    let rules: LemmaRules?

    public static let treebankRule = "model/lemma-table"
    public static let identityRule = "model/lemma-form"

    init(table: [String: String], rules: LemmaRules?) {
        self.table = table
        self.knownLemmas = Set(table.values.map { $0.lowercased() })
        self.rules = rules
    }

    func with(rules: LemmaRules) -> Lemmatizer { Lemmatizer(table: table, rules: rules) }

    /// The lemma of `form` tagged `upos`/`xpos`, and what decided it.
    public func lemma(_ form: String, upos: String, xpos: String) -> (lemma: String, rule: String) {
        if let irregular = rules?.irregular(form.lowercased(), tag: xpos) { return irregular }
        if let lemma = table["\(xpos)\t\(form)"] { return (lemma, Self.treebankRule) }
        let lower = form.lowercased()
        if let lemma = table["\(xpos)\t\(lower)"] { return (upos == "PROPN" ? form : lemma, Self.treebankRule) }
        if upos == "PROPN" { return (form, Self.identityRule) }
        if let rules, let result = rules.lemma(of: lower, tag: xpos, isKnown: { knownLemmas.contains($0) }) {
            return (result.lemma, result.ruleID)
        }
        return (lower, Self.identityRule)
    }

    func write(to writer: inout BinaryWriter) {
        writer.write(UInt32(table.count))
        for key in table.keys.sorted() {
            writer.write(key)
            writer.write(table[key]!)
        }
    }

    static func read(from reader: inout BinaryReader) throws -> Lemmatizer {
        let count = Int(try reader.read(UInt32.self))
        var table: [String: String] = [:]
        table.reserveCapacity(count)
        for _ in 0..<count {
            let key = try reader.readString()
            table[key] = try reader.readString()
        }
        return Lemmatizer(table: table, rules: nil)
    }
}
