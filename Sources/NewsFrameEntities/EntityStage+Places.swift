import NewsFrameCore

/// Places: gazetteer matches and the ambiguity policy that decides when a town is one (docs/GAZETTEERS.md).
extension EntityStage {
    func gazetteerCandidates(_ tokens: EntityTokens, _ index: Int, into result: inout [Candidate], pending: inout [Candidate]) {
        guard tokens.ids[index] >= 0 || tokens.lowerIDs[index] >= 0 else { return }
        func add(_ found: (payload: Int, length: Int)?) {
            guard let (payload, length) = found, tokens.sentence[index + length - 1] == tokens.sentence[index] else { return }
            let entry = lexicon.entries[payload]
            let candidate = Candidate(
                first: index, last: index + length, type: entry.type, canonical: entry.canonical,
                title: entry.type == "PERSON" ? titles(before: index, tokens) : nil, priority: entry.priority, source: 0, rule: entry.ruleID,
                entry: payload)
            // "Elena Santos", "Gentil Duarte", "Vila Serrana": a town inside a longer name is
            // not that town; the name is someone or somewhere else.
            if entry.place?.isLocal == true,
                isInsideLongerName(tokens, index, index + length)
                    || isSpeaker(tokens, index, index + length) && !hasPlaceCue(before: index, tokens)
            {
                return
            }
            // "Puerto Jordan": a country's name after a name word of the parse that no list knows
            // ends another place's name, which the proper-noun rule may find.
            // (A name a list knows before it stays apart: "the Hamas Israel war".)
            if entry.place?.feature == "country", index > 0, tokens.isProperNoun[index - 1], isInsideLongerName(tokens, index, index, before: true),
                !(max(0, index - 4)..<index).contains(where: { start in lexicon.sensitive.longest(tokens.ids, from: start).map { start + $0.length >= index && !lexicon.entries[$0.payload].needsContext } ?? false
                })
            {
                return
            }
            // "West Papua National Liberation Army", "Islamic State-Khorasan": a known group's name
            // with more name words joined to it is another group of the same kind.
            if entry.type == "ORG", let longer = longerOrganization(tokens, index, index + length, candidate) {
                result.append(longer)
                return
            }
            if !entry.needsContext || hasPlaceContext(tokens, index, index + length, entry) {
                result.append(candidate)
            } else if tokens.isMixedCase(sentenceOf: index) {
                pending.append(candidate)
            }
        }
        if lexicon.startsName(tokens.ids[index]) { add(regionWithLowercaseNoun(tokens, index) ?? lexicon.sensitive.longest(tokens.ids, from: index)) }
        add(lexicon.insensitive.longest(tokens.lowerIDs, from: index))
    }

    /// "Kaduna state", "Ghazni province": a region the gazetteer names with its capitalized
    /// noun ("Kaduna State") is meant when news writes the noun in lower case, not the town of
    /// the same name the shorter form would find.
    func regionWithLowercaseNoun(_ tokens: EntityTokens, _ index: Int) -> (payload: Int, length: Int)? {
        guard let (_, length) = lexicon.sensitive.longest(tokens.ids, from: index), index + length < tokens.count,
            tokens.sentence[index + length] == tokens.sentence[index], !tokens.isCapitalized(index + length)
        else { return nil }
        let noun = tokens.text(index + length)
        guard let first = noun.first, first.isLowercase else { return nil }
        let capitalized = lexicon.vocabulary.id(first.uppercased() + noun.dropFirst())
        guard capitalized >= 0 else { return nil }
        let words = Array(tokens.ids[index..<(index + length)]) + [capitalized]
        guard let (payload, found) = lexicon.sensitive.longest(words, from: 0), found == words.count,
            lexicon.entries[payload].type == "GPE", lexicon.entries[payload].place?.kind == "region"
        else { return nil }
        return (payload, found)
    }

    /// The longer organization a known one's name is part of: capitalized name words right
    /// before it (not a place, people, title or sentence opener: "Pakistani Taliban" stays two
    /// mentions) or a hyphen and a capitalized word right after it.
    func longerOrganization(_ tokens: EntityTokens, _ first: Int, _ last: Int, _ known: Candidate) -> Candidate? {
        guard tokens.isMixedCase(sentenceOf: first), !tokens.isTitleCase(sentenceOf: first) else { return nil }
        var start = first
        while start > 0, first - start < 4, tokens.sentence[start - 1] == tokens.sentence[first], !tokens.possessive[start - 1],
            tokens.isCapitalized(start - 1), !lexicon.nonNameWord(tokens.ids[start - 1]),
            lexicon.titleTrie.longest(tokens.ids, from: start - 1) == nil,
            !(lexicon.sensitive.longest(tokens.ids, from: start - 1).map { ["GPE", "NORP", "LOC", "PERSON"].contains(lexicon.entries[$0.payload].type) } ?? false)
        {
            start -= 1
        }
        var end = last
        if end + 1 < tokens.count, tokens.isText(end, "-"), tokens.tokens[end].start == tokens.tokens[end - 1].end, tokens.isCapitalized(end + 1),
            tokens.sentence[end + 1] == tokens.sentence[first], !isInitials(tokens.text(end + 1), of: (first..<last).map(tokens.text))
        {
            end += 2
        }
        guard start < first || end > last else { return nil }
        var longer = known
        longer.first = start
        longer.last = end
        longer.canonical = nil
        longer.entry = nil
        return longer
    }

    /// "Allied Democratic Forces-ADF": the name's own initials after a hyphen repeat it, and
    /// make no longer group.
    func isInitials(_ word: String, of name: [String]) -> Bool {
        let initials = String(name.compactMap { $0.first }.filter { $0.isUppercase })
        return word.count >= 2 && word == initials
    }

    /// Whether a form that is a place only in context has it: a place cue right before it ("in",
    /// "near", "the village of"), or a comma and a place of the same country after it ("Kaya,
    /// Burkina Faso"). The ambiguity policy of docs/GAZETTEERS.md.
    func hasPlaceContext(_ tokens: EntityTokens, _ first: Int, _ last: Int, _ entry: EntityLexicon.Entry) -> Bool {
        // "from Elliott's garage" names a garage; a word like "East" before a name is part of it.
        guard tokens.isMixedCase(sentenceOf: first), !tokens.possessive[last - 1] else { return false }
        if last < tokens.count, tokens.sentence[last] == tokens.sentence[first], tokens.isCapitalized(last) { return false }
        if hasPlaceCue(before: first, tokens) { return true }
        // "the Ricaurte municipality", "Gora village": a settlement or area noun right after it.
        if last < tokens.count, tokens.sentence[last] == tokens.sentence[first],
            let (payload, _) = lexicon.headsInsensitive.longest(tokens.lowerIDs, from: last), lexicon.heads[payload].type == "GPE"
        {
            return true
        }
        if last + 1 < tokens.count, tokens.isText(last, ","), tokens.sentence[last + 1] == tokens.sentence[first],
            let (payload, _) = lexicon.sensitive.longest(tokens.ids, from: last + 1)
        {
            let after = lexicon.entries[payload]
            return !after.needsContext && after.place?.country != nil && after.place?.country == entry.place?.country
        }
        return false
    }

    /// Whether capitalized name words join the match on either side (`before`: the side before
    /// it only): words that begin no name ("The", months), titles, particles and other places
    /// ("Ukrainian Kherson") do not count.
    func isInsideLongerName(_ tokens: EntityTokens, _ first: Int, _ last: Int, before only: Bool = false) -> Bool {
        guard tokens.isMixedCase(sentenceOf: first), !tokens.isTitleCase(sentenceOf: first) else { return false }
        func joins(_ position: Int) -> Bool {
            guard position >= 0, position < tokens.count, tokens.sentence[position] == tokens.sentence[first],
                tokens.isCapitalized(position), !lexicon.nonNameWord(tokens.ids[position])
            else { return false }
            // (Towns side by side are one longer name: "Vila Serrana", "Ana Luz".)
            if let (payload, _) = lexicon.sensitive.longest(tokens.ids, from: position),
                ["GPE", "LOC", "NORP"].contains(lexicon.entries[payload].type), !lexicon.entries[payload].needsContext,
                lexicon.entries[payload].place?.isLocal != true
            {
                return false
            }
            if lexicon.titleTrie.longest(tokens.ids, from: position) != nil { return false }
            if lexicon.headsSensitive.longest(tokens.ids, from: position) != nil { return false }
            return true
        }
        if first > 0, !tokens.possessive[first - 1], joins(first - 1) {
            // A title ending right before the town ("Special Agent") is no part of a name.
            let afterTitle = (max(0, first - 3)..<first).contains { start in
                lexicon.titleTrie.longest(tokens.ids, from: start).map { start + $0.length == first } ?? false
            }
            if !afterTitle { return true }
        }
        return !only && !tokens.possessive[last - 1] && joins(last)
    }

    /// Whether a place cue ends right before the token ("in", "the village of").
    func hasPlaceCue(before first: Int, _ tokens: EntityTokens) -> Bool {
        (max(0, first - 3)..<first).contains { start in
            tokens.sentence[start] == tokens.sentence[first]
                && lexicon.placeCueTrie.longest(tokens.lowerIDs, from: start).map { start + $0.length == first } == true
        }
    }

    /// Whether a speech cue follows or precedes the words ("Elliott said", "said Elliott"): a
    /// town does not speak, a person of the same name does (but "police in Kaduna said" is the
    /// town: a place cue before it wins).
    func isSpeaker(_ tokens: EntityTokens, _ first: Int, _ last: Int) -> Bool {
        if last < tokens.count, tokens.sentence[last] == tokens.sentence[first], let cue = lexicon.personCue(tokens.lowerIDs[last]), cue.before {
            return true
        }
        if first > 0, tokens.sentence[first - 1] == tokens.sentence[first], let cue = lexicon.personCue(tokens.lowerIDs[first - 1]), cue.after {
            return true
        }
        return false
    }

    /// Context-bound places the document names with context elsewhere ("near Barsalogho" … "in
    /// Barsalogho" … "Barsalogho residents"): every mention of it counts.
    func confirmedPlaces(_ pending: [Candidate], _ chosen: [Candidate], _ taken: inout [Bool]) -> [Candidate] {
        guard !pending.isEmpty else { return [] }
        let confirmed = Set(chosen.compactMap { $0.entry })
        var added: [Candidate] = []
        for candidate in pending where candidate.entry.map(confirmed.contains) == true {
            guard !(candidate.first..<candidate.last).contains(where: { taken[$0] }) else { continue }
            for index in candidate.first..<candidate.last { taken[index] = true }
            added.append(candidate)
        }
        return added
    }

    /// "KYIV, Ukraine (AP) —", "GOMA, Congo —": a dateline's place in capitals, opening a
    /// sentence before a comma, a parenthesis or a dash, is the place the gazetteer knows in
    /// title case.
    func datelineCandidate(_ tokens: EntityTokens, _ index: Int) -> Candidate? {
        guard index == 0 || tokens.sentence[index - 1] != tokens.sentence[index] else { return nil }
        var end = index
        var ids: [Int32] = []
        while end < tokens.count, end - index < 3, tokens.sentence[end] == tokens.sentence[index], tokens.isAllCaps(end) {
            let text = tokens.text(end)
            ids.append(lexicon.vocabulary.id(text.prefix(1) + text.dropFirst().lowercased()))
            end += 1
        }
        guard end > index, end < tokens.count, tokens.isText(end, ",") || tokens.isText(end, "(") || tokens.isText(end, "—"),
            let (payload, length) = lexicon.sensitive.longest(ids, from: 0), length == ids.count
        else { return nil }
        let entry = lexicon.entries[payload]
        guard entry.place != nil, !entry.needsContext else { return nil }
        return Candidate(
            first: index, last: end, type: entry.type, canonical: entry.canonical, title: nil, priority: entry.priority, source: 0,
            rule: entry.ruleID, entry: payload)
    }

    /// The titles right before a known person ("Prime Minister Mohammed Shia al-Sudani"),
    /// stacked ones too, for the mention's `title`.
    func titles(before first: Int, _ tokens: EntityTokens) -> String? {
        var end = first
        var found: [String] = []
        while end > 0 {
            guard let start = (max(0, end - 4)..<end).first(where: { start in
                tokens.sentence[start] == tokens.sentence[first]
                    && lexicon.titleTrie.longest(tokens.ids, from: start).map { start + $0.length == end } == true
            }) else { break }
            found.insert(lexicon.titles[lexicon.titleTrie.longest(tokens.ids, from: start)!.payload].title, at: 0)
            end = start
        }
        return found.isEmpty ? nil : found.joined(separator: " ")
    }
}
