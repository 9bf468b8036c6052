/// Every word the temporal lexicons and rules mention, numbered. A document's tokens are
/// looked up once; after that every trie step, literal test and rule lookup compares
/// integers instead of hashing strings, which is what makes the stage fast.
struct TemporalVocabulary: Sendable {
    /// Tokens that no lexicon or rule mentions.
    static let unknown = -1

    private(set) var ids: [String: Int] = [:]

    /// The id of `word`, adding it when new (used while loading).
    mutating func intern(_ word: String) -> Int {
        if let id = ids[word] { return id }
        let id = ids.count
        ids[word] = id
        return id
    }

    func id(_ word: String) -> Int { ids[word] ?? Self.unknown }
}
