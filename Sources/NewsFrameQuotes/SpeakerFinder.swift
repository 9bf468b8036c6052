/// Reads the speaker phrase next to a speech cue, without a parser: the noun phrase that
/// ends right before the cue ("the group | said"), or the one that starts right after it
/// ("said | Jamal Karimi", "according to | the ministry"). Adverbs and auxiliaries ("also",
/// "has"), a time expression ("on Thursday") and a parenthesis ("(CENTCOM)") may sit between.
package struct SpeakerFinder {
    package init(lexicon: QuoteLexicon, tokens: QuoteTokens) {
        self.lexicon = lexicon
        self.tokens = tokens
    }

    package let lexicon: QuoteLexicon
    package let tokens: QuoteTokens

    /// The phrase ending before token `end`, not reaching back past `floor`.
    package func before(_ end: Int, floor: Int, allowApposition: Bool = true) -> SpeakerPhrase? {
        var position = end - 1
        while position >= floor {
            if lexicon.skips.contains(tokens.lower[position]) {
                position -= 1
            } else if tokens.inTimex[position] {
                while position >= floor, tokens.inTimex[position] { position -= 1 }
                if position >= floor, lexicon.prepositions.contains(tokens.lower[position]) { position -= 1 }
            } else {
                break
            }
        }
        // "Laura Chen, the deputy press secretary, told" / "the group's spokesman, Abu Karrar, said":
        // of a phrase and its apposition, the name speaks.
        if position > floor, tokens.texts[position] == ",", allowApposition {
            guard let inner = before(position, floor: floor, allowApposition: false), inner.range.lowerBound - 1 > floor,
                tokens.texts[inner.range.lowerBound - 1] == ","
            else { return nil }
            let outer = before(inner.range.lowerBound - 1, floor: floor, allowApposition: false)
            if let outer, outer.kind == .entity || outer.kind == .name { return outer }
            return inner.kind == .entity || inner.kind == .name ? inner : outer ?? inner
        }
        if position >= floor, tokens.texts[position] == ")" {
            var open = position - 1
            while open >= floor, position - open < 10, tokens.texts[open] != "(" { open -= 1 }
            guard open >= floor, tokens.texts[open] == "(" else { return nil }
            position = open - 1
        }
        guard position >= floor, !tokens.inQuote[position] else { return nil }
        let last = position + 1
        if let mention = tokens.mentionAt[position] {
            let range = tokens.mentionTokens[mention]
            let start = max(range.lowerBound, floor)
            // "a spokesman from | U.S. Central Command", "an official at the | ministry"
            var link = start - 1
            if link >= floor, lexicon.determiners.contains(tokens.lower[link]) { link -= 1 }
            if link - 1 >= floor, lexicon.links.contains(tokens.lower[link]), let noun = lexicon.nouns[tokens.lower[link - 1]] {
                return SpeakerPhrase(
                    range: modifiersStart(head: link - 1, floor: floor)..<last, kind: .description, mention: mention, typeOrder: noun.types,
                    ruleID: noun.ruleID, head: link - 1)
            }
            return SpeakerPhrase(range: start..<last, kind: .entity, mention: mention)
        }
        if let pronoun = lexicon.pronouns[tokens.lower[position]] {
            return SpeakerPhrase(range: position..<last, kind: .pronoun, typeOrder: pronoun.types, ruleID: pronoun.ruleID)
        }
        if let noun = lexicon.nouns[tokens.lower[position]] {
            let start = modifiersStart(head: position, floor: floor)
            let embedded = (start..<position).compactMap { tokens.mentionAt[$0] }.last
            return SpeakerPhrase(
                range: start..<last, kind: .description, mention: embedded, typeOrder: noun.types, ruleID: noun.ruleID, head: position)
        }
        if let phrase = plainPhrase(endingAt: position, floor: floor) { return phrase }
        if tokens.isCapitalized(position) {
            var start = position
            // Back over capitalized words, and hyphenated particles ("Abu Karrar al-Amiri").
            while start - 1 >= floor, position - start < 6, tokens.mentionAt[start - 1] == nil {
                if tokens.isCapitalized(start - 1), isPlainWord(start - 1) {
                    start -= 1
                } else if start - 2 >= floor, tokens.texts[start - 1] == "-", tokens.tokens[start - 2].kind == .word {
                    start -= 2
                } else {
                    break
                }
            }
            if !tokens.isCapitalized(start) { start += 2 }
            return SpeakerPhrase(range: start..<last, kind: .name)
        }
        return nil
    }

    /// A noun phrase no lexicon knows, ending at `position`: from a determiner ("the coast
    /// guard", "the analyst Dana Frey") or from the sentence start ("State television").
    private func plainPhrase(endingAt position: Int, floor: Int) -> SpeakerPhrase? {
        var start = position
        while start >= floor, position - start < 5, isPlainWord(start) {
            if lexicon.determiners.contains(tokens.lower[start]) { return phrase(start..<position + 1) }
            start -= 1
        }
        // "…, aid workers said": a short phrase right after a comma.
        if start >= floor, start < position, tokens.texts[start] == ",", position - start <= 3 { return phrase(start + 1..<position + 1) }
        // Back to the sentence start or to the edge the caller set (the end of a quotation).
        let sentenceStart = max(floor, tokens.sentenceRange[tokens.sentence[position]].lowerBound)
        if start + 1 == sentenceStart, start + 1 <= position, tokens.isCapitalized(sentenceStart) || tokens.mentionAt[sentenceStart] != nil,
            position - sentenceStart < 5
        {
            return phrase(sentenceStart..<position + 1)
        }
        return nil
    }

    /// A plain phrase as a speaker: a name at its end after lowercase words is an
    /// apposition ("the analyst | Dana Frey") and the speaker is the name.
    private func phrase(_ range: Range<Int>) -> SpeakerPhrase {
        if range.allSatisfy({ tokens.isCapitalized($0) }) { return SpeakerPhrase(range: range, kind: .name) }
        var nameStart = range.upperBound
        while nameStart > range.lowerBound + 1, tokens.isCapitalized(nameStart - 1) { nameStart -= 1 }
        if nameStart < range.upperBound, nameStart > range.lowerBound,
            !tokens.isCapitalized(nameStart - 1) || lexicon.determiners.contains(tokens.lower[nameStart - 1])
        {
            return SpeakerPhrase(range: nameStart..<range.upperBound, kind: .name)
        }
        return SpeakerPhrase(range: range, kind: .description, head: range.upperBound - 1)
    }

    private func isPlainWord(_ index: Int) -> Bool {
        let word = tokens.lower[index]
        return tokens.tokens[index].kind == .word && !tokens.inQuote[index] && tokens.cueAt[index] == nil && !lexicon.skips.contains(word)
            && !lexicon.prepositions.contains(word) && !lexicon.complementizers.contains(word) && lexicon.pronouns[word] == nil
            && !lexicon.conjunctions.contains(word) && !lexicon.subordinators.contains(word)
    }

    /// The phrase starting at token `start`, ending before `limit`.
    package func after(_ start: Int, limit: Int) -> SpeakerPhrase? {
        guard start < limit, start < tokens.count, !tokens.inQuote[start], !lexicon.prepositions.contains(tokens.lower[start]) else {
            return nil
        }
        if let pronoun = lexicon.pronouns[tokens.lower[start]] {
            return SpeakerPhrase(range: start..<start + 1, kind: .pronoun, typeOrder: pronoun.types, ruleID: pronoun.ruleID)
        }
        var position = start
        var skipped: Int? = nil
        while position < min(limit, start + 8) {
            if let mention = tokens.mentionAt[position] {
                let range = tokens.mentionTokens[mention]
                // "Iraqi | Prime Minister Mohammed Shia al-Sudani": a nationality before more name words modifies them.
                // So does a possessive before more words ("Russia's Foreign minister Sergey Lavrov").
                let possessive = tokens.possessive[range.upperBound - 1]
                if range.upperBound < limit, (tokens.mentions[mention].type == "NORP" && tokens.isCapitalized(range.upperBound))
                    || (possessive && tokens.isWord(range.upperBound) && lexicon.nouns[tokens.lower[range.upperBound]] == nil)
                {
                    skipped = mention
                    position = range.upperBound
                    continue
                }
                if range.upperBound < limit, let noun = lexicon.nouns[tokens.lower[range.upperBound]] {
                    return SpeakerPhrase(
                        range: start..<range.upperBound + 1, kind: .description, mention: mention, typeOrder: noun.types, ruleID: noun.ruleID,
                        head: range.upperBound)
                }
                // Titles before the name stay outside the speaker, as they stay outside the mention.
                return SpeakerPhrase(range: range.lowerBound..<range.upperBound, kind: .entity, mention: mention)
            }
            if let noun = lexicon.nouns[tokens.lower[position]] {
                var end = position + 1
                var linked: Int? = nil
                if end + 1 < limit, lexicon.links.contains(tokens.lower[end]) {
                    var target = end + 1
                    if target < limit, lexicon.determiners.contains(tokens.lower[target]) { target += 1 }
                    if target < limit, let mention = tokens.mentionAt[target] {
                        linked = mention
                        end = tokens.mentionTokens[mention].upperBound
                    }
                }
                let embedded = linked ?? (start..<position).compactMap { tokens.mentionAt[$0] }.last
                return SpeakerPhrase(
                    range: start..<end, kind: .description, mention: embedded, typeOrder: noun.types, ruleID: noun.ruleID, head: position)
            }
            if !tokens.isWord(position) || tokens.inQuote[position] || tokens.cueAt[position] != nil
                || lexicon.prepositions.contains(tokens.lower[position])
            {
                break
            }
            position += 1
        }
        if let skipped {
            let range = tokens.mentionTokens[skipped]
            return SpeakerPhrase(range: range.lowerBound..<range.upperBound, kind: .entity, mention: skipped)
        }
        if lexicon.determiners.contains(tokens.lower[start]) {
            var end = start + 1
            while end < limit, end - start < 6, isPlainWord(end), !lexicon.links.contains(tokens.lower[end]) { end += 1 }
            if end > start + 1 { return phrase(start..<end) }
        }
        if tokens.isCapitalized(start), isPlainWord(start), !tokens.inTimex[start] {
            var end = start + 1
            while end < limit, end - start < 6, tokens.isCapitalized(end) { end += 1 }
            return SpeakerPhrase(range: start..<end, kind: .name)
        }
        return nil
    }

    /// The first token of a description whose head is at `head`: back over modifiers
    /// ("senior", "U.S.", "Iranian-backed") to a determiner, at most five tokens.
    private func modifiersStart(head: Int, floor: Int) -> Int {
        var position = head - 1
        while position >= floor, head - position <= 5 {
            let word = tokens.lower[position]
            if lexicon.determiners.contains(word) { return position }
            let isModifier = tokens.mentionAt[position] != nil || tokens.texts[position] == "-"
                || (tokens.isWord(position) && !lexicon.skips.contains(word) && !lexicon.prepositions.contains(word)
                    && !lexicon.complementizers.contains(word) && tokens.cueAt[position] == nil)
            guard isModifier, !tokens.inQuote[position] else { break }
            position -= 1
        }
        return position + 1
    }
}
