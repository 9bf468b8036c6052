import NewsFrameCore

/// The tokens of one document as the temporal rules see them: vocabulary ids of the
/// lowercased texts and the sentence each token belongs to, computed once per document from
/// the text's bytes. Texts are made only for the tokens a rule reads, near the few words
/// that can start a time expression.
final class TemporalTokens {
    let tokens: [Token]
    let possessive: [Bool]
    let sentence: [Int]
    /// Whether the whole document is in capitals (then capitalization tells nothing).
    let allCaps: Bool
    private let text: ScalarText

    /// Vocabulary id of each token's lowercased text (`TemporalVocabulary.unknown` if none);
    /// a possessive is matched without its 's ("Friday's" as "friday") and left out of spans.
    let ids: [Int]
    /// The same ids as `Int32`, the key type of the phrase tries.
    let wordIDs: [Int32]

    init(_ document: AnalyzedDocument, vocabulary: TemporalVocabulary) {
        let tokens = document.annotations.tokens ?? []
        self.tokens = tokens
        text = document.text
        var possessive = [Bool](repeating: false, count: tokens.count)
        var ids = [Int](repeating: TemporalVocabulary.unknown, count: tokens.count)
        document.text.forEachToken(tokens) { index, token, raw in
            var cut = LexiconPhrase.possessiveBytes(raw, kind: token.kind)
            // Rules match lowercased text, so a capital 'S ("FRIDAY'S") is a possessive too.
            if cut == 0, token.kind == .word, raw.count > 3, raw[raw.count - 1] == UInt8(ascii: "S") {
                let lowered = TextCase.lowercased(String(decoding: raw, as: UTF8.self))
                if LexiconPhrase.strippingPossessive(lowered, kind: .word).possessive { cut = raw[raw.count - 2] == 0x99 ? 4 : 2 }
            }
            possessive[index] = cut > 0
            ids[index] = vocabulary.lowercasedID(utf8: UnsafeBufferPointer(rebasing: raw[0..<(raw.count - cut)]))
        }
        self.possessive = possessive
        self.ids = ids
        wordIDs = ids.map { Int32(truncatingIfNeeded: $0) }
        tenseMemo = [UInt8](repeating: 0, count: tokens.count)
        let sentenceOf = document.sentenceIndexOfTokens
        sentence = sentenceOf
        allCaps = Self.isAllCaps(document.text.scalars)
    }

    var count: Int { tokens.count }

    /// Per token, the tense cue `TenseCues` found in it, once asked.
    var tenseMemo: [UInt8]

    /// The token's text as written.
    func original(_ index: Int) -> String { text.slice(tokens[index].start, tokens[index].end) }

    /// The token's text lowercased, a possessive removed: what classes and cues compare.
    func lower(_ index: Int) -> String {
        TextCase.lowercased(text.slice(tokens[index].start, tokens[index].end - (possessive[index] ? 2 : 0)))
    }

    /// The token's scalars as written, a possessive removed: suffix tests without a string.
    func scalars(_ index: Int) -> ArraySlice<Unicode.Scalar> {
        text.scalars[tokens[index].start..<(tokens[index].end - (possessive[index] ? 2 : 0))]
    }

    /// The token's first and last scalars, for shape tests that need no string.
    func firstScalar(_ index: Int) -> Unicode.Scalar { text.scalars[tokens[index].start] }
    func lastScalar(_ index: Int) -> Unicode.Scalar { text.scalars[tokens[index].end - 1] }

    /// The token's length in scalars.
    func length(_ index: Int) -> Int { tokens[index].end - tokens[index].start }

    /// More than 20 letters and not one lowercase: stops at the first lowercase letter.
    /// (Whitespace between tokens has no letters, so the whole text answers for its tokens.)
    static func isAllCaps(_ scalars: [Unicode.Scalar]) -> Bool {
        var letters = 0
        for scalar in scalars {
            if scalar.value < 0x80 {
                if scalar.value >= 0x61 && scalar.value <= 0x7A { return false }
                if scalar.value >= 0x41 && scalar.value <= 0x5A { letters += 1 }
            } else if scalar.properties.isLowercase {
                return false
            } else if scalar.properties.isAlphabetic {
                letters += 1
            }
        }
        return letters > 20
    }

    func isCapitalized(_ index: Int) -> Bool {
        let first = firstScalar(index)
        return first.properties.isUppercase || (allCaps && first.properties.isAlphabetic)
    }

    /// Whether two tokens touch (no space between them), as in "mid-" + "October".
    func adjacent(_ left: Int, _ right: Int) -> Bool { tokens[left].end == tokens[right].start }

    /// The integer a digit token spells ("24"; "1,200" is no integer here, on purpose).
    func integer(_ index: Int) -> Int? {
        guard tokens[index].kind == .number else { return nil }
        return Int(original(index))
    }
}
