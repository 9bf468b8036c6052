import NewsFrameCore
import NewsFrameQuotes

/// Roles read from the dependency tree rather than word order: the subject of an active
/// trigger, the agent of a passive, the object; a nominal's possessor, name modifiers and
/// `on`/`at`/`with`/`from`/`by` phrases; the subject a light verb gives its noun ("carried
/// out an attack"), a coordinated or controlled verb shares ("launched drones and attacked"),
/// or a relative clause takes from its noun ("militants who attacked"). A modifier is not the
/// actor: "Iran-backed militants" is the militants with Iran as `sponsor`; victims in a
/// passive subject are the target.
extension EventStage {
    func parseArguments(_ draft: inout FrameDraft, _ syntax: EventSyntax, _ context: ArgumentContext) {
        guard let trigger = syntax.head(of: draft.mention.range) else { return }
        if draft.mention.isNoun {
            nominalArguments(&draft, trigger, syntax, context)
        } else {
            verbalArguments(&draft, trigger, syntax, context)
        }
    }

    func verbalArguments(_ draft: inout FrameDraft, _ verb: Int, _ syntax: EventSyntax, _ context: ArgumentContext) {
        let entry = draft.entry
        let tokens = context.tokens
        let relation = syntax.deprel(verb)
        // "a missile launched from…", "the base targeted by…": a participle after its noun.
        // A participle with an object of its own is active, misread as reduced ("A second raid
        // hit the depot at dawn" parsed as "the raid (that was) hit").
        let ownObject = syntax.tree.object(of: verb) ?? syntax.tree.dependent(of: verb, ["xcomp"]).flatMap {
            ["NOUN", "PROPN"].contains(syntax.words[$0].upos) ? $0 : nil
        }
        // ("A truck bomb exploded near the gate" parsed as a participle hung on the bomb: a weapon that
        // is what the verb's subject is acts, it is not acted on.)
        let weaponActs = entry.subject == .weapon && syntax.head(verb).map { tokens.weaponAt[syntax.words[$0].token] != nil } == true
        let reduced = (relation == "acl" || relation == "amod") && syntax.words[verb].xpos == "VBN" && ownObject == nil && !weaponActs
        var passive = draft.mention.isPassive || syntax.tree.voice(of: verb) == .passive || reduced
        var subject = syntax.tree.subject(of: verb)
        var rule = "events/parse-subject"
        // (A relative pronoun as the subject marks a relative clause, whatever the parser hung
        // it on: "spoke of the attack …, which killed four" shares no subject with "spoke".)
        let relativeSubject = subject.map { tokens.has(syntax.words[$0].token, "relative") } ?? false
        if relativeSubject { subject = nil }
        // "after a militia stormed a depot", parsed with "after" as the noun's preposition (the
        // noun hung on the verb or on the clause before): a past or present verb with no subject
        // takes the noun right before it whose preposition is a word that opens a clause (class
        // `clause`).
        let before = verb - 1
        if subject == nil, before >= 0, ["VBD", "VBZ", "VBP"].contains(syntax.words[verb].xpos), syntax.deprel(before) == "obl",
            ["NOUN", "PROPN"].contains(syntax.words[before].upos), let preposition = syntax.preposition(before),
            tokens.has(syntax.words[preposition].token, "clause"), !tokens.base.inTimex[syntax.words[before].token]
        {
            subject = before
            rule = "events/parse-clause-noun-subject"
        }
        if subject == nil, let head = syntax.head(verb) {
            switch relation {
            case "acl", "acl:relcl", "amod":
                // "militants who attacked the base", "two drones targeting a base"; a clause hung on
                // a place ("an airstrike in Damascus, which killed five") tells of no actor there.
                let place = tokens.base.mentionAt[syntax.words[head].token].map { ["FAC", "LOC", "GPE"].contains(tokens.base.mentions[$0].type) } ?? false
                // A past participle read as active (it has an object) is a misparse; its noun is
                // trusted only when it is a weapon ("a drone targeted…") or one who attacks: a doer
                // noun or a named group, force or person ("said suspected terrorists attacked a
                // police station").
                // (Right before the verb: after a comma the noun is an apposition's, "a group
                // linked to the rebels, swiftly claimed…".)
                let headToken = syntax.words[head].token
                let adjacent = head < verb && !(head + 1..<verb).contains { syntax.words[$0].upos == "PUNCT" }
                // (So is a noun for people, `person`: "A man stabbed four people", read as "a man
                // (who was) stabbed", is the man's deed.)
                let doer = adjacent && (tokens.has(headToken, "actor") || tokens.has(headToken, "person")
                    || tokens.base.mentionAt[headToken].map { ["ORG", "NORP", "PERSON"].contains(tokens.base.mentions[$0].type) } ?? false)
                let misread = syntax.words[verb].xpos == "VBN" && ownObject != nil && tokens.weaponAt[headToken] == nil && !doer
                subject = place || misread ? nil : head
                // A past participle with an object of its own is an active verb misread as
                // reduced: its noun is its subject ("A man stabbed four people").
                let personOnly = tokens.has(headToken, "person") && !tokens.has(headToken, "actor") && tokens.base.mentionAt[headToken] == nil
                rule = personOnly && doer && syntax.words[verb].xpos == "VBN" && ownObject != nil ? "events/parse-subject-misread" : "events/parse-modified-noun"
                // "Kata'ib Hezbollah used two drones to strike…": a purpose hung on the object; the
                // user is the actor, the object what it struck with.
                if relation == "acl", syntax.deprel(head) == "obj", let user = syntax.head(head),
                    syntax.tree.dependent(of: verb, ["mark"]).map({ syntax.tree.functionWords.infinitive.contains(syntax.lemma($0)) }) == true
                {
                    fill(&draft, head, role: "weapon", rule: "events/parse-purpose-instrument", syntax, context)
                    subject = syntax.tree.subject(of: user)
                    rule = "events/parse-purpose-subject"
                }
            case "conj" where !relativeSubject, "xcomp" where !relativeSubject:
                subject = sharedSubject(head, syntax)
                rule = "events/parse-shared-subject"
                // "it was driven to the city and detonated": a bare participle coordinated with a
                // passive shares its voice, and so what was acted on.
                // (Neither verb has an object: "IS | militants had detonated a bomb and blown up
                // belts", with "IS" read as an auxiliary, is active.)
                // (A participle the tagger read as an adjective too: "… and detonated" tagged JJ.)
                if relation == "conj", ["VBN", "JJ"].contains(syntax.words[verb].xpos), syntax.tree.auxiliaries(of: verb).isEmpty, ownObject == nil,
                    syntax.tree.object(of: head) == nil, let shared = subject, syntax.deprel(shared) == "nsubj:pass"
                {
                    passive = true
                }
            case "advcl" where isArmed(head, syntax, tokens), "parataxis" where isArmed(head, syntax, tokens), "ccomp" where isArmed(head, syntax, tokens):
                // "Bandits armed with machetes attacked a farm", which the parser reads as "Bandits
                // (were) armed …, attacked": the armed ones attack, with what they are armed with.
                subject = syntax.tree.subject(of: head)
                rule = "events/parse-armed-subject"
                for child in syntax.tree.dependents(of: head, ["obl"]) {
                    if let preposition = syntax.preposition(child), tokens.has(syntax.words[preposition].token, "instrument") {
                        fill(&draft, child, role: "weapon", rule: "events/parse-armed-with", syntax, context)
                    }
                }
            case "advcl" where syntax.words[verb].xpos == "VBG" && syntax.tree.voice(of: head) == .active:
                // "A drone struck the base, killing three": the subject of the sentence's verb, or of
                // the verb that one is coordinated with ("Gunmen stormed a market and opened fire,
                // killing 20"). (Not of a verb of saying set into the sentence, on which the parser
                // may hang the participle: "A gunman opened fire in a school, police said, killing
                // four" tells of the clause the saying interrupts.)
                let reporter = syntax.deprel(head) == "parataxis" && context.tokens.base.cueAt[syntax.words[head].token] != nil
                subject = sharedSubject(reporter ? syntax.head(head) ?? head : head, syntax)
                rule = "events/parse-shared-subject"
                // ("it exploded, killing two": the subject of a verb whose subject is a weapon is
                // what went off, a weapon when the text names one, never who did it.)
                if !reporter, let shared = subject, tokens.weaponAt[syntax.words[shared].token] == nil, subjectIsWeapon(head, syntax, tokens) {
                    subject = nil
                }
            case "advcl" where syntax.tree.voice(of: head) == .active && syntax.tree.dependent(of: verb, ["mark"]).map({
                syntax.tree.functionWords.infinitive.contains(syntax.lemma($0))
            }) == true:
                // "The group used two drones to attack the garrison": the user attacks, with what it used.
                subject = syntax.tree.subject(of: head)
                rule = "events/parse-purpose-subject"
                if let used = syntax.tree.object(of: head) {
                    // "used a pair of rockets": the weapon may be the object's "of" phrase.
                    for word in [used] + syntax.tree.dependents(of: used, ["nmod"]) {
                        if let weapon = tokens.weaponAt[syntax.words[word].token] {
                            draft.add(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: "events/parse-purpose-instrument", tokens))
                        }
                    }
                }
            case "advcl" where syntax.words[verb].xpos == "VBG" && !passive && syntax.tree.dependent(of: verb, ["mark"]).map({
                !tokens.has(syntax.words[$0].token, "agent")
            }) == true:
                // "A gunman was detained after stabbing four people", "a gunman was shot dead after
                // attacking a mosque": a participle of time or manner with no subject of its own is
                // done by the subject of the verb it hangs on, passive as that verb may be. (Not a
                // participle with no such word: "the convoy was hit, killing three" tells a result;
                // nor "by": "a hospital was hit by shelling" names what hit it.)
                // (A relative pronoun names no one: "…, which was claimed after killing …".)
                subject = sharedSubject(head, syntax).flatMap { tokens.has(syntax.words[$0].token, "relative") ? nil : $0 }
                rule = "events/parse-clause-doer"
            case "advcl" where passive && syntax.tree.dependent(of: verb, ["mark"]) != nil:
                // "The roof fell in after being hit by a rocket": what a passive
                // clause of time or cause hit is the subject of the verb it hangs on.
                subject = syntax.tree.subject(of: head)
                rule = "events/parse-clause-subject"
            default: break
            }
        }
        // "25 soldiers killed suspected jihadist attack": a headline that drops "in" makes the
        // attack noun an object of the verb of harm; its subject is then who was harmed.
        // (A bare past form only: "Bandits kill four in … raid" is active.)
        if !passive, let object = ownObject, syntax.words[object].upos == "NOUN", tokens.has(syntax.words[verb].token, "casualty"),
            ["VBN", "VBD"].contains(syntax.words[verb].xpos), syntax.tree.auxiliaries(of: verb).isEmpty,
            lexicon.triggerTrie.longest(tokens.lowerIDs, from: syntax.words[object].token) != nil
                || syntax.tree.dependents(of: object, ["compound"]).contains(where: { lexicon.triggerTrie.longest(tokens.lowerIDs, from: syntax.words[$0].token) != nil })
        {
            passive = true
        }
        var object = passive ? nil : ownObject
        var objectRule = "events/parse-object"
        if !passive, object == nil, let shared = sharedObject(verb, syntax, tokens) {
            object = shared
            objectRule = "events/parse-shared-object"
        }
        // "Three soldiers killed in drone attack": a headline drops the auxiliary; victims with
        // no object are what the verb did, not who did it.
        // (So is any subject of a bare participle of harm: "Six officials killed as militants
        // ambush convoy".)
        let bareHarm = syntax.words[verb].xpos == "VBN" && syntax.tree.auxiliaries(of: verb).isEmpty && tokens.has(syntax.words[verb].token, "casualty")
        // (And a headline's bare past form with no object: "State police ambushed in Taxco" is
        // what was done to them.)
        let headlinePast = isHeadline(syntax.words[verb].token, tokens) && ["VBD", "VBN"].contains(syntax.words[verb].xpos)
            && syntax.tree.auxiliaries(of: verb).isEmpty && objectRole(entry) == "target"
        if !passive, object == nil, let word = subject, tokens.has(syntax.words[word].token, "victim") || bareHarm || headlinePast, entry.subject == .actor {
            passive = true
        }
        // Where a weapon was launched from; a target's route ("a ship traveling from Djibouti") is none.
        if let subject {
            fill(&draft, subject, role: passive ? objectRole(entry) : subjectRole(entry), rule: passive ? "events/parse-passive-subject" : rule, syntax, context)
            if tokens.weaponAt[syntax.words[subject].token] != nil { origin(&draft, of: subject, syntax, context) }
        }
        if let object {
            fill(&draft, object, role: objectRole(entry), rule: objectRule, syntax, context)
            if entry.object == .weapon { origin(&draft, of: object, syntax, context) }
        }
        // "attacked the post using hand grenades": a participle of the verb that names the means.
        addMeans(&draft, of: verb, ["advcl", "xcomp"], rule: "events/parse-verb-means", syntax, tokens)
        if tokens.has(syntax.words[verb].token, "casualty") { harmClause(&draft, of: verb, syntax, context) }
        if draft.first("weapon") == nil { deepMeans(&draft, of: verb, syntax, tokens) }
        // "A man pulled a knife and attacked two guards": the weapon a verb coordinated with the
        // attack acts on is its weapon.
        if draft.first("weapon") == nil {
            for partner in syntax.coordinated(with: verb) where syntax.words[partner].upos == "VERB" {
                if let object = syntax.tree.dependent(of: partner, ["obj"]), let weapon = tokens.weaponAt[syntax.words[object].token] {
                    draft.add(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: "events/parse-conjunct-weapon", tokens))
                    break
                }
            }
        }
        // The phrases of every word of the trigger: "opened fire | on the guards" may hang on "fire".
        let triggerWords = draft.mention.range.compactMap { syntax.wordOfToken[$0] >= 0 && syntax.wordOfToken[$0] != verb ? syntax.wordOfToken[$0] : nil }
        for word in [verb] + triggerWords {
            for child in phrases(of: word, ["obl", "obl:agent", "nmod", "obl:unmarked"], syntax, tokens) {
                prepositional(&draft, child, passive: passive, nominal: false, syntax, context)
            }
        }
        if passive { agentPlace(&draft, verb, syntax, context) }
    }

    /// An adjective that arms its subject ("armed"), which the parser may make the head of
    /// the clause whose verb is the attack.
    func isArmed(_ word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        tokens.has(syntax.words[word].token, "actor_modifier") && syntax.words[word].upos == "ADJ"
    }

    /// "was attacked by a gunman | in the north of the country": a place phrase the parser hung
    /// on the passive's agent says where the attack was, when nothing else does (an agent is
    /// rarely told apart by where it stands; a "from" phrase is its origin, not read here).
    func agentPlace(_ draft: inout FrameDraft, _ verb: Int, _ syntax: EventSyntax, _ context: ArgumentContext) {
        guard draft.first("location") == nil else { return }
        let tokens = context.tokens
        for agent in syntax.tree.children[verb] where ["obl", "obl:agent"].contains(syntax.deprel(agent)) {
            guard let by = syntax.preposition(agent), tokens.has(syntax.words[by].token, "agent") else { continue }
            for child in syntax.tree.children[agent] where syntax.deprel(child) == "nmod" {
                guard let preposition = syntax.preposition(child), !tokens.base.inTimex[syntax.words[child].token],
                    tokens.has(syntax.words[preposition].token, "place")
                else { continue }
                fill(&draft, child, role: "location", rule: "events/parse-agent-place", syntax, context)
                return
            }
        }
    }

    /// Whether a country or people before an attack noun modifies a noun for an actor that is
    /// no state's force between them ("Malian Militia Drone Attack on Army Post"): the militia is the
    /// doer, its nationality only says whose, as in "an Iraqi armed group".
    func statesActorNoun(_ mention: Int, before end: Int, _ tokens: EventTokens) -> Bool {
        guard ["GPE", "NORP"].contains(tokens.base.mentions[mention].type) else { return false }
        let start = tokens.base.mentionTokens[mention].upperBound
        return start < end && (start..<end).contains(where: tokens.isAttackerWord)
    }

    /// Whether a noun of a site that can be hit ("market", "mosque") stands between a name and
    /// the attack noun.
    func isSiteBetween(_ start: Int, _ end: Int, _ tokens: EventTokens) -> Bool {
        start < end && (start..<end).contains { tokens.has($0, "site") }
    }

    /// Whether the words from a country's name to the attack noun (that noun included) name
    /// an attack of a state's arms: a strike, shelling, a drone or a missile (class
    /// `state_strike`; "Pakistan bomb blast" names none).
    func isStateStrike(from start: Int, through end: Int, _ tokens: EventTokens) -> Bool {
        start <= end && (start...end).contains { tokens.has($0, "state_strike") }
    }

    /// Whether the verb is a trigger whose subject is its weapon ("exploded", "went off").
    func subjectIsWeapon(_ verb: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        let token = syntax.words[verb].token
        return lexicon.hasTrigger(written: [tokens.lower[token]]) { $0.part == .verb && $0.subject == .weapon }
    }

    /// The subject a verb shares with the verb it is coordinated with or controlled by.
    func sharedSubject(_ head: Int, _ syntax: EventSyntax) -> Int? {
        var current = head
        for _ in 0..<4 {
            if let subject = syntax.tree.subject(of: current) { return subject }
            guard ["conj", "xcomp"].contains(syntax.deprel(current)), let next = syntax.head(current) else { return nil }
            current = next
        }
        return nil
    }

    /// A word's phrases of the given relations, with those the parser hung on a date among them:
    /// "launched a fresh airstrike on Friday | against the rebels" (a date takes no "against" phrase).
    func phrases(of word: Int, _ relations: Set<String>, _ syntax: EventSyntax, _ tokens: EventTokens) -> [Int] {
        var result: [Int] = []
        for child in syntax.tree.children[word] where relations.contains(syntax.deprel(child)) {
            result.append(child)
            if tokens.base.inTimex[syntax.words[child].token] {
                // (Right after the date only: "on Sunday, police in Kaduna said" is another phrase; and
                // "eight months | of fire": a date's "of" phrase is its own.)
                var end = syntax.words[child].token
                while end + 1 < tokens.count, tokens.base.inTimex[end + 1] { end += 1 }
                result += syntax.tree.dependents(of: child, ["nmod"]).filter { phrase in
                    syntax.preposition(phrase).map { preposition in
                        let token = syntax.words[preposition].token
                        return token == end + 1 && !lexicon.isA(tokens.lower[token], "of_object")
                    } == true
                }
            }
        }
        return result
    }

    /// "an ambush by armed men of a police convoy": the parser hangs the attack noun's "of"
    /// phrase on its agent; what is no group or person there is what was attacked, and no part
    /// of who attacked ("an attack by fighters of the Kolbe Front" keeps its group).
    func agentOfObject(_ draft: inout FrameDraft, _ agent: Int, _ syntax: EventSyntax, _ context: ArgumentContext) {
        let tokens = context.tokens
        guard draft.first("target") == nil, let index = draft.arguments.lastIndex(where: { $0.role == "actor" && $0.rule.hasPrefix("events/parse-agent") }),
            draft.arguments[index].entityType == nil,
            let object = syntax.tree.dependents(of: agent, ["nmod"]).first(where: { child in
                child > agent && syntax.preposition(child).map { lexicon.isA(tokens.lower[syntax.words[$0].token], "of_object") } == true
            }),
            let of = syntax.preposition(object)
        else { return }
        let token = syntax.words[object].token
        let named = tokens.base.mentionAt[token].map { ["ORG", "NORP", "PERSON"].contains(tokens.base.mentions[$0].type) } ?? false
        guard !named, !tokens.has(token, "actor"), draft.arguments[index].range.contains(syntax.words[of].token) else { return }
        let range = draft.arguments[index].range.lowerBound..<syntax.words[of].token
        draft.arguments[index].range = range
        draft.arguments[index].canonical = describe(range, tokens, context.text)
        fill(&draft, object, role: "target", rule: "events/parse-agent-of-object", syntax, context)
    }

    func isLight(_ verb: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        let token = syntax.words[verb].token
        return tokens.has(token, "light") || lexicon.isA(syntax.lemma(verb), "light") || lexicon.isA(syntax.tree.phrasalLemma(of: verb).lowercased(), "light")
    }

    /// A phrase introduced by a preposition: its class in `events-words.tsv` gives the role.
    func prepositional(_ draft: inout FrameDraft, _ word: Int, passive: Bool, nominal: Bool, _ syntax: EventSyntax, _ context: ArgumentContext) {
        let tokens = context.tokens
        guard let preposition = syntax.preposition(word) ?? syntax.tree.openingPreposition(word), !tokens.base.inTimex[syntax.words[word].token] else { return }
        let position = syntax.words[preposition].token
        // ("staged the raid in retaliation for army sweeps against the militia": a phrase
        // of effect, class `consequence`, and any phrase after it tell of the other event,
        // wherever the parser hung them.)
        let trigger = draft.mention.range
        if (min(trigger.upperBound, position)...max(trigger.upperBound, position)).contains(where: { tokens.has($0, "consequence") }) { return }
        let entry = draft.entry
        if tokens.has(position, "agent") {
            // ("came under attack by gunmen": a verb whose subject is what was hit takes its
            // attacker from "by".)
            if passive || nominal || entry.subject == .target {
                let role = entry.subject == .target ? "actor" : subjectRole(entry)
                fill(&draft, word, role: role, rule: "events/parse-agent", syntax, context)
                if nominal, role == "actor" {
                    agentOfObject(&draft, word, syntax, context)
                    // "an attack by the paramilitary forces in El Fasher": a named place after the
                    // doers of an attack noun, however the parser hangs it, is where the attack was.
                    for child in syntax.tree.dependents(of: word, ["nmod"]) where draft.first("location") == nil && child > word {
                        guard let marker = syntax.preposition(child), tokens.has(syntax.words[marker].token, "place"), !tokens.has(syntax.words[marker].token, "vicinity"),
                            let mention = tokens.base.mentionAt[syntax.words[child].token], ["GPE", "LOC", "FAC"].contains(tokens.base.mentions[mention].type)
                        else { continue }
                        fill(&draft, child, role: "location", rule: "events/parse-agent-place", syntax, context)
                    }
                }
            }
        } else if tokens.has(position, "instrument") {
            fill(&draft, word, role: "weapon", rule: "events/parse-instrument", syntax, context)
        } else if tokens.has(position, "origin") {
            // "40 kilometres from the town of Dori": the point a distance is measured from
            // launched nothing.
            if isReferencePoint(syntax.words[word].token, tokens) { return }
            // "fired from Chinese made rifles", parsed with the country as what was fired from: a
            // named place that a word of making (class `maker`) and then the thing made follow says
            // where a weapon was made, not where it was fired from ("fired from Lebanon made a
            // crater", "from Lebanon supplied by Iran" keep their origin).
            let head = syntax.words[word].token
            if let mention = tokens.base.mentionAt[head], ["GPE", "NORP"].contains(tokens.base.mentions[mention].type) {
                let end = tokens.base.mentionTokens[mention].upperBound - 1
                let after = end + 1 < tokens.count && tokens.base.texts[end + 1] == "-" ? end + 2 : end + 1
                let made = after + 1
                if tokens.has(after, "maker"), made < tokens.count, tokens.base.isWord(made), !tokens.has(made, "agent"),
                    !quoteLexicon.determiners.contains(tokens.lower[made])
                {
                    return
                }
            }
            // "came under fire from militants": attackers, not a launch site, are where the fire
            // came from.
            let token = syntax.words[word].token
            let attackers = tokens.has(token, "actor") || syntax.tree.dependents(of: word, ["amod"]).contains { tokens.has(syntax.words[$0].token, "actor_modifier") }
                || tokens.base.mentionAt[token].map { ["ORG", "NORP"].contains(tokens.base.mentions[$0].type) } == true
            if entry.subject == .target, draft.first("actor") == nil, attackers {
                fill(&draft, word, role: "actor", rule: "events/parse-fire-from", syntax, context)
            } else {
                fill(&draft, word, role: "origin", rule: "events/parse-origin", syntax, context)
            }
        } else if tokens.has(position, "target") {
            // "on the night of Tuesday": a noun whose "of" phrase is a date is a time, not a target;
            // so is a noun of an occasion ("on Eid eve", "on the anniversary of the massacre",
            // class `occasion`).
            if lexicon.isA(syntax.lemma(word).lowercased(), "occasion") { return }
            // ("on the road to Tamsar, a truck was hit": a road a verb's "on" names is the way
            // along which it happened, not what was hit, class `way`; "the attack on the road" may be,
            // but not on a road by its name, "a blast on the Kolbe-Tamsar Highway", nor where the
            // phrase is a verb of occurrence's: "the ambush happened on the highway".)
            if !nominal || tokens.base.isCapitalized(syntax.words[word].token) || syntax.head(word).map({ isOccurrence($0, syntax) }) == true,
                lexicon.isA(syntax.lemma(word).lowercased(), "way")
            {
                fill(&draft, word, role: "location", rule: "events/parse-place", syntax, context)
                return
            }
            if syntax.tree.dependents(of: word, ["nmod"]).contains(where: { child in
                tokens.base.inTimex[syntax.words[child].token]
                    && syntax.preposition(child).map { lexicon.isA(tokens.lower[syntax.words[$0].token], "of_object") } == true
            }) {
                return
            }
            // "Officials blamed the attack on the Islamic State": whom a verb of accusation puts
            // the attack on did it.
            // (The parser may hang the phrase on the attack noun the verb blames.)
            // ("attributed the raid on the depot to the rebels": with another such phrase beside
            // it, this one is what was hit.)
            let blamer = syntax.head(word).flatMap { head in
                lexicon.isA(syntax.lemma(head), "accuse") ? head
                    : syntax.deprel(head) == "obj" ? syntax.head(head).flatMap { lexicon.isA(syntax.lemma($0), "accuse") ? $0 : nil } : nil
            }
            let blamedElsewhere = blamer.map { verb in
                syntax.tree.dependents(of: verb, ["obl"]).contains { other in
                    other > word && !tokens.base.inTimex[syntax.words[other].token]
                        && syntax.preposition(other).map {
                            lexicon.isA(tokens.lower[syntax.words[$0].token], "blamed_on") && tokens.lower[syntax.words[$0].token] != tokens.lower[position]
                        } == true
                }
            } ?? false
            if blamer != nil, !blamedElsewhere {
                if draft.first("actor") == nil { fill(&draft, word, role: "actor", rule: "events/parse-blamed-on", syntax, context) }
            } else if draft.first("target") == nil, draft.type == "ATTACK" || draft.type == "THREAT",
                // (A verb's "on" phrase before it is no target: "a man who pulled up on a scooter
                // opened fire", however the parser hangs it.)
                nominal || passive || position > draft.mention.range.lowerBound
            {
                fill(&draft, word, role: "target", rule: "events/parse-target-preposition", syntax, context)
            } else {
                // "attacked a site … on the shore of the Dead Sea": with the target known, "on" says where.
                deepPlace(&draft, below: word, syntax, context)
            }
        } else if tokens.has(position, "place") {
            // "at 8.50am": a word that begins with a digit is a clock time or a count the temporal
            // stage did not read, never a place.
            if tokens.base.texts[syntax.words[word].token].unicodeScalars.first.map({ $0.properties.numericType != nil }) == true { return }
            // "Soldiers Killed In Ambush": an attack word is the event, not where it happened, even
            // capitalized in a headline.
            if lexicon.triggerTrie.longest(tokens.lowerIDs, from: syntax.words[word].token) != nil { return }
            // "launched drones at X": with the weapon as object, "at" names the target.
            // ("opened fire at motorists": so do people a verb that is no harm word fires "at"; a
            // count is a toll's: "put the number of dead at 30 villagers".)
            let atPeople = draft.type == "ATTACK" && !tokens.has(draft.mention.range.lowerBound, "casualty") && isPersonWord(word, syntax, tokens)
                && syntax.tree.dependent(of: word, ["nummod"]) == nil
            let atTarget = tokens.lower[position] == "at" && draft.first("target") == nil && (entry.object == .weapon || atPeople)
            // "a bomb exploded at a crowded market in Kirkuk": a place that can be hit, named by no
            // name, where the attack happened is what it hit; the name below it is where.
            // (One person the verb acts on is what it aimed at: "killed a police clerk at a police
            // station"; "killed 30 worshippers in a church" hit the church.)
            let phrase = descriptionWords(word, syntax, context)
            let named = syntax.tokens(phrase.first, phrase.last).contains { tokens.base.mentionAt[$0] != nil }
            // ("attacked and killed a clerk … at a police station": a conjunct's object too.)
            let object = syntax.head(word).flatMap { head -> Int? in
                if syntax.deprel(head) == "obj" { return head }
                return ([head] + syntax.coordinated(with: head)).lazy.compactMap { syntax.tree.dependent(of: $0, ["obj"]) }.first
            }
            let onePerson = object.map { ["NN", "NNP"].contains(syntax.words[$0].xpos) && syntax.tree.dependent(of: $0, ["nummod"]) == nil } ?? false
            if !atTarget, draft.type == "ATTACK", draft.first("target") == nil, !named, !onePerson, !tokens.has(position, "vicinity"),
                lexicon.isA(syntax.lemma(word), "site"), !lexicon.isA(syntax.lemma(word), "way")
            {
                fill(&draft, word, role: "target", rule: "events/parse-site-hit", syntax, context)
                deepPlace(&draft, below: word, syntax, context)
                return
            }
            fill(&draft, word, role: atTarget ? "target" : "location", rule: atTarget ? "events/parse-target-at" : "events/parse-place", syntax, context)
        } else if nominal, word > syntax.head(of: draft.mention.range) ?? word, lexicon.isA(tokens.lower[position], "of_object") {
            // "the bombing of the consulate": a nominal's object.
            fill(&draft, word, role: objectRole(entry), rule: "events/parse-nominal-object", syntax, context)
        } else {
            // "attacked a site | for the army on the shore of the Dead Sea" (the parser's attachment).
            deepPlace(&draft, below: word, syntax, context)
        }
    }

    /// "a rocket launched from a rebel-held village": where a weapon was launched from,
    /// said by a participle hung on the weapon or the target.
    func origin(_ draft: inout FrameDraft, of word: Int, _ syntax: EventSyntax, _ context: ArgumentContext) {
        for clause in syntax.tree.children[word] where syntax.deprel(clause) == "acl" {
            for child in syntax.tree.children[clause] where ["obl", "obl:unmarked"].contains(syntax.deprel(child)) {
                if let preposition = syntax.preposition(child), context.tokens.has(syntax.words[preposition].token, "origin") {
                    fill(&draft, child, role: "origin", rule: "events/parse-origin", syntax, context)
                }
            }
        }
    }

    /// Fills `role` with what the phrase headed by `word` names, then reads the place, weapon
    /// and origin phrases the parser hung on the thing hit or launched rather than on the verb
    /// ("fired rockets at the garrison | in Syria", "targeted the base | with two drones").
    func fill(_ draft: inout FrameDraft, _ word: Int, role: String, rule: String, _ syntax: EventSyntax, _ context: ArgumentContext) {
        // ("called the shooting an assassination": a noun of an attack names the event, never
        // what it hit.)
        // (A noun trigger's form only: "struck Houthi targets" hit targets.)
        if role == "target", syntax.words[word].upos == "NOUN",
            lexicon.hasTrigger(written: [context.tokens.lower[syntax.words[word].token]], where: { $0.part == .noun })
        {
            return
        }
        // "Debris from a downed drone killed three": pieces of a weapon (class `fragment`) are
        // no one; the weapon they came from is the weapon.
        if role == "actor", context.tokens.has(syntax.words[word].token, "fragment") {
            let words = ([word] + syntax.tree.dependents(of: word, ["nmod"])).flatMap { syntax.local($0) }
            if let weapon = words.lazy.compactMap({ context.tokens.weaponAt[syntax.words[$0].token] }).first {
                draft.add(weaponArgument(weapon, context.tokens.weaponTokens[weapon], rule: rule + "|events/parse-fragment-weapon", context.tokens))
            }
            return
        }
        fillPhrase(&draft, word, role: role, rule: rule, syntax, context)
        if role == "actor" {
            // "Men armed with knives and axes": what the actor is armed with is the weapon; so is
            // a weapon the actor is "with" ("a man with a knife attacked shoppers").
            for clause in syntax.tree.dependents(of: word, ["acl"]) where context.tokens.has(syntax.words[clause].token, "actor_modifier") {
                for child in syntax.tree.dependents(of: clause, ["obl"]) {
                    if let preposition = syntax.preposition(child), context.tokens.has(syntax.words[preposition].token, "instrument") {
                        fill(&draft, child, role: "weapon", rule: "events/parse-armed-with", syntax, context)
                    }
                }
            }
            for child in syntax.tree.dependents(of: word, ["nmod"]) where context.tokens.weaponAt[syntax.words[child].token] != nil {
                if let preposition = syntax.preposition(child), context.tokens.has(syntax.words[preposition].token, "instrument") {
                    fill(&draft, child, role: "weapon", rule: "events/parse-actor-with", syntax, context)
                }
            }
            // "Two militants using rifles and grenades": what a participle of means on the actor
            // acts on; "a knife-wielding attacker": a weapon a hyphen joins to a modifier of the
            // actor's noun. (Not of a weapon: "explosive-laden drones" are the weapon.)
            let tokens = context.tokens
            guard tokens.weaponAt[syntax.words[word].token] == nil else { return }
            addMeans(&draft, of: word, ["acl"], rule: "events/parse-actor-means", syntax, tokens)
            for child in syntax.tree.dependents(of: word, ["compound", "amod"]) where child < word {
                for other in syntax.local(child) {
                    let token = syntax.words[other].token
                    guard let weapon = tokens.weaponAt[token], tokens.weaponTokens[weapon].upperBound == token + 1, token + 2 < tokens.count,
                        tokens.base.texts[token + 1] == "-", tokens.base.tokens[token + 1].start == tokens.base.tokens[token].end
                    else { continue }
                    draft.add(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: "events/parse-actor-modifier-weapon", tokens))
                    break
                }
            }
            return
        }
        guard role == "target" || role == "weapon" || role == "-" else { return }
        // The phrase and its "of" phrase ("three bases of the U.S. military | with suicide drones").
        let owners = [word] + syntax.tree.dependents(of: word, ["nmod"]).filter { child in
            syntax.preposition(child).map { lexicon.isA(context.tokens.lower[syntax.words[$0].token], "of_object") } ?? false
        }
        for child in owners.flatMap({ syntax.tree.children[$0] }) where ["nmod", "obl"].contains(syntax.deprel(child)) {
            guard let preposition = syntax.preposition(child) else { continue }
            let position = syntax.words[preposition].token
            // "dropped two bombs | on a market": where a weapon went is the target.
            if ["place", "instrument", "origin"].contains(where: { context.tokens.has(position, $0) }) || (role == "weapon" && context.tokens.has(position, "target")) {
                prepositional(&draft, child, passive: false, nominal: false, syntax, context)
            }
        }
        if role == "target" {
            addMeans(&draft, of: word, ["acl"], rule: "events/parse-target-means", syntax, context.tokens)
            deepPlace(&draft, below: word, syntax, context)
        }
    }

    /// "a bomb that police say was planted by militants", "the mine, laid by the rebels": who
    /// a clause on the weapon says used it is the actor, when the frame names none.
    func weaponUser(_ draft: inout FrameDraft, _ weapon: Int, _ syntax: EventSyntax, _ context: ArgumentContext) {
        guard draft.first("actor") == nil else { return }
        var frontier = syntax.tree.dependents(of: weapon, ["acl", "acl:relcl"]).map { ($0, 0) }
        while let (clause, depth) = frontier.popLast() {
            for child in syntax.tree.children[clause] {
                if let by = syntax.preposition(child), ["obl", "obl:agent"].contains(syntax.deprel(child)),
                    context.tokens.has(syntax.words[by].token, "agent")
                {
                    fill(&draft, child, role: "actor", rule: "events/parse-weapon-user", syntax, context)
                    return
                }
                if depth < 2, ["xcomp", "ccomp", "conj"].contains(syntax.deprel(child)) { frontier.append((child, depth + 1)) }
            }
        }
    }

    /// "an important site for the army on the shore of the Dead Sea": a named place deeper
    /// in a phrase is where the attack was, when nothing else says where. A facility there is
    /// rather the thing hit, or a part of it.
    func deepPlace(_ draft: inout FrameDraft, below word: Int, _ syntax: EventSyntax, _ context: ArgumentContext) {
        deepFacility(&draft, below: word, syntax, context)
        guard draft.first("location") == nil else { return }
        var frontier = [(word, 0)]
        while let (current, depth) = frontier.popLast(), depth < 4 {
            for child in syntax.tree.children[current] where syntax.deprel(child).hasPrefix("nmod") {
                // "trade with Israel", "by the group", "from Djibouti" say no place of the attack.
                if let preposition = syntax.preposition(child),
                    ["instrument", "agent", "origin"].contains(where: { context.tokens.has(syntax.words[preposition].token, $0) })
                {
                    continue
                }
                if let mention = context.tokens.base.mentionAt[syntax.words[child].token], ["LOC", "GPE"].contains(context.tokens.base.mentions[mention].type) {
                    // A possessor of a person by office or kin says whose, not where ("the son of
                    // Peru's consul", class `office`); of anything else, where ("Ukraine's capital").
                    if syntax.deprel(child) == "nmod:poss", isPersonWord(current, syntax, context.tokens) { continue }
                    entityArgument(&draft, mention, role: "location", rule: "events/parse-deep-place", context.tokens)
                    return
                }
                if context.tokens.base.mentionAt[syntax.words[child].token] == nil, isNamedArea(child, syntax, context.tokens) {
                    describe(&draft, child, role: "location", rule: "events/parse-deep-named-area", syntax, context)
                    return
                }
                frontier.append((child, depth + 1))
            }
        }
    }

    /// Whether a word names people: by office or kin, as a doer, a victim or a force, in any
    /// form (`events-words.tsv` classes `office`, `person`, `actor`, `victim`, `force`), or a
    /// person's name.
    func isPersonWord(_ word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        let token = syntax.words[word].token
        // (By lemma too: "Peru's consuls".)
        for kind in ["office", "person", "actor", "victim", "force"] where tokens.has(token, kind) || lexicon.isA(syntax.lemma(word), kind) {
            return true
        }
        return tokens.base.mentionAt[token].map { tokens.base.mentions[$0].type == "PERSON" } ?? false
    }

    /// "Zhobistan province", "the Tarnak area", "Zhob district": a place noun (`place_noun` in
    /// `events-words.tsv`) with a proper noun before it names an area no gazetteer may know.
    func isNamedArea(_ word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        guard tokens.has(syntax.words[word].token, "place_noun") else { return false }
        return syntax.tree.children[word].contains { child in
            child < word && syntax.words[child].upos == "PROPN" && ["compound", "amod", "flat", "nmod:poss"].contains(syntax.deprel(child))
        }
    }

    /// "an outpost in Syria's al-Tanf area": a target told by description is linked to the
    /// facility its phrase holds (ANNOTATION.md: a description is "linked to an entity when it
    /// holds one"), so the frame's site is the facility. Only a facility the phrase puts the
    /// thing in or at counts: one it is near ("a convoy near the gas field") is elsewhere.
    func deepFacility(_ draft: inout FrameDraft, below word: Int, _ syntax: EventSyntax, _ context: ArgumentContext) {
        let tokens = context.tokens
        guard let target = draft.first("target"), target.entityType == nil else { return }
        var frontier = [(word, 0)]
        while let (current, depth) = frontier.popLast(), depth < 3 {
            for child in syntax.tree.children[current] where syntax.deprel(child).hasPrefix("nmod") || syntax.deprel(child) == "compound" {
                if let preposition = syntax.preposition(child) {
                    let token = syntax.words[preposition].token
                    guard tokens.has(token, "place"), !tokens.has(token, "vicinity") else { continue }
                }
                if let mention = tokens.base.mentionAt[syntax.words[child].token], tokens.base.mentions[mention].type == "FAC" {
                    entityArgument(&draft, mention, role: "target", rule: "events/parse-deep-facility", tokens)
                    return
                }
                frontier.append((child, depth + 1))
            }
        }
    }

    /// Fills `role` with what the phrase headed by `word` names: a weapon, an entity, a
    /// pronoun resolved as speakers are, or a description with its head.
    func fillPhrase(_ draft: inout FrameDraft, _ word: Int, role: String, rule: String, _ syntax: EventSyntax, _ context: ArgumentContext) {
        guard role != "-" else { return }
        let tokens = context.tokens
        var token = syntax.words[word].token
        // "Downed Drone Kills Two": a headline's capitals make the parser read a participle and its
        // noun as one name headed by its first word; a name no lexicon knows is what its last
        // word is, and a weapon there is the weapon.
        if tokens.weaponAt[token] == nil, tokens.base.mentionAt[token] == nil, let tail = syntax.tree.dependents(of: word, ["flat"]).last,
            tokens.weaponAt[syntax.words[tail].token] != nil
        {
            token = syntax.words[tail].token
        }
        // A dateline's agency or city takes part in nothing. The parser may make it a second
        // subject of the lead's verb ("GAO (NewsFrame Wire) - Gunmen raided"): the other is the one.
        guard !tokens.base.inDateline[token] else {
            // Or hangs the lead's subject under the dateline ("AGADEZ, Niger -- Gunmen attacked").
            let outside = { (candidate: Int) in !tokens.base.inDateline[syntax.words[candidate].token] }
            let sibling = syntax.head(word).flatMap { head in
                syntax.tree.children[head].first { $0 != word && syntax.deprel($0) == syntax.deprel(word) && outside($0) }
            }
            let hung = syntax.tree.children[word].first { outside($0) && ["NOUN", "PROPN", "PRON"].contains(syntax.words[$0].upos) }
            // (Whatever the subject is: "BEIRUT — A car bomb exploded" gives the weapon.)
            if syntax.deprel(word).hasPrefix("nsubj"), let other = sibling ?? hung {
                fillPhrase(&draft, other, role: role, rule: rule + "|events/parse-after-dateline", syntax, context)
            }
            return
        }
        if let weapon = tokens.weaponAt[token] {
            draft.add(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: rule, tokens))
            // "U.S. warplanes struck", "Houthi drones hit": the state or group whose weapon it is.
            if role == "actor" {
                let owners = syntax.local(word).compactMap { tokens.base.mentionAt[syntax.words[$0].token] }
                // A town owns no weapon ("an Iskander-K missile" is no missile of a town so named).
                if let owner = owners.first(where: {
                    tokens.base.mentions[$0].type == "ORG" || (tokens.base.mentions[$0].type == "GPE" && tokens.base.mentions[$0].admin1 == nil)
                }) {
                    entityArgument(&draft, owner, role: "actor", rule: rule + "|events/parse-weapon-owner", tokens)
                } else if let force = syntax.tree.dependents(of: word, ["compound"]).first(where: { tokens.has(syntax.words[$0].token, "actor") }) {
                    // "Saudi-led coalition warplanes", "militia drones": a noun of those who attack
                    // before the weapon says whose it is, with the words before it (which the
                    // parser may hang on the weapon).
                    describe(&draft, force, role: "actor", rule: rule + "|events/parse-weapon-owner", syntax, context)
                    widenOwner(&draft, force, of: word, syntax, context)
                }
            }
            weaponUser(&draft, word, syntax, context)
            return
        }
        // "machine-gunned some 30 kilometers northeast of the capital": a distance the parser made
        // an object measures where, it was not hit (class `distance`).
        if role == "target", ([word] + syntax.tree.dependents(of: word, ["compound", "nmod:npmod", "obl:npmod"])).contains(where: {
            tokens.has(syntax.words[$0].token, "distance")
        }) {
            return
        }
        guard role != "weapon" else {
            // "with two drones and a missile", "with an explosives-laden vehicle": weapons in the phrase.
            for other in syntax.local(word) { if let weapon = tokens.weaponAt[syntax.words[other].token] { draft.add(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: rule, tokens)) } }
            return
        }
        if let mention = tokens.base.mentionAt[token] {
            // "by Iran-backed Houthi rebels" parsed with "Iran" as the head: the backer is a sponsor
            // and the phrase's head is the noun after the cue.
            if role == "actor", let end = sponsorCueEnd(after: mention, tokens), end < tokens.count, syntax.wordOfToken[end] >= 0 {
                entityArgument(&draft, mention, role: "sponsor", rule: "events/parse-sponsor", tokens)
                var head = syntax.wordOfToken[end]
                while let next = syntax.head(head), next > head, next - head <= 3, ["NOUN", "PROPN"].contains(syntax.words[next].upos) { head = next }
                fillPhrase(&draft, head, role: role, rule: rule + "|events/parse-after-sponsor", syntax, context)
                return
            }
            // "in Kidal" when "The mayor of Kidal" made the town a person: after a place word, a
            // one-word person is a place no gazetteer knows.
            if role == "location", tokens.base.mentions[mention].type == "PERSON", tokens.base.mentionTokens[mention].count == 1 {
                describe(&draft, word, role: role, rule: rule + "|events/parse-unknown-place", syntax, context)
                return
            }
            entityArgument(&draft, mention, role: role, rule: rule, tokens)
            return
        }
        if let pronoun = quoteLexicon.pronouns[tokens.lower[token]] ?? quoteLexicon.possessives[tokens.lower[token]] {
            let phrase = SpeakerPhrase(range: token..<token + 1, kind: .pronoun, typeOrder: pronoun.types, ruleID: pronoun.ruleID)
            // "The militia told Reuters in a statement that it fired the rockets": the
            // subject of a clause reported by a verb is that verb's subject, whoever else the
            // reporting clause names in between.
            if role == "actor", tokens.quoteAt[token] == nil, syntax.deprel(word).hasPrefix("nsubj"), let verb = syntax.head(word),
                syntax.deprel(verb) == "ccomp", let reporter = syntax.head(verb), let subject = syntax.tree.subject(of: reporter),
                quoteLexicon.pronouns[tokens.lower[syntax.words[subject].token]] == nil
            {
                fillPhrase(&draft, subject, role: role, rule: rule + "|events/parse-reporting-subject", syntax, context)
                return
            }
            guard role != "actor" && role != "sponsor" else {
                assign(&draft, .phrase(phrase), role: role, rule: rule, context)
                return
            }
            // "when it was attacked": a pronoun hit is kept only when it resolves to a place; the
            // speaker-based resolution that finds actors finds no ships.
            var resolved = draft
            assign(&resolved, .phrase(phrase), role: role, rule: rule, context)
            // (A country is no such place: "they came under attack" tells of people; nor is a town
            // for a pronoun that stands for many, class `people_pronoun`: a town is "it", bases and
            // ships may be "they".)
            let many = lexicon.isA(tokens.lower[token], "people_pronoun")
            if let added = resolved.arguments.last, resolved.arguments.count > draft.arguments.count,
                ["FAC", "LOC"].contains(added.entityType ?? "")
                    || (!many && added.entityType == "GPE" && added.canonical.map(tokens.subnationalPlaces.contains) == true)
            {
                draft.add(added)
            }
            return
        }
        // A word in a noun's place is read as one, whatever its tag ("the Tower 22 outpost" tagged JJS).
        // (Nor is a pronoun no rule above resolved, or a bare number: "shot them dead", "killed
        // five" name no one.)
        guard !["VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PUNCT", "DET", "PART", "PRON", "NUM"].contains(syntax.words[word].upos), !tokens.base.inTimex[token] else { return }
        // "Hundreds of settlers", "dozens of gunmen": a quantity's "of" phrase is who they are.
        if tokens.has(token, "quantity") || tokens.has(token, "generic"),
            let inner = syntax.tree.dependents(of: word, ["nmod"]).first(where: { child in
                child > word && syntax.preposition(child).map { lexicon.isA(tokens.lower[syntax.words[$0].token], "of_object") } == true
            })
        {
            fillPhrase(&draft, inner, role: role, rule: rule + "|events/parse-quantity-of", syntax, context)
            return
        }
        // "the group, Islamic Resistance in Iraq,": an apposition that names it.
        // (Not one past a phrase of the noun with a common noun, "a bakery on the main street Rue
        // Hugo": it names that noun, however the parser hung it; nor a place past a place, "the
        // consulate in Dori, Kolbe-land", which names where that place lies. "Secretary of State
        // Jane Doe" is one title.)
        if let appositive = syntax.tree.dependent(of: word, ["appos"]), let mention = tokens.base.mentionAt[syntax.words[appositive].token],
            role != "location" || ["FAC", "LOC", "GPE"].contains(tokens.base.mentions[mention].type),
            !syntax.tree.dependents(of: word, ["nmod"]).contains(where: { child in
                child > word && child < appositive
                    && (syntax.words[child].upos == "NOUN" || ["GPE", "LOC"].contains(tokens.base.mentions[mention].type))
            })
        {
            entityArgument(&draft, mention, role: role, rule: rule + "|events/parse-apposition", tokens)
            return
        }
        // "a jihadist faction, the Kolbe Front (KF), raided…": a group's name
        // right after the comma that ends its description, which the parser hung elsewhere.
        if role == "actor", let group = namedAfterComma(word, syntax, tokens) {
            entityArgument(&draft, group, role: role, rule: rule + "|events/parse-apposition-name", tokens)
            return
        }
        var modifiers: [Int] = []
        for other in syntax.local(word) where other != word {
            if let mention = tokens.base.mentionAt[syntax.words[other].token], !modifiers.contains(mention) { modifiers.append(mention) }
        }
        switch role {
        case "actor":
            actorDescription(&draft, word, modifiers, rule: rule, syntax, context)
        case "location":
            // "the coast of Yemen", "the town of Kaya": a place noun names its place with "of".
            // "near a U.S. convoy" is not in the United States: names before a common noun modify it.
            let after = syntax.words[word].upos == "PROPN" ? modifiers : modifiers.filter { tokens.base.mentionTokens[$0].lowerBound > token }
            let named = after + syntax.tree.dependents(of: word, ["nmod", "appos", "flat"]).compactMap { tokens.base.mentionAt[syntax.words[$0].token] }
            let ranked = ["FAC", "LOC", "GPE"]
            if let place = named.filter({ ranked.contains(tokens.base.mentions[$0].type) }).min(by: {
                ranked.firstIndex(of: tokens.base.mentions[$0].type)! < ranked.firstIndex(of: tokens.base.mentions[$1].type)!
            }) {
                entityArgument(&draft, place, role: role, rule: rule, tokens)
            } else if syntax.words[word].upos == "PROPN", modifiers.isEmpty,
                !TextCase.isCapitalsOnly(tokens.base.texts[token])
            {
                // "in Barsalogho", "near Besham": a name no gazetteer knows, after a place word, is
                // where it happened; it stands for itself. (Capitals alone are an acronym, a
                // group's more often than a place's: "in KLF-DMV ambush".)
                describe(&draft, word, role: role, rule: rule + "|events/parse-unknown-place", syntax, context)
            } else if isNamedArea(word, syntax, tokens) {
                // "in northern Zhobistan province": a place noun named by a proper noun.
                describe(&draft, word, role: role, rule: rule + "|events/parse-named-area", syntax, context)
            }
        default:
            if let facility = modifiers.first(where: { tokens.base.mentions[$0].type == "FAC" }) {
                entityArgument(&draft, facility, role: role, rule: rule, tokens)
                return
            }
            // "U.S. forces at al-Harir air base": people at a named facility; the facility is hit.
            if role == "target", tokens.has(token, "force") || tokens.has(token, "victim"),
                let facility = syntax.tree.dependents(of: word, ["nmod"]).compactMap({ tokens.base.mentionAt[syntax.words[$0].token] })
                    .first(where: { tokens.base.mentions[$0].type == "FAC" })
            {
                entityArgument(&draft, facility, role: role, rule: rule + "|events/parse-force-at-facility", tokens)
                return
            }
            describe(&draft, word, role: role, rule: rule + "|events/parse-description", syntax, context)
        }
    }

    func entityArgument(_ draft: inout FrameDraft, _ mention: Int, role: String, rule: String, _ tokens: EventTokens) {
        let entity = tokens.base.mentions[mention]
        // A base or a region attacks nothing; a place is a facility, a place or a country.
        if role == "actor" || role == "sponsor", entity.type == "FAC" || entity.type == "LOC" { return }
        // Nor does a town or a province: "Dori market bomber kills 12", "a blast in Kaya
        // killed four" (a state acts by its country's name, "Israel struck").
        // (A capital may speak for its state: "Bamako denies".)
        if role == "actor" || role == "sponsor", draft.type == "ATTACK", entity.type == "GPE", entity.feature != "country", entity.admin1 != nil || entity.feature != nil {
            return
        }
        if role == "location", !["FAC", "LOC", "GPE"].contains(entity.type) { return }
        // "a mile from Chad's border with Niger": the country across a border is not where.
        let start = tokens.base.mentionTokens[mention].lowerBound
        if role == "location", start >= 2, tokens.has(start - 1, "instrument"), tokens.has(start - 2, "border") { return }
        // "Israeli airstrike", "a Russian drone attack": a nationality acts as its country.
        if role == "actor" || role == "sponsor", entity.type == "NORP", let country = lexicon.countryOf[entity.canonical] {
            draft.add(FrameDraft.Argument(
                role: role, range: tokens.base.mentionTokens[mention], canonical: country.country, entityType: "GPE", rule: rule + "|" + country.ruleID))
            return
        }
        draft.add(FrameDraft.Argument(role: role, range: tokens.base.mentionTokens[mention], canonical: entity.canonical, entityType: entity.type, rule: rule))
    }
}
