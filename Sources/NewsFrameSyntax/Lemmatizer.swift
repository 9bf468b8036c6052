import NewsFrameCore

/// Lemmas: a listed irregular form first (the treebank has errors), then the treebank's own
/// lemma for a form it saw with that tag, else a suffix rule.
///
/// Proper nouns keep their case ("Houthis" stays unless the treebank says otherwise); every
/// other word is lower-cased, as UD English lemmas are.
public struct Lemmatizer: Sendable {
    /// `tag \t form` to lemma, from the treebank (the most frequent lemma of each pair).
    let table: [String: String]
    /// The same table keyed by `key(tag, form)`, so a lookup hashes bytes and allocates nothing.
    let hashed: [UInt64: String]
    let knownLemmas: Set<String>
    let rules: LemmaRules?
    /// Irregular forms by `key(tag, form)` (and `key("VB*", form)`), from the rules.
    let irregular: [UInt64: (lemma: String, rule: String)]

    public static let treebankRule = "model/lemma-table"
    public static let identityRule = "model/lemma-form"

    init(table: [String: String], rules: LemmaRules?) {
        self.table = table
        var hashed: [UInt64: String] = [:]
        hashed.reserveCapacity(table.count)
        for (key, lemma) in table {
            guard let tab = key.firstIndex(of: "\t") else { continue }
            hashed[Self.key(key[..<tab], key[key.index(after: tab)...])] = lemma
        }
        self.hashed = hashed
        self.knownLemmas = Set(table.values.map { $0.lowercased() })
        self.rules = rules
        var irregular: [UInt64: (String, String)] = [:]
        for entry in rules?.irregularEntries ?? [] { irregular[Self.key(entry.tag, entry.form)] = (entry.lemma, entry.rule) }
        self.irregular = irregular
    }

    /// A tag and a form hashed together (FNV-1a over their bytes with a separator).
    static func key<Tag: StringProtocol, Form: StringProtocol>(_ tag: Tag, _ form: Form) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in tag.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash = (hash ^ 9) &* 0x0000_0100_0000_01B3
        for byte in form.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The form lower-cased, without a new string when it has no capital.
    private static func lowered(_ form: String) -> String {
        form.utf8.contains { $0 >= 65 && $0 <= 90 || $0 >= 0x80 } ? form.lowercased() : form
    }

    func with(rules: LemmaRules) -> Lemmatizer { Lemmatizer(table: table, rules: rules) }

    /// Whether the treebank saw the form (lower-cased) with this Penn tag.
    func saw(_ form: String, as xpos: String) -> Bool { hashed[Self.key(xpos, Self.lowered(form))] != nil }

    /// The lemma of `form` tagged `upos`/`xpos`, and what decided it.
    public func lemma(_ form: String, upos: String, xpos: String) -> (lemma: String, rule: String) {
        let lower = Self.lowered(form)
        if !irregular.isEmpty {
            if let entry = irregular[Self.key(xpos, lower)] { return entry }
            if xpos.hasPrefix("VB"), let entry = irregular[Self.key("VB*", lower)] { return entry }
        }
        if let lemma = hashed[Self.key(xpos, form)] { return (lemma, Self.treebankRule) }
        if lower != form, let lemma = hashed[Self.key(xpos, lower)] { return (upos == "PROPN" ? form : lemma, Self.treebankRule) }
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
