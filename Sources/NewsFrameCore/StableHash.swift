/// A 128-bit FNV-1a hash: stable across runs, processes and machines (unlike `Hasher`),
/// which is what content hashes and configuration fingerprints stored on disk need.
public struct StableHash: Sendable {
    private var state: UInt128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d
    private static let prime: UInt128 = (1 << 88) | 0x13b

    public init() {}

    public mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            state ^= UInt128(byte)
            state = state &* Self.prime
        }
    }

    /// Adds a string and a separator, so that ("ab","c") and ("a","bc") differ.
    public mutating func combine(_ string: String) {
        combine(bytes: string.utf8)
        combine(bytes: CollectionOfOne(0xFF))
    }

    public var hexDigest: String {
        let text = String(state, radix: 16)
        return String(repeating: "0", count: max(0, 32 - text.count)) + text
    }

    public static func hex(_ strings: String...) -> String {
        var hash = StableHash()
        for string in strings { hash.combine(string) }
        return hash.hexDigest
    }
}
