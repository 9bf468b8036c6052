/// Every word a stage's lexicons mention, numbered while they load. A document's tokens are
/// looked up once; after that every trie step and every word test compares integers
/// instead of hashing strings again.
public struct Vocabulary: Sendable {
    /// Tokens that no lexicon mentions.
    public static let unknown: Int32 = -1

    private var ids: [String: Int32] = [:]

    public init() {}

    public var count: Int { ids.count }

    /// The id of `word`, adding it when new (used while loading).
    public mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(ids.count)
        ids[word] = id
        return id
    }

    public func id(_ word: String) -> Int32 { ids[word] ?? Self.unknown }

    /// Room for `words` more words.
    public mutating func reserve(_ words: Int) { ids.reserveCapacity(ids.count + words) }
}
