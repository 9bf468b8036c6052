import NewsFrameCore
import NewsFrameQuotes

/// One document as the event rules see it: the quotation view (tokens, sentences,
/// paragraphs, mentions, speech cues) plus what only events need: weapon mentions, the
/// timex and quotation over each token, and the word classes of `events-words.tsv`
/// (phrases such as "more than" and "according to" included).
final class EventTokens {
    let base: QuoteTokens
    let weapons: [EntityMention]
    let weaponTokens: [Range<Int>]
    /// The weapon mention covering each token.
    let weaponAt: [Int?]
    let timexes: [Timex]
    /// The timex covering each token.
    let timexAt: [Int?]
    let quotes: [Quotation]
    /// The quotation whose span covers each token (the innermost, when they nest).
    let quoteAt: [Int?]
    /// Vocabulary id of each lowercased token in the event lexicon (`Vocabulary.unknown` if none).
    let lowerIDs: [Int32]
    /// The report's own day (its creation date), when the dump gives one.
    let reportDay: DayRange?
    /// Word classes starting at each token, with their length in tokens: those of token `i` are
    /// `classHits[classStart[i]..<classStart[i + 1]]`. (One flat array: the rules ask of every
    /// token near a trigger, and most tokens have none.)
    private let classHits: [(wordClass: String, word: String, length: Int)]
    private let classStart: [Int]
    let count: Int
    /// The base's arrays, held here too: the rules read them in their inner loops.
    let lower: [String]
    let sentenceRange: [Range<Int>]
    let sentence: [Int]
    let paragraph: [Int]

    /// The countries of the towns and regions the document names, flags and backers left out
    /// ("the Barbados-flagged tanker", "Iran-backed"): worked out once per document, since
    /// every frame without a place of its own asks.
    private(set) lazy var regionCountries: Set<String> = {
        var countries: Set<String> = []
        let mentions = base.mentions
        for index in mentions.indices {
            guard let country = mentions[index].country, mentions[index].admin1 != nil else { continue }
            let after = base.mentionTokens[index].upperBound
            if after < count, lower[after] == "-" { continue }
            countries.insert(country)
        }
        return countries
    }()

    /// Whether the first paragraph is a headline: it ends with no closing stop. Asked of
    /// every frame pair the fold compares, so worked out once.
    private(set) lazy var opensWithHeadline: Bool = {
        guard count > 0 else { return false }
        var last = 0
        while last + 1 < count, paragraph[last + 1] == 0 { last += 1 }
        return !".!?\"”".contains(base.texts[last])
    }()

    /// Canonical names of the towns, regions and unlisted places the document names: places a
    /// pronoun or description that resolves to them cannot be the actor of ("they" is no town).
    private(set) lazy var subnationalPlaces: Set<String> = {
        var places: Set<String> = []
        let mentions = base.mentions
        for index in mentions.indices where mentions[index].type == "GPE" && (mentions[index].admin1 != nil || mentions[index].feature == EntityMention.unlisted) {
            places.insert(mentions[index].canonical)
        }
        return places
    }()

    /// The first type of a mention with each canonical name, for speakers found by the
    /// quotation stage.
    private(set) lazy var typeOfCanonical: [String: String] = {
        var types: [String: String] = [:]
        // By index: a copied mention would retain its seven strings.
        let mentions = base.mentions
        for index in mentions.indices where types[mentions[index].canonical] == nil { types[mentions[index].canonical] = mentions[index].type }
        return types
    }()

    init(_ document: AnalyzedDocument, quoteLexicon: QuoteLexicon, lexicon: EventLexicon) {
        let base = QuoteTokens.taken(document, lexicon: quoteLexicon)
        self.base = base
        reportDay = document.document.dct.flatMap { DayRange(value: $0) }
        let count = base.count
        weapons = (document.annotations.entities ?? []).filter { $0.type == "WEAPON" }
        timexes = document.annotations.timexes ?? []
        quotes = document.annotations.quotes ?? []
        func tokenRange(_ span: Span) -> Range<Int> {
            let first = base.index(atOrAfter: span.start)
            var last = first
            while last < count, base.tokens[last].start < span.end { last += 1 }
            return first..<last
        }
        var weaponAt = [Int?](repeating: nil, count: count)
        var weaponTokens: [Range<Int>] = []
        for (index, weapon) in weapons.enumerated() {
            let range = tokenRange(weapon.span)
            weaponTokens.append(range)
            for position in range { weaponAt[position] = index }
        }
        self.weaponAt = weaponAt
        self.weaponTokens = weaponTokens
        var timexAt = [Int?](repeating: nil, count: count)
        for (index, timex) in timexes.enumerated() {
            for position in tokenRange(timex.span) { timexAt[position] = index }
        }
        self.timexAt = timexAt
        var quoteAt = [Int?](repeating: nil, count: count)
        for (index, quote) in quotes.enumerated() {
            for position in tokenRange(quote.span) {
                if let other = quoteAt[position], quotes[other].span.length < quote.span.length { continue }
                quoteAt[position] = index
            }
        }
        self.quoteAt = quoteAt
        var lowerIDs = [Int32](repeating: Vocabulary.unknown, count: count)
        document.text.forEachToken(base.tokens) { index, _, raw in lowerIDs[index] = lexicon.vocabulary.lowercasedID(utf8: raw) }
        self.lowerIDs = lowerIDs
        var classHits: [(wordClass: String, word: String, length: Int)] = []
        var classStart = [Int](repeating: 0, count: count + 1)
        let lower = base.lower
        for index in 0..<count {
            classStart[index] = classHits.count
            guard lowerIDs[index] >= 0 else { continue }
            let word = lower[index]
            for wordClass in lexicon.classes(of: lowerIDs[index]) { classHits.append((wordClass, word, 1)) }
            if let (payload, length) = lexicon.phraseTrie.longest(lowerIDs, from: index) {
                let phrase = lexicon.phrases[payload]
                for (other, _) in lexicon.phrases.enumerated() where lexicon.phrases[other].words == phrase.words {
                    classHits.append((lexicon.phrases[other].wordClass, phrase.word, length))
                }
            }
        }
        classStart[count] = classHits.count
        self.classHits = classHits
        self.classStart = classStart
        self.count = count
        self.lower = lower
        sentenceRange = base.sentenceRange
        sentence = base.sentence
        paragraph = base.paragraph
    }

    func has(_ index: Int, _ wordClass: String) -> Bool {
        guard index >= 0, index < count else { return false }
        for hit in classStart[index]..<classStart[index + 1] where classHits[hit].wordClass == wordClass { return true }
        return false
    }

    /// Whether a word names attackers that are no state's force ("militants", "rebels", not
    /// "troops"): the nouns a group's name or a nationality stands beside.
    func isAttackerWord(_ index: Int) -> Bool {
        has(index, "actor") && !has(index, "force")
    }

    /// Whether a determiner that points back ("the", "this") stands one or two words before
    /// `start` ("the attack", "the drone attack").
    func isDefinite(before start: Int) -> Bool {
        has(start - 1, "definite") || has(start - 2, "definite")
    }

    /// The length of a phrase of `wordClass` starting at `index`, 0 when none does.
    func length(_ index: Int, _ wordClass: String) -> Int {
        guard index >= 0, index < count else { return 0 }
        for hit in classStart[index]..<classStart[index + 1] where classHits[hit].wordClass == wordClass { return classHits[hit].length }
        return 0
    }

    /// The first token of the clause holding `index`: back to a clause word or mark, a
    /// comma, or the sentence start.
    func clauseStart(_ index: Int) -> Int {
        let floor = base.sentenceRange[base.sentence[index]].lowerBound
        var position = index
        while position > floor {
            let previous = position - 1
            if base.texts[previous] == "," || has(previous, "clause") { break }
            position -= 1
        }
        return position
    }

    /// Past the last token of the clause holding `index`.
    func clauseEnd(_ index: Int) -> Int {
        let limit = base.sentenceRange[base.sentence[index]].upperBound
        var position = index + 1
        while position < limit, base.texts[position] != ",", !has(position, "clause") { position += 1 }
        return position
    }


    func span(_ range: Range<Int>) -> Span {
        Span(base.tokens[range.lowerBound].start, base.tokens[range.upperBound - 1].end - (base.possessive[range.upperBound - 1] ? 2 : 0))
    }
}

extension EventTokens {
    func classesAt(_ index: Int) -> ArraySlice<(wordClass: String, word: String, length: Int)> {
        index >= 0 && index < count ? classHits[classStart[index]..<classStart[index + 1]] : []
    }
}
