import NewsFrameCore

/// Resolves a speaker phrase to the entity it refers to, and says which rule did:
/// a name is itself (`resolve/entity`); a description naming or embedding a compatible
/// entity is that entity (`resolve/appositive`); a pronoun or a bare description takes the
/// most recent compatible mention before it, subjects before objects of prepositions
/// (`resolve/antecedent`), else the previous compatible speaker (`resolve/previous-speaker`).
package struct SpeakerResolver {
    package init(lexicon: QuoteLexicon, tokens: QuoteTokens) {
        self.lexicon = lexicon
        self.tokens = tokens
    }

    package struct Resolved {
        package var canonical: String
        package var type: String?
        package var rule: String
    }

    package let lexicon: QuoteLexicon
    package let tokens: QuoteTokens

    /// How far back a pronoun or description looks at most, in mentions and in speakers.
    /// Ordinary articles never reach these bounds; they keep a 16 MB document linear (each
    /// search once ran back to the document's start).
    static let mentionLookback = 400
    static let speakerLookback = 100

    typealias Speakers = [(canonical: String, type: String?, token: Int, head: String?)]

    /// The latest of the last `speakerLookback` speakers that `matches`.
    private func latest(_ previous: Speakers, where matches: ((canonical: String, type: String?, token: Int, head: String?)) -> Bool)
        -> (canonical: String, type: String?, token: Int, head: String?)?
    {
        previous.suffix(Self.speakerLookback).last(where: matches)
    }

    package func resolve(
        _ speaker: SpeakerPhrase, text: ScalarText, previous: [(canonical: String, type: String?, token: Int, head: String?)]
    ) -> Resolved? {
        switch speaker.kind {
        case .entity:
            let mention = tokens.mentions[speaker.mention!]
            return Resolved(canonical: mention.canonical, type: mention.type, rule: "resolve/entity")
        case .name:
            let first = tokens.tokens[speaker.range.lowerBound]
            let last = tokens.tokens[speaker.range.upperBound - 1]
            // Two or three capitalized words no gazetteer knows are most often a person's name.
            let words = speaker.range.filter { tokens.isCapitalized($0) }.count
            return Resolved(canonical: text.slice(first.start, last.end).collapsingWhitespace, type: (2...3).contains(words) ? "PERSON" : nil, rule: "resolve/name")
        case .description, .pronoun:
            if let index = speaker.mention {
                let mention = tokens.mentions[index]
                if speaker.types.contains(mention.type) {
                    return Resolved(canonical: mention.canonical, type: mention.type, rule: "resolve/appositive")
                }
                // "the Iraqi government", "militant groups in Iraq": a specific description of
                // something no lexicon names; it stands for itself rather than for an antecedent.
                var first = speaker.range.lowerBound
                if lexicon.determiners.contains(tokens.lower[first]) { first += 1 }
                let phrase = text.slice(tokens.tokens[first].start, tokens.tokens[speaker.range.upperBound - 1].end)
                return Resolved(canonical: phrase.collapsingWhitespace, type: speaker.types.sorted().first, rule: "resolve/description")
            }
            if speaker.kind == .description {
                // A bare plural with nothing specific ("officials said", "Analysts say") is generic.
                // "one of | its commanders": the description proper follows the partitive.
                var first = speaker.range.lowerBound
                if first + 2 < speaker.range.upperBound, lexicon.partitives.contains(tokens.lower[first + 1]) { first += 2 }
                guard lexicon.determiners.contains(tokens.lower[first]) else { return nil }
                // "its commanders", "their spokesman": the possessor is the group the pronoun refers to.
                if let possessive = lexicon.possessives[tokens.lower[first]], speaker.mention == nil {
                    return antecedent(before: speaker.range.lowerBound, types: possessive.types, previous: previous)
                }
                if let head = speaker.head, let found = sameHead(tokens.lower[head], before: speaker.range.lowerBound, previous: previous) {
                    return found
                }
            }
            if let found = antecedent(before: speaker.range.lowerBound, types: speaker.typeOrder, previous: previous) {
                return found
            }
            if let last = latest(previous, where: { $0.type.map(speaker.types.contains) ?? false }) {
                return Resolved(canonical: last.canonical, type: last.type, rule: "resolve/previous-speaker")
            }
            return nil
        }
    }

    /// The latest mention of a compatible type before `position` outside quotations;
    /// a mention that is not the object of a preposition wins over one that is.
    /// Types are tried in the lexicon's order ("it": an organization before a country), each
    /// within the pronoun's paragraph and the two before it. Earlier resolved speakers count
    /// as mentions ("the group said …" then "it claimed …").
    private func antecedent(
        before position: Int, types: [String], previous: [(canonical: String, type: String?, token: Int, head: String?)]
    ) -> Resolved? {
        let paragraph = position < tokens.count ? tokens.paragraph[position] : (tokens.paragraph.last ?? 0)
        // Past the window, a subject mention beats the object of a preposition ("posted on Telegram").
        var fallback: Resolved? = nil
        var fallbackIsObject = true
        for type in types {
            var best: (token: Int, resolved: Resolved)? = nil
            var index = tokens.lastMention(startingBefore: position)
            let floor = max(0, index - Self.mentionLookback)
            while index >= floor {
                let range = tokens.mentionTokens[index]
                defer { index -= 1 }
                guard range.upperBound <= position, tokens.mentions[index].type == type, !tokens.inQuote[range.lowerBound], !tokens.inDateline[range.lowerBound] else {
                    continue
                }
                // "Iran-aligned militias", "U.S.-led coalition": a name inside a modifier is no antecedent.
                if range.upperBound < tokens.count, tokens.texts[range.upperBound] == "-" { continue }
                let mention = tokens.mentions[index]
                let resolved = Resolved(canonical: mention.canonical, type: type, rule: "resolve/antecedent")
                // A name inside a relative clause ("…, whose members include A,") is as poor as an object.
                let weak = isObject(range.lowerBound) || tokens.inRelativeClause[range.lowerBound]
                if !weak, paragraph - tokens.paragraph[range.lowerBound] <= 2 {
                    best = (range.lowerBound, resolved)
                    break
                }
                if fallback == nil || (fallbackIsObject && !weak) {
                    fallback = resolved
                    fallbackIsObject = weak
                }
            }
            if let subject = describedSubject(before: position, type: type, previous: previous), subject.token > (best?.token ?? -1) {
                best = subject
            }
            if let speaker = latest(previous, where: { $0.type == type && $0.token < position }),
                paragraph - tokens.paragraph[speaker.token] <= 2, speaker.token > (best?.token ?? -1)
            {
                best = (speaker.token, Resolved(canonical: speaker.canonical, type: type, rule: "resolve/previous-speaker"))
            }
            if let best { return best.resolved }
        }
        return fallback
    }

    /// "The group, whose members include A and B, has claimed …. It warned": the latest
    /// sentence before `position` that opens with a description of `type` ("The group") has
    /// it as its subject, which stands for what the description resolves to.
    private func describedSubject(
        before position: Int, type: String, previous: [(canonical: String, type: String?, token: Int, head: String?)]
    ) -> (token: Int, resolved: Resolved)? {
        guard position > 0, position <= tokens.count else { return nil }
        let here = tokens.sentence[position - 1]
        // The pronoun's own sentence counts only when the pronoun is not its first word.
        let candidates = [here, here - 1].filter { $0 >= 0 && $0 < tokens.sentenceRange.count }
        for index in candidates {
            let start = tokens.sentenceRange[index].lowerBound
            guard start < position - 1 || index != here, start + 1 < tokens.count, lexicon.determiners.contains(tokens.lower[start]),
                let noun = lexicon.nouns[tokens.lower[start + 1]], noun.types.contains(type),
                tokens.paragraph[position - 1] - tokens.paragraph[start] <= 2
            else { continue }
            if let found = sameHead(tokens.lower[start + 1], before: start, previous: previous) {
                return (start, Resolved(canonical: found.canonical, type: found.type ?? type, rule: "resolve/antecedent"))
            }
        }
        return nil
    }

    /// "the command" after "U.S. Central Command", "the official" after "a U.S. defense
    /// official said": a definite description takes the latest name ending in its head
    /// word, or the latest speaker with the same head, within three paragraphs.
    private func sameHead(
        _ head: String, before position: Int, previous: [(canonical: String, type: String?, token: Int, head: String?)]
    ) -> Resolved? {
        let paragraph = position < tokens.count ? tokens.paragraph[position] : (tokens.paragraph.last ?? 0)
        var best: (token: Int, resolved: Resolved)? = nil
        var index = tokens.lastMention(startingBefore: position)
        while index >= 0 {
            let range = tokens.mentionTokens[index]
            index -= 1
            // Mentions are in text order: past three paragraphs back none can match.
            if paragraph - tokens.paragraph[range.lowerBound] > 2 { break }
            guard range.upperBound <= position, tokens.lower[range.upperBound - 1] == head else { continue }
            let mention = tokens.mentions[index + 1]
            best = (range.lowerBound, Resolved(canonical: mention.canonical, type: mention.type, rule: "resolve/same-head"))
            break
        }
        if let speaker = latest(previous, where: { $0.head == head && $0.token < position }), paragraph - tokens.paragraph[speaker.token] <= 2,
            speaker.token > (best?.token ?? -1)
        {
            best = (speaker.token, Resolved(canonical: speaker.canonical, type: speaker.type, rule: "resolve/same-head"))
        }
        return best?.resolved
    }

    /// Whether the mention starting at `first` is the object of a preposition or of a speech
    /// cue ("confirmed to the Associated Press", "told Newsweek"): a poor antecedent.
    private func isObject(_ first: Int) -> Bool {
        var before = first - 1
        if before >= 0, lexicon.determiners.contains(tokens.lower[before]) { before -= 1 }
        guard before >= 0 else { return false }
        if lexicon.prepositions.contains(tokens.lower[before]) { return true }
        return (max(0, before - 2)...before).contains { start in tokens.cueAt[start].map { start + $0.length == before + 1 } ?? false }
    }
}
