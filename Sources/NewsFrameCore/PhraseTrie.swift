/// Phrases of a lexicon keyed by their tokens (texts, or vocabulary ids), matched longest
/// first from a starting token. Each phrase carries a payload, an index into its owner's
/// table. Built once while a stage loads, then only read (hence `@unchecked Sendable`).
public final class PhraseTrie<Key: Hashable>: @unchecked Sendable {
    /// One hash table of edges for the whole trie, rather than a dictionary per node: a
    /// gazetteer of a hundred thousand names builds without a million small allocations.
    /// Inlinable, so each stage gets the trie specialized for its key type.
    @usableFromInline
    struct Edge: Hashable {
        @usableFromInline var node: Int32
        @usableFromInline var key: Key

        @inlinable
        init(node: Int32, key: Key) {
            self.node = node
            self.key = key
        }
    }

    @usableFromInline var edges: [Edge: Int32] = [:]
    @usableFromInline var payloads: [Int?] = [nil]
    @usableFromInline var longestSoFar = 0

    /// The most tokens a phrase spans.
    public var longestPhrase: Int { longestSoFar }

    public init() {}

    /// Adds a phrase; the first payload given for a phrase is kept.
    @inlinable
    public func insert(_ words: [Key], payload: Int) {
        guard !words.isEmpty else { return }
        var node: Int32 = 0
        for word in words {
            let edge = Edge(node: node, key: word)
            if let next = edges[edge] {
                node = next
            } else {
                payloads.append(nil)
                let next = Int32(payloads.count - 1)
                edges[edge] = next
                node = next
            }
        }
        longestSoFar = max(longestSoFar, words.count)
        if payloads[Int(node)] == nil { payloads[Int(node)] = payload }
    }

    /// Room for `phrases` more phrases of a few words each, so a large gazetteer does not
    /// regrow the table again and again.
    public func reserve(phrases: Int) {
        edges.reserveCapacity(edges.count + 3 * phrases)
        payloads.reserveCapacity(payloads.count + 3 * phrases)
    }

    /// The longest phrase starting at `start` in `keys`: its payload and length in tokens.
    @inlinable
    public func longest(_ keys: [Key], from start: Int, limit: Int = Int.max) -> (payload: Int, length: Int)? {
        var node: Int32 = 0
        var position = start
        var best: (Int, Int)? = nil
        while position < keys.count, position - start < limit, let next = edges[Edge(node: node, key: keys[position])] {
            node = next
            position += 1
            if let payload = payloads[Int(next)] { best = (payload, position - start) }
        }
        return best
    }

    /// The words phrases can start with, for indexing rules by their first token.
    public var firstWords: [Key] { edges.keys.filter { $0.node == 0 }.map(\.key) }

    /// Every word of every phrase.
    public var allWords: Set<Key> { Set(edges.keys.map(\.key)) }
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
