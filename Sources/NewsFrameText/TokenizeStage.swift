import CICU
import NewsFrameCore

/// Word tokens and sentences from ICU's break rules, corrected by the abbreviation lexicon.
///
/// ICU alone splits "Oct." into "Oct" + "." and, even with `ss=standard`, ends sentences
/// after abbreviations it does not know ("Brig.") and keeps some it should end ("in the
/// U.S. The group…"). Two passes over ICU's output fix both, each correction naming the
/// lexicon line that caused it.
public struct TokenizeStage: Stage {
    public static let name = "tokenize"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = []
    public static let provides: Set<AnnotationKind> = [.tokens, .sentences]

    public static let icuSentenceRule = "icu/sentence"
    public static let paragraphRule = "icu/paragraph"

    let wordLocale: String
    let sentenceLocale: String
    public let lexicon: AbbreviationLexicon

    public init(context: StageContext) throws {
        wordLocale = context.option("word_locale", default: "en")
        sentenceLocale = context.option("sentence_locale", default: "en@ss=standard")
        let abbreviations = try context.table(
            context.option("abbreviations", default: "abbreviations.tsv"), required: ["form", "class"])
        let starters = try context.table(
            context.option("sentence_starters", default: "sentence-starters.tsv"), required: ["word"])
        lexicon = try AbbreviationLexicon(abbreviations: abbreviations, starters: starters)
    }

    public func process(_ document: AnalyzedDocument) throws -> AnnotationSet {
        let segmenter = ICUSegmenter(text: document.document.text)
        let text = document.text
        let tokens = mergeAbbreviations(try wordTokens(segmenter, text), text)
        let sentences = correctSentences(
            try segmenter.segments(NF_BREAK_SENTENCE, locale: sentenceLocale), tokens, text)
        return AnnotationSet(tokens: tokens, sentences: sentences)
    }

    private func wordTokens(_ segmenter: ICUSegmenter, _ text: ScalarText) throws -> [Token] {
        var tokens: [Token] = []
        for segment in try segmenter.segments(NF_BREAK_WORD, locale: wordLocale) {
            let first = text.scalars[segment.start]
            let kind: TokenKind
            switch segment.status {
            case 100..<200: kind = .number
            case 200..<500: kind = .word
            default:
                if Self.isWhitespace(first) { continue }
                kind = Self.isPunctuation(first) ? .punctuation : .symbol
            }
            tokens.append(Token(start: segment.start, end: segment.end, kind: kind))
        }
        return tokens
    }

    /// ASCII answers without a Unicode property lookup, which dominates otherwise.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (0x21...0x2F).contains(value) && value != 0x24 && value != 0x2B
                || (0x3A...0x40).contains(value) && value != 0x3C && value != 0x3D && value != 0x3E
                || (0x5B...0x60).contains(value) && value != 0x5E && value != 0x60
                || (0x7B...0x7E).contains(value) && value != 0x7C && value != 0x7E
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// Joins a word and the period right after it when the pair is a known abbreviation or a
    /// single capital initial ("J."), the way a reader sees them.
    private func mergeAbbreviations(_ tokens: [Token], _ text: ScalarText) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .word, index + 1 < tokens.count {
                let next = tokens[index + 1]
                if next.start == token.end, next.end == next.start + 1, text.scalars[next.start] == ".",
                    abbreviation(text.slice(token.start, next.end)) != nil
                {
                    result.append(Token(start: token.start, end: next.end, kind: .word))
                    index += 2
                    continue
                }
            }
            result.append(token)
            index += 1
        }
        return result
    }

    /// The lexicon entry for an abbreviation token; initials match by shape, not by list.
    func abbreviation(_ form: String) -> AbbreviationLexicon.Entry? {
        if let entry = lexicon.entries[form] { return entry }
        let scalars = Array(form.unicodeScalars)
        if scalars.count == 2, scalars[0].properties.isUppercase, scalars[1] == "." {
            return AbbreviationLexicon.Entry(form: form, kind: .general, ruleID: "tokenize/initial", example: nil, exampleSentences: nil)
        }
        return nil
    }

    private func correctSentences(_ segments: [ICUSegmenter.Segment], _ tokens: [Token], _ text: ScalarText) -> [Sentence] {
        // Trim ICU's sentences to their first and last token.
        var spans: [Sentence] = []
        var tokenIndex = 0
        for segment in segments {
            while tokenIndex < tokens.count, tokens[tokenIndex].end <= segment.start { tokenIndex += 1 }
            var first: Int? = nil
            var last: Int? = nil
            var cursor = tokenIndex
            while cursor < tokens.count, tokens[cursor].start < segment.end {
                if first == nil { first = cursor }
                last = cursor
                cursor += 1
            }
            guard let first, let last else { continue }
            // A merged abbreviation token may straddle ICU's boundary ("Oct" | ". 22"): extend.
            let start = max(tokens[first].start, spans.last?.end ?? 0)
            if start >= tokens[last].end { continue }
            spans.append(Sentence(start: start, end: tokens[last].end, rule: Self.icuSentenceRule))
        }
        return splitAfterAbbreviations(joinAfterAbbreviations(spans, tokens, text), tokens, text)
    }

    private func joinAfterAbbreviations(_ spans: [Sentence], _ tokens: [Token], _ text: ScalarText) -> [Sentence] {
        var result: [Sentence] = []
        var cursor = 0
        for span in spans {
            guard var previous = result.last else {
                result.append(span)
                continue
            }
            while cursor < tokens.count, tokens[cursor].end < previous.end { cursor += 1 }
            var nextIndex = cursor
            while nextIndex < tokens.count, tokens[nextIndex].start < span.start { nextIndex += 1 }
            if cursor < tokens.count, tokens[cursor].end == previous.end, nextIndex < tokens.count,
                !containsNewline(text, previous.end, span.start),
                let entry = abbreviation(text.slice(tokens[cursor].start, tokens[cursor].end)),
                continues(after: entry, next: tokens[nextIndex], text)
            {
                previous.end = span.end
                previous.rule = entry.ruleID
                result[result.count - 1] = previous
                continue
            }
            result.append(span)
        }
        return result
    }

    private func splitAfterAbbreviations(_ spans: [Sentence], _ tokens: [Token], _ text: ScalarText) -> [Sentence] {
        var result: [Sentence] = []
        var cursor = 0
        for span in spans {
            var current = span
            while cursor < tokens.count, tokens[cursor].start < span.start { cursor += 1 }
            var index = cursor
            while index + 1 < tokens.count, tokens[index + 1].start < span.end {
                let token = tokens[index]
                let next = tokens[index + 1]
                if text.scalars[token.end - 1] == ".", next.start > token.end,
                    let entry = abbreviation(text.slice(token.start, token.end)), entry.kind == .general,
                    let starterRule = lexicon.sentenceStarters[text.slice(next.start, next.end)]
                {
                    result.append(Sentence(start: current.start, end: token.end, rule: current.rule))
                    current = Sentence(start: next.start, end: span.end, rule: starterRule)
                }
                index += 1
            }
            result.append(current)
        }
        return result
    }

    /// Whether the word after an abbreviation continues its sentence: always after a title;
    /// otherwise before a number, a lowercase word or a capitalized word that is no sentence starter.
    private func continues(after entry: AbbreviationLexicon.Entry, next: Token, _ text: ScalarText) -> Bool {
        if entry.kind == .title { return true }
        if next.kind == .number { return true }
        guard next.kind == .word else { return false }
        let first = text.scalars[next.start]
        if first.properties.isLowercase { return true }
        return lexicon.sentenceStarters[text.slice(next.start, next.end)] == nil
    }

    private func containsNewline(_ text: ScalarText, _ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        return text.scalars[start..<end].contains { $0 == "\n" || $0 == "\r" || $0 == "\u{2029}" }
    }
}

extension TokenizeStage: ExampleProviding {
    public var examples: [RuleExample] {
        var result: [RuleExample] = []
        for entry in lexicon.entries.values.sorted(by: { $0.ruleID < $1.ruleID }) {
            guard let text = entry.example else { continue }
            var expectations: [RuleExample.Expectation] = [.token(entry.form)]
            if let count = entry.exampleSentences { expectations.append(.sentences(count)) }
            result.append(RuleExample(ruleID: entry.ruleID, text: text, dct: nil, expectations: expectations))
        }
        for starter in lexicon.starterExamples {
            result.append(RuleExample(
                ruleID: starter.ruleID, text: starter.text, dct: nil, expectations: [.sentences(starter.sentences)]))
        }
        return result
    }
}
