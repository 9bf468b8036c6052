import NewsFrameCore
import NewsFrameQuotes

/// Event frames (`ANNOTATION.md`, "Event frames") assembled from the earlier stages' tokens,
/// dates, entities and quotations, without a parser.
///
/// Triggers come from `events-triggers.tsv`; a form both a verb and a noun ("attacks",
/// "strike") is read as a noun after a determiner, number, preposition, name or weapon, and
/// as a verb elsewhere. Mentions that are not events are dropped by rules written down in
/// `Corpus/README.md`: negated, hypothetical, or generic (a quantifier or aspect word next
/// to the trigger; a plural nominal with no date in its clause). Arguments are read from the
/// trigger's clause (`EventStage+Arguments`); mentions of one event in one document fold into
/// one frame (`EventStage+Fold`), a claim links to the attack it claims, and status comes
/// from the trigger, the cues around it and the quotation it is reported in.
public struct EventStage: Stage {
    public static let name = "events"
    public static let version = 2
    public static let requires: Set<AnnotationKind> = [.tokens, .sentences, .syntax, .timexes, .entities, .quotes]
    public static let provides: Set<AnnotationKind> = [.events]

    let lexicon: EventLexicon
    let quoteLexicon: QuoteLexicon
    /// The function words the tree accessors read (tense, negation, the agent's preposition).
    let clauseWords: ClauseWords
    /// The canonical names of news outlets, monitors and the platforms they cite (option
    /// `outlets`): who reports an attack never carries it out (ANNOTATION.md: "an outlet is
    /// never an actor"), however near the trigger or the pronoun it stands.
    let outlets: Set<String>

    public init(context: StageContext) throws {
        lexicon = try EventLexicon(context: context)
        quoteLexicon = try QuoteLexicon(context: context, prefix: "quote_")
        clauseWords = try ClauseWords(
            table: try context.table(context.option("function_words", default: "syntax-function-words.tsv"), required: ["lemma", "role"]))
        outlets = Set(try context.table(context.option("outlets", default: "entities-news-monitors.tsv"), required: ["canonical"]).rows.compactMap { $0["canonical"] })
    }

    public func process(_ document: AnalyzedDocument) throws -> AnnotationSet {
        let tokens = EventTokens(document, quoteLexicon: quoteLexicon, lexicon: lexicon)
        let finder = SpeakerFinder(lexicon: quoteLexicon, tokens: tokens.base)
        let resolver = SpeakerResolver(lexicon: quoteLexicon, tokens: tokens.base)
        let speakers = previousSpeakers(tokens)
        let syntax = EventSyntax(document, tokens: tokens.base.tokens, functionWords: clauseWords)
        let context = ArgumentContext(tokens: tokens, finder: finder, resolver: resolver, speakers: speakers, text: document.text, quoteLexicon: quoteLexicon)
        var drafts: [FrameDraft] = []
        // Mentions told as no attack because their object is no weapon: trigger and sentence.
        var noAttack: [(name: String, sentence: Int)] = []
        let mentions = triggerMentions(tokens, syntax)
        for mention in mentions {
            let noWeapon = hasNoWeaponObject(mention, syntax, tokens)
            guard let reason = realityCheck(mention, tokens) ?? (isPurposeDone(mention, syntax, tokens) ? "events/purpose-done" : nil)
                ?? (isHarmOfThose(mention, syntax) ? Self.foldOnlyRule : nil),
                !noWeapon, !isHabitual(mention, syntax, tokens), !isNegatedByParse(mention, syntax), !isClaimByAnAttack(mention, among: mentions, syntax, tokens),
                !isDoneByNonAgent(mention, syntax, tokens)
            else {
                if noWeapon { noAttack.append((lexicon.triggers[mention.entry].name, tokens.sentence[mention.range.lowerBound])) }
                continue
            }
            var draft = FrameDraft(mention: mention, entry: lexicon.triggers[mention.entry], rules: [lexicon.triggers[mention.entry].ruleID, reason])
            fillArguments(&draft, context, syntax)
            // "Armed Guards Killed the Gunman in a Dori Clinic Shooting": the attacker's end, told
            // by a verb whose victim is the one who carried out the attack its sentence (or one of the
            // sentences before) names, gives that attack neither a target nor a toll: its victim is
            // the attack's actor ("the attacker was shot"). (Told alone, "a settler killed the
            // assailant", it is the event the report is about.)
            if isAttackersEnd(mention, besideAttackAmong: mentions, syntax, tokens) {
                draft.arguments.removeAll { ["actor", "target", "killed", "injured", "casualties"].contains($0.role) }
                if let syntax, let attacker = attackerHarmed(by: mention, syntax, tokens) {
                    fill(&draft, attacker, role: "actor", rule: Self.attackersEndRule, syntax, context)
                }
                draft.victims = nil
                draft.foldOnly = true
            }
            if isVaguePlural(draft, tokens) {
                // "the bombings", "the attacks": a definite plural points back to what was told.
                guard isAnaphoric(draft, tokens) else { continue }
                draft.foldOnly = true
            }
            draft.foldOnly = draft.foldOnly || reason == Self.foldOnlyRule
            // "The incident occurred at a bridge near Tandigou": a noun that names an event only
            // by pointing back tells where and when of one told before, and is none by itself.
            if draft.entry.requires == .told { draft.foldOnly = true }
            // "Troops intercepted a truck of food. The interception took place in Tamsar": a definite
            // nominal with no weapon of its own, right after a mention of its word (by stem) that was
            // no attack (its object no weapon), in that sentence or the next, tells of that one.
            let sentence = tokens.sentence[mention.range.lowerBound]
            if isAnaphoric(draft, tokens), draft.first("weapon") == nil, !namesWeapon(mention, syntax, tokens),
                noAttack.contains(where: { Self.sharesStem($0.name, draft.entry.name) && sentence - $0.sentence <= 1 })
            {
                continue
            }
            guard let type = resolvedType(draft, tokens) else { continue }
            if draft.foldOnly {
                guard drafts.contains(where: { $0.type == type }) else { continue }
                if !draft.rules.contains(Self.foldOnlyRule) { draft.rules.append(Self.foldOnlyRule) }
            }
            draft.type = type
            let roles = lexicon.roles[type] ?? []
            draft.arguments.removeAll { !roles.contains($0.role) }
            drafts.append(draft)
        }
        var frames = fold(drafts, tokens)
        for index in frames.indices {
            frames[index].arguments.removeAll { ($0.role == "actor" || $0.role == "sponsor") && $0.canonical.map(outlets.contains) == true }
            frames[index].dropActorThatIsTarget()
            placeFromTarget(&frames[index])
            targetFromSite(&frames[index], tokens)
            victimsAsTarget(&frames[index], syntax, context)
        }
        placeNearby(&frames, tokens, syntax)
        for index in frames.indices {
            narrowPlace(&frames[index], tokens)
            dropCountryThatIsWhere(&frames[index], tokens)
        }
        armAttackers(&frames, syntax, tokens)
        linkClaims(&frames, tokens)
        fillFromLaterMentions(&frames, syntax, tokens, context)
        resolveDescribedActors(&frames, syntax, tokens)
        applyTolls(&frames, tokens)
        dropWithoutViolence(&frames, tokens)
        for index in frames.indices {
            frames[index].arguments.removeAll { $0.role == "actor" && $0.rule.hasPrefix(Self.kindActorRule) }
        }
        return AnnotationSet(events: frames.map { draft in
            draft.frame(tokens, attackSpan: draft.attack.map { tokens.span(frames[$0].mention.range) })
        })
    }

    /// Quotation speakers as earlier mentions for resolving "it" and "the group", with the
    /// description head they were given by ("the group said" → "group").
    func previousSpeakers(_ tokens: EventTokens) -> [(canonical: String, type: String?, token: Int, head: String?)] {
        tokens.quotes.compactMap { quote in
            guard let canonical = quote.speakerCanonical, let speaker = quote.speaker else { return nil }
            let token = tokens.base.index(atOrAfter: speaker.start)
            let type = tokens.typeOfCanonical[canonical]
            var last = token
            while last + 1 < tokens.count, tokens.base.tokens[last + 1].end <= speaker.end { last += 1 }
            let head = quoteLexicon.nouns[tokens.lower[last]] != nil ? tokens.lower[last] : nil
            return (canonical, type, token, head)
        }
    }

    /// Every trigger in the text, longest form first, read as a verb or a noun by its part of
    /// speech in the parse (by the words before it when there is none).
    func triggerMentions(_ tokens: EventTokens, _ syntax: EventSyntax?) -> [TriggerMention] {
        var result: [TriggerMention] = []
        var index = 0
        while index < tokens.count {
            guard let (payload, length) = lexicon.triggerTrie.longest(tokens.lowerIDs, from: index)
                ?? lexicon.toldTrie.longest(tokens.lowerIDs, from: index).flatMap({ tokens.isDefinite(before: index) ? $0 : nil })
            else {
                index += 1
                continue
            }
            // A trigger word inside a name ("Strike Force", "Attack Brigade") evokes nothing.
            if let mention = tokens.base.mentionAt[index], tokens.base.mentions[mention].type != "NORP" {
                index += 1
                continue
            }
            let candidates = lexicon.entriesByForm[Array(tokens.lower[index..<index + length])] ?? [payload]
            let chosen: Int?
            if let syntax, let head = syntax.head(of: index..<index + length) {
                // A verb-only form used as a noun ("the targets") evokes nothing.
                // "A rocket hit Erbil", "Missile strikes tanker": a noun reading with an object, or
                // with a subject when the form has no noun entry, is a verb mistagged.
                // ("shot dead", "gunned down": a verb's form of several words is the verb, however
                // the tagger read its first word.)
                let phrasalVerb = length > 1 && !candidates.contains { lexicon.triggers[$0].part == .noun }
                // (An "object" that opens with a preposition is the noun's phrase, mislabelled:
                // "a fresh raid | by Boko Haram fighters".)
                let isNoun = !phrasalVerb && ["NOUN", "PROPN"].contains(syntax.words[head].upos)
                    && (syntax.tree.object(of: head).map(syntax.tree.hasPreposition) ?? true)
                    && (syntax.tree.subject(of: head) == nil || syntax.tree.dependent(of: head, ["cop"]) != nil
                        || candidates.contains { lexicon.triggers[$0].part == .noun })
                chosen = candidates.first { lexicon.triggers[$0].part == (isNoun ? .noun : .verb) } ?? (isNoun ? nil : candidates[0])
            } else {
                let nounContext = isNounContext(index, tokens)
                chosen = candidates.first(where: { lexicon.triggers[$0].part == (nounContext ? .noun : .verb) })
                    ?? (nounContext && !isParticiple(index, length, tokens) ? nil : candidates[0])
            }
            guard let chosen else {
                index += length
                continue
            }
            let entry = lexicon.triggers[chosen]
            let range = index..<index + length
            // "targeted attacks", "a targeted killing": a verb's form that modifies an attack noun
            // says what kind of attack the noun is; the noun is the mention.
            // (Or the parser made it a verb with the noun as its object: no one targets attacks.)
            if entry.part == .verb, let syntax, let head = syntax.head(of: range),
                let noun = syntax.deprel(head) == "amod" ? syntax.head(head)
                    : entry.object == .target ? syntax.tree.object(of: head).flatMap({ syntax.words[$0].token == range.upperBound ? $0 : nil }) : nil,
                lexicon.triggerTrie.longest(tokens.lowerIDs, from: syntax.words[noun].token) != nil
            {
                index += length
                continue
            }
            var passive = false
            if entry.part == .verb, let syntax, let head = syntax.head(of: range) {
                passive = syntax.tree.voice(of: head) == .passive
            } else if entry.part == .verb {
                var before = index - 1
                while before >= 0, tokens.has(before, "skip") || tokens.base.inTimex[before] { before -= 1 }
                // "were fired" is passive; "is suspending" is not.
                passive = tokens.has(before, "passive") && !tokens.lower[index + length - 1].hasSuffix("ing")
                // "two drones targeting a base": a participle after its noun keeps the noun as subject.
            }
            var mention = TriggerMention(entry: chosen, type: entry.type, range: range, isNoun: entry.part == .noun, isPassive: passive)
            if entry.part == .verb, let syntax, let head = syntax.head(of: range) {
                mention.isPluperfect = syntax.tree.auxiliaries(of: head).contains {
                    syntax.words[$0].xpos == "VBD" && syntax.tree.functionWords.perfect.contains(TextCase.lowercased(syntax.words[$0].lemma))
                }
            }
            if entry.part == .noun, let syntax, let head = syntax.head(of: range) {
                mention.isDatedPossessive = syntax.tree.dependents(of: head, ["nmod:poss"]).contains { tokens.base.inTimex[syntax.words[$0].token] }
                // "the Tuesday night attack": a day between "the" and a singular noun names it too;
                // a calendar date there ("the 7 October attack") names an event of its own.
                var before = index
                while before > 0, before > index - 4, tokens.base.inTimex[before - 1] { before -= 1 }
                if before < index, tokens.has(before - 1, "definite"), !isPlural(mention, tokens),
                    !(before..<index).contains(where: { tokens.base.tokens[$0].kind == .number })
                {
                    mention.isDatedPossessive = true
                }
            }
            result.append(mention)
            index += length
        }
        return result
    }

    /// A verb-only form in a noun's place ("the targets", "Israeli targets") is a noun, not
    /// the verb; participles ("two drones targeting", "a rocket struck") stay verbs unless a
    /// determiner or number is right before them.
    func isParticiple(_ index: Int, _ length: Int, _ tokens: EventTokens) -> Bool {
        let previous = tokens.lower[index - 1]
        if quoteLexicon.determiners.contains(previous) || tokens.base.tokens[index - 1].kind == .number || tokens.base.possessive[index - 1] { return false }
        // "Houthi targets in Yemen" is a noun; "Pentagon confirms drones downed" a verb.
        if let mention = tokens.base.mentionAt[index - 1] {
            if tokens.base.mentions[mention].type == "NORP" { return false }
            let next = index + length
            if tokens.lower[next - 1].hasSuffix("s"), next >= tokens.count || !tokens.base.isWord(next) || quoteLexicon.prepositions.contains(tokens.lower[next]) {
                return false
            }
        }
        return tokens.base.texts[index - 1] != "-"
    }

    /// A determiner, number, possessive, preposition, name or weapon right before the word
    /// makes it a noun ("the attack", "two strikes", "U.S. strikes", "drone attacks").
    func isNounContext(_ index: Int, _ tokens: EventTokens) -> Bool {
        guard index > 0 else { return false }
        let previous = index - 1
        let word = tokens.lower[previous]
        if tokens.base.paragraph[previous] != tokens.base.paragraph[index] { return false }
        // After "to" a base form is an infinitive ("aim to attack"); "in response to attacks" is a noun.
        if word == "to" { return tokens.lower[index].hasSuffix("s") }
        if quoteLexicon.determiners.contains(word) || quoteLexicon.prepositions.contains(word) || quoteLexicon.links.contains(word)
            || tokens.base.possessive[previous]
        {
            return true
        }
        if tokens.base.tokens[previous].kind == .number || tokens.weaponAt[previous] != nil || tokens.base.mentionAt[previous] != nil { return true }
        if lexicon.triggerTrie.longest(tokens.lowerIDs, from: previous).map({ $0.length == 1 }) == true { return true }
        if tokens.has(previous, "generic") || tokens.has(previous, "light") { return true }
        if tokens.base.texts[previous] == "-" { return true }
        return false
    }
}
