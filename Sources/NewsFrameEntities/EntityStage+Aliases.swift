import NewsFrameCore

/// Document-wide passes: acronyms defined in parentheses, surnames, names a person is "known as".
extension EntityStage {
    /// Acronyms defined in parentheses after a mention, and surnames of full names met
    /// earlier, become mentions wherever they recur in the document.
    func documentAliases(_ chosen: inout [Candidate], _ tokens: EntityTokens, _ taken: inout [Bool]) -> [Candidate] {
        var aliases: [String: Candidate] = [:]
        var firstNames: [String: Candidate] = [:]
        var ambiguous: Set<String> = []
        var firstNameAliases: [String: Candidate] = [:]
        var added: [Candidate] = []
        added += otherNames(&chosen, tokens, &taken)
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
                // The first name alone ("Tamerlan") is the person's too, when one person of the
                // document has it.
                let given = tokens.text(mention.first)
                if firstNames[given] == nil { firstNames[given] = alias } else if firstNames[given]?.canonical != alias.canonical { ambiguous.insert(given) }
            }
        }
        for (given, alias) in firstNames where !ambiguous.contains(given) && aliases[given] == nil { firstNameAliases[given] = alias }
        guard !aliases.isEmpty else { return added }
        // A one-word person found by another rule ("Marsh said") is still the full name's, and
        // so is a one-word town of the same name ("Austin" after "Lloyd Austin").
        for (position, mention) in chosen.enumerated() where mention.last - mention.first == 1 {
            let isPerson = mention.type == "PERSON" && mention.canonical == nil
            let isTown = mention.type == "GPE" && mention.entry.map { lexicon.entries[$0].place != nil } == true
            guard isPerson || isTown, let alias = aliases[tokens.text(mention.first)], alias.type == "PERSON" else { continue }
            chosen[position].type = "PERSON"
            chosen[position].canonical = alias.canonical
            chosen[position].rule = Self.surnameRule
            chosen[position].entry = nil
        }
        // Surnames and acronyms are capitalized words: other tokens need no lookup.
        // (A month or weekday is not the surname it spells: "May 22" after "Theresa May".) A first
        // name alone must be a proper noun to the parse, followed by no other name.
        for index in 0..<tokens.count where !taken[index] && tokens.isCapitalized(index) && !lexicon.nonNameWord(tokens.ids[index]) {
            let text = tokens.text(index)
            let firstName = firstNameAliases[text].flatMap { alias in
                tokens.isProperNoun[index] && (index + 1 == tokens.count || !tokens.isCapitalized(index + 1)) ? alias : nil
            }
            guard let alias = aliases[text] ?? firstName else { continue }
            taken[index] = true
            added.append(Candidate(
                first: index, last: index + 1, type: alias.type, canonical: alias.canonical, title: nil, priority: alias.priority,
                source: 3, rule: alias.type == "PERSON" ? Self.surnameRule : Self.acronymAliasRule))
        }
        return added
    }

    /// "Qasim al-Rubaie, known as Abu Haidar": the other name, there and wherever it recurs,
    /// takes the person's canonical name (`entities-alias-cues.tsv`).
    func otherNames(_ chosen: inout [Candidate], _ tokens: EntityTokens, _ taken: inout [Bool]) -> [Candidate] {
        var names: [[String]: (canonical: String, rule: String)] = [:]
        for mention in chosen where mention.type == "PERSON" {
            var position = mention.last
            if position < tokens.count, tokens.isText(position, ",") { position += 1 }
            guard let (payload, length) = lexicon.aliasCueTrie.longest(tokens.lowerIDs, from: position) else { continue }
            let start = position + length
            guard start < tokens.count, tokens.sentence[start] == tokens.sentence[mention.first], let end = nameRun(tokens, from: start) else { continue }
            names[(start..<end).map { tokens.text($0) }] = (canonicalText(mention, tokens), lexicon.aliasCues[payload].ruleID)
        }
        guard !names.isEmpty else { return [] }
        let text = { (first: Int, last: Int) in (first..<last).map { tokens.text($0) } }
        // Mentions other rules found with exactly that name take the person's canonical.
        for (position, mention) in chosen.enumerated() {
            guard let name = names[text(mention.first, mention.last)] else { continue }
            chosen[position].type = "PERSON"
            chosen[position].canonical = name.canonical
            chosen[position].rule = name.rule
            chosen[position].entry = nil
        }
        var added: [Candidate] = []
        let positions = capitalizedPositions(tokens)
        for (words, name) in names.sorted(by: { $0.key.joined(separator: " ") < $1.key.joined(separator: " ") }) {
            for range in occurrences(of: words, tokens, positions) where range.allSatisfy({ !taken[$0] }) {
                for position in range { taken[position] = true }
                added.append(Candidate(
                    first: range.lowerBound, last: range.upperBound, type: "PERSON", canonical: name.canonical, title: nil, priority: 1,
                    source: 3, rule: name.rule))
            }
        }
        return added
    }

    func canonicalText(_ candidate: Candidate, _ tokens: EntityTokens) -> String {
        if let canonical = candidate.canonical { return canonical }
        var text = ""
        for index in candidate.first..<candidate.last {
            if index > candidate.first, tokens.tokens[index].start > tokens.tokens[index - 1].end { text += " " }
            text += tokens.text(index)
        }
        return text
    }
}
