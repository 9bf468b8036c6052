import NewsFrameCore

/// "Raiders killed 12 herders near a well in northern Niger. … at Kelbongaro, in the Tahoua
/// region": reports often place an attack in its country first and name the town or
/// region in the next sentence, where no relation ties it to the trigger. A frame that names
/// no place, or only a country (or only a region: then a town of that region), takes the
/// narrowest place the sentences of its mentions and the sentence after each name, when that
/// place lies in the frame's country, is where something happened (not the seat of an
/// institution, a speaker, a possessor, or where someone went or came from), no other frame's
/// mention shares those sentences, the next sentence holds no trigger of its own, and no
/// facility hit places the attack already. The country or region it had stays second, as the
/// narrower-place rule keeps it, so reports naming only that still meet it in the merge.
extension EventStage {
    /// The rule of a place taken from the sentences around a frame's mentions.
    static let nearbyPlaceRule = "events/nearby-place"

    func placeNearby(_ frames: inout [FrameDraft], _ tokens: EventTokens, _ syntax: EventSyntax?) {
        let mentionSentences = frames.map { frame in Set(([frame.mention.range] + frame.folded).map { tokens.sentence[$0.lowerBound] }) }
        for index in frames.indices where frames[index].type == "ATTACK" {
            // A facility hit places the attack already ("a drone struck the Harir base").
            if frames[index].arguments.contains(where: { $0.role == "target" && $0.entityType == "FAC" }) { continue }
            var country: String? = nil
            // A frame placed in a region takes a town of that region only ("in Chandel district of
            // Manipur"), or a settlement a mention names.
            var region: String? = nil
            // A frame placed in an area only the text names ("in Kolbe Township") takes a
            // settlement its sentences name, which may lie in it.
            var textArea = false
            // A frame placed in a town takes only a part of that town the text names as such
            // ("the Saqba district of Kolbe"), and keeps the town second.
            var town: String? = nil
            if let current = frames[index].first("location") {
                guard let mention = tokens.base.mentionAt[current.range.lowerBound] else { continue }
                let placed = tokens.base.mentions[mention]
                switch placed.feature {
                case "country": country = placed.country
                case "region" where placed.admin1 != nil:
                    country = placed.country
                    region = placed.admin1
                // (A town it hit places it by the narrower-place rule.)
                case EntityMention.unlisted where namesWideArea(current.range, tokens)
                    && !frames[index].arguments.contains(where: { $0.role == "target" && narrowPlaceMention($0, tokens) != nil }):
                    textArea = true
                case "town": town = placed.canonical
                default: continue
                }
            }
            let others = mentionSentences.indices.filter { $0 != index }.reduce(into: Set<Int>()) { $0.formUnion(mentionSentences[$1]) }
            var sentences: Set<Int> = []
            for sentence in mentionSentences[index] {
                sentences.insert(sentence)
                // The next sentence, unless it tells of another event (a trigger of any frame, told or not).
                if sentence + 1 < tokens.sentenceRange.count, !others.contains(sentence + 1),
                    !tokens.sentenceRange[sentence + 1].contains(where: { lexicon.triggerTrie.longest(tokens.lowerIDs, from: $0) != nil })
                {
                    sentences.insert(sentence + 1)
                }
            }
            var found: [Int] = []
            for sentence in sentences.sorted() {
                for position in tokens.sentenceRange[sentence] {
                    guard let mention = tokens.base.mentionAt[position], tokens.base.mentionTokens[mention].lowerBound == position,
                        !tokens.base.inDateline[position], isTownOrRegion(tokens.base.mentions[mention])
                    else { continue }
                    // "Moscow said the depot was empty": a capital that opens a clause and speaks
                    // stands for its government.
                    let end = tokens.base.mentionTokens[mention].upperBound
                    let opensClause = position == tokens.sentenceRange[sentence].lowerBound || tokens.base.texts[position - 1] == ","
                        || tokens.has(position - 1, "clause")
                    if opensClause, end < tokens.count, tokens.base.cueAt[end] != nil { continue }
                    // "Moscow's budget": a possessor owns, it does not place; unless what it owns
                    // is a place in it ("Idlib's Saraqib district").
                    if tokens.base.possessive[end - 1], !ownsPlace(after: end, tokens) { continue }
                    if isInTitle(before: end, syntax, tokens) { continue }
                    if isGluedByHyphen(position..<end, tokens) { continue }
                    let place = tokens.base.mentions[mention]
                    if let town, place.feature != EntityMention.unlisted || !isPart(mention, of: town, tokens) { continue }
                    // A place no gazetteer lists may lie in the frame's country when a mention of
                    // the attack names it ("the attack … at Kessen Wouro"), not from the next sentence.
                    let unlistedHere = place.feature == EntityMention.unlisted && mentionSentences[index].contains(sentence)
                    guard country == nil || place.country == country || unlistedHere, isWhere(position, tokens), !isWhither(position, syntax, tokens) else { continue }
                    // "Troops, who are stationed at Kaya, …" tells where people are kept, unless they
                    // are what the attack hit ("units stationed in Kolbe were hit by an attack").
                    if let kept = stationedPeople(position, syntax, tokens),
                        !frames[index].arguments.contains(where: { $0.role == "target" && $0.range.contains(kept) })
                    {
                        continue
                    }
                    if region != nil, !unlistedHere, place.feature != "town" || place.admin1 != region { continue }
                    // (In an area only the text names, only a settlement the text names likewise: a
                    // listed town may lie anywhere.)
                    if textArea, nearbyRank(mention, tokens) != 1 { continue }
                    if !found.contains(where: { tokens.base.mentions[$0].canonical == place.canonical }) { found.append(mention) }
                }
            }
            // A town or settlement the mentions' own sentences name comes before what the next
            // sentences add ("killed in Tandigou. … Tandigou is 20 km from Kaya").
            let own = found.filter { mentionSentences[index].contains(tokens.sentence[tokens.base.mentionTokens[$0].lowerBound]) }
            let ownPlace = own.count < found.count ? nearbyChoice(own, tokens).flatMap { nearbyRank($0, tokens) <= 1 ? $0 : nil } : nil
            guard let place = ownPlace ?? nearbyChoice(found, tokens) else { continue }
            let areas = found.filter { tokens.base.mentions[$0].feature != EntityMention.unlisted && nearbyRank($0, tokens) == 2 }
            let wider = frames[index].first("location").flatMap { isWidePlace($0, tokens) || town != nil ? $0 : nil }
            frames[index].arguments.removeAll { $0.role == "location" }
            entityArgument(&frames[index], place, role: "location", rule: Self.nearbyPlaceRule, tokens)
            // The wider place stays second, as the narrower-place rule keeps it: the country or
            // region the frame was placed in, or else the one listed area the sentences name.
            if let wider {
                frames[index].add(wider)
            } else if areas.count == 1, areas[0] != place {
                entityArgument(&frames[index], areas[0], role: "location", rule: Self.nearbyPlaceRule, tokens)
            }
        }
    }

    /// "a long-running anti-Moscow insurgency", "Kremlin-backed separatists": a name written
    /// onto a lowercase word by a hyphen is part of a modifier (a stance, a sponsor), not a
    /// place where anything happened. (A particle written so is inside the name's mention:
    /// "al-Qaim".)
    func isGluedByHyphen(_ range: Range<Int>, _ tokens: EventTokens) -> Bool {
        let words = tokens.base.tokens
        // The word, the hyphen and the name's edge, each touching the next.
        func glued(_ first: Int, _ hyphen: Int, _ last: Int, word: Int) -> Bool {
            guard first >= 0, last < tokens.count, tokens.base.texts[hyphen] == "-",
                tokens.base.sentence[word] == tokens.base.sentence[range.lowerBound],
                let letter = tokens.base.texts[word].first, letter.isLowercase
            else { return false }
            return words[first].end == words[hyphen].start && words[hyphen].end == words[last].start
        }
        let before = range.lowerBound - 2
        let after = range.upperBound + 1
        return glued(before, before + 1, range.lowerBound, word: before) || glued(range.upperBound - 1, range.upperBound, after, word: after)
    }

    /// "Maradi regional governor Issoufou Mamane", "Kaduna state police commissioner Ali
    /// Umar": a place told in a named person's title (nouns and adjectives between it and the
    /// name) says whose office it is, not where anything happened.
    func isInTitle(before end: Int, _ syntax: EventSyntax?, _ tokens: EventTokens) -> Bool {
        guard let syntax else { return false }
        var position = end
        while position < min(end + 4, tokens.count), tokens.sentence[position] == tokens.sentence[end - 1] {
            if let name = tokens.base.mentionAt[position] {
                return position > end && tokens.base.mentions[name].type == "PERSON"
            }
            let word = syntax.wordOfToken[position]
            guard word >= 0, ["NOUN", "ADJ"].contains(syntax.words[word].upos), !tokens.base.isCapitalized(position) else { return false }
            position += 1
        }
        return false
    }

    /// Whether a place only the text names is told as part of a town: "the Saqba district of
    /// Kolbe", "Saqba neighbourhood in Kolbe".
    func isPart(_ mention: Int, of town: String, _ tokens: EventTokens) -> Bool {
        let end = tokens.base.mentionTokens[mention].upperBound
        guard end + 1 < tokens.count, tokens.has(end, "of_object") || tokens.has(end, "place"),
            let next = tokens.base.mentionAt[end + 1]
        else { return false }
        return tokens.base.mentions[next].canonical == town
    }

    /// The one place the found places give, or nil. One place: two are a route, a comparison or
    /// two attacks, and no guess.
    func nearbyChoice(_ found: [Int], _ tokens: EventTokens) -> Int? {
        // A place the gazetteer lists outranks one only the text names ("the al-Fardous
        // neighbourhood of Aleppo" places the attack in Aleppo), but not an area it lies in: a
        // town in its region ("near Matuga in Kwale County") or a village only the text names in
        // a listed area ("the village of Tamsar in the Tillaberi region") is the place, and so
        // is a village beside a town it is only near ("Tamsar village, west of Kaya").
        let listed = found.filter { tokens.base.mentions[$0].feature != EntityMention.unlisted }
        let towns = listed.filter { nearbyRank($0, tokens) == 0 }
        let nearTowns = towns.filter { FrameDraft.isNear(tokens.base.mentionTokens[$0].lowerBound, tokens) }
        let areas = listed.filter { nearbyRank($0, tokens) == 2 }
        let settlements = found.filter { nearbyRank($0, tokens) == 1 }
        let chosen: [Int]
        if towns.count == 1, areas.count == listed.count - 1, areas.allSatisfy({ encloses($0, towns[0], tokens) }),
            nearTowns.isEmpty || settlements.isEmpty
        {
            chosen = towns
        } else if towns.count == nearTowns.count, !areas.isEmpty || !nearTowns.isEmpty, settlements.count == 1 {
            chosen = settlements
        } else if listed.isEmpty {
            // Of places only the text names, a settlement is narrower than an area ("Tamsar
            // village" in "the Kolbe district area").
            chosen = settlements.isEmpty ? found : settlements
        } else {
            // ("a road in the Derik district of Mardin province": of two listed areas,
            // the one inside the other.)
            let inner = areas.filter { area in areas.contains { $0 != area && encloses($0, area, tokens) } }
            chosen = listed.count > 1 && inner.count == 1 && towns.isEmpty ? inner : listed
        }
        return chosen.count == 1 ? chosen.first : nil
    }

    /// Whether a place is where someone went or came from, not where anything happened:
    /// "the wounded were flown to the town of Kaya", "on its way to a camp near Mardan",
    /// "launched from Yemen". The parse tells through the phrases a place hangs in; an unparsed
    /// sentence by the words before it, back to a verb or a clause's edge. ("From" counts only as the
    /// place's own preposition: "farmers from a hamlet near Kaya" tells where they lived.)
    func isWhither(_ position: Int, _ syntax: EventSyntax?, _ tokens: EventTokens) -> Bool {
        func whither(_ token: Int, own: Bool) -> Bool {
            (tokens.has(token, "destination") && (token == 0 || !tokens.has(token - 1, "vicinity"))) || (own && tokens.has(token, "origin"))
        }
        guard let syntax, syntax.wordOfToken[position] >= 0 else { return false }
        var word = syntax.wordOfToken[position]
        if syntax.words[word].isParsed {
            // "The town of X" is X: its "of" keeps the next phrase the place's own.
            var own = true
            for _ in 0..<3 {
                let marker = syntax.preposition(word).map { syntax.words[$0].token }
                // "the main gate to the village of X": a noun's "to" goes nowhere unless the
                // noun is a path ("on its way to a camp", class `path`).
                let onThing = syntax.deprel(word).hasPrefix("nmod") && syntax.head(word).map {
                    syntax.words[$0].upos == "NOUN" && !lexicon.isA(syntax.lemma($0).lowercased(), "path")
                } == true
                if let marker, !(onThing && tokens.has(marker, "destination")), whither(marker, own: own) { return true }
                own = own && marker.map { tokens.has($0, "of_object") } == true
                guard ["nmod", "flat", "compound", "appos"].contains(syntax.deprel(word)), let head = syntax.head(word) else { return false }
                word = head
            }
            return false
        }
        var own = true
        for token in stride(from: position - 1, through: max(0, position - 8), by: -1) {
            let tagged = syntax.wordOfToken[token]
            if tokens.has(token, "clause") || tokens.base.texts[token] == "," || (tagged >= 0 && ["VERB", "AUX"].contains(syntax.words[tagged].upos)) { return false }
            if whither(token, own: own) { return true }
            if tokens.has(token, "place") { own = false }
        }
        return false
    }

    /// When a verb of keeping people somewhere ("stationed", class `stationed`) governs the
    /// phrase of the place, the token of the people it keeps (the noun the verb's clause hangs
    /// on, or its subject; the verb's own token when the parse names neither).
    func stationedPeople(_ position: Int, _ syntax: EventSyntax?, _ tokens: EventTokens) -> Int? {
        guard let syntax, syntax.wordOfToken[position] >= 0 else { return nil }
        func stationed(_ word: Int) -> Bool { syntax.words[word].upos == "VERB" && lexicon.isA(syntax.lemma(word).lowercased(), "stationed") }
        var word = syntax.wordOfToken[position]
        if syntax.words[word].isParsed {
            while ["nmod", "flat", "compound", "appos"].contains(syntax.deprel(word)), let head = syntax.head(word) { word = head }
            guard let verb = syntax.head(word), stationed(verb) else { return nil }
            let people = syntax.deprel(verb).hasPrefix("acl") ? syntax.head(verb) : syntax.tree.subject(of: verb)
            return syntax.words[people ?? verb].token
        }
        for token in stride(from: position - 1, through: max(0, position - 8), by: -1) {
            let tagged = syntax.wordOfToken[token]
            if tagged >= 0, ["VERB", "AUX"].contains(syntax.words[tagged].upos) { return stationed(tagged) ? token : nil }
            if tokens.has(token, "clause") || tokens.base.texts[token] == "," { return nil }
        }
        return nil
    }

    /// Whether the noun phrase after a possessor names a place: a place noun or a place name.
    func ownsPlace(after start: Int, _ tokens: EventTokens) -> Bool {
        for token in start..<min(start + 5, tokens.count) {
            if tokens.base.texts[token] == "," || tokens.has(token, "clause") || tokens.has(token, "place") { return false }
            if tokens.has(token, "place_noun") { return true }
            if let mention = tokens.base.mentionAt[token], ["GPE", "LOC", "FAC"].contains(tokens.base.mentions[mention].type) { return true }
        }
        return false
    }

    /// Whether an area is the first-level region a listed town lies in: the region itself, or
    /// its seat's name told as the region ("the eastern province of Idlib"), not a district.
    /// A town named as its region is no narrower than it: "in Katsina" beside "Katsina State"
    /// may mean either.
    func encloses(_ area: Int, _ town: Int, _ tokens: EventTokens) -> Bool {
        let outer = tokens.base.mentions[area], inner = tokens.base.mentions[town]
        guard let region = outer.admin1, region == inner.admin1, outer.country == inner.country, inner.canonical != region else { return false }
        return outer.feature == "region" || outer.canonical == region
    }

    /// How narrowly a place found near an attack's mentions places it: a town the gazetteer
    /// lists (0: "the al-Fardous neighbourhood of Aleppo" places the attack in Aleppo); a
    /// settlement only the text names (1); an area (2: a first-level region, or a name told
    /// with an area noun, "the village of Tamsar in the Tillaberi region", "the eastern
    /// province of Idlib", whatever the gazetteer knows the name as); an area only the text
    /// names (3: "Kolbe District").
    func nearbyRank(_ mention: Int, _ tokens: EventTokens) -> Int {
        let range = tokens.base.mentionTokens[mention]
        let listed = tokens.base.mentions[mention].feature != EntityMention.unlisted
        let named = range.lowerBound >= 2 && tokens.has(range.lowerBound - 1, "of_object") && tokens.has(range.lowerBound - 2, "place_noun")
        let area = namesWideArea(range.lowerBound..<min(range.upperBound + 1, tokens.lower.count), tokens) || named
        return (area ? 2 : 0) + (listed ? 0 : 1)
    }

    /// A place not told as the seat of an institution, a speaker or a force ("the government in
    /// Jakarta", "police in Kaduna said"): a place word after such a noun says where they are,
    /// not where anything happened.
    func isWhere(_ position: Int, _ tokens: EventTokens) -> Bool {
        if isReferencePoint(position, tokens) { return false }
        var before = position - 1
        while before >= 0, quoteLexicon.determiners.contains(tokens.lower[before]) || tokens.has(before, "place_noun")
            || lexicon.isA(tokens.lower[before], "of_object")
        {
            before -= 1
        }
        // "near", "outside": a force is not seated near a place; the event was.
        guard before >= 1, tokens.has(before, "place"), !tokens.has(before, "vicinity") else { return true }
        return quoteLexicon.nouns[tokens.lower[before - 1]] == nil && !tokens.has(before - 1, "actor")
    }

    /// Whether a place is told only as the point a distance is measured from ("the village of
    /// Tandigou, 95 kilometres north of the regional capital, Mopti", "30 km from Kaya"): a
    /// number and a `distance` word before it in its sentence, with no other place between;
    /// or as what another place lies beside (a word of class `adjacent` right before it).
    func isReferencePoint(_ position: Int, _ tokens: EventTokens) -> Bool {
        let sentenceStart = tokens.sentenceRange[tokens.sentence[position]].lowerBound
        // "Kolbe, which lies next to Chechnya", "borders Chechnya" (class `adjacent`): a
        // place told as what another one lies beside.
        var end = position
        while end - 1 > sentenceStart, quoteLexicon.determiners.contains(tokens.lower[end - 1]) { end -= 1 }
        if (max(sentenceStart, end - 3)..<end).contains(where: { start in
            tokens.classesAt(start).contains { $0.wordClass == "adjacent" && start + $0.length == end }
        }) {
            return true
        }
        for before in stride(from: position - 1, through: max(sentenceStart + 1, position - 9), by: -1) {
            if tokens.base.mentionAt[before] != nil || tokens.has(before, "clause") { return false }
            if tokens.has(before, "distance"), number(before - 1, tokens) != nil { return true }
        }
        return false
    }

    /// A place the gazetteer puts below the country level: a town, or a first-level region; or a
    /// settlement only the text names, which is no wider than a town.
    func isTownOrRegion(_ mention: EntityMention) -> Bool {
        if mention.type == "GPE", mention.feature == EntityMention.unlisted { return true }
        guard ["GPE", "LOC"].contains(mention.type), mention.country != nil else { return false }
        if let feature = mention.feature { return feature == "town" || feature == "region" }
        return mention.admin1 != nil
    }
}
