import NewsFrameCore
import NewsFrameQuotes

/// Roles of an attack told as a noun ("the attack on the base", "a Houthi missile attack",
/// "carried out an attack"): its possessor, the names, weapons, sites and doers before it, its
/// phrases, and what the verb it is the subject or object of says of it (a light verb's doer,
/// a verb of occurrence's place, a verb of damage's object).
extension EventStage {
    /// The rule of an actor read from a noun before an attack noun ("a militia attack").
    static let nominalActorRule = "events/parse-nominal-actor"

    /// The rule of an actor read from an adjective before an attack noun ("a terrorist
    /// attack"); it shares the nominal rule's prefix, so folds and claims treat it as one, and
    /// is dropped from the finished frame.
    static let kindActorRule = "events/parse-nominal-actor-kind"

    func nominalArguments(_ draft: inout FrameDraft, _ noun: Int, _ syntax: EventSyntax, _ context: ArgumentContext) {
        let tokens = context.tokens
        for child in syntax.tree.children[noun] {
            switch syntax.deprel(child) {
            case "nmod:poss":
                fill(&draft, child, role: "actor", rule: "events/parse-possessor", syntax, context)
            case "compound" where child < noun, "amod" where child < noun, "nmod:unmarked" where child < noun, "flat" where child < noun:
                // "Houthi missile attack", "U.S. strikes": a name or weapon before the noun.
                for word in syntax.local(child) {
                    let token = syntax.words[word].token
                    if let weapon = tokens.weaponAt[token] {
                        draft.add(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: "events/parse-nominal-weapon", tokens))
                    } else if let mention = tokens.base.mentionAt[token], tokens.base.mentions[mention].type == "GPE",
                        tokens.base.mentions[mention].feature != "country"
                            || (tokens.base.mentionTokens[mention].lowerBound > 0 && tokens.has(tokens.base.mentionTokens[mention].lowerBound - 1, "direction"))
                    {
                        // A place less than a country before the noun is where, not who: "the
                        // Orlando massacre", "the Kharkiv strike", a place no gazetteer lists or one
                        // a hand-written line names without saying what it is ("a Fallujah
                        // ambush"), a country a compass word places ("a northern Iraq bomb
                        // attack"); a country or a people stays the actor: "U.S. strikes".
                        if draft.first("location") == nil {
                            entityArgument(&draft, mention, role: "location", rule: "events/parse-nominal-place", tokens)
                        }
                    } else if let mention = tokens.base.mentionAt[token], tokens.base.mentions[mention].feature == "country",
                        syntax.preposition(noun).map({ tokens.has(syntax.words[$0].token, "place") }) == true
                            || isSiteBetween(tokens.base.mentionTokens[mention].upperBound, syntax.words[noun].token, tokens),
                        !isStateStrike(from: tokens.base.mentionTokens[mention].upperBound, through: syntax.words[noun].token, tokens)
                    {
                        // "killed in Kenya terror attack", "slain in Pakistan mosque bombing": a country
                        // before an attack noun of no state's arms, in a place phrase or before the
                        // site it hit ("Kolbe-land market blast kills 7"), is where; "in
                        // U.S. strikes", "in an Israel drone strike" (class `state_strike`) stay
                        // the state's, and so does "the U.S. killing of…".
                        if draft.first("location") == nil {
                            entityArgument(&draft, mention, role: "location", rule: "events/parse-nominal-place", tokens)
                        }
                    } else if let mention = tokens.base.mentionAt[token], draft.first("actor") == nil,
                        ["GPE", "ORG", "NORP", "PERSON"].contains(tokens.base.mentions[mention].type),
                        !statesActorNoun(mention, before: syntax.words[noun].token, tokens),
                        // ("the Kolbe Marathon bombing": a name of a gathering, class `gathering`, says at what.)
                        !tokens.has(tokens.base.mentionTokens[mention].upperBound - 1, "gathering")
                    {
                        entityArgument(&draft, mention, role: "actor", rule: "events/parse-nominal-modifier", tokens)
                    }
                }
                // "a militia attack", "Communist rebel ambush", "two army airstrikes": a noun of those
                // who attack before the noun says who, as a description.
                let token = syntax.words[child].token
                // "Police station attack kills 6", "a mosque bombing": a noun of a place that can be
                // hit (class `site`) before the noun is what the attack hit.
                if draft.type == "ATTACK", draft.first("target") == nil, syntax.deprel(child) == "compound", tokens.base.mentionAt[token] == nil,
                    tokens.weaponAt[token] == nil, lexicon.isA(syntax.lemma(child).lowercased(), "site")
                {
                    describe(&draft, child, role: "target", rule: "events/parse-nominal-site", syntax, context)
                }
                // (Of an attack only: "a military alliance" is of no one. An adjective says what
                // kind of attack, "a terrorist attack": it names no one, but it keeps the frame apart
                // from another actor's attack and gives way to a group the text names, as a noun
                // would, and is dropped when nothing better comes (`kindActorRule`).)
                if draft.type == "ATTACK", draft.first("actor") == nil, tokens.has(token, "actor"), tokens.base.mentionAt[token] == nil,
                    tokens.weaponAt[token] == nil
                {
                    // (So is a word the lexicon gives as one that says an attack was violence,
                    // class `violent`, whatever the tagger made of it.)
                    let kind = syntax.words[child].upos == "ADJ" || tokens.has(token, "violent")
                    fill(&draft, child, role: "actor", rule: kind ? Self.kindActorRule : Self.nominalActorRule, syntax, context)
                    widenOwner(&draft, child, of: noun, syntax, context)
                }
            case "nmod", "obl", "obl:unmarked":
                prepositional(&draft, child, passive: false, nominal: true, syntax, context)
            default:
                // A noun after the trigger whose phrase opens with a preposition is the trigger's
                // prepositional phrase whatever the labeller called it ("raid | by Boko Haram
                // fighters" with "by" hung on "Boko" and the noun an `obj` or a relative clause).
                if child > noun, ["NOUN", "PROPN", "PRON"].contains(syntax.words[child].upos), syntax.tree.hasPreposition(child) {
                    prepositional(&draft, child, passive: false, nominal: true, syntax, context)
                }
            }
        }
        // "wounded in a rocket attack | on the depot": a phrase right after the noun that the parser
        // hung on the verb above is the noun's.
        if let head = syntax.head(noun) {
            var end = noun
            var stack = [noun]
            while let current = stack.popLast() {
                end = max(end, current)
                stack.append(contentsOf: syntax.tree.children[current])
            }
            for sibling in syntax.tree.children[head] where sibling > noun && ["obl", "nmod"].contains(syntax.deprel(sibling)) {
                if let preposition = syntax.preposition(sibling), preposition == end + 1 {
                    prepositional(&draft, sibling, passive: false, nominal: true, syntax, context)
                }
            }
        }
        // "died in a raid carried out by militants", "an ambush laid by gunmen": the agent of
        // a light verb's participle on the noun did it, as "militants carried out an attack" says;
        // not the agent of a verb of saying ("a strike announced by the ministry").
        if draft.first("actor") == nil {
            for verb in syntax.tree.dependents(of: noun, ["acl"])
            where verb > noun && syntax.words[verb].xpos == "VBN" && isLight(verb, syntax, tokens) && tokens.base.cueAt[syntax.words[verb].token] == nil {
                for agent in syntax.tree.dependents(of: verb, ["obl:agent", "obl"]) where draft.first("actor") == nil {
                    guard let preposition = syntax.preposition(agent), tokens.has(syntax.words[preposition].token, "agent") else { continue }
                    fill(&draft, agent, role: "actor", rule: "events/parse-light-participle-agent", syntax, context)
                }
            }
        }
        // "a raid attributed by officials to the separatists", "officials attributed the
        // bombing to ETA": whom a verb of accusation gives the attack to did it (not "by" whom).
        if draft.first("actor") == nil {
            var accusers = syntax.tree.dependents(of: noun, ["acl"]).filter { lexicon.isA(syntax.lemma($0), "accuse") }
            if syntax.deprel(noun) == "obj", let head = syntax.head(noun), lexicon.isA(syntax.lemma(head), "accuse") { accusers.append(head) }
            for verb in accusers {
                for child in syntax.tree.dependents(of: verb, ["obl"]) where child != noun && draft.first("actor") == nil
                    && !tokens.base.inTimex[syntax.words[child].token]
                {
                    if let preposition = syntax.preposition(child), lexicon.isA(tokens.lower[syntax.words[preposition].token], "blamed_on") {
                        fill(&draft, child, role: "actor", rule: "events/parse-attributed-to", syntax, context)
                    }
                }
            }
        }
        if draft.first("actor") == nil, let (party, rule) = responsibleParty(noun, syntax, tokens) {
            fill(&draft, party, role: "actor", rule: rule, syntax, context)
        }
        // "The strike took place in Kolbe village", "the bombing happened at a market": a
        // verb of occurrence says where and when its subject, the event, was.
        // ("took place Thursday afternoon | near Kolbe": a phrase right after the date, which the
        // parser may hang on it, is the verb's.)
        // (So does a relative clause on the noun: "the explosion, which happened near a school".)
        let occurrences = (syntax.head(noun).map { syntax.deprel(noun) == "nsubj" ? [$0] : [] } ?? [])
            + syntax.tree.dependents(of: noun, ["acl:relcl"]).filter { clause in
                syntax.tree.subject(of: clause).map { tokens.has(syntax.words[$0].token, "relative") } == true
            }
        for head in occurrences where isOccurrence(head, syntax) {
            for child in phrases(of: head, ["obl", "obl:unmarked"], syntax, tokens) {
                prepositional(&draft, child, passive: false, nominal: true, syntax, context)
            }
        }
        // "The blast was near the gate of the Al-Noor mosque": a place phrase the attack is said
        // to be, with a copula, says where it was, as a verb of occurrence's does.
        if let head = syntax.head(noun), syntax.deprel(noun) == "nsubj", syntax.tree.dependent(of: head, ["cop"]) != nil,
            let marker = syntax.preposition(head), tokens.has(syntax.words[marker].token, "place"), isAsserted(head, syntax, tokens)
        {
            prepositional(&draft, head, passive: false, nominal: true, syntax, context)
        }
        // "The attack was a remotely detonated bomb": a weapon the attack is said to be is its weapon.
        if let head = syntax.head(noun), syntax.deprel(noun) == "nsubj", syntax.tree.dependent(of: head, ["cop"]) != nil,
            let weapon = tokens.weaponAt[syntax.words[head].token]
        {
            draft.add(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: "events/parse-copula-weapon", tokens))
        }
        // "An Israeli airstrike destroyed the consulate", "the blast flattened a market": what a
        // verb of damage whose subject is the attack acts on is the target.
        if let head = syntax.head(noun), syntax.deprel(noun) == "nsubj", lexicon.isA(syntax.lemma(head), "damage"), draft.first("target") == nil,
            let object = syntax.tree.dependent(of: head, ["obj"])
        {
            fillPhrase(&draft, object, role: "target", rule: "events/parse-damage-object", syntax, context)
        }
        // "The federal building was shattered by an explosion": what a passive verb of damage or
        // impact (class `impact`: "was hit by an airstrike") whose agent is the attack acts on is
        // the target.
        if draft.first("target") == nil, let head = syntax.head(noun), syntax.tree.agent(of: head) == noun,
            lexicon.isA(syntax.lemma(head), "damage") || lexicon.isA(syntax.lemma(head), "impact"), syntax.tree.voice(of: head) == .passive,
            let subject = syntax.tree.subject(of: head).flatMap({ subject in
                // ("the clinic in Dori, which was hit by a rocket": the noun a relative pronoun stands for.)
                tokens.has(syntax.words[subject].token, "relative") ? (syntax.deprel(head) == "acl:relcl" ? syntax.head(head) : nil) : subject
            })
        {
            fillPhrase(&draft, subject, role: "target", rule: "events/parse-damage-subject", syntax, context)
        }
        // "The bombing is said to have been staged by ETA": a passive light verb, or one a
        // verb of belief or report raises the attack to, names the actor by its agent.
        if draft.first("actor") == nil, let head = syntax.head(noun), syntax.deprel(noun) == "nsubj:pass" {
            let light = isLight(head, syntax, tokens) ? head : syntax.tree.dependents(of: head, ["xcomp"]).first { isLight($0, syntax, tokens) }
            if let light, let agent = syntax.tree.agent(of: light) {
                fill(&draft, agent, role: "actor", rule: "events/parse-light-verb-agent", syntax, context)
            }
        }
        // "carried out an attack on…", "launched strikes against…": the light verb's subject and phrases.
        if let head = syntax.head(noun), ["obj", "nsubj:pass"].contains(syntax.deprel(noun)), isLight(head, syntax, tokens) {
            if draft.first("actor") == nil, syntax.deprel(noun) == "obj" {
                let subject = syntax.tree.subject(of: head) ?? (["conj", "xcomp"].contains(syntax.deprel(head)) ? syntax.head(head).flatMap { sharedSubject($0, syntax) } : nil)
                if let subject {
                    fill(&draft, subject, role: "actor", rule: "events/parse-light-verb-subject", syntax, context)
                } else if let accused = accusedParty(head, syntax) {
                    fill(&draft, accused, role: "actor", rule: "events/parse-accused", syntax, context)
                }
            }
            for child in phrases(of: head, ["obl", "obl:unmarked"], syntax, tokens) {
                prepositional(&draft, child, passive: false, nominal: true, syntax, context)
            }
            // "mounted the raid using grenades".
            addMeans(&draft, of: head, ["advcl", "xcomp"], rule: "events/parse-verb-means", syntax, tokens)
        }
    }

    /// "The army accused the militia of conducting a drone strike", "blamed the group for launching…":
    /// the one a verb of accusation names is who did the deed its "of"/"for" clause tells (the
    /// clause hangs on the accused, or on the verb itself).
    func accusedParty(_ verb: Int, _ syntax: EventSyntax) -> Int? {
        guard ["acl", "advcl"].contains(syntax.deprel(verb)), let head = syntax.head(verb) else { return nil }
        if syntax.deprel(verb) == "acl", syntax.deprel(head) == "obj", let accuser = syntax.head(head), lexicon.isA(syntax.lemma(accuser), "accuse") {
            return head
        }
        if syntax.deprel(verb) == "advcl", lexicon.isA(syntax.lemma(head), "accuse") { return syntax.tree.dependent(of: head, ["obj"]) }
        return nil
    }

    /// "occurred", "happened", "took place" (a verb and its object: `occur` in `events-words.tsv`).
    func isOccurrence(_ verb: Int, _ syntax: EventSyntax) -> Bool {
        let lemma = syntax.lemma(verb).lowercased()
        return lexicon.isA(lemma, "occur") || syntax.tree.dependents(of: verb, ["obj"]).contains { lexicon.isA(lemma + " " + syntax.lemma($0).lowercased(), "occur") }
    }
}
