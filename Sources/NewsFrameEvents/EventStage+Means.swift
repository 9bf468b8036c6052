import NewsFrameCore

/// What armed an attack and who carried it out, told in a clause beside the trigger rather than
/// in its own phrases: a participle of means ("attacked the post, throwing grenades"), however
/// the parser hung it, and the subject of a clause of time or cause on a verb of harm ("killed
/// after mortar rounds fell", "died when the bomber blew himself up").
extension EventStage {
    /// The weapons the participles of means hung on `word` by `relations` name.
    func addMeans(_ draft: inout FrameDraft, of word: Int, _ relations: [String], rule: String, _ syntax: EventSyntax, _ tokens: EventTokens) {
        for clause in syntax.tree.dependents(of: word, relations) {
            if let weapon = meansWeapon(clause, syntax, tokens) { draft.add(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: rule, tokens)) }
        }
    }

    /// "Five people were killed after mortar rounds fell near a school", "died when a
    /// rocket hit the house": a weapon that is the subject of a clause of time or cause on a
    /// verb of harm is what did the harm; so is one who attacks ("were killed when a suicide
    /// bomber blew himself up"), its actor.
    func harmClause(_ draft: inout FrameDraft, of verb: Int, _ syntax: EventSyntax, _ context: ArgumentContext) {
        let tokens = context.tokens
        for clause in syntax.tree.dependents(of: verb, ["advcl", "ccomp"]) {
            // (Opened by a word of time or cause, "after", "when", "as", which the parser may make
            // an adverb of the clause or of its subject, and the clause a complement: "were
            // killed … when rebels on Sunday set off a mine".)
            guard let subject = syntax.tree.subject(of: clause),
                let opener = syntax.tree.dependent(of: clause, ["mark"]) ?? syntax.tree.dependent(of: clause, ["advmod"])
                    ?? syntax.tree.dependent(of: subject, ["advmod"]),
                opener < subject,
                tokens.has(syntax.words[opener].token, "clause")
            else { continue }
            let token = syntax.words[subject].token
            if draft.first("weapon") == nil, let weapon = tokens.weaponAt[token] {
                draft.add(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: "events/parse-harm-clause-weapon", tokens))
                return
            }
            let group = tokens.base.mentionAt[token].map { tokens.base.mentions[$0].type == "ORG" } ?? false
            if draft.first("actor") == nil, tokens.has(token, "actor") || group, syntax.tree.voice(of: clause) == .active {
                fill(&draft, subject, role: "actor", rule: "events/parse-harm-clause-actor", syntax, context)
                return
            }
        }
    }

    /// "attacked the regiment on the town's outskirts at dawn, throwing grenades": a participle
    /// of means the parser hung on a phrase of the attack verb, not on the verb itself, still
    /// names the attack's means (up to two clauses down from the verb).
    func deepMeans(_ draft: inout FrameDraft, of verb: Int, _ syntax: EventSyntax, _ tokens: EventTokens) {
        var frontier = [(verb, 0)]
        while let (word, depth) = frontier.popLast() {
            for child in syntax.tree.children[word] where ["advcl", "xcomp", "conj", "obl", "nmod"].contains(syntax.deprel(child)) {
                if depth > 0 || !["advcl", "xcomp"].contains(syntax.deprel(child)), let weapon = meansWeapon(child, syntax, tokens) {
                    draft.add(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: "events/parse-deep-means", tokens))
                    return
                }
                if depth < 1 { frontier.append((child, depth + 1)) }
            }
        }
        // (Where the parser made the participle no clause at all, "throwing" a compound of
        // "grenades", the words still say it: a participle of means right before a weapon, later
        // in the attack verb's sentence.)
        let start = syntax.words[verb].token
        let sentence = tokens.sentenceRange[tokens.sentence[start]]
        for position in (start + 1)..<sentence.upperBound {
            let word = syntax.wordOfToken[position]
            guard word >= 0, syntax.words[word].xpos == "VBG" else { continue }
            guard lexicon.isA(syntax.lemma(word), "means") else { return }
            for next in (position + 1)..<min(position + 4, sentence.upperBound) {
                if let weapon = tokens.weaponAt[next] {
                    draft.add(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: "events/parse-deep-means", tokens))
                    return
                }
                let after = syntax.wordOfToken[next]
                guard after >= 0, ["DET", "NUM", "ADJ"].contains(syntax.words[after].upos) else { return }
            }
            return
        }
    }

    /// The weapon a participle of means names as its object ("a bus | using an improvised
    /// explosive device"), the means of the attack rather than part of what it hit; a
    /// participle of another verb ("prompting airstrikes", "carrying explosives") names none.
    func meansWeapon(_ clause: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Int? {
        guard syntax.words[clause].xpos == "VBG", lexicon.isA(syntax.lemma(clause), "means"), let object = syntax.tree.object(of: clause) else { return nil }
        return tokens.weaponAt[syntax.words[object].token]
    }
}
