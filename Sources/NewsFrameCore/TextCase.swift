/// Case tests and lowercasing with a fast path for ASCII, which is most of news text. Stages
/// ask them of every token; the Unicode tables are consulted only for other scalars, with
/// the same answers (a test checks every ASCII character against Unicode's properties).
public enum TextCase {
    /// `text.lowercased()`, without the Unicode case tables when `text` is ASCII.
    public static func lowercased(_ text: String) -> String {
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.lowercased() }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        guard hasUpper else { return text }
        let utf8 = text.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var index = 0
            for byte in utf8 {
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                index += 1
            }
            return index
        }
    }

    /// Whether any scalar of `text` is lowercase.
    public static func hasLowercase(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if scalar.value >= 0x61 && scalar.value <= 0x7A { return true }
            } else if scalar.properties.isLowercase {
                return true
            }
        }
        return false
    }

    /// Whether `text` has letters and all are capitals ("ULFA-NSCN", "J"): an acronym, a
    /// group's more often than a place's.
    public static func isCapitalsOnly(_ text: String) -> Bool {
        var letters = false
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters = true
        }
        return letters
    }

    /// Whether the first scalar of `text` is uppercase.
    public static func startsUppercase(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
    }
}
