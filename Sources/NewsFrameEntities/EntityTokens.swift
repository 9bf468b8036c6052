import NewsFrameCore

/// The tokens of one document as the entity rules see them: texts with a possessive `'s`
/// removed (the span leaves it out too), their vocabulary ids as written and lowercased,
/// capitalization, sentences. Everything a rule asks of every token is computed here once.
final class EntityTokens {
    let tokens: [Token]
    /// Token texts, a trailing possessive removed ("Syria's" → "Syria").
    let texts: [String]
    /// Vocabulary id of each text as written, and lowercased (`Vocabulary.unknown` if none).
    let ids: [Int32]
    let lowerIDs: [Int32]
    let possessive: [Bool]
    let sentence: [Int]

    init(_ document: AnalyzedDocument, vocabulary: Vocabulary) {
        tokens = document.annotations.tokens ?? []
        var texts: [String] = []
        var possessive: [Bool] = []
        var ids: [Int32] = []
        var lowerIDs: [Int32] = []
        texts.reserveCapacity(tokens.count)
        possessive.reserveCapacity(tokens.count)
        ids.reserveCapacity(tokens.count)
        lowerIDs.reserveCapacity(tokens.count)
        for token in tokens {
            let (text, isPossessive) = LexiconPhrase.strippingPossessive(document.text.slice(token.start, token.end), kind: token.kind)
            texts.append(text)
            possessive.append(isPossessive)
            ids.append(vocabulary.id(text))
            let lower = TextCase.lowercased(text)
            lowerIDs.append(lower == text ? ids[ids.count - 1] : vocabulary.id(lower))
        }
        self.texts = texts
        self.possessive = possessive
        self.ids = ids
        self.lowerIDs = lowerIDs
        let sentences = document.annotations.sentences ?? []
        let sentenceOf = document.sentenceIndexOfTokens
        sentence = sentenceOf
        var mixed = [Bool](repeating: false, count: sentences.count + 1)
        for (index, text) in texts.enumerated() where !mixed[sentenceOf[index]] && TextCase.hasLowercase(text) {
            mixed[sentenceOf[index]] = true
        }
        mixedCase = mixed
        // Title case ("Hillary Clinton Was Headed to an Emergency Room"): of the words of four letters
        // or more after the first, at least four, and nearly all capitalized. Short function
        // words stay lowercase in headlines; a sentence that merely opens with a long name
        // ("Julie A. Diaz Martinez arrived on Monday") has lowercase long words.
        var words = [Int](repeating: 0, count: sentences.count + 1)
        var capitals = [Int](repeating: 0, count: sentences.count + 1)
        let capitalized = zip(tokens, texts).map { token, text in token.kind == .word && TextCase.startsUppercase(text) }
        // (Offsets are scalar offsets: a token's length in scalars needs no counting.)
        for (index, token) in tokens.enumerated() where token.kind == .word && token.end - token.start - (possessive[index] ? 2 : 0) >= 4 {
            if index == 0 || sentenceOf[index - 1] != sentenceOf[index] { continue }
            words[sentenceOf[index]] += 1
            if capitalized[index] { capitals[sentenceOf[index]] += 1 }
        }
        titleCase = zip(words, capitals).map { $0 >= 4 && $1 * 100 >= $0 * 85 }
        self.capitalized = capitalized
    }

    /// Per sentence: whether it is written in title case (headlines), where a run of
    /// capitalized words does not show where a name ends.
    private let titleCase: [Bool]

    func isTitleCase(sentenceOf index: Int) -> Bool { titleCase[sentence[index]] }

    /// Per sentence: whether it has lowercase letters. In all-caps text capitalization says
    /// nothing, so the patterns that rely on it stay off there.
    private let mixedCase: [Bool]

    func isMixedCase(sentenceOf index: Int) -> Bool { mixedCase[sentence[index]] }

    var count: Int { tokens.count }

    /// Whether each word token starts with a capital, computed once: the patterns ask it of
    /// every token many times.
    private let capitalized: [Bool]

    func isCapitalized(_ index: Int) -> Bool { capitalized[index] }

    /// Scalar offsets of tokens `first..<last`, leaving out a final possessive.
    func span(_ first: Int, _ last: Int) -> (start: Int, end: Int) {
        (tokens[first].start, tokens[last - 1].end - (possessive[last - 1] ? 2 : 0))
    }
}
