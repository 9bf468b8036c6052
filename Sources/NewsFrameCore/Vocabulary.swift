/// Every word a stage's lexicons mention, numbered while they load. A document's tokens are
/// looked up once, straight from the text's UTF-8 bytes (no string is made for a token
/// that no lexicon knows, which is most of them); after that every trie step and every
/// word test compares integers.
public struct Vocabulary: Sendable {
    /// Tokens that no lexicon mentions.
    public static let unknown: Int32 = -1

    /// The words' bytes end to end; word `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Open addressing by FNV-1a hash of the bytes: per slot the word id in the low 32 bits
    /// and the hash's high 31 bits above it (-1 where empty), so a probe that meets another
    /// word is told apart without reading that word's bytes: with the world's place names the
    /// table is far larger than the cache, and every token is looked up.
    private var slots: [Int64] = [Int64](repeating: -1, count: 64)

    public init() {}

    public var count: Int { starts.count - 1 }

    /// The id of `word`, adding it when new (used while loading).
    public mutating func intern(_ word: String) -> Int32 {
        // (Looked up in place: most words of a large gazetteer are already known, and copying
        // each one's bytes first cost the load an allocation per word.)
        var copy = word
        let found = copy.withUTF8 { self.id(utf8: $0) }
        if found >= 0 { return found }
        let id = Int32(count)
        bytes += word.utf8
        starts.append(Int32(bytes.count))
        if count * 2 > slots.count { rehash(slots.count * 2) } else { place(id) }
        return id
    }

    /// The id of the word spelled by these bytes, adding it when new (used while loading).
    public mutating func intern(utf8 word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let found = id(utf8: word)
        if found >= 0 { return found }
        let id = Int32(count)
        bytes += word
        starts.append(Int32(bytes.count))
        if count * 2 > slots.count { rehash(slots.count * 2) } else { place(id) }
        return id
    }

    public func id(_ word: String) -> Int32 {
        var copy = word
        return copy.withUTF8 { id(utf8: $0) }
    }

    /// The id of the word spelled by these bytes, exactly.
    public func id(utf8 word: UnsafeBufferPointer<UInt8>) -> Int32 {
        find(word, hash: Self.hash(word, lowercasing: false), lowercasing: false)
    }

    /// The id of the lowercase form of the word spelled by these bytes. ASCII is lowercased
    /// on the fly while hashing; other text goes through Unicode's rules (`TextCase`).
    public func lowercasedID(utf8 word: UnsafeBufferPointer<UInt8>) -> Int32 {
        // Hash and check for ASCII in one pass.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word {
            if byte >= 0x80 { return id(TextCase.lowercased(String(decoding: word, as: UTF8.self))) }
            hash = (hash ^ UInt64(Self.lower(byte, true))) &* 0x0000_0100_0000_01B3
        }
        return find(word, hash: hash, lowercasing: true)
    }

    /// Room for `words` more words.
    public mutating func reserve(_ words: Int) {
        var size = slots.count
        while (count + words) * 2 > size { size *= 2 }
        if size > slots.count { rehash(size) }
    }

    @inline(__always)
    private static func lower(_ byte: UInt8, _ lowercasing: Bool) -> UInt8 {
        lowercasing && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private static func hash(_ word: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { hash = (hash ^ UInt64(lower(byte, lowercasing))) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, lowercasing: Bool) -> Int32 {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        let tag = Int64(hash >> 33)
        while true {
            let slot = slots[index]
            if slot < 0 { return Self.unknown }
            guard slot >> 32 == tag else {
                index = (index + 1) & mask
                continue
            }
            let id = Int32(truncatingIfNeeded: slot)
            let start = Int(starts[Int(id)])
            let end = Int(starts[Int(id) + 1])
            if end - start == word.count {
                var same = true
                for offset in 0..<word.count where bytes[start + offset] != Self.lower(word[offset], lowercasing) {
                    same = false
                    break
                }
                if same { return id }
            }
            index = (index + 1) & mask
        }
    }

    private mutating func place(_ id: Int32) {
        let start = Int(starts[Int(id)])
        let end = Int(starts[Int(id) + 1])
        let hash = bytes[start..<end].withUnsafeBufferPointer { Self.hash($0, lowercasing: false) }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] >= 0 { index = (index + 1) & mask }
        slots[index] = Int64(hash >> 33) << 32 | Int64(UInt32(bitPattern: id))
    }

    private mutating func rehash(_ size: Int) {
        slots = [Int64](repeating: -1, count: size)
        for id in 0..<count { place(Int32(id)) }
    }
}
