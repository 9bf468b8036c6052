/// Phrases of a lexicon keyed by their tokens (texts, or vocabulary ids), matched longest
/// first from a starting token. Each phrase carries a payload, an index into its owner's
/// table. Built once while a stage loads, then only read (hence `@unchecked Sendable`).
public final class PhraseTrie<Key: Hashable>: @unchecked Sendable {
    private struct Node {
        var children: [Key: Int] = [:]
        var payload: Int?
    }

    private var nodes = [Node()]
    /// The most tokens a phrase spans.
    public private(set) var longestPhrase = 0

    public init() {}

    /// Adds a phrase; the first payload given for a phrase is kept.
    public func insert(_ words: [Key], payload: Int) {
        guard !words.isEmpty else { return }
        var node = 0
        for word in words {
            if let next = nodes[node].children[word] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[word] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        longestPhrase = max(longestPhrase, words.count)
        if nodes[node].payload == nil { nodes[node].payload = payload }
    }

    /// The longest phrase starting at `start` in `keys`: its payload and length in tokens.
    public func longest(_ keys: [Key], from start: Int, limit: Int = Int.max) -> (payload: Int, length: Int)? {
        var node = 0
        var position = start
        var best: (Int, Int)? = nil
        while position < keys.count, position - start < limit, let next = nodes[node].children[keys[position]] {
            node = next
            position += 1
            if let payload = nodes[node].payload { best = (payload, position - start) }
        }
        return best
    }

    /// The words phrases can start with, for indexing rules by their first token.
    public var firstWords: [Key] { Array(nodes[0].children.keys) }

    /// Every word of every phrase.
    public var allWords: Set<Key> { Set(nodes.flatMap { $0.children.keys }) }
}

extension AnalyzedDocument {
    /// The index of the sentence each token belongs to (sentences and tokens in text order).
    public var sentenceIndexOfTokens: [Int] {
        let tokens = annotations.tokens ?? []
        let sentences = annotations.sentences ?? []
        var result = [Int](repeating: 0, count: tokens.count)
        var current = 0
        for (index, token) in tokens.enumerated() {
            while current + 1 < sentences.count, sentences[current].end <= token.start { current += 1 }
            result[index] = current
        }
        return result
    }
}
