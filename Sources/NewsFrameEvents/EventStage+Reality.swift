import NewsFrameCore

/// Which trigger mentions are real, specific events (`Corpus/README.md`, events): not
/// negated ("did not attack", "No group claimed"), not hypothetical ("if attacks continue",
/// "aim to attack"), not generic ("dozens of attacks", "attacks persisted", a plural nominal
/// with no date in its clause); and which type a trigger with a condition ends up with.
extension EventStage {
    /// The rule of a mention kept only to fold into an earlier frame of its type.
    static let foldOnlyRule = "events/fold-only"

    /// The rule that keeps the mention, or nil when it is no event.
    func realityCheck(_ mention: TriggerMention, _ tokens: EventTokens) -> String? {
        let clauseStart = tokens.clauseStart(mention.range.lowerBound)
        let clauseEnd = tokens.clauseEnd(mention.range.upperBound - 1)
        let before = max(clauseStart, mention.range.lowerBound - 3)..<mention.range.lowerBound
        if before.contains(where: { tokens.has($0, "negation") }) { return nil }
        // "shot himself": the deed turns on its doer.
        // ("killed himself and two guards" turns it on others too, counted; "attacked self-defence
        // militias" holds no reflexive, only the first part of a word a hyphen joins.)
        let reflexive = mention.range.upperBound
        let afterReflexive = reflexive + 1
        let hyphenated = afterReflexive < tokens.count && tokens.base.texts[afterReflexive] == "-"
            && tokens.base.tokens[afterReflexive].start == tokens.base.tokens[reflexive].end
        if !mention.isNoun, tokens.has(reflexive, "reflexive"), !hyphenated,
            !(afterReflexive + 1 < tokens.count && tokens.has(afterReflexive, "coordinator") && number(afterReflexive + 1, tokens) != nil)
        {
            return nil
        }
        let hypotheticalWindow = max(clauseStart, mention.range.lowerBound - 4)..<mention.range.lowerBound
        // A threat is a statement of intent: "will begin a new phase" is the threat itself.
        // A word of a date is no modal: "in May" is the month.
        for position in hypotheticalWindow where tokens.has(position, "hypothetical") && tokens.timexAt[position] == nil && mention.type != "THREAT" {
            // "to attack" is an aim; "claimed to have attacked" reports a deed.
            if tokens.lower[position] == "to" {
                if position == mention.range.lowerBound - 1, !mention.isNoun { return nil }
                continue
            }
            return nil
        }
        // "for fear of being attacked", "fearing attacks": an attack feared, right after a word of
        // fear or its "of" (class `fear`), is none.
        if (max(clauseStart, mention.range.lowerBound - 3)..<mention.range.lowerBound).contains(where: { position in
            tokens.has(position, "fear") && (position + 1 == mention.range.lowerBound || tokens.has(position + 1, "of_object"))
        }) {
            return nil
        }
        // "fear attacks if the talks fail": a condition right after the trigger.
        if mention.type != "THREAT", (mention.range.upperBound..<min(clauseEnd, mention.range.upperBound + 2)).contains(where: {
            tokens.has($0, "hypothetical") && tokens.lower[$0] != "to" && tokens.timexAt[$0] == nil
        }) {
            return nil
        }
        // "Anyone who targets", "the latest in a string of attacks": quantifiers reach across a clause word.
        let sentenceStart = tokens.sentenceRange[tokens.sentence[mention.range.lowerBound]].lowerBound
        // ("dozens of gunmen raided": a quantity of the doers, before a verb, counts people, not
        // deeds; "dozens of attacks" counts the deeds.)
        // ("The latest raid came at dawn near Kolbe": a definite article before the
        // word and one attack noun right after it single out one event, the last told.)
        let singled = mention.isNoun && !isPlural(mention, tokens)
        if (max(sentenceStart, mention.range.lowerBound - 4)..<mention.range.lowerBound).contains(where: { position in
            tokens.has(position, "generic")
                && !(!mention.isNoun && position + 2 < mention.range.lowerBound && lexicon.isA(tokens.lower[position + 1], "of_object")
                    && lexicon.triggerTrie.longest(tokens.lowerIDs, from: position + 2) == nil)
                && !(singled && position == mention.range.lowerBound - 1 && position > 0 && tokens.has(position, "singling") && tokens.has(position - 1, "definite"))
        }) {
            return nil
        }
        let after = mention.range.upperBound..<min(clauseEnd, mention.range.upperBound + 5)
        if mention.type == "ATTACK" || mention.type == "SEIZURE", after.contains(where: { tokens.has($0, "after") }) { return nil }
        // "claimed dozens of attacks": a claim of a count of attacks claims no one event.
        if lexicon.triggers[mention.entry].object == .attack,
            (mention.range.upperBound..<min(clauseEnd, mention.range.upperBound + 3)).contains(where: { tokens.has($0, "generic") })
        {
            return nil
        }
        if mention.isNoun, isPlural(mention, tokens) {
            // (A date fronted before the clause dates it too: "On Wednesday, the insurgents staged
            // arson attacks in another village".)
            let dated = (min(clauseStart, sentenceStart)..<clauseEnd).contains { position in
                tokens.timexAt[position].map { tokens.timexes[$0].isCalendarPoint } ?? false
            }
            // "the bombings", "these attacks": a definite plural tells more of what was told.
            let start = mention.range.lowerBound
            if !dated { return tokens.isDefinite(before: start) ? Self.foldOnlyRule : nil }
        }
        return "events/specific"
    }

    /// What the parse says makes a mention no specific event: a verb that is the complement of
    /// an aspect verb ("began launching strikes", "will start attacking"), a verb with an
    /// adverb or a date of frequency ("struck repeatedly", "over the years"), the perfect
    /// with a span or a vague past ("have launched attacks since November") or a tally ("has
    /// killed multiple members"), a nominal that modifies a generic noun ("an airstrike
    /// campaign"), or one in the phrase of a noun of a change in amount ("a reduction in attacks",
    /// class `change`).
    func isHabitual(_ mention: TriggerMention, _ syntax: EventSyntax?, _ tokens: EventTokens) -> Bool {
        guard let syntax, let word = syntax.head(of: mention.range) else { return false }
        if let head = syntax.head(word), mention.isNoun, ["compound", "amod"].contains(syntax.deprel(word)), tokens.has(syntax.words[head].token, "generic") {
            return true
        }
        if let head = syntax.head(word), mention.isNoun, syntax.deprel(word) == "nmod", syntax.words[head].upos == "NOUN", lexicon.isA(syntax.lemma(head), "change") {
            return true
        }
        // "It is common for villagers to be attacked", "such raids are rare": a clause or a noun
        // that is what an adjective of how often things happen says is usual tells no one event.
        // (The parser may hang the clause on its "for" phrase: "common for villagers | to be attacked".)
        var below = word
        for _ in 0..<2 {
            guard ["csubj", "csubj:pass", "nsubj", "xcomp", "advcl", "acl", "obl"].contains(syntax.deprel(below)), let head = syntax.head(below) else { break }
            if lexicon.isA(syntax.lemma(head), "usual") { return true }
            below = head
        }
        // Up through objects and complements: "began launching strikes", "started attacking".
        var current = word
        for _ in 0..<3 {
            guard let head = syntax.head(current) else { break }
            if ["xcomp", "ccomp", "obj"].contains(syntax.deprel(current)), syntax.words[current].xpos == "VBG" || syntax.deprel(current) == "xcomp",
                lexicon.isA(syntax.lemma(head), "aspect")
            {
                return true
            }
            guard ["obj", "xcomp"].contains(syntax.deprel(current)) else { break }
            current = head
        }
        // "They focus their raids on farming districts", "the rebels carry out raids on
        // farms": attacks in the plural, what a verb in the present (not a headline's) does or
        // undergoes, are what usually happens, no one event.
        if mention.isNoun, syntax.words[word].xpos == "NNS", ["obj", "nsubj"].contains(syntax.deprel(word)), let verb = syntax.head(word),
            syntax.words[verb].upos == "VERB", syntax.tree.tense(of: verb) == .present, tokens.base.cueAt[syntax.words[verb].token] == nil,
            !(tokens.opensWithHeadline && tokens.base.paragraph[mention.range.lowerBound] == 0)
        {
            return true
        }
        if !mention.isNoun {
            // "have launched attacks since November", "has been targeted in the past": the perfect
            // with a span of time or a vague past tells of a run of attacks.
            if syntax.tree.tense(of: word) == .perfect, syntax.tree.children[word].contains(where: { child in
                let token = syntax.words[child].token
                return syntax.deprel(child).hasPrefix("obl") || syntax.deprel(child) == "advcl"
                    ? syntax.local(child).contains { tokens.has(syntax.words[$0].token, "sequence") }
                        || (tokens.timexAt[token].map { tokens.timexes[$0].value.hasSuffix("_REF") } ?? false)
                    : false
            }) {
                return true
            }
            if isTally(word, syntax, tokens) { return true }
        }
        // "has been struck repeatedly", "shelled over the years": frequency, not one event; so is
        // a perfect whose doer is a count of attacks ("has been targeted by several attacks").
        if !mention.isNoun, syntax.tree.tense(of: word) == .perfect,
            syntax.tree.dependents(of: word, ["obl:agent"]).contains(where: { agent in
                syntax.local(agent).contains { tokens.has(syntax.words[$0].token, "generic") }
            })
        {
            return true
        }
        if !mention.isNoun {
            for child in syntax.tree.children[word] {
                let token = syntax.words[child].token
                if syntax.deprel(child) == "advmod", tokens.has(token, "generic") { return true }
                if syntax.deprel(child).hasPrefix("obl"), tokens.base.inTimex[token], syntax.local(child).contains(where: { tokens.has(syntax.words[$0].token, "generic") }) {
                    return true
                }
            }
        }
        return false
    }

    /// "launched their operation", "intercepted a vehicle": a verb whose object is its weapon,
    /// with an object that is neither a weapon nor an attack, tells of no attack.
    /// (A preposition before the object is a phrase misread as one: "fired | at al-Tanf garrison".)
    func hasNoWeaponObject(_ mention: TriggerMention, _ syntax: EventSyntax?, _ tokens: EventTokens) -> Bool {
        guard !mention.isNoun, lexicon.triggers[mention.entry].object == .weapon, let syntax, let word = syntax.head(of: mention.range),
            let object = syntax.tree.object(of: word)
        else { return false }
        return !(min(word, object) + 1..<max(word, object)).contains(where: { syntax.words[$0].upos == "ADP" })
            && !syntax.local(object).contains(where: { tokens.weaponAt[syntax.words[$0].token] != nil })
            && lexicon.triggerTrie.longest(tokens.lowerIDs, from: syntax.words[object].token) == nil
    }

    /// "has killed multiple members", "has killed more than 6,000 people": a quantified object
    /// under the perfect is a tally (the quantifier may hang on the number).
    /// (Not at one place: "have killed more than 40 farmers at a camp" is one raid.)
    func isTally(_ word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        guard syntax.tree.tense(of: word) == .perfect, let object = syntax.tree.object(of: word) else { return false }
        return syntax.local(object).contains(where: {
            $0 != object && (tokens.has(syntax.words[$0].token, "tally") || tokens.has(syntax.words[$0].token, "generic"))
        }) && !isAtOnePlace(word, syntax, tokens)
    }

    /// Whether a verb's place phrase names one place below a country: a singular noun of a
    /// place that can be hit ("at a village", "in a market", class `site`) or a town or settlement.
    func isAtOnePlace(_ verb: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        // (The parser may hang the place on the object: "killed 40 farmers | at a camp".)
        let objectPhrases = syntax.tree.object(of: verb).map { syntax.tree.dependents(of: $0, ["nmod"]) } ?? []
        return (syntax.tree.children[verb] + objectPhrases).contains { child in
            guard syntax.deprel(child).hasPrefix("obl") || syntax.deprel(child) == "nmod", let preposition = syntax.preposition(child),
                tokens.has(syntax.words[preposition].token, "place"), !tokens.base.inTimex[syntax.words[child].token]
            else { return false }
            if let mention = tokens.base.mentionAt[syntax.words[child].token] {
                return ["town", EntityMention.unlisted].contains(tokens.base.mentions[mention].feature ?? "")
            }
            return syntax.words[child].xpos == "NN" && lexicon.isA(syntax.lemma(child).lowercased(), "site")
        }
    }

    /// Negation the word cues next to the trigger miss: "No group has immediately claimed
    /// responsibility" (a negated subject), "the group has not yet claimed" (a negated verb).
    func isNegatedByParse(_ mention: TriggerMention, _ syntax: EventSyntax?) -> Bool {
        guard let syntax, let word = syntax.head(of: mention.range) else { return false }
        if syntax.tree.isNegated(word) { return true }
        // "the crash didn't appear to be an attack": a noun a negated verb of seeming (class
        // `seeming`) says the subject is (its complement, with a copula) is denied; "did not deny
        // it was an attack" denies nothing of it.
        // (The parser may make the copula the head, with the noun its subject.)
        if mention.isNoun {
            var predicate = word
            if syntax.deprel(word) == "nsubj", let head = syntax.head(word), syntax.words[head].upos == "AUX" { predicate = head }
            let copular = predicate != word || syntax.tree.dependent(of: word, ["cop"]) != nil
            if copular, ["xcomp", "obj", "ccomp"].contains(syntax.deprel(predicate)), let verb = syntax.head(predicate),
                lexicon.isA(syntax.lemma(verb), "seeming"), syntax.tree.isNegated(verb)
            {
                return true
            }
        }
        // (The subject may be the verb's controller's: "no group had yet | claimed", parsed
        // with "claimed" the complement of "had"; or the verb a clause hung on its negated
        // subject, "no militia | had yet claimed", as the status reads it.)
        if !mention.isNoun, syntax.deprel(word) == "acl", syntax.tree.auxiliaries(of: word).count > 0, syntax.head(word).map(syntax.tree.isNegated) == true {
            return true
        }
        // ("was nearly downed": a verb of a near miss, class `near_miss`, tells what did not happen.)
        if !mention.isNoun, syntax.tree.dependents(of: word, ["advmod"]).contains(where: { lexicon.isA(syntax.lemma($0).lowercased(), "near_miss") }) {
            return true
        }
        // ("was claimed by no group": a negated agent.)
        if !mention.isNoun, syntax.tree.agent(of: word).map(syntax.tree.isNegated) == true { return true }
        return !mention.isNoun && sharedSubject(word, syntax).map(syntax.tree.isNegated) == true
    }

    /// "Floods killed 17 pilgrims", "violence killed 2,000 people last year", "provinces hit by a
    /// rebellion": a verb whose doer is a hazard of nature or a whole conflict (class `nonagent`),
    /// as its subject, its agent or the noun its participle hangs on, tells no armed attack.
    func isDoneByNonAgent(_ mention: TriggerMention, _ syntax: EventSyntax?, _ tokens: EventTokens) -> Bool {
        guard !mention.isNoun, let syntax, let verb = syntax.head(of: mention.range) else { return false }
        func isNonAgent(_ word: Int) -> Bool {
            guard ["NOUN", "PROPN"].contains(syntax.words[word].upos) else { return false }
            return tokens.has(syntax.words[word].token, "nonagent") || lexicon.isA(syntax.lemma(word).lowercased(), "nonagent")
        }
        // (A passive's subject is what was hit, unless the verb has an object and so is active:
        // "Violence … | killed 2,000 people", its subject misread as passive.)
        if let subject = syntax.tree.subject(of: verb), syntax.deprel(subject) != "nsubj:pass" || syntax.tree.object(of: verb) != nil,
            isNonAgent(subject)
        {
            return true
        }
        if let agent = syntax.tree.agent(of: verb), isNonAgent(agent) { return true }
        // ("Floods killing …": the noun an active participle hangs on does it; so does the noun of
        // a participle with an object, an active verb misread as reduced: "An earthquake killed nine".)
        guard ["acl", "amod"].contains(syntax.deprel(verb)), syntax.words[verb].xpos == "VBG" || syntax.tree.object(of: verb) != nil,
            let head = syntax.head(verb)
        else { return false }
        return isNonAgent(head)
    }

    /// "Two teachers were among those killed": a participle of harm hung on a pronoun
    /// tells who was harmed in an event told before, not a run of events, though "those" is a
    /// word of generic mentions. Read only when the word-cue check turned the mention down.
    func isHarmOfThose(_ mention: TriggerMention, _ syntax: EventSyntax?) -> Bool {
        guard !mention.isNoun, let syntax, let verb = syntax.head(of: mention.range), let head = syntax.head(verb) else { return false }
        return syntax.words[verb].xpos == "VBN" && syntax.deprel(verb) == "acl" && syntax.words[head].upos == "PRON"
    }

    /// "used two drones to strike the garrison": an infinitive of purpose under a verb in
    /// the past tells what was done, where "vowed to attack" tells an aim. Read only when the
    /// word-cue check turned the mention down for its infinitive marker.
    func isPurposeDone(_ mention: TriggerMention, _ syntax: EventSyntax?, _ tokens: EventTokens) -> Bool {
        guard !mention.isNoun, let syntax, let verb = syntax.head(of: mention.range), var head = syntax.head(verb),
            let mark = syntax.tree.dependent(of: verb, ["mark"]), syntax.words[mark].token == mention.range.lowerBound - 1,
            syntax.tree.functionWords.infinitive.contains(syntax.lemma(mark))
        else { return false }
        // "used two drones to strike": the parser may hang the purpose on the object.
        if syntax.deprel(verb) == "acl", syntax.deprel(head) == "obj", let user = syntax.head(head) {
            head = user
        } else if syntax.deprel(verb) != "advcl" {
            return false
        }
        // ("raised the alarm over plans by the militants to target …": a word of intent between
        // the verb and the infinitive, class `hypothetical`, makes the aim that word's, not a deed.)
        let between = syntax.words[head].token + 1..<max(syntax.words[head].token + 1, syntax.words[mark].token)
        if between.contains(where: { tokens.has($0, "hypothetical") }) { return false }
        return syntax.tree.tense(of: head) == .past && !syntax.tree.isNegated(head) && syntax.tree.modal(of: head) == nil
    }

    /// A plural nominal names one event only with a place or a party ("drone attacks on the
    /// Ain al-Asad air base"); "lists the attacks by week" names none.
    func isVaguePlural(_ draft: FrameDraft, _ tokens: EventTokens) -> Bool {
        draft.mention.isNoun && isPlural(draft.mention, tokens) && draft.site == nil && draft.first("actor") == nil && draft.first("target") == nil
    }

    func isPlural(_ mention: TriggerMention, _ tokens: EventTokens) -> Bool {
        let last = tokens.lower[mention.range.upperBound - 1]
        return last.hasSuffix("s") && !last.hasSuffix("ss")
    }

    /// Whether a noun trigger's own phrases name a weapon ("the interception of two drones").
    func namesWeapon(_ mention: TriggerMention, _ syntax: EventSyntax?, _ tokens: EventTokens) -> Bool {
        guard let syntax, let noun = syntax.head(of: mention.range) else { return false }
        return syntax.tree.dependents(of: noun, ["nmod"]).contains { phrase in
            syntax.local(phrase).contains { tokens.weaponAt[syntax.words[$0].token] != nil }
        }
    }

    /// Whether two triggers are one word's verb and noun ("intercept", "interception"): one
    /// name begins the other, and the shorter has five letters or more.
    static func sharesStem(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= 5 && long.hasPrefix(short)
    }

    /// The frame type once the trigger's condition is checked (`requires`, `otherwise`).
    func resolvedType(_ draft: FrameDraft, _ tokens: EventTokens) -> String? {
        guard let requirement = draft.entry.requires else { return draft.type }
        let met: Bool
        switch requirement {
        case .future:
            let sentence = tokens.sentenceRange[tokens.sentence[draft.mention.range.lowerBound]]
            met = (draft.mention.range.upperBound..<sentence.upperBound).contains { tokens.has($0, "future") }
        case .weapon: met = draft.first("weapon") != nil
        case .actor: met = draft.first("actor") != nil
        // Judged on the whole frame once its mentions are folded (`process`).
        case .violence, .local: met = true
        // Checked where mentions are found: only a definite one is made, and it only folds.
        case .told: met = true
        }
        return met ? draft.type : draft.entry.otherwise
    }

    /// "Cruz attacked the program", "a harsh attack on the senator": words that name violence
    /// only in context are an attack when something in the frame, all its mentions folded, is
    /// physical: a weapon, a toll,
    /// a place, a place or vehicle hit, an armed actor (a state, a group, an attacker noun), or
    /// people hit (`victim` and `actor` nouns), or when the attack was stopped.
    func showsViolence(_ draft: FrameDraft, _ tokens: EventTokens) -> Bool {
        // A group claims or denies deeds, not criticism.
        if !draft.status.isDisjoint(with: ["thwarted", "claimed", "denied", "unclaimed"]) { return true }
        // "Saturday's terror attack", "a deadly assault": a word before a mention that says it;
        // "attacked worshippers outside a mosque": a thing or people that can be hit in its clause.
        for range in [draft.mention.range] + draft.folded {
            if (max(0, range.lowerBound - 2)..<range.lowerBound).contains(where: { tokens.has($0, "violent") }) { return true }
            let clause = tokens.clauseStart(range.lowerBound)..<tokens.clauseEnd(range.upperBound - 1)
            // (Not inside a name: "Wall Street".)
            if clause.contains(where: { tokens.base.mentionAt[$0] == nil && (tokens.has($0, "site") || tokens.has($0, "victim")) }) { return true }
        }
        for argument in draft.arguments {
            switch argument.role {
            case "weapon", "killed", "injured", "casualties", "location", "origin": return true
            case "actor":
                if ["GPE", "ORG", "NORP"].contains(argument.entityType ?? "") { return true }
                if argument.entityType == nil, tokens.has(argument.range.upperBound - 1, "actor") { return true }
            case "target":
                if ["FAC", "LOC", "GPE", "VEHICLE"].contains(argument.entityType ?? "") { return true }
                if argument.entityType == nil, ["victim", "actor", "place_noun"].contains(where: { tokens.has(argument.range.upperBound - 1, $0) }) { return true }
                // "the Tower 22 outpost": a description holding a place.
                if argument.range.contains(where: { position in
                    tokens.base.mentionAt[position].map { ["FAC", "LOC", "GPE", "VEHICLE"].contains(tokens.base.mentions[$0].type) } ?? false
                }) {
                    return true
                }
            default: break
            }
        }
        return false
    }

    /// Drops the frames of words that are an attack only in context when nothing physical
    /// shows (`showsViolence`), after claims are linked; a claim of a dropped frame claims none.
    func dropWithoutViolence(_ frames: inout [FrameDraft], _ tokens: EventTokens) {
        let keep = frames.map { frame in
            (frame.entry.requires != .violence || showsViolence(frame, tokens)) && (frame.entry.requires != .local || !hitsCountry(frame, tokens))
                && !isTally(frame, tokens)
        }
        guard keep.contains(false) else { return }
        var newIndex: [Int?] = []
        var next = 0
        for kept in keep {
            newIndex.append(kept ? next : nil)
            if kept { next += 1 }
        }
        frames = frames.indices.filter { keep[$0] }.map { index in
            var frame = frames[index]
            frame.attack = frame.attack.flatMap { newIndex[$0] }
            return frame
        }
    }

    /// "Russia invaded Ukraine": a trigger that is an attack only on a place inside a country
    /// (`requires` local: "gunmen invaded the village") names a war when what it hits is a whole
    /// country, and wars are no attacks (`ANNOTATION.md`). So does a state that invades what no
    /// place inside a country names ("Russia invaded its neighbour").
    func hitsCountry(_ frame: FrameDraft, _ tokens: EventTokens) -> Bool {
        let targets = frame.arguments.filter { $0.role == "target" }
        if targets.contains(where: { isCountryOnly($0, tokens) }) { return true }
        guard let actor = frame.first("actor"), isCountryOnly(actor, tokens) else { return false }
        return !targets.contains { target in
            ["FAC", "LOC"].contains(target.entityType ?? "") || (target.entityType == "GPE" && !isCountryOnly(target, tokens))
                || narrowPlaceMention(target, tokens) != nil
        }
    }

    /// "Around 300 people have been killed … since October 2019": the days from a date a word
    /// of time order opens in a mention's sentence (class `sequence`) to the report, the span a
    /// toll told that way counts over; 0 when there is none.
    func spanSince(_ frame: FrameDraft, _ tokens: EventTokens) -> Int {
        guard let report = tokens.reportDay else { return 0 }
        var span = 0
        for mention in [frame.mention.range] + frame.folded {
            let sentence = tokens.sentenceRange[tokens.sentence[mention.lowerBound]]
            for position in sentence where tokens.has(position, "sequence") && position + 1 < sentence.upperBound {
                guard let timex = tokens.timexAt[position + 1], let start = DayRange(value: tokens.timexes[timex].value) else { continue }
                span = max(span, report.last - start.first)
            }
        }
        return span
    }

    /// "About 800 residents were killed in the province during March", "some 30,000 villagers
    /// have been killed over two decades": a toll in the hundreds over a period, or one in the
    /// thousands, told only by words of harm, with no one who did it, nothing hit but the dead,
    /// no place and no weapon, counts many events, not one. (A smaller toll of a month, "in March some 60 farmers were
    /// killed in two hamlets", may be one massacre; one attack rarely kills hundreds.)
    func isTally(_ frame: FrameDraft, _ tokens: EventTokens) -> Bool {
        guard frame.type == "ATTACK", ([frame.mention.range] + frame.folded).allSatisfy({ tokens.has($0.lowerBound, "casualty") }) else { return false }
        // Whoever did it and wherever: hundreds over a season or more ("More than 300 people were
        // killed by the rebels last year"), or thousands at any time, count a war.
        // (A year alone is no day range: "last year" is 2015.)
        let days = frame.first("time").flatMap { time -> Int? in
            guard time.rule != Self.reportDateRule, let value = time.value else { return nil }
            return DayRange(value: value)?.length ?? (value.count == 4 && value.allSatisfy(\.isNumber) ? 365 : nil)
        } ?? 0
        let killed = frame.first("killed")?.count ?? 0
        if killed >= 1000 || (killed >= 100 && (days >= 90 || spanSince(frame, tokens) >= 90)) { return true }
        if frame.arguments.contains(where: { ["actor", "location", "weapon", "origin"].contains($0.role) }) { return false }
        if frame.arguments.contains(where: { $0.role == "target" && !$0.rule.contains(Self.victimsRule) }) { return false }
        let period = frame.first("time").map { time in time.rule != Self.reportDateRule && (DayRange(value: time.value ?? "").map { $0.length > 1 } ?? true) } ?? false
        return period && killed >= 500
    }
}
