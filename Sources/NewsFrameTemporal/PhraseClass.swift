import NewsFrameCore

/// A named set of word sequences with values, loaded from one lexicon file: the months,
/// the number words, the units… Patterns refer to it by name (`<m:month>`). Phrases are kept
/// in a trie keyed by vocabulary ids, so a match walks the text once, longest first.
/// Built once while loading, then only read (hence `@unchecked Sendable`).
final class PhraseClass: @unchecked Sendable {
    struct Entry: Sendable {
        var value: String
        var ruleID: String
    }

    let name: String
    /// When true, the first token must begin with a capital letter ("May", not "may").
    let capitalized: Bool
    private var trie = WordTrie()
    private var values: [Entry] = []
    var longest: Int { max(1, trie.longestPhrase) }
    /// Every phrase, by its words joined with `separator` (for listing and tense cues).
    private(set) var entries: [String: Entry] = [:]

    init(name: String, capitalized: Bool) {
        self.name = name
        self.capitalized = capitalized
    }

    static let separator = "\u{1}"

    /// Only called while the lexicon loads, before the class is shared.
    func add(
        form: String, value: String, ruleID: String, tokenizer: (String) -> [String], vocabulary: inout TemporalVocabulary
    ) {
        let words = tokenizer(form)
        guard !words.isEmpty else { return }
        let entry = Entry(value: value, ruleID: ruleID)
        values.append(entry)
        trie.insert(words.map { Int32(vocabulary.intern($0)) }, payload: values.count - 1)
        if words.count == 1 { singleWordValues[vocabulary.intern(words[0])] = value }
        entries[words.joined(separator: Self.separator)] = entry
    }

    var firstWords: [Int] { trie.firstWords.map(Int.init) }

    /// The value of each one-word entry, by vocabulary id.
    private(set) var singleWordValues: [Int: String] = [:]

    var allWords: Set<Int> { Set(trie.allWords.map(Int.init)) }

    /// Longest entry starting at token `index`: its value and token count.
    func match(_ tokens: TemporalTokens, at index: Int) -> (value: String, length: Int)? {
        if capitalized, !tokens.isCapitalized(index) { return nil }
        guard let (payload, length) = trie.longest(tokens.wordIDs, from: index) else { return nil }
        return (values[payload].value, length)
    }
}
