/// Characters a store must never hold: the C0 controls other than tab, line feed and carriage
/// return, and the noncharacters U+FFFE and U+FFFF. XML cannot carry them (TimeML, the HTML
/// report), C strings end at U+0000 (SQLite's text functions, brat), so they are decided once,
/// at ingest: vertical tab and form feed are line breaks and become U+000A; the rest become
/// U+FFFD. One scalar replaces one scalar, so every offset into the text stays where it was.
public enum ControlCharacters {
    /// The replaced text, how many scalars were replaced and the first one's scalar offset;
    /// nil when the text holds none (checked on its UTF-8 bytes, without decoding).
    public static func cleaned(_ text: String) -> (text: String, count: Int, firstOffset: Int)? {
        guard needsCleaning(text.utf8) else { return nil }
        var result = String.UnicodeScalarView()
        var count = 0
        var firstOffset = -1
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if let replacement = replacement(for: scalar) {
                if firstOffset < 0 { firstOffset = offset }
                count += 1
                result.append(replacement)
            } else {
                result.append(scalar)
            }
        }
        return count == 0 ? nil : (String(result), count, firstOffset)
    }

    /// One pass over the bytes: a C0 control, or U+FFFE/U+FFFF (EF BF BE, EF BF BF).
    static func needsCleaning(_ bytes: String.UTF8View) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
            if byte >= 0xBE, byte <= 0xBF, previous == (0xEF, 0xBF) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// What `scalar` becomes, or nil when it may stay.
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return nil
        case 0x0B, 0x0C: return "\n"
        case 0x00..<0x20, 0xFFFE, 0xFFFF: return "\u{FFFD}"
        default: return nil
        }
    }
}
