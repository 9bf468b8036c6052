/// Name keys by name, each made once: a corpus (or one article's frames, compared pair by
/// pair) names the same places and actors again and again, and a key costs a pass over its
/// name's Unicode properties. Not shared between threads: one per merge or per document.
public final class NameKeyCache {
    public let spelling: NameKey.Spelling
    private var made: [String: NameKey] = [:]

    public init(spelling: NameKey.Spelling) { self.spelling = spelling }

    public func key(_ name: String) -> NameKey {
        if let known = made[name] { return known }
        let key = NameKey(name, spelling: spelling)
        if made.count < 1_000_000 { made[name] = key }
        return key
    }
}
