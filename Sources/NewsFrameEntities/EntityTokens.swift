import NewsFrameCore

/// The tokens of one document as the entity rules see them: vocabulary ids as written and
/// lowercased (a possessive `'s` removed, as the span leaves it out too), capitalization,
/// sentences. Everything a rule asks of every token is computed here once, from the text's
/// bytes; a token's text is made only when a rule needs it.
final class EntityTokens {
    let tokens: [Token]
    /// Vocabulary id of each text as written, and lowercased (`Vocabulary.unknown` if none).
    let ids: [Int32]
    let lowerIDs: [Int32]
    let possessive: [Bool]
    let sentence: [Int]
    /// From the syntax stage: whether the token's word is a proper noun (UPOS `PROPN`), and
    /// whether it hangs on the token before it as the rest of one name (`flat`: "Gentil
    /// Duarte"), which is how UD marks a person's names.
    let isProperNoun: [Bool]
    let isFlatWithPrevious: [Bool]
    /// Whether the token's word is a determiner ("the Directorate said" names no person).
    let isDeterminer: [Bool]
    /// Whether the document has a parse at all (rules that need it stay off without one).
    let hasSyntax: Bool
    private let text: ScalarText

    init(_ document: AnalyzedDocument, vocabulary: Vocabulary, lowercase: Vocabulary) {
        let tokens = document.annotations.tokens ?? []
        self.tokens = tokens
        text = document.text
        var possessive = [Bool](repeating: false, count: tokens.count)
        var ids = [Int32](repeating: Vocabulary.unknown, count: tokens.count)
        var lowerIDs = [Int32](repeating: Vocabulary.unknown, count: tokens.count)
        var capitalized = [Bool](repeating: false, count: tokens.count)
        var hasLowercase = [Bool](repeating: false, count: tokens.count)
        let scalars = document.text.scalars
        document.text.forEachToken(tokens) { index, token, raw in
            // "Syria's" is looked up as "Syria".
            let cut = LexiconPhrase.possessiveBytes(raw, kind: token.kind)
            possessive[index] = cut > 0
            let word = UnsafeBufferPointer(rebasing: raw[0..<(raw.count - cut)])
            ids[index] = vocabulary.id(utf8: word)
            lowerIDs[index] = lowercase.lowercasedID(utf8: word)
            var ascii = true
            for byte in word {
                if byte >= 0x80 {
                    ascii = false
                } else if byte >= 0x61 && byte <= 0x7A {
                    hasLowercase[index] = true
                    break
                }
            }
            if !ascii, !hasLowercase[index] {
                hasLowercase[index] = scalars[token.start..<token.end].contains { $0.properties.isLowercase }
            }
            if token.kind == .word, let first = word.first {
                capitalized[index] = first < 0x80 ? (first >= 0x41 && first <= 0x5A) : scalars[token.start].properties.isUppercase
            }
        }
        var properNoun = [Bool](repeating: false, count: tokens.count)
        var flat = [Bool](repeating: false, count: tokens.count)
        var determiner = [Bool](repeating: false, count: tokens.count)
        let syntax = document.annotations.syntax ?? []
        for word in syntax where word.token < tokens.count {
            if word.upos == "PROPN" { properNoun[word.token] = true }
            if word.upos == "DET" { determiner[word.token] = true }
            if word.deprel == "flat", word.head >= 0, word.token > 0, syntax[word.head].token < word.token {
                flat[word.token] = true
            }
        }
        isProperNoun = properNoun
        isFlatWithPrevious = flat
        isDeterminer = determiner
        hasSyntax = !syntax.isEmpty
        self.possessive = possessive
        self.ids = ids
        self.lowerIDs = lowerIDs
        let sentences = document.annotations.sentences ?? []
        let sentenceOf = document.sentenceIndexOfTokens
        sentence = sentenceOf
        var mixed = [Bool](repeating: false, count: sentences.count + 1)
        for index in tokens.indices where hasLowercase[index] { mixed[sentenceOf[index]] = true }
        mixedCase = mixed
        // Title case ("Hillary Clinton Was Headed to an Emergency Room"): of the words of four letters
        // or more after the first, at least four, and nearly all capitalized. Short function
        // words stay lowercase in headlines; a sentence that merely opens with a long name
        // ("Julie A. Diaz Martinez arrived on Monday") has lowercase long words.
        var words = [Int](repeating: 0, count: sentences.count + 1)
        var capitals = [Int](repeating: 0, count: sentences.count + 1)
        // (Offsets are scalar offsets: a token's length in scalars needs no counting.)
        for (index, token) in tokens.enumerated() where token.kind == .word && token.end - token.start - (possessive[index] ? 2 : 0) >= 4 {
            if index == 0 || sentenceOf[index - 1] != sentenceOf[index] { continue }
            words[sentenceOf[index]] += 1
            if capitalized[index] { capitals[sentenceOf[index]] += 1 }
        }
        // (A document's first sentence, its headline, may be short: three such words, all
        // capitalized, "Four Guards Killed In Ambush".)
        titleCase = zip(words, capitals).enumerated().map { sentence, count in
            (count.0 >= 4 && count.1 * 100 >= count.0 * 85) || (sentence == 0 && count.0 == 3 && count.1 == 3)
        }
        self.capitalized = capitalized
        // All capitals (no lowercase letter), two to eight scalars, possibly with hyphens:
        // what an acronym or a shouted word looks like ("JNIM", "AL-ASAD").
        allCaps = tokens.indices.map { index in
            let length = tokens[index].end - tokens[index].start - (possessive[index] ? 2 : 0)
            return capitalized[index] && !hasLowercase[index] && (2...8).contains(length)
        }
    }

    /// The text of token `index`, a trailing possessive removed ("Syria's" → "Syria").
    func text(_ index: Int) -> String {
        let token = tokens[index]
        return text.slice(token.start, token.end - (possessive[index] ? 2 : 0))
    }

    /// Whether token `index` is exactly this one character ("-", "(").
    func isText(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        let token = tokens[index]
        return token.end - token.start == 1 && text.scalars[token.start] == scalar
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

    /// Whether the token is written in capitals, like an acronym (computed once per token).
    private let allCaps: [Bool]

    func isAllCaps(_ index: Int) -> Bool { allCaps[index] }

    /// Scalar offsets of tokens `first..<last`, leaving out a final possessive.
    func span(_ first: Int, _ last: Int) -> (start: Int, end: Int) {
        (tokens[first].start, tokens[last - 1].end - (possessive[last - 1] ? 2 : 0))
    }
}
