/// Phrases keyed by token texts, matched longest first from a starting token. Each phrase
/// carries a payload index into its owner's table.
final class TokenTrie: @unchecked Sendable {
    private struct Node {
        var children: [String: Int] = [:]
        var payload: Int?
    }

    private var nodes = [Node()]

    /// Only called while loading, before the trie is shared.
    func insert(_ words: [String], payload: Int) {
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
        if nodes[node].payload == nil { nodes[node].payload = payload }
    }

    /// The longest phrase starting at `start` in `keys`: its payload and length in tokens.
    func longest(_ keys: [String], from start: Int, limit: Int = Int.max) -> (payload: Int, length: Int)? {
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
}
