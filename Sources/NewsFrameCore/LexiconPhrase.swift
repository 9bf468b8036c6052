/// How the words of a lexicon phrase line up with the tokens stages see, in one place for
/// every stage that matches phrases from `Lexicons/`.
public enum LexiconPhrase {
    /// A phrase split as ICU splits running text: at spaces, with hyphens on their own
    /// ("al-Tanf" → "al", "-", "Tanf"); periods ("U.S.") and apostrophes ("Kata'ib") stay.
    public static func words(_ phrase: String) -> [String] {
        // Most phrases have no hyphen: cut them on the space byte.
        if !phrase.utf8.contains(0x2D) {
            return phrase.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        }
        var result: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { result.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in phrase.unicodeScalars {
            switch scalar {
            case " ":
                flush()
            case "-":
                flush()
                result.append("-")
            default:
                current.append(scalar)
            }
        }
        flush()
        return result
    }

    /// The vocabulary ids of a phrase's words, split as `words(_:)` splits them and each
    /// without a possessive `'s` (as tokens are looked up), interned straight from the bytes:
    /// a gazetteer of 200,000 lines makes no string per word.
    public static func internedWords(_ phrase: String, into vocabulary: inout Vocabulary) -> [Int32] {
        var copy = phrase
        return copy.withUTF8 { bytes -> [Int32] in
            var ids: [Int32] = []
            var start = 0
            func flush(_ end: Int) {
                guard end > start else { return }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let cut = possessiveBytes(word, kind: .word)
                ids.append(vocabulary.intern(utf8: UnsafeBufferPointer(rebasing: word[0..<(word.count - cut)])))
            }
            for (index, byte) in bytes.enumerated() {
                if byte == 0x20 {
                    flush(index)
                    start = index + 1
                } else if byte == 0x2D {
                    flush(index)
                    ids.append(vocabulary.intern(utf8: UnsafeBufferPointer(rebasing: bytes[index..<index + 1])))
                    start = index + 1
                }
            }
            flush(bytes.count)
            return ids
        }
    }

    /// A word token without its possessive `'s` ("Syria's" → "Syria", true); phrases match
    /// the bare word and spans leave the `'s` out.
    /// Every stage asks this of every token, so the ending is tested on bytes first.
    public static func strippingPossessive(_ text: String, kind: TokenKind) -> (text: String, possessive: Bool) {
        let utf8 = text.utf8
        guard kind == .word, utf8.count > 3, utf8.last == UInt8(ascii: "s") else { return (text, false) }
        let cut: Int
        if utf8.dropLast().last == UInt8(ascii: "'") {
            cut = 2
        } else if utf8.suffix(4).elementsEqual(Self.curlyPossessive) {
            cut = 4
        } else {
            return (text, false)
        }
        guard text.count > 3 else { return (text, false) }
        return (String(decoding: utf8.dropLast(cut), as: UTF8.self), true)
    }

    /// How many bytes of a word token's UTF-8 are its possessive `'s` (0, 2 or 4), by the
    /// same rule as `strippingPossessive`: tokens read as bytes, without making a string
    /// unless the ending is there.
    public static func possessiveBytes(_ raw: UnsafeBufferPointer<UInt8>, kind: TokenKind) -> Int {
        guard kind == .word, raw.count > 3, raw[raw.count - 1] == UInt8(ascii: "s"),
            raw[raw.count - 2] == UInt8(ascii: "'") || raw[raw.count - 2] == 0x99,
            strippingPossessive(String(decoding: raw, as: UTF8.self), kind: kind).possessive
        else { return 0 }
        return raw[raw.count - 2] == 0x99 ? 4 : 2
    }

    /// U+2019 and "s" in UTF-8.
    private static let curlyPossessive: [UInt8] = [0xE2, 0x80, 0x99, 0x73]
}
