import NewsFrameCore

/// Quotations and who said them, and reported speech without quote marks.
///
/// Direct quotations come from `QuoteMarkScanner`; each is attributed by the patterns
/// newswire uses, tried in order: a cue right after the closing mark ("…," the group said /
/// "…," said Ryder / "…," reports Newsweek, or "…," Name, an appositive, posted), a cue
/// before the opening mark in the same sentence ("He said U.S. forces will take "…""),
/// a colon introduction ("Name: "…""), and a trailing "— Name" signature. A quotation with no
/// cue of its own continues the previous speaker's when it follows in a run of paragraphs.
/// Quoted names, labels and scare quotes are told apart from speech by one documented rule:
/// fewer than `min_words` words, a name in title case, or a short phrase right after a
/// determiner is a label; a short phrase with no cue and no sentence shape is a scare quote.
/// Indirect speech is a cue with a speaker before it and a clause after it ("X said the US
/// would…"), or a clause, a comma, a speaker and a cue ("…, officials said").
public struct QuoteStage: Stage {
    public static let name = "quotes"
    public static let version = 1
    /// Time expressions are skipped between a speaker and its cue ("The Pentagon on Thursday
    /// confirmed"), so they are required: a rerun must load them back.
    public static let requires: Set<AnnotationKind> = [.tokens, .sentences, .timexes, .entities]
    public static let provides: Set<AnnotationKind> = [.quotes]

    let lexicon: QuoteLexicon
    let minWords: Int
    let uncuedMinWords: Int
    let indirectMinWords: Int

    public init(context: StageContext) throws {
        lexicon = try QuoteLexicon(context: context)
        minWords = try context.wholeNumberOption("min_words", default: 3, atLeast: 1)
        uncuedMinWords = try context.wholeNumberOption("uncued_min_words", default: 8, atLeast: 1)
        indirectMinWords = try context.wholeNumberOption("indirect_min_words", default: 4, atLeast: 1)
    }

    struct Attribution {
        var speaker: SpeakerPhrase?
        var cue: Range<Int>?
        var cueIndex: Int?
        var pattern: String
    }

    public func process(_ document: AnalyzedDocument) throws -> AnnotationSet {
        let text = document.text
        let tokens = QuoteTokens.kept(document, lexicon: lexicon)
        let raw = QuoteMarkScanner(lexicon: lexicon).scan(text)
        let ranges = raw.map { tokens.index(atOrAfter: $0.start)..<tokens.index(atOrAfter: $0.end) }
        for (quote, range) in zip(raw, ranges) {
            tokens.markQuoted(tokens.index(atOrAfter: quote.open)..<(quote.close.map { tokens.index(atOrAfter: $0) + 1 } ?? range.upperBound))
        }
        let finder = SpeakerFinder(lexicon: lexicon, tokens: tokens)
        var found: [(quotation: Quotation, attribution: Attribution?, firstToken: Int, lastParagraph: Int)] = []
        var quotedSentences: Set<Int> = []
        for (quote, range) in zip(raw, ranges) where !range.isEmpty {
            let openToken = tokens.index(atOrAfter: quote.open)
            let closeToken = quote.close.map { tokens.index(atOrAfter: $0) }
            let attribution = attribute(openToken: openToken, closeToken: closeToken, tokens, finder)
            guard isSpeech(range, openToken: openToken, attributed: attribution != nil, tokens, text) else { continue }
            for index in range { quotedSentences.insert(tokens.sentence[index]) }
            found.append((
                Quotation(start: quote.start, end: quote.end, kind: .direct, rule: quote.ruleID), attribution, openToken,
                tokens.paragraph[max(openToken, range.upperBound - 1)]
            ))
        }
        for (quotation, attribution, content) in indirect(tokens, finder, skipping: quotedSentences) {
            found.append((quotation, attribution, content.lowerBound, tokens.paragraph[content.lowerBound]))
        }
        found.sort { $0.quotation.start != $1.quotation.start ? $0.quotation.start < $1.quotation.start : $0.quotation.end < $1.quotation.end }
        // Speakers resolve in document order, so an earlier "the group said" helps a later "it".
        let resolver = SpeakerResolver(lexicon: lexicon, tokens: tokens)
        var result: [Quotation] = []
        var speakers: [(canonical: String, type: String?, token: Int, head: String?)] = []
        var lastDirect: (paragraph: Int, speaker: Span?, canonical: String?, type: String?)? = nil
        for (quotation, attribution, firstToken, lastParagraph) in found {
            var quotation = quotation
            if let attribution {
                fill(&quotation, attribution, tokens, resolver, text, &speakers)
            } else if let last = lastDirect, tokens.paragraph[firstToken] - last.paragraph <= 1, let canonical = last.canonical {
                quotation.speaker = last.speaker
                quotation.speakerCanonical = canonical
                quotation.resolution = "quotes/continuation|resolve/previous-speaker"
                speakers.append((canonical, last.type, firstToken, nil))
            }
            if quotation.kind == .direct {
                lastDirect = (
                    lastParagraph, quotation.speaker, quotation.speakerCanonical, quotation.speakerCanonical == nil ? nil : speakers.last?.type
                )
            }
            result.append(quotation)
        }
        return AnnotationSet(quotes: result)
    }

    // MARK: Direct quotations

    func attribute(openToken: Int, closeToken: Int?, _ tokens: QuoteTokens, _ finder: SpeakerFinder) -> Attribution? {
        if let closeToken, let found = attributeAfter(closeToken, tokens, finder) { return found }
        if let found = attributeBefore(openToken, tokens, finder) { return found }
        // "— Leila Haddad (@lhaddad)": a signature line after the quote.
        if let closeToken, closeToken + 2 < tokens.count, tokens.paragraph[closeToken + 1] == tokens.paragraph[closeToken],
            lexicon.dashes.contains(tokens.texts[closeToken + 1]),
            let speaker = finder.after(closeToken + 2, limit: tokens.sentenceRange[tokens.sentence[closeToken + 1]].upperBound)
        {
            return Attribution(speaker: speaker, cue: closeToken + 1..<closeToken + 2, cueIndex: nil, pattern: "quotes/dash-signature")
        }
        return nil
    }

    func attributeAfter(_ closeToken: Int, _ tokens: QuoteTokens, _ finder: SpeakerFinder) -> Attribution? {
        var start = closeToken + 1
        if start < tokens.count, tokens.texts[start] == "," { start += 1 }
        guard start < tokens.count, !tokens.inQuote[start], tokens.paragraph[start] == tokens.paragraph[closeToken] else { return nil }
        let sentenceEnd = tokens.sentenceRange[tokens.sentence[start]].upperBound
        // A cue in the next sentence counts only when that sentence is nothing but the attribution.
        if tokens.sentence[start] != tokens.sentence[closeToken], sentenceEnd - start > 8 { return nil }
        // "…," said Jamal Karimi / "…," reports Newsweek / "…," according to the ministry
        if let (cue, length) = tokens.cueAt[start] {
            let speaker = finder.after(start + length, limit: sentenceEnd)
            if speaker != nil || lexicon.cues[cue].sourceAfter {
                return Attribution(speaker: speaker, cue: cueRange(start, length, tokens), cueIndex: cue, pattern: "quotes/after-inverted")
            }
        }
        var position = start
        while position < min(sentenceEnd, start + 25), !tokens.inQuote[position] {
            guard let (cue, length) = tokens.cueAt[position] else {
                position += 1
                continue
            }
            // The speaker fills the gap, save for a determiner or a description before a name.
            if let speaker = finder.before(position, floor: start), speaker.range.lowerBound - start <= 5,
                (start..<speaker.range.lowerBound).allSatisfy({ tokens.tokens[$0].kind == .word && tokens.cueAt[$0] == nil })
            {
                var speaker = speaker
                // "one of | its commanders": the part speaks for the whole.
                if speaker.range.lowerBound > start, lexicon.partitives.contains(tokens.lower[speaker.range.lowerBound - 1]) {
                    speaker.range = start..<speaker.range.upperBound
                }
                return Attribution(speaker: speaker, cue: cueRange(position, length, tokens), cueIndex: cue, pattern: "quotes/after")
            }
            // "…," Name, an appositive, posted …
            if let speaker = finder.after(start, limit: position), speaker.range.upperBound < position,
                tokens.texts[speaker.range.upperBound] == ",", precedingComma(position, floor: speaker.range.upperBound + 1, tokens)
            {
                return Attribution(
                    speaker: speaker, cue: cueRange(position, length, tokens), cueIndex: cue, pattern: "quotes/after-appositive")
            }
            return nil
        }
        return nil
    }

    func attributeBefore(_ openToken: Int, _ tokens: QuoteTokens, _ finder: SpeakerFinder) -> Attribution? {
        guard openToken < tokens.count else { return nil }
        // "Leila Haddad said:" / "Leila Haddad:" before the quote, in its paragraph or ending the one before.
        if openToken > 0, tokens.texts[openToken - 1] == ":" {
            let colon = openToken - 1
            let colonFloor = tokens.sentenceRange[tokens.sentence[colon]].lowerBound
            if let cue = (max(colonFloor, colon - 4)..<colon).first(where: { tokens.cueAt[$0].map { $0.length } == colon - $0 }),
                let speaker = finder.before(cue, floor: colonFloor)
            {
                return Attribution(speaker: speaker, cue: cue..<colon, cueIndex: tokens.cueAt[cue]!.cue, pattern: "quotes/colon")
            }
            if let speaker = finder.before(colon, floor: colonFloor), !followsPreposition(speaker, floor: colonFloor, tokens) {
                return Attribution(speaker: speaker, cue: colon..<openToken, cueIndex: nil, pattern: "quotes/colon")
            }
        }
        let floor = tokens.sentenceRange[tokens.sentence[openToken]].lowerBound
        var position = openToken - 1
        var nearest: (range: Range<Int>, cue: Int)? = nil
        while position >= floor {
            defer { position -= 1 }
            guard !tokens.inQuote[position], let (cue, length) = tokens.cueAt[position], position + length <= openToken else { continue }
            let entry = lexicon.cues[cue]
            let range = cueRange(position, length, tokens)
            if nearest == nil { nearest = (range, cue) }
            if entry.sourceAfter {
                return Attribution(speaker: finder.after(position + length, limit: openToken), cue: range, cueIndex: cue, pattern: "quotes/before-source")
            }
            if position + length < openToken, tokens.lower[position + length] == "by",
                let speaker = finder.after(position + length + 1, limit: openToken)
            {
                return Attribution(speaker: speaker, cue: range, cueIndex: cue, pattern: "quotes/before-passive")
            }
            if let speaker = finder.before(position, floor: floor) {
                // "issued a statement | saying": the phrase is the object of an earlier cue, whose subject
                // speaks; so is "in a statement | posted …".
                if isInsideCue(speaker.range, tokens) { continue }
                if followsPreposition(speaker, floor: floor, tokens) {
                    // "One of its commanders told": a part of a group speaks.
                    let of = speaker.range.lowerBound - 1
                    guard lexicon.partitives.contains(tokens.lower[of]), of - 1 >= floor, tokens.isWord(of - 1), tokens.cueAt[of - 1] == nil,
                        of - 1 == floor || !tokens.isWord(of - 2)
                    else { continue }
                    var whole = speaker
                    whole.range = of - 1..<speaker.range.upperBound
                    return Attribution(speaker: whole, cue: range, cueIndex: cue, pattern: "quotes/before-partitive")
                }
                return Attribution(speaker: speaker, cue: range, cueIndex: cue, pattern: "quotes/before")
            }
            // "Trump said, adding later, "…"": a participle takes the subject of an earlier cue.
        }
        if let nearest {
            if let speaker = sentenceSubject(floor: floor, limit: nearest.range.lowerBound, tokens, finder) {
                return Attribution(speaker: speaker, cue: nearest.range, cueIndex: nearest.cue, pattern: "quotes/before-subject")
            }
            return Attribution(speaker: nil, cue: nearest.range, cueIndex: nearest.cue, pattern: "quotes/before")
        }
        return nil
    }

    /// The subject of the sentence the cue is in, for a cue after a coordinated verb ("The
    /// militants issued a statement and warned that…"): the first phrase, past an opening
    /// adverbial that ends with a comma.
    func sentenceSubject(floor: Int, limit: Int, _ tokens: QuoteTokens, _ finder: SpeakerFinder) -> SpeakerPhrase? {
        let starts = [floor] + (floor..<min(limit, floor + 12)).filter { tokens.texts[$0] == "," }.map { $0 + 1 }
        for start in starts {
            var first = start
            while first < limit, lexicon.skips.contains(tokens.lower[first]) { first += 1 }
            // The phrase opens the clause, save for a determiner or capitalized titles before a name.
            if let speaker = finder.after(first, limit: limit),
                speaker.range.lowerBound <= first + 1 || (first..<speaker.range.lowerBound).allSatisfy({ tokens.isCapitalized($0) })
            {
                return speaker
            }
        }
        return nil
    }

    func followsPreposition(_ speaker: SpeakerPhrase, floor: Int, _ tokens: QuoteTokens) -> Bool {
        let before = speaker.range.lowerBound - 1
        return before >= floor && lexicon.prepositions.contains(tokens.lower[before])
    }

    func isInsideCue(_ range: Range<Int>, _ tokens: QuoteTokens) -> Bool {
        (max(0, range.lowerBound - 3)..<range.lowerBound).contains { start in
            tokens.cueAt[start].map { start + $0.length >= range.upperBound } ?? false
        }
    }

    func precedingComma(_ position: Int, floor: Int, _ tokens: QuoteTokens) -> Bool {
        var index = position - 1
        while index >= floor, lexicon.skips.contains(tokens.lower[index]) { index -= 1 }
        return index >= floor && tokens.texts[index] == ","
    }

    /// The cue's tokens, with the person spoken to when the cue takes one ("told reporters",
    /// "told the outlet", "told Newsweek").
    func cueRange(_ position: Int, _ length: Int, _ tokens: QuoteTokens) -> Range<Int> {
        var end = position + length
        guard let (cue, _) = tokens.cueAt[position], lexicon.cues[cue].listener, end < tokens.count, !tokens.inQuote[end] else {
            return position..<end
        }
        if let mention = tokens.mentionAt[end], tokens.mentionTokens[mention].lowerBound == end {
            return position..<tokens.mentionTokens[mention].upperBound
        }
        if lexicon.determiners.contains(tokens.lower[end]), end + 1 < tokens.count, tokens.isWord(end + 1) {
            if let mention = tokens.mentionAt[end + 1] { return position..<tokens.mentionTokens[mention].upperBound }
            // "told a local television channel": the words up to "that", a preposition or a stop.
            var last = end + 2
            while last < min(tokens.count, end + 5), tokens.tokens[last].kind == .word, tokens.cueAt[last] == nil,
                !lexicon.complementizers.contains(tokens.lower[last]), !lexicon.prepositions.contains(tokens.lower[last])
            {
                last += 1
            }
            return position..<last
        }
        let word = tokens.lower[end]
        if tokens.tokens[end].kind == .word, !lexicon.complementizers.contains(word), !lexicon.prepositions.contains(word),
            lexicon.pronouns[word] == nil, tokens.cueAt[end] == nil
        {
            end += 1
        }
        return position..<end
    }

    /// Whether quoted words are speech rather than a name, label or scare quote.
    func isSpeech(_ range: Range<Int>, openToken: Int, attributed: Bool, _ tokens: QuoteTokens, _ text: ScalarText) -> Bool {
        // Hyphenated compounds ("self-defense") are one word.
        let words = range.filter { tokens.isWord($0) && !($0 > range.lowerBound && tokens.texts[$0 - 1] == "-") }
        guard words.count >= minWords else { return false }
        // Sentence-like: opens its sentence, or runs from a capital to a final stop.
        let sentenceLike = openToken == tokens.sentenceRange[tokens.sentence[openToken]].lowerBound
            || (".?!".unicodeScalars.contains(text.scalars[tokens.tokens[range.upperBound - 1].start]) && tokens.isCapitalized(range.lowerBound))
        // A name in title case: every longer word capitalized ("Axis of Resistance").
        let isName = words.allSatisfy { tokens.isCapitalized($0) || tokens.texts[$0].unicodeScalars.count <= 3 } && !sentenceLike
        if isName { return false }
        let afterDeterminer = openToken > 0 && lexicon.determiners.contains(tokens.lower[openToken - 1])
        if afterDeterminer && words.count < uncuedMinWords { return false }
        return attributed || words.count >= uncuedMinWords || sentenceLike
    }

    func fill(
        _ quotation: inout Quotation, _ attribution: Attribution, _ tokens: QuoteTokens, _ resolver: SpeakerResolver,
        _ text: ScalarText, _ speakers: inout [(canonical: String, type: String?, token: Int, head: String?)]
    ) {
        if let cue = attribution.cue {
            quotation.cue = text.slice(tokens.tokens[cue.lowerBound].start, tokens.tokens[cue.upperBound - 1].end)
        }
        let cueRule = attribution.cueIndex.map { lexicon.cues[$0].ruleID }
        var resolution = [attribution.pattern, cueRule].compactMap { $0 }.joined(separator: " ")
        if let speaker = attribution.speaker {
            let first = tokens.tokens[speaker.range.lowerBound]
            let last = tokens.tokens[speaker.range.upperBound - 1]
            quotation.speaker = Span(first.start, last.end - (tokens.possessive[speaker.range.upperBound - 1] ? 2 : 0))
            if let resolved = resolver.resolve(speaker, text: text, previous: speakers) {
                quotation.speakerCanonical = resolved.canonical
                resolution += "|" + resolved.rule
                speakers.append((resolved.canonical, resolved.type, speaker.range.lowerBound, speaker.head.map { tokens.lower[$0] }))
            }
        }
        quotation.resolution = resolution
    }
}
