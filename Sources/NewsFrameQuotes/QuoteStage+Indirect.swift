import NewsFrameCore

/// Reported speech without quote marks: a cue with a speaker before it and a clause after it
/// ("X said the US would…"), a clause, a comma, a speaker and a cue ("…, officials said"), and
/// "according to X". A cue after a comma or a conjunction takes the subject of an earlier cue
/// in the sentence, or the sentence's subject.
extension QuoteStage {
    func indirect(
        _ tokens: QuoteTokens, _ finder: SpeakerFinder, skipping: Set<Int>
    ) -> [(Quotation, Attribution, Range<Int>)] {
        var result: [(Quotation, Attribution, Range<Int>)] = []
        for (sentenceIndex, range) in tokens.sentenceRange.enumerated() where !skipping.contains(sentenceIndex) {
            var end = range.upperBound
            while end > range.lowerBound, tokens.tokens[end - 1].kind == .punctuation { end -= 1 }
            // Several cues may report in one sentence ("…, CENTCOM said, adding that …"); a cue
            // inside a clause already reported reports nothing of its own.
            var inherited: SpeakerPhrase? = nil
            var covered: [Range<Int>] = []
            for position in range where !tokens.inQuote[position] && !covered.contains(where: { $0.contains(position) }) {
                guard let (cue, length) = tokens.cueAt[position] else { continue }
                guard let found = reported(position, length, cue, range.lowerBound, end, tokens, finder, inherited: inherited) else { continue }
                let words = found.content.filter { tokens.isWord($0) }.count
                guard words >= indirectMinWords else { continue }
                let quotation = Quotation(
                    start: tokens.tokens[found.content.lowerBound].start, end: tokens.tokens[found.content.upperBound - 1].end,
                    kind: .indirect, rule: lexicon.cues[cue].ruleID)
                result.append((quotation, found.attribution, found.content))
                inherited = found.attribution.speaker
                covered.append(found.content)
            }
        }
        return result
    }

    /// The reported clause of the cue at `position`, and its attribution.
    func reported(
        _ position: Int, _ length: Int, _ cue: Int, _ floor: Int, _ end: Int, _ tokens: QuoteTokens, _ finder: SpeakerFinder,
        inherited: SpeakerPhrase?
    ) -> (content: Range<Int>, attribution: Attribution)? {
        let entry = lexicon.cues[cue]
        let cueTokens = cueRange(position, length, tokens)
        if entry.sourceAfter {
            // "According to X, CLAUSE." / "CLAUSE, according to X."
            guard let speaker = finder.after(position + length, limit: end) else { return nil }
            let attribution = Attribution(speaker: speaker, cue: cueTokens, cueIndex: cue, pattern: "indirect/source")
            if position == floor, speaker.range.upperBound < end, tokens.texts[speaker.range.upperBound] == "," {
                return (speaker.range.upperBound + 1..<end, attribution)
            }
            if position - 1 > floor, tokens.texts[position - 1] == "," {
                return (afterDateline(floor, position - 1, tokens)..<position - 1, attribution)
            }
            return nil
        }
        // "CLAUSE, X said [in a statement] [on Monday]."
        if let speaker = finder.before(position, floor: floor), case let comma = speaker.range.lowerBound - 1
            - (lexicon.determiners.contains(tokens.lower[max(floor, speaker.range.lowerBound - 1)]) ? 1 : 0),
            comma > floor, tokens.texts[comma] == ",", isTail(from: cueTokens.upperBound, to: end, tokens)
        {
            return (
                afterDateline(floor, comma, tokens)..<comma,
                Attribution(speaker: speaker, cue: cueTokens, cueIndex: cue, pattern: "indirect/after")
            )
        }
        // "CLAUSE, said X."
        if position - 1 > floor, tokens.texts[position - 1] == ",", let speaker = finder.after(cueTokens.upperBound, limit: end),
            speaker.kind != .pronoun, isTail(from: speaker.range.upperBound, to: end, tokens)
        {
            return (
                afterDateline(floor, position - 1, tokens)..<position - 1,
                Attribution(speaker: speaker, cue: cueTokens, cueIndex: cue, pattern: "indirect/after-inverted")
            )
        }
        // "X said (that) CLAUSE."; after a comma or a conjunction ("…, adding that", "blamed … and
        // said"), the subject is the earlier cue's speaker in the sentence, or the sentence's subject.
        var pattern = "indirect/before"
        var found = finder.before(position, floor: floor)
        if found == nil, position - 1 > floor, tokens.texts[position - 1] == "," || lexicon.conjunctions.contains(tokens.lower[position - 1]) {
            if let inherited {
                found = inherited
                pattern = "indirect/participle"
            } else if let subject = sentenceSubject(floor: afterDateline(floor, position, tokens), limit: position - 1, tokens, finder) {
                found = subject
                pattern = "indirect/subject"
            }
        }
        guard let speaker = found else { return nil }
        var start = cueTokens.upperBound
        if let that = (start..<min(end, start + 8)).first(where: { lexicon.complementizers.contains(tokens.lower[$0]) }),
            !(start..<that).contains(where: { tokens.tokens[$0].kind == .punctuation || tokens.cueAt[$0] != nil })
        {
            start = that + 1
        } else {
            // Without "that", the clause must open with a subject: a pronoun, a determiner, a name.
            while start < end, tokens.inTimex[start] { start += 1 }
            // A that-only cue still takes a clause with a pronoun subject ("claimed it attacked").
            let pronounSubject = start + 1 < end && lexicon.pronouns[tokens.lower[start]] != nil && tokens.tokens[start + 1].kind == .word
                && !lexicon.prepositions.contains(tokens.lower[start + 1])
            guard entry.bareClause || pronounSubject, start < end, lexicon.pronouns[tokens.lower[start]] != nil
                || lexicon.determiners.contains(tokens.lower[start]) || tokens.mentionAt[start] != nil || tokens.isCapitalized(start)
                || tokens.tokens[start].kind == .number
            else { return nil }
        }
        guard start < end else { return nil }
        return (start..<end, Attribution(speaker: speaker, cue: cueTokens, cueIndex: cue, pattern: pattern))
    }

    /// Past a dateline ("WASHINGTON (NewsFrame Wire) — "): a dash within the first fourteen tokens
    /// of a sentence, after a parenthesis or an all-capitals word, ends it.
    func afterDateline(_ start: Int, _ end: Int, _ tokens: QuoteTokens) -> Int {
        for position in start..<min(end - 1, start + 14) where lexicon.dashes.contains(tokens.texts[position]) {
            let previous = tokens.texts[position - 1 < start ? start : position - 1]
            if previous == ")" || (previous.count > 1 && previous == previous.uppercased()) { return position + 1 }
            return start
        }
        return start
    }

    /// Whether only a short tail follows the cue to the sentence end ("in a statement",
    /// "on Monday"), so the clause before it is what was said.
    func isTail(from start: Int, to end: Int, _ tokens: QuoteTokens) -> Bool {
        guard start < end else { return true }
        // ", adding that …", ", and all but one …": a second cue or clause takes over after the comma.
        if tokens.texts[start] == ",", start + 1 < end, tokens.cueAt[start + 1] != nil || lexicon.conjunctions.contains(tokens.lower[start + 1]) {
            return true
        }
        guard lexicon.prepositions.contains(tokens.lower[start]) || tokens.inTimex[start] else { return false }
        // The next comma after this token: a comma inside a date ("Oct. 15, 2024") is the start
        // itself, and scanning from it again would never end.
        var position = start + 1
        while position < end, tokens.texts[position] != "," { position += 1 }
        if position < end { return isTail(from: position, to: end, tokens) }
        return end - start <= 6 && !(start..<end).contains { lexicon.complementizers.contains(tokens.lower[$0]) }
    }
}
