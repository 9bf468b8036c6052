import NewsFrameCore

/// The tokens of one document as the temporal rules see them: lowercased texts, numeric
/// values and the sentence each token belongs to, computed once per document.
final class TemporalTokens {
    let tokens: [Token]
    let lower: [String]
    let original: [String]
    let possessive: [Bool]
    let sentence: [Int]
    /// The first token of each sentence that has tokens.
    let sentenceStart: [Int: Int]
    /// Whether the whole document is in capitals (then capitalization tells nothing).
    let allCaps: Bool

    /// Vocabulary id of each token's lowercased text (`TemporalVocabulary.unknown` if none).
    let ids: [Int]

    init(_ document: AnalyzedDocument, vocabulary: TemporalVocabulary) {
        let tokens = document.annotations.tokens ?? []
        self.tokens = tokens
        original = tokens.map { document.text.slice($0.start, $0.end) }
        // ASCII words (most of news) lowercase without Unicode case tables.
        // A possessive is matched without its 's ("Friday's" as "friday") and left out of spans.
        var possessive = [Bool](repeating: false, count: tokens.count)
        lower = original.enumerated().map { index, text in
            let lowered = text.utf8.allSatisfy({ $0 < 0x80 }) ? Self.asciiLowercased(text) : text.lowercased()
            let (bare, isPossessive) = LexiconPhrase.strippingPossessive(lowered, kind: tokens[index].kind)
            possessive[index] = isPossessive
            return bare
        }
        self.possessive = possessive
        ids = lower.map { vocabulary.id($0) }
        let sentenceOf = document.sentenceIndexOfTokens
        sentence = sentenceOf
        var starts: [Int: Int] = [:]
        for (index, value) in sentenceOf.enumerated() where starts[value] == nil { starts[value] = index }
        sentenceStart = starts
        allCaps = Self.isAllCaps(original)
    }

    var count: Int { tokens.count }

    static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// More than 20 letters and not one lowercase: stops at the first lowercase letter.
    static func isAllCaps(_ words: [String]) -> Bool {
        var letters = 0
        for word in words {
            for scalar in word.unicodeScalars {
                if scalar.value < 0x80 {
                    if scalar.value >= 0x61 && scalar.value <= 0x7A { return false }
                    if scalar.value >= 0x41 && scalar.value <= 0x5A { letters += 1 }
                } else if scalar.properties.isLowercase {
                    return false
                } else if scalar.properties.isAlphabetic {
                    letters += 1
                }
            }
        }
        return letters > 20
    }

    func isCapitalized(_ index: Int) -> Bool {
        guard let first = original[index].unicodeScalars.first else { return false }
        return first.properties.isUppercase || (allCaps && first.properties.isAlphabetic)
    }

    /// Whether two tokens touch (no space between them), as in "mid-" + "October".
    func adjacent(_ left: Int, _ right: Int) -> Bool { tokens[left].end == tokens[right].start }

    /// The integer a digit token spells ("24"; "1,200" is no integer here, on purpose).
    func integer(_ index: Int) -> Int? {
        guard tokens[index].kind == .number else { return nil }
        return Int(original[index])
    }
}
