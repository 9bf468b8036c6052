/// A 128-bit non-cryptographic hash that is stable across runs, processes and machines
/// (unlike `Hasher`), which content hashes and configuration fingerprints stored on disk
/// need. Two 64-bit lanes consume eight bytes a step, fast enough to hash every article of a
/// dump on ingest.
public struct StableHash: Sendable {
    private var lane1: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var lane2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    public init() {}

    public mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        var word: UInt64 = 0
        var filled: UInt64 = 0
        for byte in bytes {
            word |= UInt64(byte) << (filled * 8)
            filled += 1
            if filled == 8 {
                mix(word)
                word = 0
                filled = 0
            }
        }
        if filled > 0 { mix(word ^ (filled << 56)) }
        length &+= 1
        mix(length)
    }

    /// Adds a string; each string is a separate field, so ("ab","c") and ("a","bc") differ.
    public mutating func combine(_ string: String) {
        var copy = string
        copy.withUTF8 { combine(bytes: $0) }
    }

    private mutating func mix(_ word: UInt64) {
        lane1 = (lane1 ^ word) &* 0x87C3_7B91_1142_53D5
        lane1 = (lane1 << 31) | (lane1 >> 33)
        lane2 = (lane2 ^ (word &* 0x4CF5_AD43_2745_937F)) &* 0x9E37_79B9_7F4A_7C15
        lane2 = (lane2 << 29) | (lane2 >> 35)
    }

    private static func finalize(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    /// The first 64 bits of the digest, for sets of many keys.
    public var value: UInt64 { Self.finalize(lane1 ^ lane2.rotated) }

    public var hexDigest: String {
        let high = Self.finalize(lane1 ^ lane2.rotated)
        let low = Self.finalize(lane2 &+ lane1)
        func hex(_ value: UInt64) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
        return hex(high) + hex(low)
    }

    public static func hex(_ strings: String...) -> String {
        var hash = StableHash()
        for string in strings { hash.combine(string) }
        return hash.hexDigest
    }
}

extension UInt64 {
    fileprivate var rotated: UInt64 { (self << 17) | (self >> 47) }
}
