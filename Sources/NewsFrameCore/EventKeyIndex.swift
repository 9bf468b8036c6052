/// Which open events a frame could join, found without comparing it with every one: events
/// are filed under their blocking keys (the words of their actors' and places' name keys,
/// their weapons, their sites) or, when two roles must agree, under pairs of keys, since two
/// agreeing roles share a key each. A frame is then compared only with the events filed under
/// its own keys, so the merge stays linear when a busy week holds thousands of open events.
struct EventKeyIndex {
    /// How keys combine: one key, or a pair of keys from two agreeing roles.
    let pairs: Bool
    private var buckets: [String: Set<Int>] = [:]
    private var filed: [Int: Set<String>] = [:]

    init(pairs: Bool) { self.pairs = pairs }

    /// The entries of a set of keys: the keys themselves, or every pair of two of them, and a
    /// place key with itself (one place agreeing as target and as location).
    func entries(_ keys: Set<String>) -> Set<String> {
        guard pairs else { return keys }
        let sorted = keys.sorted()
        var result: Set<String> = []
        for (offset, first) in sorted.enumerated() {
            if first.hasPrefix(Self.placePrefix) { result.insert(first + "\u{1F}" + first) }
            for second in sorted[(offset + 1)...] { result.insert(first + "\u{1F}" + second) }
        }
        return result
    }

    /// The prefix of place keys (`EventMerger.blockingKeys`).
    static let placePrefix = "p:"

    /// Files event `id` under `keys` (its whole key set: entries already filed stay).
    mutating func file(_ id: Int, keys: Set<String>) {
        let new = entries(keys).subtracting(filed[id] ?? [])
        for entry in new { buckets[entry, default: []].insert(id) }
        filed[id, default: []].formUnion(new)
    }

    mutating func remove(_ id: Int) {
        for entry in filed.removeValue(forKey: id) ?? [] {
            buckets[entry]?.remove(id)
            if buckets[entry]?.isEmpty == true { buckets[entry] = nil }
        }
    }

    /// The events filed under any entry of `keys`, oldest first.
    func events(sharing keys: Set<String>) -> [Int] {
        var found: Set<Int> = []
        for entry in entries(keys) { if let ids = buckets[entry] { found.formUnion(ids) } }
        return found.sorted()
    }
}
