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

    /// A word token without its possessive `'s` ("Syria's" → "Syria", true); phrases match
    /// the bare word and spans leave the `'s` out.
    public static func strippingPossessive(_ text: String, kind: TokenKind) -> (text: String, possessive: Bool) {
        guard kind == .word, text.count > 3, text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") else { return (text, false) }
        return (String(text.dropLast(2)), true)
    }
}
