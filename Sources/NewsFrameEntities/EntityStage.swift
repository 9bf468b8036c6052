import NewsFrameCore

/// Named mentions and weapon nouns, with types, titles, counts and canonical names.
///
/// Several sources propose mentions: the gazetteers (one trie over tokens, case-sensitive
/// for names, case-insensitive for weapon nouns), titles before a run of capitalized name
/// tokens (PERSON, title kept apart), capitalized runs ending in a head noun ("…
/// Brigades" ORG, "… air base" FAC), runs next to a speech cue, and runs that start with a
/// given name ("Salman Abedi"). Overlaps resolve by priority, then length, then
/// position. Two passes then work per document: acronyms defined in parentheses become
/// aliases, and a later surname links to the full name it belongs to. Capitalized words alone
/// never make a mention, so headlines and sentence starts cannot flood the output.
public struct EntityStage: Stage {
    public static let name = "entities"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = [.tokens, .sentences]
    public static let provides: Set<AnnotationKind> = [.entities]

    static let acronymRule = "entities/acronym-definition"
    static let acronymAliasRule = "entities/acronym-alias"
    static let surnameRule = "entities/surname-link"

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
    }

    public func process(_ document: AnalyzedDocument) throws -> AnnotationSet {
        let tokens = EntityTokens(document, vocabulary: lexicon.vocabulary)
        var candidates: [Candidate] = []
        for index in 0..<tokens.count {
            gazetteerCandidates(tokens, index, into: &candidates)
            guard tokens.isMixedCase(sentenceOf: index) else { continue }
            if let titled = titleCandidate(tokens, index) { candidates.append(titled) }
            if let headed = headCandidate(tokens, index) { candidates.append(headed) }
            cueCandidates(tokens, index, into: &candidates)
            if let named = givenNameCandidate(tokens, index) { candidates.append(named) }
        }
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
        chosen += documentAliases(&chosen, tokens, &taken)
        chosen.sort { $0.first < $1.first }
        let mentions = chosen.map { candidate -> EntityMention in
            let (start, end) = tokens.span(candidate.first, candidate.last)
            let text = document.text.slice(start, end)
            return EntityMention(
                start: start, end: end, type: candidate.type, canonical: candidate.canonical ?? text, title: candidate.title,
                count: candidate.type == "WEAPON" ? count(before: candidate.first, tokens) : nil, rule: candidate.rule)
        }
        return AnnotationSet(entities: mentions)
    }

    private func gazetteerCandidates(_ tokens: EntityTokens, _ index: Int, into result: inout [Candidate]) {
        guard tokens.ids[index] >= 0 || tokens.lowerIDs[index] >= 0 else { return }
        func add(_ found: (payload: Int, length: Int)?) {
            guard let (payload, length) = found, tokens.sentence[index + length - 1] == tokens.sentence[index] else { return }
            let entry = lexicon.entries[payload]
            result.append(Candidate(
                first: index, last: index + length, type: entry.type, canonical: entry.canonical, title: nil,
                priority: entry.priority, source: 0, rule: entry.ruleID))
        }
        add(lexicon.sensitive.longest(tokens.ids, from: index))
        add(lexicon.insensitive.longest(tokens.lowerIDs, from: index))
    }

    /// "Defense Secretary Lloyd Austin", "spokesman Brig. Gen. Pat Ryder": titles, stacked,
    /// then a name.
    private func titleCandidate(_ tokens: EntityTokens, _ index: Int) -> Candidate? {
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

    /// "Salman Abedi", "Timothy McVeigh": a name run that starts with a given name, of two
    /// words or more, ending before a head noun, a calendar word or a name of another type.
    private func givenNameCandidate(_ tokens: EntityTokens, _ index: Int) -> Candidate? {
        guard let rule = lexicon.givenName(tokens.ids[index]), tokens.isCapitalized(index), var end = nameRun(tokens, from: index) else {
            return nil
        }
        for position in index + 1..<end {
            let otherName = lexicon.sensitive.longest(tokens.ids, from: position).map { lexicon.entries[$0.payload].type != "PERSON" } ?? false
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
    private func cueCandidates(_ tokens: EntityTokens, _ index: Int, into result: inout [Candidate]) {
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
            if !sentenceEnds, let end = nameRun(tokens, from: first),
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
            if start < index, nameRun(tokens, from: start) == index {
                result.append(Candidate(first: start, last: index, type: "PERSON", canonical: nil, title: nil, priority: 1, source: 4, rule: cue.ruleID))
            }
        }
    }

    /// A capitalized name ending in a head noun: "Sayyid Ali Brigades", "al-Shaddadi base".
    private func headCandidate(_ tokens: EntityTokens, _ index: Int) -> Candidate? {
        guard let end = nameRun(tokens, from: index) else { return nil }
        // A run that is only a country or nationality ("U.S. base") names no facility.
        if let (payload, length) = lexicon.sensitive.longest(tokens.ids, from: index), length == end - index,
            ["GPE", "NORP"].contains(lexicon.entries[payload].type)
        {
            return nil
        }
        // Capitalized heads ("Brigades") are inside the run, lowercase ones ("base") follow it:
        // take the head that ends furthest, at least one name word before it.
        var best: (payload: Int, end: Int)? = nil
        for split in (index + 1)...end {
            let head = lexicon.headsSensitive.longest(tokens.ids, from: split, limit: 3)
                ?? lexicon.headsInsensitive.longest(tokens.lowerIDs, from: split, limit: 3)
            guard let (payload, length) = head, tokens.sentence[split + length - 1] == tokens.sentence[index] else { continue }
            if best == nil || split + length > best!.end { best = (payload, split + length) }
        }
        guard let best else { return nil }
        // A known entity ending where the candidate ends ("Iranian | Islamic Revolutionary Guard
        // Corps") is the better reading: the gazetteer knows it.
        for inner in (index + 1)..<best.end {
            if let (_, length) = lexicon.sensitive.longest(tokens.ids, from: inner), inner + length == best.end { return nil }
        }
        // A known facility or organization with its head noun added ("Harir" + "Airbase")
        // keeps the canonical name the gazetteer gives it.
        let type = lexicon.heads[best.payload].type
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
    private func afterParticles(_ tokens: EntityTokens, _ start: Int) -> Int? {
        var position = start
        while position < tokens.count, lexicon.particle(tokens.lowerIDs[position]) { position += 1 }
        return position < tokens.count ? position : nil
    }

    /// Acronyms defined in parentheses after a mention, and surnames of full names met
    /// earlier, become mentions wherever they recur in the document.
    private func documentAliases(_ chosen: inout [Candidate], _ tokens: EntityTokens, _ taken: inout [Bool]) -> [Candidate] {
        var aliases: [String: Candidate] = [:]
        var added: [Candidate] = []
        for mention in chosen.sorted(by: { $0.first < $1.first }) where mention.type != "WEAPON" {
            let open = mention.last
            if open + 2 < tokens.count, tokens.isText(open, "("), tokens.isText(open + 2, ")"), isAcronym(tokens.text(open + 1)) {
                let acronym = tokens.text(open + 1)
                var alias = mention
                alias.canonical = mention.canonical ?? (mention.first..<mention.last).map { tokens.text($0) }.joined(separator: " ")
                alias.title = nil
                aliases[acronym] = alias
                if !taken[open + 1] {
                    taken[open + 1] = true
                    added.append(Candidate(
                        first: open + 1, last: open + 2, type: mention.type, canonical: alias.canonical, title: nil,
                        priority: mention.priority, source: 3, rule: Self.acronymRule))
                }
            }
            if mention.type == "PERSON", mention.last - mention.first >= 2, tokens.isCapitalized(mention.last - 1) {
                var alias = mention
                alias.canonical = canonicalText(mention, tokens)
                alias.title = nil
                aliases[tokens.text(mention.last - 1)] = alias
            }
        }
        guard !aliases.isEmpty else { return added }
        // A one-word person found by another rule ("Marsh said") is still the full name's.
        for (position, mention) in chosen.enumerated()
        where mention.type == "PERSON" && mention.canonical == nil && mention.last - mention.first == 1 {
            if let alias = aliases[tokens.text(mention.first)], alias.type == "PERSON" {
                chosen[position].canonical = alias.canonical
                chosen[position].rule = Self.surnameRule
            }
        }
        // Surnames and acronyms are capitalized words: other tokens need no lookup.
        for index in 0..<tokens.count where !taken[index] && tokens.isCapitalized(index) {
            guard let alias = aliases[tokens.text(index)] else { continue }
            taken[index] = true
            added.append(Candidate(
                first: index, last: index + 1, type: alias.type, canonical: alias.canonical, title: nil, priority: alias.priority,
                source: 3, rule: alias.type == "PERSON" ? Self.surnameRule : Self.acronymAliasRule))
        }
        return added
    }

    private func canonicalText(_ candidate: Candidate, _ tokens: EntityTokens) -> String {
        if let canonical = candidate.canonical { return canonical }
        var text = ""
        for index in candidate.first..<candidate.last {
            if index > candidate.first, tokens.tokens[index].start > tokens.tokens[index - 1].end { text += " " }
            text += tokens.text(index)
        }
        return text
    }

    private func isAcronym(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return (2...8).contains(scalars.count) && scalars.allSatisfy { $0.properties.isUppercase || $0 == "-" }
    }

    /// A number right before a weapon mention, or before it and one modifier: "two drones",
    /// "a pair of drones", "three more rockets".
    private func count(before first: Int, _ tokens: EntityTokens) -> Int? {
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
        for head in lexicon.heads {
            guard let text = head.example, let name = head.expect else { continue }
            result.append(RuleExample(ruleID: head.ruleID, text: text, dct: nil, expectations: [.entity(text: name, type: head.type, canonical: nil)]))
        }
        return result
    }
}
