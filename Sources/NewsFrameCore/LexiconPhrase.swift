/// How the words of a lexicon phrase line up with the tokens stages see, in one place for
/// every stage that matches phrases from `Lexicons/`.
public enum LexiconPhrase {
    /// A phrase split as ICU splits running text: at spaces, with hyphens on their own
    /// ("al-Tanf" → "al", "-", "Tanf"); periods ("U.S.") and apostrophes ("Kata'ib") stay.
    public static func words(_ phrase: String) -> [String] {
        var result: [String] = []
        for word in phrase.split(separator: " ") {
            var current = ""
            for character in word {
                if character == "-" {
                    if !current.isEmpty { result.append(current) }
                    result.append("-")
                    current = ""
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty { result.append(current) }
        }
        return result
    }

    /// A word token without its possessive `'s` ("Syria's" → "Syria", true); phrases match
    /// the bare word and spans leave the `'s` out.
    public static func strippingPossessive(_ text: String, kind: TokenKind) -> (text: String, possessive: Bool) {
        guard kind == .word, text.count > 3, text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") else { return (text, false) }
        return (String(text.dropLast(2)), true)
    }
}
