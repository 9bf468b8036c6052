/// Features are 64-bit hashes of a template number and the values it reads (word hashes,
/// tag numbers), built without strings so the hot loops allocate nothing. Zero is never a
/// feature: the weight tables use it for an empty slot.
enum FeatureHash {
    /// FNV-1a over bytes: the hash of a word form, computed once per word.
    @inline(__always)
    static func bytes<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func string(_ string: String) -> UInt64 { bytes(string.utf8) }

    @inline(__always)
    static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        var x = (hash ^ value) &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 29
        return x
    }

    /// The finished feature: mixed so that its low bits index an open-addressing table.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        var x = hash
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x == 0 ? 1 : x
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
        finish(combine(template &* 0x2545_F491_4F6C_DD1D, a))
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        finish(combine(combine(template &* 0x2545_F491_4F6C_DD1D, a), b))
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        finish(combine(combine(combine(template &* 0x2545_F491_4F6C_DD1D, a), b), c))
    }
}
