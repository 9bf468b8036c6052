import NewsFrameCore

/// "The assailants were armed with rifles", "all of them were armed with pistols", "militants
/// used rockets", "the attackers carried rifles": reports often say what the attackers carried
/// in a sentence of its own, with no attack word in it. What the armed ones (attackers by their
/// noun, or a pronoun) were armed with, used or bore (verbs of classes `means` and `bear`) is the
/// weapon of the attack told last before it, when that attack names none.
extension EventStage {
    func armAttackers(_ frames: inout [FrameDraft], _ syntax: EventSyntax?, _ tokens: EventTokens) {
        guard let syntax, frames.contains(where: { $0.type == "ATTACK" }) else { return }
        for word in syntax.words.indices {
            let armed = isArmed(word, syntax, tokens)
            // (In the past tense, or a participle in a clause in the past: "rebels are using ever
            // larger bombs" and "insurgents using drones have carried out raids" tell of no one attack.)
            let bearing = !armed && syntax.words[word].upos == "VERB" && ["means", "bear"].contains { lexicon.isA(syntax.lemma(word).lowercased(), $0) }
            // ("Two militants using rifles entered the camp": a participle that describes the
            // attackers tells what they bore then.)
            let participle = bearing && syntax.words[word].xpos == "VBG" && inPastClause(word, syntax, tokens)
            let bears = bearing && (syntax.words[word].xpos == "VBD" || (participle && syntax.deprel(word) == "acl"))
            // (Where the parse gives the verb no bearer, as in "the assailants used grenades" read
            // with "used" a participle modifying "grenades", the words decide as in an unparsed
            // sentence: attackers right before a past form or a participle, "militants using
            // rifles".)
            let misread = bearing && (["VBD", "VBN"].contains(syntax.words[word].xpos) || participle)
            guard armed || bears || misread else { continue }
            let token = syntax.words[word].token
            var weapons = (bears || armed) && syntax.words[word].isParsed ? weaponsBorne(by: word, armed: armed, syntax, tokens) : []
            if weapons.isEmpty, misread { weapons = weaponsBorne(afterVerb: token, tokens) }
            guard !weapons.isEmpty else { continue }
            // The attack told last before the sentence: its trigger or a mention folded into it.
            let told = frames.indices.filter { frames[$0].type == "ATTACK" }.compactMap { index -> (Int, Int)? in
                let before = ([frames[index].mention.range] + frames[index].folded).map(\.lowerBound).filter { $0 < token }
                return before.max().map { ($0, index) }
            }
            guard let latest = told.max(by: { $0.0 < $1.0 })?.1, frames[latest].first("weapon") == nil else { continue }
            frames[latest].arguments += weapons
        }
    }

    /// Whether the first verb after a participle in its sentence, the one its clause tells of,
    /// is a simple past ("two militants using rifles entered the camp").
    func inPastClause(_ word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        let sentence = tokens.sentence[syntax.words[word].token]
        var next = word + 1
        while next < syntax.words.count, tokens.sentence[syntax.words[next].token] == sentence {
            if ["VERB", "AUX"].contains(syntax.words[next].upos) { return syntax.words[next].xpos == "VBD" }
            next += 1
        }
        return false
    }

    /// In a parse: the weapons of the "with" phrases of "armed", or the objects of a verb of
    /// bearing, when its subject is attackers by their noun, or a pronoun.
    func weaponsBorne(by word: Int, armed: Bool, _ syntax: EventSyntax, _ tokens: EventTokens) -> [FrameDraft.Argument] {
        let bearer = syntax.tree.subject(of: word) ?? (["amod", "acl"].contains(syntax.deprel(word)) ? syntax.head(word) : nil)
        guard let bearer, tokens.has(syntax.words[bearer].token, "actor") || ["PRON", "DET"].contains(syntax.words[bearer].upos) else { return [] }
        let phrases = armed
            ? syntax.tree.dependents(of: word, ["obl"]).filter { phrase in
                syntax.preposition(phrase).map { tokens.has(syntax.words[$0].token, "instrument") } ?? false
            }
            : syntax.tree.dependents(of: word, ["obj"])
        var weapons: [FrameDraft.Argument] = []
        for phrase in phrases {
            for item in [phrase] + syntax.tree.dependents(of: phrase, ["conj"]) {
                for part in syntax.local(item) {
                    if let weapon = tokens.weaponAt[syntax.words[part].token] { addWeapon(weapon, to: &weapons, tokens) }
                }
            }
        }
        return weapons
    }

    /// In a sentence the syntax stage left unparsed (it holds no attack word): the weapons after a
    /// verb of bearing up to the clause's end, when attackers by their noun stand right before it.
    func weaponsBorne(afterVerb token: Int, _ tokens: EventTokens) -> [FrameDraft.Argument] {
        guard token > 0, tokens.isAttackerWord(token - 1) else { return [] }
        var weapons: [FrameDraft.Argument] = []
        var position = token + 1
        while position < tokens.count, tokens.sentence[position] == tokens.sentence[token], !tokens.has(position, "clause") {
            if let weapon = tokens.weaponAt[position] { addWeapon(weapon, to: &weapons, tokens) }
            position += 1
        }
        return weapons
    }

    private func addWeapon(_ weapon: Int, to weapons: inout [FrameDraft.Argument], _ tokens: EventTokens) {
        guard !weapons.contains(where: { $0.range == tokens.weaponTokens[weapon] }) else { return }
        weapons.append(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: "events/armed-attackers", tokens))
    }
}
