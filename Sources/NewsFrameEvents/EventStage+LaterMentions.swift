import NewsFrameCore

/// "A shooting at a bank on Monday left three people dead. … The gunman was a 23-year-old
/// employee. … A rifle was found beside him": reports often give who attacked and with what
/// only in sentences after the one that tells the attack. A frame that names no actor takes the
/// first definite perpetrator noun ("the gunman", "the attacker", "the suspected bomber", class
/// `perpetrator`) of its mention's sentence and those that follow; one that names no weapon, the
/// first weapon of a later sentence that a verb of impact in the past has as subject (class
/// `impact`: "a rocket landed on the house") or a verb of use (class `means`) or of attack acted
/// on ("they had buried a mine by the bridge"; in the attack's own sentence the parse rules
/// place weapons). Those sentences run from the attack's first mention up to the next attack the
/// report tells, at most `laterReach` sentences on.
extension EventStage {
    /// The rule of an actor read from a later definite perpetrator noun.
    static let perpetratorRule = "events/perpetrator-mention"
    /// The rule of a weapon read from a later clause.
    static let laterWeaponRule = "events/weapon-mention"

    /// How many sentences after an attack's mention a later mention may tell of it.
    static let laterReach = 3

    func fillFromLaterMentions(_ frames: inout [FrameDraft], _ syntax: EventSyntax?, _ tokens: EventTokens, _ context: ArgumentContext) {
        guard let syntax else { return }
        // The sentences where each attack is told: a noun there belongs to that attack.
        let told = frames.indices.filter { frames[$0].type == "ATTACK" }.map { index in
            (index, ([frames[index].mention.range] + frames[index].folded).map { tokens.sentence[$0.lowerBound] })
        }
        for (index, sentences) in told where !frames[index].foldOnly {
            guard let first = sentences.min() else { continue }
            // (Up to the next sentence that tells another attack.)
            let others = told.filter { $0.0 != index }.flatMap(\.1).filter { $0 > first }
            let last = min(first + Self.laterReach, (others.min() ?? .max) - 1, tokens.sentenceRange.count - 1)
            guard last >= first else { continue }
            let span = tokens.sentenceRange[first].lowerBound..<tokens.sentenceRange[last].upperBound
            // (Nor a word of an attack mention: "the airstrike" is the attack, not its weapon.)
            let arguments = frames.flatMap { $0.arguments.map(\.range) + [$0.mention.range] + $0.folded }
            let taken = { (token: Int) in arguments.contains { $0.contains(token) } }
            // (An adjective of kind, "a terrorist attack", gives way: `kindActorRule`.)
            if frames[index].first("actor").map({ $0.rule.hasPrefix(Self.kindActorRule) }) ?? true, let noun = span.first(where: { token in
                tokens.has(token, "perpetrator") && tokens.isDefinite(before: token) && syntax.wordOfToken[token] >= 0
                    && ["NOUN", "PROPN"].contains(syntax.words[syntax.wordOfToken[token]].upos) && !taken(token)
            }) {
                frames[index].arguments.removeAll { $0.role == "actor" }
                describe(&frames[index], syntax.wordOfToken[noun], role: "actor", rule: Self.perpetratorRule, syntax, context)
            }
            if frames[index].first("weapon") == nil, let weapon = tokens.weaponTokens.indices.first(where: { weapon in
                let range = tokens.weaponTokens[weapon]
                guard span.contains(range.lowerBound), tokens.sentence[range.lowerBound] > first, !range.contains(where: taken),
                    let word = syntax.head(of: range)
                else { return false }
                // (What a verb of use or an attack verb acts on, not what someone had: "the victims
                // had pistols".)
                // (In the past: "militants are using bigger bombs" tells a habit.)
                guard let verb = syntax.head(word), syntax.words[verb].upos == "VERB", syntax.tree.tense(of: verb) == .past else { return false }
                if syntax.deprel(word) == "obj" {
                    return lexicon.isA(syntax.lemma(verb), "means") || lexicon.triggerTrie.longest(tokens.lowerIDs, from: syntax.words[verb].token) != nil
                }
                return syntax.deprel(word) == "nsubj" && lexicon.isA(syntax.lemma(verb), "impact")
            }) {
                frames[index].add(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: Self.laterWeaponRule, tokens))
            }
        }
    }
}
