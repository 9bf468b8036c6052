/// Phrases of a lexicon keyed by word ids (a `Vocabulary`'s), matched longest first from a
/// starting token. Each phrase carries a payload, an index into its owner's table.
///
/// The edges live in one open-addressing table keyed by (node, word) packed into 64 bits,
/// with a multiplicative hash: a step costs a multiply and a probe or two, where a
/// `Dictionary` step hashes with SipHash. The entities stage asks several tries at every
/// token, so this is what its speed rests on. A word no lexicon mentions (`Vocabulary.unknown`)
/// ends a walk before any probe. Built once while a stage loads, then only read; a struct,
/// so that reading it from a stage's `let` tables costs no exclusivity check.
public struct WordTrie: Sendable {
    /// Packed (node + 1, word) keys; 0 marks an empty slot.
    @usableFromInline var keys: [UInt64]
    @usableFromInline var children: [Int32]
    @usableFromInline var mask: Int
    @usableFromInline var shift: UInt64
    /// Payload of each node, -1 where no phrase ends.
    @usableFromInline var payloads: [Int32] = [-1]
    private var edgeCount = 0
    public private(set) var longestPhrase = 0

    public init() {
        keys = [UInt64](repeating: 0, count: 16)
        children = [Int32](repeating: 0, count: 16)
        mask = 15
        shift = 60
    }

    @inlinable
    static func pack(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node &+ 1)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    @inlinable
    func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The child of `node` by `word`, or nil.
    @inlinable
    func child(_ node: Int32, _ word: Int32) -> Int32? {
        let key = Self.pack(node, word)
        var index = slot(of: key)
        while true {
            let found = keys[index]
            if found == key { return children[index] }
            if found == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// Adds a phrase; the first payload given for a phrase is kept. Unknown words cannot be
    /// part of a phrase (the vocabulary interns every word while the lexicon loads).
    /// Adds a phrase; where the phrase is already there it keeps its payload, which is
    /// returned (so a loader learns of a shared form without a second walk).
    @discardableResult
    public mutating func insert(_ words: [Int32], payload: Int) -> Int? {
        guard !words.isEmpty, !words.contains(where: { $0 < 0 }) else { return nil }
        var node: Int32 = 0
        for word in words {
            if let next = child(node, word) {
                node = next
                continue
            }
            payloads.append(-1)
            let next = Int32(payloads.count - 1)
            put(Self.pack(node, word), next)
            node = next
        }
        longestPhrase = max(longestPhrase, words.count)
        if payloads[Int(node)] < 0 {
            payloads[Int(node)] = Int32(payload)
            return nil
        }
        return Int(payloads[Int(node)])
    }

    /// Room for `phrases` more phrases of a few words each, so a large gazetteer does not
    /// regrow the table again and again.
    public mutating func reserve(phrases: Int) {
        grow(toHold: edgeCount + 3 * phrases)
        payloads.reserveCapacity(payloads.count + 3 * phrases)
    }

    /// The longest phrase starting at `start` in `words`: its payload and length in tokens.
    @inlinable
    public func longest(_ words: [Int32], from start: Int, limit: Int = Int.max) -> (payload: Int, length: Int)? {
        guard start < words.count, words[start] >= 0 else { return nil }
        var node: Int32 = 0
        var position = start
        var best: (Int, Int)? = nil
        while position < words.count, position - start < limit, words[position] >= 0,
            let next = child(node, words[position])
        {
            node = next
            position += 1
            let payload = payloads[Int(next)]
            if payload >= 0 { best = (Int(payload), position - start) }
        }
        return best
    }

    /// The words phrases can start with, for indexing rules by their first token.
    public var firstWords: [Int32] {
        keys.filter { $0 != 0 && $0 >> 32 == 1 }.map { Int32(bitPattern: UInt32(truncatingIfNeeded: $0)) }
    }

    /// Every word of every phrase.
    public var allWords: Set<Int32> {
        Set(keys.filter { $0 != 0 }.map { Int32(bitPattern: UInt32(truncatingIfNeeded: $0)) })
    }

    private mutating func put(_ key: UInt64, _ value: Int32) {
        grow(toHold: edgeCount + 1)
        var index = slot(of: key)
        while keys[index] != 0 { index = (index + 1) & mask }
        keys[index] = key
        children[index] = value
        edgeCount += 1
    }

    /// Keeps the table at most half full.
    private mutating func grow(toHold count: Int) {
        guard count * 2 > keys.count else { return }
        var capacity = keys.count
        while count * 2 > capacity { capacity *= 2 }
        let oldKeys = keys
        let oldChildren = children
        keys = [UInt64](repeating: 0, count: capacity)
        children = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for (index, key) in oldKeys.enumerated() where key != 0 {
            var slot = slot(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            children[slot] = oldChildren[index]
        }
    }
}
