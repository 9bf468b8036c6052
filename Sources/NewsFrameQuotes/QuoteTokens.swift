import NewsFrameCore

/// One document as the quotation rules see it: tokens with lowercase texts, sentences and
/// paragraphs, the entity mention each token belongs to, where cues start, and which tokens
/// lie inside quote marks (a cue in quoted words attributes nothing).
package final class QuoteTokens {
    package let tokens: [Token]
    package let texts: [String]
    package let lower: [String]
    /// Vocabulary id of each lowercased text in the quote lexicon (`Vocabulary.unknown` if none).
    package let lowerIDs: [Int32]
    /// Whether a token ends in a possessive `'s` ("Russia's"), which a speaker span leaves out.
    package let possessive: [Bool]
    package let sentence: [Int]
    package let paragraph: [Int]
    /// First and past-last token of each sentence.
    package let sentenceRange: [Range<Int>]
    /// The entity mention (index into `mentions`) covering each token; WEAPON mentions are left out.
    package let mentionAt: [Int?]
    package let mentions: [EntityMention]
    /// Token range of each mention.
    package let mentionTokens: [Range<Int>]
    package let inTimex: [Bool]
    /// Tokens of a byline ("By Leila Haddad") or a dateline ("ERBIL, Iraq (NewsFrame Wire) —"):
    /// they name the reporter and the agency, never what "it" or "he" refers to.
    package let inDateline: [Bool]
    /// Tokens of a relative clause set off by commas ("…, whose members include A and B,").
    package let inRelativeClause: [Bool]
    package private(set) var inQuote: [Bool]
    /// The cue starting at each token: its lexicon index and length in tokens.
    package private(set) var cueAt: [(cue: Int, length: Int)?]

    package init(_ document: AnalyzedDocument, lexicon: QuoteLexicon) {
        let text = document.text
        let tokens = document.annotations.tokens ?? []
        self.tokens = tokens
        texts = tokens.map { text.slice($0.start, $0.end) }
        lower = texts.map { TextCase.lowercased($0) }
        var lowerIDs = [Int32](repeating: Vocabulary.unknown, count: tokens.count)
        text.forEachToken(tokens) { index, _, raw in lowerIDs[index] = lexicon.vocabulary.lowercasedID(utf8: raw) }
        self.lowerIDs = lowerIDs
        possessive = zip(tokens, texts).map { LexiconPhrase.strippingPossessive($1, kind: $0.kind).possessive }
        sentence = document.sentenceIndexOfTokens
        var ranges: [Range<Int>] = []
        var first = 0
        for index in 0...tokens.count where index == tokens.count || sentence[index] != sentence[first] {
            if index > first { ranges.append(first..<index) }
            first = index
        }
        sentenceRange = ranges
        var paragraphs: [Int] = []
        paragraphs.reserveCapacity(tokens.count)
        var current = 0
        var position = 0
        // A run of line breaks (a blank line between paragraphs) is one paragraph break.
        for token in tokens {
            var breaks = false
            while position < token.start {
                if text.scalars[position] == "\n" { breaks = true }
                position += 1
            }
            if breaks, !paragraphs.isEmpty { current += 1 }
            paragraphs.append(current)
        }
        paragraph = paragraphs
        let starts = tokens.map(\.start)
        func tokenIndex(atOrAfter offset: Int) -> Int { Self.firstIndex(in: starts, atOrAfter: offset) }
        var mentionAt = [Int?](repeating: nil, count: tokens.count)
        var mentionTokens: [Range<Int>] = []
        let mentions = (document.annotations.entities ?? []).filter { $0.type != "WEAPON" }
        // By index: a copied mention would retain its strings.
        for index in mentions.indices {
            let (start, end) = (mentions[index].start, mentions[index].end)
            let first = tokenIndex(atOrAfter: start)
            var last = first
            while last < tokens.count, tokens[last].start < end { last += 1 }
            mentionTokens.append(first..<last)
            for position in first..<last { mentionAt[position] = index }
        }
        self.mentions = mentions
        self.mentionTokens = mentionTokens
        self.mentionAt = mentionAt
        var inTimex = [Bool](repeating: false, count: tokens.count)
        for timex in document.annotations.timexes ?? [] {
            var position = tokenIndex(atOrAfter: timex.start)
            while position < tokens.count, tokens[position].start < timex.end {
                inTimex[position] = true
                position += 1
            }
        }
        self.inTimex = inTimex
        var inDateline = [Bool](repeating: false, count: tokens.count)
        var paragraphStart = 0
        for index in 0...tokens.count where index == tokens.count || paragraphs[index] != paragraphs[paragraphStart] {
            let texts = self.texts
            if index == paragraphStart {
                continue
            } else if index - paragraphStart <= 6, lexicon.bylines.contains(lower[paragraphStart]), texts[paragraphStart] != lower[paragraphStart] {
                for position in paragraphStart..<index { inDateline[position] = true }
            } else if let dash = (paragraphStart..<min(index, paragraphStart + 14)).first(where: { lexicon.dashes.contains(texts[$0]) }), dash > paragraphStart,
                texts[dash - 1] == ")" || (texts[dash - 1].count > 1 && texts[dash - 1] == texts[dash - 1].uppercased())
            {
                for position in paragraphStart...dash { inDateline[position] = true }
            } else if let end = Self.datelineEnd(paragraphStart, index, texts, lexicon, joined: { position in
                position > 0 && position + 1 < tokens.count && tokens[position].start == tokens[position - 1].end
                    && tokens[position + 1].start == tokens[position].end
            }) {
                for position in paragraphStart...end { inDateline[position] = true }
            } else if let end = Self.placeDatelineEnd(paragraphStart, index, texts, lexicon, isPlace: { position in
                mentionAt[position].map { ["GPE", "LOC"].contains(mentions[$0].type) } ?? false
            }, spaced: { position in position > 0 && tokens[position].start > tokens[position - 1].end }, isDate: { inTimex[$0] }) {
                for position in paragraphStart...end { inDateline[position] = true }
            }
            paragraphStart = index
        }
        self.inDateline = inDateline
        var inRelativeClause = [Bool](repeating: false, count: tokens.count)
        for index in 0..<max(0, tokens.count - 1) where texts[index] == "," && lexicon.relatives.contains(lower[index + 1]) {
            var position = index + 1
            while position < tokens.count, sentence[position] == sentence[index], texts[position] != "," {
                inRelativeClause[position] = true
                position += 1
            }
        }
        self.inRelativeClause = inRelativeClause
        inQuote = [Bool](repeating: false, count: tokens.count)
        var cues = [(cue: Int, length: Int)?](repeating: nil, count: tokens.count)
        let lower = self.lower
        for index in 0..<tokens.count {
            // Verbs of saying are lowercase in running text; "State television" is no cue.
            guard let (payload, length) = lexicon.cueTrie.longest(lowerIDs, from: index),
                lexicon.cues[payload].sourceAfter || texts[index] == lower[index]
            else { continue }
            // "did not say", "never said": a negated cue attributes nothing.
            if (max(0, index - 2)..<index).contains(where: { lexicon.negations.contains(lower[$0]) }) { continue }
            cues[index] = (payload, length)
        }
        cueAt = cues
        self.starts = starts
    }

    private let starts: [Int]

    /// A copy sharing every array (copied on write): the view as built, which the quotation
    /// stage keeps for the events stage before it marks its own copy's quoted tokens.
    private init(copying other: QuoteTokens) {
        tokens = other.tokens
        texts = other.texts
        lower = other.lower
        lowerIDs = other.lowerIDs
        possessive = other.possessive
        sentence = other.sentence
        paragraph = other.paragraph
        sentenceRange = other.sentenceRange
        mentionAt = other.mentionAt
        mentions = other.mentions
        mentionTokens = other.mentionTokens
        inTimex = other.inTimex
        inDateline = other.inDateline
        inRelativeClause = other.inRelativeClause
        inQuote = other.inQuote
        cueAt = other.cueAt
        starts = other.starts
    }

    package var count: Int { tokens.count }

    /// The first token starting at or after `offset`.
    package func index(atOrAfter offset: Int) -> Int { Self.firstIndex(in: starts, atOrAfter: offset) }

    /// Binary search over token starts.
    private static func firstIndex(in starts: [Int], atOrAfter offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Marks the tokens of `first..<last` as quoted: cues among them attribute nothing.
    package func markQuoted(_ range: Range<Int>) {
        for index in range where index < count { inQuote[index] = true }
    }

    package func isCapitalized(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, let first = texts[index].unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    package func isWord(_ index: Int) -> Bool { tokens[index].kind == .word || tokens[index].kind == .number }
}

extension QuoteTokens {
    /// What the view reads of a document: it may be handed on only while these are unchanged.
    static let reads: Set<AnnotationKind> = [.tokens, .sentences, .entities, .timexes]

    private static func viewKey(_ lexicon: QuoteLexicon) -> String { "QuoteTokens|" + lexicon.source }

    /// Builds the view and keeps an unmarked copy in the document's views, for a later stage
    /// that reads the same lexicon (the events stage) to take.
    package static func kept(_ document: AnalyzedDocument, lexicon: QuoteLexicon) -> QuoteTokens {
        let tokens = QuoteTokens(document, lexicon: lexicon)
        document.views.keep(QuoteTokens(copying: tokens), key: viewKey(lexicon), readFrom: document.annotations, kinds: reads)
        return tokens
    }

    /// The view an earlier stage kept for this document and lexicon, or a new one.
    package static func taken(_ document: AnalyzedDocument, lexicon: QuoteLexicon) -> QuoteTokens {
        document.views.take(QuoteTokens.self, key: viewKey(lexicon), for: document.annotations) ?? QuoteTokens(document, lexicon: lexicon)
    }
}

extension QuoteTokens {
    /// The index of the last mention that starts before token `position` (mentions are in
    /// text order), or -1: searches back from here cost the same wherever they start.
    package func lastMention(startingBefore position: Int) -> Int {
        var low = 0
        var high = mentionTokens.count
        while low < high {
            let middle = (low + high) / 2
            if mentionTokens[middle].lowerBound < position { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }
}

extension QuoteTokens {
    /// Where a dateline that opens a paragraph ends: a place in capitals ("GAO", "SAN
    /// PEDRO", "NEW TOWN"), then a comma, a parenthesis or the end mark itself, and a dash or
    /// dateline mark ("-", "--", ":") within the next twenty tokens ("AGADEZ, Niger —",
    /// "CALI, Colombia, May 2 (NewsFrame Wire) -", "QUETTA, June 4:"). A name in capitals
    /// followed by a word ("NATO said: …") opens no dateline.
    /// "Kabul, Afghanistan: The Taliban…", "Kamwenge, (UG): Suspected rebels…": a dateline in
    /// ordinary case is a known place, a comma, at most a country or its code, and a dateline
    /// mark (a colon or a dash) within the first eight tokens of the paragraph; or a known
    /// place and the mark right after it ("Bhopal: Maoists ambushed…").
    static func placeDatelineEnd(
        _ start: Int, _ end: Int, _ texts: [String], _ lexicon: QuoteLexicon, isPlace: (Int) -> Bool, spaced: (Int) -> Bool,
        isDate: (Int) -> Bool = { _ in false }
    ) -> Int? {
        guard start < end, isPlace(start) else { return nil }
        var position = start
        while position < end, isPlace(position) { position += 1 }
        let isMark = { (index: Int) in lexicon.dashes.contains(texts[index]) || lexicon.datelineEnds.contains(texts[index]) }
        // "Bhopal: Maoists on Sunday ambushed…": the place and the mark alone (a colon, or a dash
        // set apart: "Iran-aligned militias" is no dateline).
        if position < end, position + 1 < end, isMark(position),
            spaced(position) || !texts[position].unicodeScalars.allSatisfy({ $0.properties.generalCategory == .dashPunctuation })
        {
            return position
        }
        guard position < end, texts[position] == "," else { return nil }
        // "Gao, May 22 (NFW) Six soldiers…", "Kolbe, Oct. 1: A bomber…": the day, then the mark
        // or an agency in brackets. Only the place is marked as the dateline's: the day stays a
        // date the lead may take as its event's.
        var after = position + 1
        while after < min(end, start + 12), isDate(after) { after += 1 }
        if after > position + 1 {
            if after < end, isMark(after) { return position }
            // (The agency may be several words: "(SO News/Agency)".)
            guard after + 2 < end, texts[after] == "(", texts[after + 1].first?.isUppercase == true else { return nil }
            for inside in after + 2..<min(end, after + 7) {
                if texts[inside] == ")" { return position }
                guard texts[inside].first.map({ $0.isUppercase || $0.isPunctuation || $0.isSymbol }) == true else { return nil }
            }
            return nil
        }
        for index in position + 1..<min(end, start + 8) {
            if isMark(index) { return index }
            // Between the comma and the mark: the country, its code in brackets, nothing else.
            guard isPlace(index) || texts[index] == "(" || texts[index] == ")" || texts[index].allSatisfy({ $0.isUppercase }) else { return nil }
        }
        return nil
    }

    /// `joined`: whether the token at a position touches both its neighbours ("PORT-AU-PRINCE"'s
    /// hyphens), so that it is inside the place's name, not the dateline's mark.
    static func datelineEnd(_ start: Int, _ end: Int, _ texts: [String], _ lexicon: QuoteLexicon, joined: (Int) -> Bool = { _ in false }) -> Int? {
        func isCapitals(_ text: String) -> Bool { text.count > 1 && text.allSatisfy { $0.isUppercase || $0 == "." } && text.contains { $0.isLetter } }
        guard start < end, isCapitals(texts[start]), texts[start].count >= 3 else { return nil }
        var position = start + 1
        var limit = start + 3
        while position < min(end, limit) {
            if isCapitals(texts[position]) {
                position += 1
            } else if texts[position] == "-", joined(position), position + 1 < end, isCapitals(texts[position + 1]) {
                position += 2
                limit += 2
            } else {
                break
            }
        }
        guard position < end else { return nil }
        let isMark = { (index: Int) in lexicon.dashes.contains(texts[index]) || lexicon.datelineEnds.contains(texts[index]) }
        guard texts[position] == "," || texts[position] == "(" || isMark(position) else { return nil }
        guard let mark = (position..<min(end, start + 20)).first(where: isMark) else { return nil }
        // "--" written as two hyphens.
        return mark + 1 < end && texts[mark + 1] == texts[mark] && texts[mark] == "-" ? mark + 1 : mark
    }
}
