import NewsFrameCore

/// Named mentions and weapon nouns, with types, titles, counts, canonical names and, for
/// places, where they are.
///
/// Several sources propose mentions: the gazetteers (one trie over tokens, case-sensitive
/// for names, case-insensitive for weapon nouns; the world's towns under the ambiguity policy
/// of docs/GAZETTEERS.md), titles before a run of capitalized name tokens (PERSON, title kept
/// apart), capitalized runs ending in a head noun ("… Brigades" ORG, "… air base" FAC),
/// ships after their noun or prefix (VEHICLE), runs next to a speech cue, runs that start
/// with a given name ("Salman Abedi"), and, at the lowest priority, proper-noun runs the
/// parse marks that no list knows. Overlaps resolve by priority, then length, then position.
/// Document-wide passes then add places named with context elsewhere, names a person is
/// "known as", acronyms defined in parentheses and surnames of full names met earlier.
/// Capitalized words alone never make a mention, so headlines and sentence starts cannot
/// flood the output.
public struct EntityStage: Stage {
    public static let name = "entities"
    public static let version = 2
    public static let requires: Set<AnnotationKind> = [.tokens, .sentences, .syntax]
    public static let provides: Set<AnnotationKind> = [.entities]

    static let acronymRule = "entities/acronym-definition"
    static let acronymAliasRule = "entities/acronym-alias"
    static let surnameRule = "entities/surname-link"
    static let vehicleRule = "entities/vehicle-repeat"
    static let properAcronymRule = "entities/proper-noun-acronym"
    static let properFlatRule = "entities/proper-noun-flat-name"
    static let properPlaceRule = "entities/proper-noun-after-place-cue"

    let lexicon: EntityLexicon

    public init(context: StageContext) throws {
        lexicon = try EntityLexicon(context: context)
    }

    struct Candidate {
        var first: Int
        var last: Int
        var type: String
        var canonical: String?
        var title: String?
        var priority: Int
        var source: Int
        var rule: String
        /// The gazetteer line, for mentions a gazetteer made (its place, its evidence).
        var entry: Int? = nil
    }

    public func process(_ document: AnalyzedDocument) throws -> AnnotationSet {
        let tokens = EntityTokens(document, vocabulary: lexicon.vocabulary, lowercase: lexicon.lowerVocabulary)
        var candidates: [Candidate] = []
        var pending: [Candidate] = []
        for index in 0..<tokens.count {
            gazetteerCandidates(tokens, index, into: &candidates, pending: &pending)
            if let dateline = datelineCandidate(tokens, index) { candidates.append(dateline) }
            guard tokens.isMixedCase(sentenceOf: index) else { continue }
            if let titled = titleCandidate(tokens, index) { candidates.append(titled) }
            if let vehicle = vehicleCandidate(tokens, index) { candidates.append(vehicle) }
            cueCandidates(tokens, index, into: &candidates)
            // The patterns below start at a capitalized word or a name particle ("al-Tanf garrison").
            guard tokens.isCapitalized(index) || lexicon.particle(tokens.lowerIDs[index]) else { continue }
            if let headed = headCandidate(tokens, index) { candidates.append(headed) }
            if let prefixed = prefixCandidate(tokens, index) { candidates.append(prefixed) }
            if let proper = properNounCandidate(tokens, index) { candidates.append(proper) }
            if let named = givenNameCandidate(tokens, index) { candidates.append(named) }
        }
        candidates += vehicleRepeats(candidates.filter { $0.type == "VEHICLE" }, tokens)
        candidates.sort { a, b in
            if a.priority != b.priority { return a.priority > b.priority }
            if a.last - a.first != b.last - b.first { return a.last - a.first > b.last - b.first }
            if a.first != b.first { return a.first < b.first }
            return a.source < b.source
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var chosen: [Candidate] = []
        for candidate in candidates where !(candidate.first..<candidate.last).contains(where: { taken[$0] }) {
            for index in candidate.first..<candidate.last { taken[index] = true }
            chosen.append(candidate)
        }
        chosen += confirmedPlaces(pending, chosen, &taken)
        chosen += documentAliases(&chosen, tokens, &taken)
        chosen.sort { $0.first < $1.first }
        // A name several countries have (GeoNames lists "Hangu" in China and in Pakistan) is
        // the largest such place unless the report names the country of another: then that one.
        // Regions speak for their country where the report names no country.
        let places = chosen.compactMap { $0.entry.flatMap { lexicon.entries[$0].place } }
        let named = Set(places.compactMap { $0.feature == "country" ? $0.country : nil })
        let countries = named.isEmpty ? Set(places.compactMap { $0.feature == "region" ? $0.country : nil }) : named
        // A city of a million people or more keeps its name unless the report also names the
        // namesake's region: a report on Russia that names the United States but not Russia
        // still means Moscow, Russia, not Moscow, Idaho.
        let regions = Set(places.compactMap { $0.kind == "region" ? $0.admin1 : nil })
        // The places each country has in the report, by name.
        var namesIn: [String: Set<String>] = [:]
        for candidate in chosen {
            guard let entry = candidate.entry, let place = lexicon.entries[entry].place else { continue }
            namesIn[place.country, default: []].insert(lexicon.entries[entry].canonical)
        }
        let mentions = chosen.map { candidate -> EntityMention in
            let (start, end) = tokens.span(candidate.first, candidate.last)
            let text = document.text.slice(start, end)
            var demoted = false
            let place = candidate.entry.flatMap { entry -> EntityLexicon.Place? in
                guard let place = lexicon.entries[entry].place else { return nil }
                guard !countries.isEmpty, !countries.contains(place.country) else { return place }
                // The place of that name in a country the report names, if the gazetteer has one.
                let large = (place.population ?? 0) >= lexicon.largeCity
                if let other = lexicon.alternatives[entry]?.lazy.compactMap({ lexicon.entries[$0].place }).first(where: {
                    countries.contains($0.country) && (!large || $0.admin1.map(regions.contains) == true)
                }) {
                    return other
                }
                // "at Salama" in a report on Kenya: a town of no great size, the only place the
                // report names in its country, told as a place ("in", "near", "X village"), is a
                // place of the report's own country that no gazetteer lists, more often than the
                // namesake abroad. (Hand-written lines are trusted as they are.)
                if place.feature == "town", (place.population ?? 0) < lexicon.foreignTown, namesIn[place.country, default: []].count == 1,
                    hasPlaceContext(tokens, candidate.first, candidate.last, lexicon.entries[entry])
                {
                    demoted = true
                    return nil
                }
                return place
            }
            return EntityMention(
                start: start, end: end, type: candidate.type, canonical: candidate.canonical ?? text.collapsingWhitespace, title: candidate.title,
                count: candidate.type == "WEAPON" ? count(before: candidate.first, tokens) : nil, rule: candidate.rule,
                country: place?.country, admin1: place?.admin1, lat: place?.lat, lon: place?.lon,
                // A place only its context names ("Namoungou village", "near Kessenbougou") is
                // `unlisted`: no gazetteer says where it is, so it may lie in any place told with it.
                feature: place?.kind ?? (candidate.type == "GPE" && (candidate.entry == nil || demoted) ? EntityMention.unlisted : nil))
        }
        return AnnotationSet(entities: mentions)
    }

    /// "Defense Secretary Lloyd Austin", "spokesman Brig. Gen. Pat Ryder": titles, stacked,
    /// then a name.
    func titleCandidate(_ tokens: EntityTokens, _ index: Int) -> Candidate? {
        // A title word inside a longer title ("General" in "Chief of General Staff") starts none.
        guard lexicon.titleTrie.longest(tokens.ids, from: index) != nil, !insideTitle(tokens, index) else { return nil }
        var position = index
        var titles: [String] = []
        var rule = ""
        while let (payload, length) = lexicon.titleTrie.longest(tokens.ids, from: position) {
            titles.append(lexicon.titles[payload].title)
            rule = lexicon.titles[payload].ruleID
            position += length
        }
        guard !titles.isEmpty, let end = nameRun(tokens, from: position) else { return nil }
        return Candidate(
            first: position, last: end, type: "PERSON", canonical: nil, title: titles.joined(separator: " "), priority: 1,
            source: 1, rule: rule)
    }

    /// Whether a title that starts before this token runs over it.
    func insideTitle(_ tokens: EntityTokens, _ index: Int) -> Bool {
        (max(0, index - 4)..<index).contains { start in
            lexicon.titleTrie.longest(tokens.ids, from: start).map { start + $0.length > index } ?? false
        }
    }

    /// "Salman Abedi", "Timothy McVeigh": a name run that starts with a given name, of two
    /// words or more, ending before a head noun, a calendar word or a name of another type.
    func givenNameCandidate(_ tokens: EntityTokens, _ index: Int) -> Candidate? {
        guard let rule = lexicon.givenName(tokens.ids[index]), tokens.isCapitalized(index), var end = nameRun(tokens, from: index) else {
            return nil
        }
        for position in index + 1..<end {
            // (A town's name is often a surname too: "Juan Manuel Santos" stays whole.)
            let otherName = lexicon.sensitive.longest(tokens.ids, from: position).map {
                let entry = lexicon.entries[$0.payload]
                return entry.type != "PERSON" && entry.place?.isLocal != true && !entry.needsContext
            } ?? false
            if otherName || lexicon.nonNameWord(tokens.ids[position]) || lexicon.headsSensitive.longest(tokens.ids, from: position) != nil
                || lexicon.headsInsensitive.longest(tokens.lowerIDs, from: position) != nil
            {
                end = position
                break
            }
        }
        // A given name, at most two more names and initials ("Julie A. Diaz Martinez"); in a
        // title-case headline only the next word, or an initial and the next ("Donald J. Trump").
        let isInitial = { (position: Int) in
            let text = tokens.text(position)
            return text.count <= 2 && text.hasSuffix(".")
        }
        var names = 0
        var position = index + 1
        let most = tokens.isTitleCase(sentenceOf: index) ? 1 : 3
        while position < end, names < most || isInitial(position) {
            if !isInitial(position), tokens.isCapitalized(position) { names += 1 }
            position += 1
        }
        end = position
        guard end - index >= 2, tokens.isCapitalized(end - 1) else { return nil }
        return Candidate(first: index, last: end, type: "PERSON", canonical: nil, title: nil, priority: 1, source: 5, rule: rule)
    }

    /// "McVeigh said", "said Jamal Karimi": a name run right before or after a speech cue.
    func cueCandidates(_ tokens: EntityTokens, _ index: Int, into result: inout [Candidate]) {
        guard let cue = lexicon.personCue(tokens.lowerIDs[index]) else { return }
        if cue.after || cue.byline {
            // Titles after the cue stay out of the name ("said Brig. Gen. Tahseen al-Khafaji").
            var first = index + 1
            var titles: [String] = []
            while let (payload, length) = lexicon.titleTrie.longest(tokens.ids, from: first) {
                titles.append(lexicon.titles[payload].title)
                first += length
            }
            let sentenceEnds = first >= tokens.count || tokens.sentence[first] != tokens.sentence[index]
            if !sentenceEnds, let end = nameRun(tokens, from: first), hasProperNoun(tokens, first, end), !isHeadWord(tokens, first, end),
                !cue.byline || (index == 0 || tokens.sentence[index - 1] != tokens.sentence[index])
                    && (end == tokens.count || tokens.sentence[end] != tokens.sentence[index])
            {
                result.append(Candidate(
                    first: first, last: end, type: "PERSON", canonical: nil, title: titles.isEmpty ? nil : titles.joined(separator: " "),
                    priority: 1, source: 4, rule: cue.ruleID))
            }
        }
        if cue.before, index > 0 {
            // Walk back over the name words that end right before the cue.
            var start = index
            while start > 0, index - start < 4, tokens.isCapitalized(start - 1) || tokens.isText(start - 1, "-") {
                start -= 1
            }
            while start < index, tokens.isText(start, "-") || lexicon.nonNameWord(tokens.ids[start]) { start += 1 }
            // A title that began before the run and ends inside it is no part of the name
            // ("Secretary of Defense | Lloyd Austin said").
            for titleStart in max(0, start - 4)..<start {
                if let (_, length) = lexicon.titleTrie.longest(tokens.ids, from: titleStart), titleStart + length > start,
                    titleStart + length < index
                {
                    start = titleStart + length
                }
            }
            // A title inside the run is no part of the name ("Brigadier General | Patrick Ryder").
            var position = start
            while position < index {
                if let (_, length) = lexicon.titleTrie.longest(tokens.ids, from: position), position + length < index {
                    position += length
                    start = position
                } else {
                    position += 1
                }
            }
            if start < index, nameRun(tokens, from: start) == index, hasProperNoun(tokens, start, index), !isHeadWord(tokens, start, index) {
                result.append(Candidate(first: start, last: index, type: "PERSON", canonical: nil, title: nil, priority: 1, source: 4, rule: cue.ruleID))
            }
        }
    }

    /// A capitalized name ending in a head noun: "Sayyid Ali Brigades", "al-Shaddadi base".
    func headCandidate(_ tokens: EntityTokens, _ index: Int) -> Candidate? {
        guard let end = nameRun(tokens, from: index) else { return nil }
        // A run that is only a country or nationality ("U.S. base") names no facility.
        // (A town with a facility noun is a facility: "Kaya airport", "Sumy mosque".)
        if let (payload, length) = lexicon.sensitive.longest(tokens.ids, from: index), length == end - index,
            ["GPE", "NORP"].contains(lexicon.entries[payload].type), lexicon.entries[payload].place?.feature != "town"
        {
            return nil
        }
        // Capitalized heads ("Brigades") are inside the run, lowercase ones ("base") follow it:
        // take the head that ends furthest, at least one name word before it.
        var best: (payload: Int, split: Int, end: Int)? = nil
        for split in (index + 1)...end {
            let head = lexicon.headsSensitive.longest(tokens.ids, from: split, limit: 3)
                ?? lexicon.headsInsensitive.longest(tokens.lowerIDs, from: split, limit: 3)
            guard let (payload, length) = head, tokens.sentence[split + length - 1] == tokens.sentence[index] else { continue }
            if best == nil || split + length > best!.end { best = (payload, split, split + length) }
        }
        guard let best else { return nil }
        // In a title-case headline a country or nationality before a capitalized head says where
        // or whose, as "U.S. base" does: "Blast at Syria Mosque Kills Six" names no mosque.
        if tokens.isTitleCase(sentenceOf: index), let (payload, length) = lexicon.sensitive.longest(tokens.ids, from: index),
            index + length == best.split, ["GPE", "NORP"].contains(lexicon.entries[payload].type), lexicon.entries[payload].place?.feature != "town"
        {
            return nil
        }
        // A known entity ending where the candidate ends ("Iranian | Islamic Revolutionary Guard
        // Corps") is the better reading: the gazetteer knows it.
        // (A town's name inside a facility's is just part of it: "Santos Cafe".)
        for inner in (index + 1)..<best.end {
            if let (payload, length) = lexicon.sensitive.longest(tokens.ids, from: inner), inner + length == best.end,
                lexicon.entries[payload].place?.isLocal != true, !lexicon.entries[payload].needsContext
            {
                return nil
            }
        }
        let type = lexicon.heads[best.payload].type
        // "Namoungou village", "Waeng district": a settlement noun makes an unknown name a place;
        // a name the gazetteer knows keeps its entry, where it is ("Kamwenge district").
        // (Nor is the tail of a longer name: "London | Bridge district".)
        // (A possessor before it is another name: "Kolbe's Tamsar village".)
        // (A known name that is only the first of the name's words is no such entry: "Kaya Dembelo
        // village".)
        // (Nor is a nationality or a country: "a French Cameroun village"; a region's name may
        // begin a longer one, "Northern Dembelo province".)
        if type == "GPE", lexicon.sensitive.longest(tokens.ids, from: index).map({
            index + $0.length >= best.split || lexicon.entries[$0.payload].place == nil || lexicon.entries[$0.payload].place?.kind == "country"
        }) == true
            || (index > 0 && tokens.sentence[index - 1] == tokens.sentence[index] && tokens.isCapitalized(index - 1) && !tokens.possessive[index - 1])
        {
            return nil
        }
        // A known facility or organization with its head noun added ("Harir" + "Airbase")
        // keeps the canonical name the gazetteer gives it.
        var canonical: String? = nil
        if let (payload, _) = lexicon.sensitive.longest(tokens.ids, from: index), lexicon.entries[payload].type == type {
            canonical = lexicon.entries[payload].canonical
        }
        return Candidate(
            first: index, last: best.end, type: type, canonical: canonical, title: nil, priority: 1, source: 2,
            rule: lexicon.heads[best.payload].ruleID)
    }

    /// The end of the run of name tokens starting at `start`: capitalized words, particles
    /// before a hyphenated capital ("al-Sudani"), hyphenated capitals ("Amir-Abdollahian").
    func nameRun(_ tokens: EntityTokens, from start: Int) -> Int? {
        var position = start
        var words = 0
        let sentence = start < tokens.count ? tokens.sentence[start] : -1
        while position < tokens.count, tokens.sentence[position] == sentence, words < 6 {
            if tokens.isCapitalized(position), !(words == 0 && lexicon.nonNameWord(tokens.ids[position])) {
                position += 1
            } else if lexicon.particle(tokens.lowerIDs[position]), position + 2 < tokens.count,
                tokens.isText(position + 1, "-"), tokens.isCapitalized(position + 2)
            {
                position += 3
            } else if words > 0, tokens.isText(position, "-"), position + 1 < tokens.count, tokens.isCapitalized(position + 1),
                tokens.tokens[position].start == tokens.tokens[position - 1].end
            {
                position += 2
            } else if words > 0, lexicon.particle(tokens.lowerIDs[position]),
                let next = afterParticles(tokens, position), tokens.isCapitalized(next)
            {
                position = next + 1
            } else {
                break
            }
            words += 1
            if tokens.possessive[position - 1] { break }
        }
        return words > 0 ? position : nil
    }

    /// The first token after a chain of particles ("von der" in "von der Leyen").
    func afterParticles(_ tokens: EntityTokens, _ start: Int) -> Int? {
        var position = start
        while position < tokens.count, lexicon.particle(tokens.lowerIDs[position]) { position += 1 }
        return position < tokens.count ? position : nil
    }

    func isAcronym(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return (2...8).contains(scalars.count) && scalars.allSatisfy { $0.properties.isUppercase || $0 == "-" }
    }

    /// A number right before a weapon mention, or before it and one modifier: "two drones",
    /// "a pair of drones", "three more rockets".
    func count(before first: Int, _ tokens: EntityTokens) -> Int? {
        for gap in 0...1 {
            let end = first - gap
            if gap == 1, end >= 0, tokens.tokens[end].kind != .word || tokens.isCapitalized(end) { return nil }
            guard end > 0 else { return nil }
            if tokens.tokens[end - 1].kind == .number, let value = Int(tokens.text(end - 1)) { return value }
            for start in max(0, end - 3)..<end {
                if let (payload, length) = lexicon.numberTrie.longest(tokens.lowerIDs, from: start), start + length == end {
                    return lexicon.numberValue(payload)
                }
            }
            // (Articles are no counts: "a missile" has none; the numbers lexicon marks them.)
        }
        return nil
    }
}

extension EntityStage: ExampleProviding {
    public var examples: [RuleExample] {
        var result: [RuleExample] = []
        for entry in lexicon.entries {
            guard let text = entry.example else { continue }
            result.append(RuleExample(ruleID: entry.ruleID, text: text, dct: nil, expectations: [.entityCanonical(entry.canonical, type: entry.type)]))
        }
        for title in lexicon.titles {
            guard let text = title.example, let name = title.expect else { continue }
            result.append(RuleExample(ruleID: title.ruleID, text: text, dct: nil, expectations: [.entity(text: name, type: "PERSON", canonical: nil)]))
        }
        for name in lexicon.givenNameExamples {
            result.append(RuleExample(ruleID: name.ruleID, text: name.text, dct: nil, expectations: [.entity(text: name.expect, type: "PERSON", canonical: nil)]))
        }
        for cue in lexicon.personCueExamples {
            result.append(RuleExample(ruleID: cue.ruleID, text: cue.text, dct: nil, expectations: [.entity(text: cue.expect, type: "PERSON", canonical: nil)]))
        }
        for cue in lexicon.aliasCues {
            guard let text = cue.example, let name = cue.expect else { continue }
            result.append(RuleExample(ruleID: cue.ruleID, text: text, dct: nil, expectations: [.entity(text: name, type: "PERSON", canonical: cue.canonical)]))
        }
        for cue in lexicon.vehicleCues {
            guard let text = cue.example, let name = cue.expect else { continue }
            result.append(RuleExample(ruleID: cue.ruleID, text: text, dct: nil, expectations: [.entity(text: name, type: "VEHICLE", canonical: nil)]))
        }
        for cue in lexicon.placeCues + lexicon.appositionPlaces {
            guard let text = cue.example, let name = cue.expect else { continue }
            result.append(RuleExample(ruleID: cue.ruleID, text: text, dct: nil, expectations: [.entity(text: name, type: "GPE", canonical: nil)]))
        }
        for head in lexicon.heads + lexicon.prefixHeads {
            guard let text = head.example, let name = head.expect else { continue }
            result.append(RuleExample(ruleID: head.ruleID, text: text, dct: nil, expectations: [.entity(text: name, type: head.type, canonical: nil)]))
        }
        return result
    }
}
