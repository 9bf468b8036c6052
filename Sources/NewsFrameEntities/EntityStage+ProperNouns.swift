import NewsFrameCore

/// Names no list knows: proper-noun runs the parse marks, ships by their noun or prefix.
extension EntityStage {
    /// A run of proper nouns no list knows, typed by what the sentence says of it: an acronym
    /// is an organization ("the PCE"), names the parse joins as one (`flat`) are a person
    /// ("Sekou Tambadou"), a run after a place cue is a place ("in Kessenbougou"). Other runs stay
    /// unnamed: capitalization alone does not say what a name is. Lowest priority: every
    /// other rule wins where they overlap.
    func properNounCandidate(_ tokens: EntityTokens, _ index: Int) -> Candidate? {
        // "the town of al-Zabrani": a lowercase particle joined by a hyphen opens the name.
        let word = index + particleLead(tokens, index)
        guard tokens.hasSyntax, tokens.isProperNoun[word], tokens.isCapitalized(word), tokens.isMixedCase(sentenceOf: index),
            !tokens.isTitleCase(sentenceOf: index),
            !lexicon.nonNameWord(tokens.ids[word]),
            index == 0 || tokens.sentence[index - 1] != tokens.sentence[index] || !tokens.isProperNoun[index - 1]
                || !tokens.isCapitalized(index - 1) || tokens.possessive[index - 1]
        else { return nil }
        var end = word + 1
        // (A weekday or month ends it: "on X Thursday".)
        while end < tokens.count, end - index < 5, tokens.sentence[end] == tokens.sentence[index], tokens.isProperNoun[end],
            tokens.isCapitalized(end), !tokens.possessive[end - 1], !lexicon.nonNameWord(tokens.ids[end])
        {
            end += 1
        }
        // "El-Fasher", "Gorom-Gorom": a hyphen joining two capitalized parts is inside the name.
        while end + 1 < tokens.count, tokens.sentence[end + 1] == tokens.sentence[index], tokens.isText(end, "-"),
            tokens.tokens[end].start == tokens.tokens[end - 1].end, tokens.tokens[end + 1].start == tokens.tokens[end].end, tokens.isCapitalized(end + 1)
        {
            end += 2
        }
        // An all-caps run of words ("AIN AL-ASAD, Iraq —") is a dateline or a shout, not a name
        // the parse can read.
        if end - index >= 2, (index..<end).allSatisfy({ tokens.isAllCaps($0) }) { return nil }
        let type: String
        let rule: String
        // (An all-caps word opening a sentence before a comma or dash is a dateline: "KYIV, Ukraine".)
        let dateline = end - index == 1 && (index == 0 || tokens.sentence[index - 1] != tokens.sentence[index])
            && end < tokens.count && (tokens.isText(end, ",") || tokens.isText(end, "—") || tokens.isText(end, "("))
        // (A capitalized word beside it in capitals too is part of a shouted run: "AL-ASAD".)
        let shouted = (index > 0 && tokens.sentence[index - 1] == tokens.sentence[index]
            && (tokens.isAllCaps(index - 1) || tokens.isText(index - 1, "-")))
            || (end < tokens.count && tokens.sentence[end] == tokens.sentence[index] && tokens.isAllCaps(end))
        // (Nor does one that opens a sentence: a heading or a dateline, "YALA:".)
        let opens = index == 0 || tokens.sentence[index - 1] != tokens.sentence[index]
        if end - index == 1, !dateline, !shouted, !opens, tokens.isAllCaps(index), isAcronym(tokens.text(index)),
            (3...6).contains(tokens.text(index).unicodeScalars.count)
        {
            (type, rule) = ("ORG", Self.properAcronymRule)
        } else if !TextCase.isCapitalsOnly((index..<end).map { tokens.text($0) }.joined()), (max(0, index - 3)..<index).contains(where: { start in
            tokens.sentence[start] == tokens.sentence[index]
                && lexicon.placeCueTrie.longest(tokens.lowerIDs, from: start).map {
                    start + $0.length == index && lexicon.placeCues[$0.payload].namesUnknown
                } == true
        }) {
            // A place cue outranks the parse's flat name: "near Puerto Kessen" is a place,
            // though its two words join as a person's do. (Capitals alone are an acronym, a
            // group's more often than a place's: "in KLF-DMV ambush", "in J&K".)
            (type, rule) = ("GPE", Self.properPlaceRule)
        } else if let apposition = appositionPlace(tokens, after: end) {
            // "Kelbo, a pastoral community in the north": an apposition that says it is a settlement.
            (type, rule) = ("GPE", lexicon.appositionPlaces[apposition].ruleID)
        } else if end - index >= 2, (index + 1..<end).allSatisfy({ tokens.isFlatWithPrevious[$0] }) {
            (type, rule) = ("PERSON", Self.properFlatRule)
            // The name goes on over particles and hyphens ("Abu Karrar al-Amiri").
            if let run = nameRun(tokens, from: index), run > end { end = run }
        } else {
            return nil
        }
        return Candidate(first: index, last: end, type: type, canonical: nil, title: nil, priority: 0, source: 8, rule: rule)
    }

    /// The length of a particle and its hyphen written onto the next word ("al-", "el-"), or 0.
    func particleLead(_ tokens: EntityTokens, _ index: Int) -> Int {
        guard index + 2 < tokens.count, lexicon.particle(tokens.lowerIDs[index]), tokens.isText(index + 1, "-"),
            tokens.tokens[index + 1].start == tokens.tokens[index].end, tokens.tokens[index + 2].start == tokens.tokens[index + 1].end,
            tokens.sentence[index + 2] == tokens.sentence[index]
        else { return 0 }
        return 2
    }

    /// The settlement noun of an apposition right after a name (`entities-apposition-places.tsv`):
    /// a comma, at most three lowercase words, the noun, then a place cue, a comma or the
    /// sentence's end.
    func appositionPlace(_ tokens: EntityTokens, after end: Int) -> Int? {
        guard end + 2 < tokens.count, tokens.sentence[end] == tokens.sentence[end - 1], tokens.isText(end, ",") else { return nil }
        var position = end + 1
        while position < tokens.count, position <= end + 4, tokens.sentence[position] == tokens.sentence[end] {
            if let (payload, length) = lexicon.appositionPlaceTrie.longest(tokens.lowerIDs, from: position) {
                let after = position + length
                let closes = after >= tokens.count || tokens.sentence[after] != tokens.sentence[end] || tokens.isText(after, ",")
                    || lexicon.placeCueTrie.longest(tokens.lowerIDs, from: after).map { lexicon.placeCues[$0.payload].namesUnknown } == true
                return closes ? payload : nil
            }
            guard !tokens.isCapitalized(position), tokens.tokens[position].kind == .word else { return nil }
            position += 1
        }
        return nil
    }

    /// "Camp Shorabak", "Calle del Correo": a prefix that belongs to the name, name particles,
    /// then capitalized words (`entities-prefix-heads.tsv`).
    func prefixCandidate(_ tokens: EntityTokens, _ index: Int) -> Candidate? {
        guard let (payload, length) = lexicon.prefixTrie.longest(tokens.ids, from: index) else { return nil }
        var start = index + length
        while start < tokens.count, tokens.sentence[start] == tokens.sentence[index], lexicon.particle(tokens.lowerIDs[start]) { start += 1 }
        guard start < tokens.count, tokens.sentence[start] == tokens.sentence[index], !lexicon.nonNameWord(tokens.ids[start]),
            let end = nameRun(tokens, from: start)
        else { return nil }
        let head = lexicon.prefixHeads[payload]
        return Candidate(first: index, last: end, type: head.type, canonical: nil, title: nil, priority: 1, source: 2, rule: head.ruleID)
    }

    /// A ship by its noun or prefix: "the tanker True Confidence", "USS Carney". The name ends
    /// at a comma, a lowercase word or the sentence; a leading "the" is left out.
    func vehicleCandidate(_ tokens: EntityTokens, _ index: Int) -> Candidate? {
        guard let (payload, length) = lexicon.vehicleCuesSensitive.longest(tokens.ids, from: index)
            ?? lexicon.vehicleCuesInsensitive.longest(tokens.lowerIDs, from: index)
        else { return nil }
        let cue = lexicon.vehicleCues[payload]
        let nameStart = index + length
        guard nameStart < tokens.count, tokens.sentence[nameStart] == tokens.sentence[index], tokens.isCapitalized(nameStart),
            !lexicon.nonNameWord(tokens.ids[nameStart]), let end = nameRun(tokens, from: nameStart)
        else { return nil }
        // A country or people after a ship noun is whose ship it is ("the tanker Iran seized" is rare).
        if let (found, foundLength) = lexicon.sensitive.longest(tokens.ids, from: nameStart), nameStart + foundLength == end,
            ["GPE", "NORP", "ORG"].contains(lexicon.entries[found].type), lexicon.entries[found].place?.isLocal != true
        {
            return nil
        }
        return Candidate(
            first: cue.partOfName ? index : nameStart, last: end, type: "VEHICLE", canonical: nil, title: nil, priority: 1, source: 6,
            rule: cue.ruleID)
    }

    /// Later (and earlier) mentions of a ship the document names with its noun or prefix ("the
    /// Rubymar"), as candidates that outrank a town inside the name ("Marlin Luanda").
    func vehicleRepeats(_ vehicles: [Candidate], _ tokens: EntityTokens) -> [Candidate] {
        guard !vehicles.isEmpty else { return [] }
        var names: Set<[String]> = []
        for vehicle in vehicles {
            names.insert((vehicle.first..<vehicle.last).map { tokens.text($0) })
            // With a prefix ("MV Rubymar") the bare name recurs too.
            if let (_, length) = lexicon.vehicleCuesSensitive.longest(tokens.ids, from: vehicle.first), vehicle.first + length < vehicle.last {
                names.insert((vehicle.first + length..<vehicle.last).map { tokens.text($0) })
            }
        }
        let positions = capitalizedPositions(tokens)
        return names.sorted(by: { $0.joined(separator: " ") < $1.joined(separator: " ") }).flatMap { name in
            occurrences(of: name, tokens, positions).map {
                Candidate(first: $0.lowerBound, last: $0.upperBound, type: "VEHICLE", canonical: nil, title: nil, priority: 1, source: 7, rule: Self.vehicleRule)
            }
        }
    }

    /// Where capitalized words stand, by their text: built once for all the names a pass looks
    /// for, so the pass stays linear in the document however many names it has.
    func capitalizedPositions(_ tokens: EntityTokens) -> [String: [Int]] {
        var positions: [String: [Int]] = [:]
        for index in 0..<tokens.count where tokens.isCapitalized(index) { positions[tokens.text(index), default: []].append(index) }
        return positions
    }

    /// Where the words recur as a whole name: within one sentence, not followed by another
    /// capitalized word.
    func occurrences(of words: [String], _ tokens: EntityTokens, _ positions: [String: [Int]]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for index in positions[words[0]] ?? [] {
            let last = index + words.count
            guard last <= tokens.count, zip(index..<last, words).allSatisfy({ tokens.text($0.0) == $0.1 }),
                (index..<last).allSatisfy({ tokens.sentence[$0] == tokens.sentence[index] }),
                last == tokens.count || !tokens.isCapitalized(last) || tokens.sentence[last] != tokens.sentence[index]
            else { continue }
            result.append(index..<last)
        }
        return result
    }

    /// Whether the parse reads a proper noun among the words (always true without a parse):
    /// "Residents said", "Police said" have capitals but no name.
    /// Whether the words are only an organization's or facility's head noun ("Police said",
    /// "Army said"): a body speaks there, not a person.
    func isHeadWord(_ tokens: EntityTokens, _ first: Int, _ end: Int) -> Bool {
        lexicon.headsSensitive.longest(tokens.ids, from: first).map { first + $0.length == end } ?? false
    }

    func hasProperNoun(_ tokens: EntityTokens, _ first: Int, _ end: Int) -> Bool {
        // A determiner before it makes a thing of it, not a person: "the Directorate said".
        if first > 0, tokens.sentence[first - 1] == tokens.sentence[first], tokens.isDeterminer[first - 1] { return false }
        return !tokens.hasSyntax || (first..<end).contains { tokens.isProperNoun[$0] }
    }
}
