import NewsFrameCore

/// "Raiders killed 12 herders near a well in northern Niger. … at Kelbongaro, in the Tahoua
/// region": reports often place an attack in its country first and name the town or
/// region in the next sentence, where no relation ties it to the trigger. A frame that names
/// no place, or only a country (or only a region: then a town of that region), takes the one
/// town or region the sentences of its mentions
/// and the sentence after each name, when that place lies in the frame's country, is not the
/// seat of an institution or speaker, no other
/// frame's mention shares those sentences, the next sentence holds no trigger of its own, and
/// no facility hit places the attack already.
extension EventStage {
    func placeNearby(_ frames: inout [FrameDraft], _ tokens: EventTokens) {
        let mentionSentences = frames.map { frame in Set(([frame.mention.range] + frame.folded).map { tokens.sentence[$0.lowerBound] }) }
        for index in frames.indices where frames[index].type == "ATTACK" {
            // A facility hit places the attack already ("a drone struck the Harir base").
            if frames[index].arguments.contains(where: { $0.role == "target" && $0.entityType == "FAC" }) { continue }
            var country: String? = nil
            // A frame placed in a region takes a town of that region only ("in Chandel district of
            // Manipur"), or a settlement a mention names.
            var region: String? = nil
            if let current = frames[index].first("location") {
                guard let mention = tokens.base.mentionAt[current.range.lowerBound] else { continue }
                let placed = tokens.base.mentions[mention]
                switch placed.feature {
                case "country": country = placed.country
                case "region" where placed.admin1 != nil:
                    country = placed.country
                    region = placed.admin1
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
                    let place = tokens.base.mentions[mention]
                    // A place no gazetteer lists may lie in the frame's country when a mention of
                    // the attack names it ("the attack … at Kessen Wouro"), not from the next sentence.
                    let unlistedHere = place.feature == EntityMention.unlisted && mentionSentences[index].contains(sentence)
                    guard country == nil || place.country == country || unlistedHere, isWhere(position, tokens) else { continue }
                    if region != nil, !unlistedHere, place.feature != "town" || place.admin1 != region { continue }
                    if !found.contains(where: { tokens.base.mentions[$0].canonical == place.canonical }) { found.append(mention) }
                }
            }
            // One place: two are a route, a comparison or two attacks, and no guess. A place the
            // gazetteer lists outranks one only the text names ("the al-Fardous neighbourhood
            // of Aleppo" places the attack in Aleppo).
            let listed = found.filter { tokens.base.mentions[$0].feature != EntityMention.unlisted }
            let chosen = listed.isEmpty ? found : listed
            guard chosen.count == 1, let place = chosen.first else { continue }
            frames[index].arguments.removeAll { $0.role == "location" }
            entityArgument(&frames[index], place, role: "location", rule: "events/nearby-place", tokens)
        }
    }

    /// A place not told as the seat of an institution, a speaker or a force ("the government in
    /// Jakarta", "police in Kaduna said"): a place word after such a noun says where they are,
    /// not where anything happened.
    func isWhere(_ position: Int, _ tokens: EventTokens) -> Bool {
        var before = position - 1
        while before >= 0, quoteLexicon.determiners.contains(tokens.lower[before]) || tokens.has(before, "place_noun")
            || lexicon.isA(tokens.lower[before], "of_object")
        {
            before -= 1
        }
        guard before >= 1, tokens.has(before, "place") else { return true }
        return quoteLexicon.nouns[tokens.lower[before - 1]] == nil && !tokens.has(before - 1, "actor")
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
