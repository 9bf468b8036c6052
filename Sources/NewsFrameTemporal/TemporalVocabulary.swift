import NewsFrameCore

/// Every word the temporal lexicons and rules mention, lowercased and numbered (a
/// `Vocabulary` with `Int` ids, the type the rule tables index by). A document's tokens are
/// looked up once, from their bytes; after that every trie step, literal test and rule
/// lookup compares integers instead of hashing strings, which is what makes the stage fast.
struct TemporalVocabulary: Sendable {
    /// Tokens that no lexicon or rule mentions.
    static let unknown = -1

    private(set) var words = Vocabulary()

    /// The id of `word`, adding it when new (used while loading).
    mutating func intern(_ word: String) -> Int { Int(words.intern(word)) }

    func id(_ word: String) -> Int { Int(words.id(word)) }

    /// How many words are numbered (ids run from 0 to count - 1).
    var count: Int { words.count }

    /// The id of a token's text lowercased, from its UTF-8 bytes.
    func lowercasedID(utf8 word: UnsafeBufferPointer<UInt8>) -> Int { Int(words.lowercasedID(utf8: word)) }
}
