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

    private struct Node: Sendable {
        var children: [Int: Int] = [:]
        var entry: Entry?
    }

    let name: String
    /// When true, the first token must begin with a capital letter ("May", not "may").
    let capitalized: Bool
    private var nodes = [Node()]
    private(set) var longest = 1
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
        var node = 0
        for word in words.map({ vocabulary.intern($0) }) {
            if let next = nodes[node].children[word] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[word] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        longest = max(longest, words.count)
        let entry = Entry(value: value, ruleID: ruleID)
        nodes[node].entry = entry
        entries[words.joined(separator: Self.separator)] = entry
    }

    var firstWords: [Int] { Array(nodes[0].children.keys) }

    var allWords: Set<Int> { Set(nodes.flatMap { $0.children.keys }) }

    /// Longest entry starting at token `index`: its value and token count.
    func match(_ tokens: TemporalTokens, at index: Int) -> (value: String, length: Int)? {
        if capitalized, !tokens.isCapitalized(index) { return nil }
        var node = 0
        var position = index
        var best: (String, Int)? = nil
        while position < tokens.count, tokens.ids[position] >= 0, let next = nodes[node].children[tokens.ids[position]] {
            node = next
            position += 1
            if let entry = nodes[node].entry { best = (entry.value, position - index) }
        }
        return best
    }
}
