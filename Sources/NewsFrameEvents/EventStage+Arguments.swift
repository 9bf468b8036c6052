import NewsFrameCore
import NewsFrameQuotes

/// Roles by rule over the trigger's clause: the subject before a verb (or the agent of a
/// passive "by" phrase), the object after it, prepositional phrases ("on X" a target, "at X"
/// a place, "with X" a weapon), the clause's date, casualties and status cues.
extension EventStage {
    typealias Speakers = [(canonical: String, type: String?, token: Int, head: String?)]

    func fillArguments(_ draft: inout FrameDraft, _ context: ArgumentContext, _ syntax: EventSyntax?) {
        let tokens = context.tokens
        let trigger = draft.mention.range
        let clauseStart = tokens.clauseStart(trigger.lowerBound)
        let clauseEnd = tokens.clauseEnd(trigger.upperBound - 1)
        // A sentence the syntax stage left unparsed (longer than its `max_words`) falls back to word order.
        if let syntax, syntax.head(of: trigger) != nil {
            parseArguments(&draft, syntax, context)
        } else {
            orderArguments(&draft, clauseStart: clauseStart, clauseEnd: clauseEnd, context)
        }
        keepMostSpecificLocation(&draft, tokens)
        if let time = time(for: trigger, draft, clauseStart: clauseStart, clauseEnd: clauseEnd, tokens, syntax) {
            draft.add(time)
        }
        if draft.type == "ATTACK" {
            if let casualties = casualties(near: trigger, tokens, syntax) {
                draft.add(casualties)
                harm(&draft, syntax, tokens)
                if let syntax { draft.victims = victims(in: casualties.range, syntax, tokens) }
            }
            status(&draft, clauseStart: clauseStart, tokens, syntax)
        }
        if draft.type == "STATEMENT", let quote = statementQuote(trigger, tokens) {
            draft.add(FrameDraft.Argument(role: "quote", range: quote, rule: "events/statement-quote"))
        }
    }

    /// Roles by word order, for a sentence without a parse: the subject before the
    /// trigger, the object after it, then the chain of prepositional phrases.
    func orderArguments(_ draft: inout FrameDraft, clauseStart: Int, clauseEnd: Int, _ context: ArgumentContext) {
        let tokens = context.tokens
        let trigger = draft.mention.range
        let entry = draft.entry
        // Before the trigger: the subject of a verb, or what modifies a nominal.
        if draft.mention.isNoun {
            nominalModifiers(&draft, trigger, clauseStart, context)
        } else if let subject = subject(before: trigger.lowerBound, floor: clauseStart, context) {
            let role = draft.mention.isPassive ? objectRole(entry) : subjectRole(entry)
            assign(&draft, subject, role: role, rule: draft.mention.isPassive ? "events/passive-subject" : "events/subject", context)
        }
        // After it: the object of an active verb, then prepositional phrases.
        var position = trigger.upperBound
        // "the seizure of four rockets", "the suspension of operations": a nominal's object.
        if draft.mention.isNoun, position < clauseEnd, tokens.lower[position] == "of" {
            let objectEnd = phraseEnd(from: position + 1, limit: clauseEnd, tokens)
            if objectEnd > position + 1 {
                assignRegion(&draft, position + 1..<objectEnd, role: objectRole(entry), rule: "events/nominal-object", context)
                position = objectEnd
            }
        }
        // "a rocket struck | near the airport": a preposition right after the verb opens no object.
        let opensPhrase = objectRole(entry) == "target" && ["target", "place", "instrument", "agent"].contains { tokens.length(position, $0) > 0 }
        if !draft.mention.isNoun, !draft.mention.isPassive, !opensPhrase, entry.object != .none || entry.type == "ATTACK" {
            let objectEnd = phraseEnd(from: position, limit: clauseEnd, tokens)
            if objectEnd > position {
                assignRegion(&draft, position..<objectEnd, role: objectRole(entry), rule: "events/object", context)
                position = objectEnd
            }
        }
        // A chain of prepositional phrases right after the trigger or its object; a word that
        // opens no phrase ("was", "to") ends the chain, so "massacres in Gaza" stays out.
        while position < clauseEnd {
            if tokens.base.inTimex[position] {
                position += 1
                continue
            }
            let prepositionLength = [tokens.length(position, "target"), tokens.length(position, "place"), tokens.length(position, "instrument"), tokens.length(position, "agent")].max()!
            // "a drone attack wounded four soldiers | in Jordan": the harm and its victims, then the place.
            if prepositionLength == 0, draft.mention.isNoun, tokens.has(position, "casualty") {
                let end = phraseEnd(from: position + 1, limit: clauseEnd, tokens)
                guard end > position + 1 else { break }
                position = end
                continue
            }
            guard prepositionLength > 0 else { break }
            let start = position + prepositionLength
            let end = phraseEnd(from: start, limit: clauseEnd, tokens)
            guard end > start else { break }
            if tokens.has(position, "agent") {
                assignRegion(&draft, start..<end, role: draft.mention.isNoun || draft.mention.isPassive ? subjectRole(entry) : "target", rule: "events/agent", context)
            } else if tokens.has(position, "instrument") {
                assignRegion(&draft, start..<end, role: "weapon", rule: "events/instrument", context)
            } else if tokens.has(position, "target"), draft.first("target") == nil, draft.type == "ATTACK" || draft.type == "THREAT" {
                assignRegion(&draft, start..<end, role: "target", rule: "events/target-preposition", context)
            } else if tokens.has(position, "place") {
                // "launched drones at X": with the weapon as object, "at" names the target.
                let role = tokens.lower[position] == "at" && draft.first("target") == nil && entry.object == .weapon ? "target" : "location"
                assignRegion(&draft, start..<end, role: role, rule: role == "target" ? "events/target-at" : "events/place", context)
            } else {
                assignRegion(&draft, start..<end, role: "location", rule: "events/place", context)
            }
            position = end
        }
    }

    /// What argument rules read besides the draft, made once per document: a class, so that
    /// handing it down the rules copies one reference, not every table it holds.
    final class ArgumentContext {
        let tokens: EventTokens
        let finder: SpeakerFinder
        let resolver: SpeakerResolver
        let speakers: Speakers
        let text: ScalarText
        let quoteLexicon: QuoteLexicon

        init(tokens: EventTokens, finder: SpeakerFinder, resolver: SpeakerResolver, speakers: Speakers, text: ScalarText, quoteLexicon: QuoteLexicon) {
            self.tokens = tokens
            self.finder = finder
            self.resolver = resolver
            self.speakers = speakers
            self.text = text
            self.quoteLexicon = quoteLexicon
        }
    }

    func subjectRole(_ entry: EventLexicon.Trigger) -> String {
        switch entry.subject {
        case .actor: "actor"
        case .weapon: "weapon"
        // "The patrol came under fire": the subject is what was hit.
        case .target: "target"
        case .defender, .none: "-"
        }
    }

    func objectRole(_ entry: EventLexicon.Trigger) -> String {
        switch entry.object {
        case .target: "target"
        case .weapon: "weapon"
        case .attack, .none: "-"
        }
    }

    /// The subject phrase ending before `end`: past adverbs, auxiliaries, dates and quote
    /// marks; a verb with no subject in its clause ("and conducted", "to have attacked")
    /// takes the subject of its sentence.
    func subject(before end: Int, floor: Int, _ context: ArgumentContext) -> SubjectPhrase? {
        let tokens = context.tokens
        var position = end
        while position > floor, isSkippable(position - 1, tokens) { position -= 1 }
        if position > floor, let weapon = tokens.weaponAt[position - 1] {
            return .weapon(tokens.weaponTokens[weapon])
        }
        if position > floor, tokens.has(position - 1, "negation") || tokens.has(position - 1, "hypothetical") { return nil }
        if let phrase = context.finder.before(position, floor: floor) {
            // "U.S. strike in Baghdad | kills": a place after a preposition is not the subject.
            let before = phrase.range.lowerBound - 1
            if before >= floor, tokens.has(before, "place") || tokens.has(before, "target") { return nil }
            return .phrase(phrase)
        }
        // "who launched the drones": a relative or interrogative clause has its own subject.
        if floor > 0, tokens.has(floor - 1, "relative") || tokens.has(floor, "relative") { return nil }
        // The sentence's subject: its first phrase after any opening adverbial ending in a comma.
        let sentence = tokens.sentenceRange[tokens.sentence[end]]
        var start = sentence.lowerBound
        if let comma = (sentence.lowerBound..<min(end, sentence.lowerBound + 10)).first(where: { tokens.base.texts[$0] == "," }),
            (sentence.lowerBound..<comma).allSatisfy({ tokens.base.inTimex[$0] || context.quoteLexicon.prepositions.contains(tokens.lower[$0]) || !tokens.base.isWord($0) || tokens.base.tokens[$0].kind == .number })
        {
            start = comma + 1
        }
        while start < end, tokens.base.inTimex[start] || context.quoteLexicon.prepositions.contains(tokens.lower[start]) || tokens.lower[start] == ","
            || context.quoteLexicon.skips.contains(tokens.lower[start])
        {
            start += 1
        }
        guard start < end, start < floor || end - start <= 12 else { return nil }
        if let weapon = tokens.weaponAt[start] { return .weapon(tokens.weaponTokens[weapon]) }
        guard let phrase = context.finder.after(start, limit: end) else { return nil }
        // "Asked whether X was behind the attack, …": what is only asked about is no subject.
        if (sentence.lowerBound..<phrase.range.lowerBound).contains(where: { tokens.has($0, "hypothetical") }) { return nil }
        return .phrase(phrase)
    }

    func isSkippable(_ index: Int, _ tokens: EventTokens) -> Bool {
        tokens.has(index, "skip") || tokens.has(index, "passive") || tokens.has(index, "future") || tokens.base.inTimex[index]
            || quoteLexicon.marks[tokens.base.texts[index].unicodeScalars.first!] != nil || tokens.lower[index] == "to"
    }

    /// Where a phrase after a trigger or preposition ends: at the clause end, the next
    /// preposition of a role, a trigger or a complementizer.
    func phraseEnd(from start: Int, limit: Int, _ tokens: EventTokens) -> Int {
        var position = start
        while position < limit {
            if position > start, tokens.has(position, "target") || tokens.has(position, "place") || tokens.has(position, "instrument") || tokens.has(position, "agent") {
                break
            }
            if position > start, lexicon.triggerTrie.longest(tokens.lowerIDs, from: position) != nil, tokens.base.mentionAt[position] == nil, tokens.weaponAt[position] == nil {
                break
            }
            if quoteLexicon.complementizers.contains(tokens.lower[position]) || tokens.base.inTimex[position] && position > start { break }
            position += 1
        }
        return position
    }

    /// A nominal's actor and weapon from the words before it: a possessive ("the group's
    /// attack", "its strike"), a name used as a modifier ("U.S. strikes"), a weapon ("drone
    /// attack"), or the subject of a light verb ("conducted strikes", "launched an attack").
    func nominalModifiers(_ draft: inout FrameDraft, _ trigger: Range<Int>, _ floor: Int, _ context: ArgumentContext) {
        let tokens = context.tokens
        var position = trigger.lowerBound - 1
        while position >= floor, trigger.lowerBound - position <= 5 {
            if let weapon = tokens.weaponAt[position] {
                let range = tokens.weaponTokens[weapon]
                draft.add(weaponArgument(weapon, range, rule: "events/nominal-weapon", tokens))
                position = range.lowerBound - 1
                continue
            }
            if let mention = tokens.base.mentionAt[position] {
                let range = tokens.base.mentionTokens[mention]
                let entity = tokens.base.mentions[mention]
                if ["GPE", "ORG", "NORP", "PERSON"].contains(entity.type), draft.first("actor") == nil {
                    draft.add(FrameDraft.Argument(role: "actor", range: range, canonical: entity.canonical, entityType: entity.type, rule: "events/nominal-modifier"))
                }
                position = range.lowerBound - 1
                continue
            }
            let word = tokens.lower[position]
            if let possessive = quoteLexicon.possessives[word], draft.first("actor") == nil {
                let phrase = SpeakerPhrase(range: position..<position + 1, kind: .pronoun, typeOrder: possessive.types, ruleID: possessive.ruleID)
                assign(&draft, .phrase(phrase), role: "actor", rule: "events/possessive", context)
                break
            }
            // Modifiers stand between a determiner and the noun: "Asked whether X was behind | the
            // attack"; only a light verb may come before it ("announced | a new phase").
            if quoteLexicon.determiners.contains(word) && !tokens.has(position, "light") && quoteLexicon.possessives[word] == nil {
                let before = position - 1
                guard before >= floor, tokens.has(before, "light") else { break }
                if draft.first("actor") == nil, let subject = subject(before: before, floor: tokens.clauseStart(before), context) {
                    assign(&draft, subject, role: "actor", rule: "events/light-verb-subject", context)
                }
                break
            }
            if tokens.has(position, "passive") || tokens.has(position, "hypothetical") { break }
            let sameTypeVerb = lexicon.triggerTrie.longest(tokens.lowerIDs, from: position).map { lexicon.triggers[$0.payload].type == draft.type } ?? false
            if tokens.has(position, "light") || sameTypeVerb {
                if draft.first("actor") == nil, let subject = subject(before: position, floor: tokens.clauseStart(position), context) {
                    assign(&draft, subject, role: "actor", rule: "events/light-verb-subject", context)
                }
                break
            }
            // Modifiers are next to the noun: a cue, another trigger or a preposition ends them.
            if tokens.base.texts[position] == "," || tokens.has(position, "clause") || tokens.base.cueAt[position] != nil
                || lexicon.triggerTrie.longest(tokens.lowerIDs, from: position) != nil || quoteLexicon.prepositions.contains(word)
                || quoteLexicon.links.contains(word)
            {
                break
            }
            position -= 1
        }
    }

    /// The phrase a subject or agent names: a weapon, or a phrase resolved to its entity.
    enum SubjectPhrase {
        case weapon(Range<Int>)
        case phrase(SpeakerPhrase)
    }

    func assign(_ draft: inout FrameDraft, _ subject: SubjectPhrase, role: String, rule: String, _ context: ArgumentContext) {
        let tokens = context.tokens
        switch subject {
        case .weapon(let range):
            draft.add(weaponArgument(tokens.weaponAt[range.lowerBound]!, range, rule: rule, tokens))
        case .phrase(let phrase):
            guard role != "-" else { return }
            let quote = tokens.quoteAt[phrase.range.lowerBound].map { tokens.quotes[$0] }
            // "The group said it launched…", "…that its fighters struck…", "we will…": in attributed
            // words, a pronoun (or a possessive description) refers to the speaker.
            let pronounLike = phrase.kind == .pronoun || (phrase.kind == .description && quoteLexicon.possessives[tokens.lower[phrase.range.lowerBound]] != nil)
            if pronounLike, let quote, tokens.base.index(atOrAfter: quote.start) + 2 >= phrase.range.lowerBound
                || ["we", "our", "us"].contains(tokens.lower[phrase.range.lowerBound])
            {
                if let speaker = quote.speakerCanonical {
                    draft.add(FrameDraft.Argument(role: role, range: phrase.range, canonical: speaker, rule: rule + "|resolve/quote-speaker"))
                    return
                }
                // "A coalition of Iran-aligned militias said it launched…": a speaker no name
                // resolves is still who "it" is; the description names no entity.
                if let speaker = quote.speaker {
                    let first = tokens.base.index(atOrAfter: speaker.start)
                    var last = first
                    while last < tokens.count, tokens.base.tokens[last].start < speaker.end { last += 1 }
                    if last > first {
                        draft.add(FrameDraft.Argument(role: role, range: phrase.range, canonical: describe(first..<last, tokens, context.text), rule: rule + "|resolve/quote-speaker"))
                    }
                    return
                }
            }
            // "A coalition of militias said (that) it launched…", "X claimed it attacked…": a pronoun
            // right after a cue is the cue's own subject.
            if phrase.kind == .pronoun, let cueStart = cueBefore(phrase.range.lowerBound, tokens),
                let speaker = context.finder.before(cueStart, floor: tokens.clauseStart(cueStart)), speaker.kind != .pronoun
            {
                if let resolved = context.resolver.resolve(speaker, text: context.text, previous: context.speakers), resolved.type != "WEAPON" {
                    let named = resolved.rule != "resolve/description" && resolved.rule != "resolve/name"
                    draft.add(FrameDraft.Argument(
                        role: role, range: phrase.range, canonical: resolved.canonical, entityType: named ? resolved.type : nil,
                        rule: rule + "|resolve/cue-subject"))
                } else {
                    draft.add(FrameDraft.Argument(role: role, range: phrase.range, canonical: describe(speaker.range, tokens, context.text), rule: rule + "|resolve/cue-subject"))
                }
                return
            }
            // A phrase with no name in it must have an actor noun as its head ("the group",
            // "Iraqi police"); "Instead" or "the comments" are no participants.
            let headed = phrase.kind == .entity || phrase.kind == .pronoun || phrase.mention != nil
                || tokens.has(phrase.range.upperBound - 1, "actor") || phrase.range.dropLast().contains { tokens.has($0, "actor_modifier") }
            guard headed else { return }
            // "the insurgents" after "told AFP": an outlet is no antecedent of a description of
            // attackers, which then stands for itself.
            if let resolved = context.resolver.resolve(phrase, text: context.text, previous: context.speakers),
                !(phrase.kind == .description && role == "actor" && outlets.contains(resolved.canonical))
            {
                if resolved.type == "WEAPON" { return }
                // A base, a region or a town attacks, claims and threatens nothing.
                if role == "actor", resolved.type == "FAC" || resolved.type == "LOC" || tokens.subnationalPlaces.contains(resolved.canonical) { return }
                // A description that stands for itself ("the Iraqi government") names no entity.
                let named = resolved.rule != "resolve/description" && resolved.rule != "resolve/name"
                draft.add(FrameDraft.Argument(
                    role: role, range: phrase.range, canonical: resolved.canonical, entityType: named ? resolved.type : nil, rule: rule + "|" + resolved.rule))
            } else if phrase.kind != .pronoun {
                draft.add(FrameDraft.Argument(role: role, range: phrase.range, canonical: describe(phrase.range, tokens, context.text), rule: rule))
            }
        }
    }

    /// Where the cue ends right before `position` ("said | it", "claimed that | it") starts.
    func cueBefore(_ position: Int, _ tokens: EventTokens) -> Int? {
        var end = position
        if end > 0, quoteLexicon.complementizers.contains(tokens.lower[end - 1]) { end -= 1 }
        for start in max(0, end - 3)..<end {
            if let cue = tokens.base.cueAt[start], start + cue.length == end { return start }
        }
        return nil
    }

    /// The words of a phrase without its determiner: the canonical of something no lexicon names.
    func describe(_ range: Range<Int>, _ tokens: EventTokens, _ text: ScalarText) -> String {
        var first = range.lowerBound
        if first + 1 < range.upperBound, quoteLexicon.determiners.contains(tokens.lower[first]) { first += 1 }
        return text.slice(tokens.span(first..<range.upperBound)).collapsingWhitespace
    }

    /// Fills `role` from the mentions in a region: weapons always go to `weapon`; of the
    /// names, the most specific place (a facility, then a place, then a country) or the
    /// first other name; a region with no name is a description ("a U.S. base").
    func assignRegion(_ draft: inout FrameDraft, _ region: Range<Int>, role: String, rule: String, _ context: ArgumentContext) {
        let tokens = context.tokens
        var mentions: [(index: Int, range: Range<Int>)] = []
        var position = region.lowerBound
        while position < region.upperBound {
            if let weapon = tokens.weaponAt[position] {
                let range = tokens.weaponTokens[weapon]
                draft.add(weaponArgument(weapon, range, rule: rule, tokens))
                position = range.upperBound
            } else if let mention = tokens.base.mentionAt[position] {
                mentions.append((mention, tokens.base.mentionTokens[mention]))
                position = tokens.base.mentionTokens[mention].upperBound
            } else {
                position += 1
            }
        }
        guard role != "-", role != "weapon" else { return }
        // "a small U.S. outpost", "near a U.S. convoy": a country or nationality before a noun that
        // heads no actor modifies the thing hit; it is neither the target nor the place.
        let mentionCount = mentions.count
        if role == "target" || role == "location" {
            mentions.removeAll { mention in
                let type = tokens.base.mentions[mention.index].type
                let next = mention.range.upperBound
                // The next word is a plain noun: no small word of any class ("Erbil | was"), no cue, no trigger.
                return (type == "GPE" || type == "NORP") && next < region.upperBound && tokens.base.isWord(next) && tokens.base.mentionAt[next] == nil
                    && tokens.weaponAt[next] == nil && tokens.classesAt(next).isEmpty && tokens.lower[next] == tokens.base.texts[next]
                    && !quoteLexicon.prepositions.contains(tokens.lower[next]) && tokens.base.cueAt[next] == nil
                    && lexicon.triggerTrie.longest(tokens.lowerIDs, from: next) == nil
            }
        }
        let ranked = ["FAC", "LOC", "GPE", "ORG", "PERSON", "NORP"]
        if let best = mentions.min(by: { (ranked.firstIndex(of: tokens.base.mentions[$0.index].type) ?? 9) < (ranked.firstIndex(of: tokens.base.mentions[$1.index].type) ?? 9) }) {
            let entity = tokens.base.mentions[best.index]
            if role == "location" && !["FAC", "LOC", "GPE"].contains(entity.type) { return }
            draft.add(FrameDraft.Argument(role: role, range: best.range, canonical: entity.canonical, entityType: entity.type, rule: rule))
            return
        }
        guard role != "location", draft.first(role) == nil, mentions.count == mentionCount else { return }
        // A pronoun or a description ("it", "the base", "coalition forces").
        if let phrase = context.finder.after(region.lowerBound, limit: region.upperBound) {
            assign(&draft, .phrase(phrase), role: role, rule: rule, context)
        }
    }

    func weaponArgument(_ weapon: Int, _ range: Range<Int>, rule: String, _ tokens: EventTokens) -> FrameDraft.Argument {
        let mention = tokens.weapons[weapon]
        return FrameDraft.Argument(role: "weapon", range: range, canonical: mention.canonical, count: mention.count, entityType: "WEAPON", rule: rule)
    }

    /// Of several locations, the most specific stays: a base over its town, a town over the
    /// region, sea or country around it ("near the settlement of Tamsar, in the northern West
    /// Bank" happened at Tamsar; a listed area such as the West Bank is a region, `LOC`).
    func keepMostSpecificLocation(_ draft: inout FrameDraft, _ tokens: EventTokens) {
        let locations = draft.arguments.filter { $0.role == "location" }
        guard locations.count > 1 else { return }
        let best = locations.min { specificity($0, tokens) < specificity($1, tokens) }!
        draft.arguments.removeAll { $0.role == "location" && $0.range != best.range }
    }

    /// 0 for a facility, 1 for a town or a place no gazetteer lists, 2 for a region or a listed
    /// area, 3 for a country, 4 for what names no place; an argument that names several places
    /// ("Kaya, Burkina Faso") is as specific as the narrowest.
    func specificity(_ argument: FrameDraft.Argument, _ tokens: EventTokens) -> Int {
        switch argument.entityType {
        case "FAC": return 0
        case "LOC", "GPE":
            let ranks = argument.range.compactMap { token in
                tokens.base.mentionAt[token].map { mention -> Int in
                    switch tokens.base.mentions[mention].feature {
                    case "country": return 3
                    case "region": return 2
                    default: return 1
                    }
                }
            }
            return ranks.min() ?? 1
        default: return 4
        }
    }

    /// An attack at a named facility hit it ("a drone attack at Harir Air Base", "a shooting
    /// at the Santos Cafe"): a facility that is the location is also the target when the text
    /// names none, unless a vicinity word puts the attack only near it ("near the base") or
    /// it is a road (`way`: "on Zaria Road").
    func targetFromSite(_ draft: inout FrameDraft, _ tokens: EventTokens) {
        guard draft.type == "ATTACK", draft.first("target") == nil,
            let place = draft.arguments.first(where: { $0.role == "location" && $0.entityType == "FAC" }),
            !FrameDraft.isNear(place.range.lowerBound, tokens), !tokens.has(place.range.upperBound - 1, "way")
        else { return }
        var target = place
        target.role = "target"
        target.rule = place.rule + "|events/site-target"
        draft.add(target)
    }

    /// An attack on a named place happened there: a facility, place or country hit is also
    /// the location when the text gives no other ("struck Tower 22").
    func placeFromTarget(_ draft: inout FrameDraft) {
        guard draft.type == "ATTACK", draft.first("location") == nil,
            let target = draft.arguments.first(where: { $0.role == "target" && ["FAC", "LOC", "GPE"].contains($0.entityType ?? "") })
        else { return }
        var location = target
        location.role = "location"
        location.rule = target.rule + "|events/target-site"
        draft.add(location)
    }

    /// The rule of a date that dates a report of the event, not the event ("…, officials said
    /// Tuesday"): used when nothing else dates it, never a reason to keep two mentions apart.
    static let reportDateRule = "events/time-report"

    /// The date governing the trigger: one in its clause (the nearest), else one in its
    /// sentence whose own clause holds no other trigger and no verb of saying, else the date
    /// of a report in the sentence (`reportDateRule`). Durations, sets and vague references
    /// (`PAST_REF`) are not dates of an event.
    func time(
        for trigger: Range<Int>, _ draft: FrameDraft, clauseStart: Int, clauseEnd: Int, _ tokens: EventTokens, _ syntax: EventSyntax? = nil
    ) -> FrameDraft.Argument? {
        // "the deadliest attack since March", "closed until Friday": a date after a word of time
        // order bounds a span; it is no date of the event, unless a clause about it follows
        // ("since March, when gunmen ambushed…").
        func usable(_ index: Int) -> Bool {
            let timex = tokens.timexes[index]
            let first = tokens.base.index(atOrAfter: timex.start)
            guard timex.isCalendarPoint else { return false }
            return !(first > 0 && tokens.has(first - 1, "sequence")) || opensTimeClause(first, tokens) != nil
        }
        // "this year's deadliest attack": a period longer than a week whose possessive a
        // superlative follows is what the event is ranked in: true of it, but no day that could
        // tell it from another mention ("Sunday's deadliest strike" names its day).
        func ranks(_ timex: Timex) -> Bool {
            guard let syntax, DayRange(value: timex.value).map({ $0.length > 7 }) ?? true else { return false }
            // (The possessive is the period's last token, "year's".)
            let after = tokens.base.index(atOrAfter: timex.end)
            guard after > 0, after < tokens.count, tokens.base.possessive[after - 1], syntax.wordOfToken[after] >= 0 else { return false }
            return syntax.words[syntax.wordOfToken[after]].xpos == "JJS"
        }
        func argument(_ index: Int, rule: String) -> FrameDraft.Argument {
            let timex = tokens.timexes[index]
            let first = tokens.base.index(atOrAfter: timex.start)
            var last = first
            while last < tokens.count, tokens.base.tokens[last].start < timex.end { last += 1 }
            // "at 9.45 pm", "a midnight attack": a clock time that names no day takes the
            // report's, and gives way, as a report's date does, to the day a mention names.
            // (On the report's own day only: "7pm on Monday" in a Thursday report names its day; in
            // a Monday report it says no more than the report's date does.)
            let clockOnly = timex.type == "TIME" && timex.anchor == "dct"
                && timex.value.split(separator: "T").dropFirst().first?.first?.isNumber == true
                && tokens.reportDay.map { report in DayRange(value: timex.value).map { $0.first == report.first && $0.length == 1 } == true } == true
            // (A ranking period dates the event as weakly as a report's date does.)
            return FrameDraft.Argument(
                role: "time", range: first..<max(last, first + 1), value: timex.value, rule: clockOnly || ranks(timex) ? Self.reportDateRule : rule)
        }
        if let offset = offsetTime(for: trigger, tokens) { return offset }
        // "The Pentagon on Thursday confirmed that drones were intercepted": a date with a cue,
        // a complementizer or another trigger between it and the trigger dates the report.
        // Such a date is used only when the clause has no other.
        let type = lexicon.triggers[draft.mention.entry].type
        func reportsAnother(_ position: Int) -> Bool {
            let between =
                position < trigger.lowerBound ? position + 1..<trigger.lowerBound : position >= trigger.upperBound ? trigger.upperBound..<position : 0..<0
            return between.contains { index in
                if tokens.base.inTimex[index] { return false }
                if tokens.base.cueAt[index] != nil || quoteLexicon.complementizers.contains(tokens.lower[index]) { return true }
                // A verb of another event ("claimed … a rocket attack"); not a nominal ("claimed the strike").
                guard let (payload, _) = lexicon.triggerTrie.longest(tokens.lowerIDs, from: index), tokens.base.mentionAt[index] == nil,
                    tokens.weaponAt[index] == nil, lexicon.triggers[payload].type != type
                else { return false }
                return index == 0 || !(quoteLexicon.determiners.contains(tokens.lower[index - 1]) || tokens.base.tokens[index - 1].kind == .number)
            }
        }
        var best: (separated: Bool, distance: Int, index: Int)? = nil
        // A dateline's date ("ABUJA, Jan. 27 (Agency) —") is the report's.
        for position in clauseStart..<clauseEnd where !tokens.base.inDateline[position] {
            guard let index = tokens.timexAt[position], usable(index) else { continue }
            // (A ranking period gives way to any other date of the clause.)
            let separated = reportsAnother(position) || ranks(tokens.timexes[index])
            let distance = position < trigger.lowerBound ? trigger.lowerBound - position : position - trigger.upperBound
            if best == nil || (!separated && best!.separated) || (separated == best!.separated && distance < best!.distance) {
                best = (separated, distance, index)
            }
        }
        // (One before the trigger, set apart by a verb of saying or a complementizer, dates the
        // report and gives way to the event's own day: "reported on Saturday that ten soldiers
        // were killed". In an undated report it stays the event's: a weekday no calendar
        // anchors is all that tells its events apart.)
        if let best {
            let before = tokens.base.index(atOrAfter: tokens.timexes[best.index].start) < trigger.lowerBound
            return argument(best.index, rule: best.separated && before && tokens.reportDay != nil ? Self.reportDateRule : "events/time-clause")
        }
        let sentence = tokens.sentenceRange[tokens.sentence[trigger.lowerBound]]
        var reported: FrameDraft.Argument? = nil
        for position in sentence where tokens.timexAt[position] != nil && usable(tokens.timexAt[position]!) {
            let start = tokens.clauseStart(position)
            let end = tokens.clauseEnd(position)
            let holdsTrigger = (start..<end).contains { lexicon.triggerTrie.longest(tokens.lowerIDs, from: $0) != nil && tokens.base.mentionAt[$0] == nil }
            // "…, killing 11, authorities said Tuesday": a date in a clause of saying (or in a
            // dateline) dates the report. It stands for the event's only when nothing else does, and marked so: the
            // fold lets a mention with the event's own date correct it.
            let reports = tokens.base.inDateline[position] || (start..<end).contains { tokens.base.cueAt[$0] != nil }
            // "…worst toll since the close of the army's campaign there last month": a date after a
            // phrase with a determiner, in a clause "since" opens, dates the point a span counts
            // from ("after the evening prayers on Friday" is the attack's own day).
            let countsFrom = start > sentence.lowerBound && tokens.has(start - 1, "sequence")
                && (start..<position).contains { !tokens.base.inTimex[$0] && quoteLexicon.determiners.contains(tokens.lower[$0]) }
            if !holdsTrigger, !countsFrom, !datesAnotherClause(position, trigger: trigger, tokens, syntax) {
                if !reports { return argument(tokens.timexAt[position]!, rule: "events/time-sentence") }
                if reported == nil { reported = argument(tokens.timexAt[position]!, rule: Self.reportDateRule) }
            }
        }
        return reported
    }

    /// The position of the `time_relative` word ("when") that opens a clause about the date
    /// starting at `position` ("since March, when…").
    func opensTimeClause(_ position: Int, _ tokens: EventTokens) -> Int? {
        var after = position
        while after < tokens.count, tokens.base.inTimex[after] { after += 1 }
        if after < tokens.count, tokens.base.texts[after] == "," { after += 1 }
        return after < tokens.count && tokens.has(after, "time_relative") ? after : nil
    }

    /// "Killed in the attack, the second report submitted on Sunday revealed": a date outside
    /// the trigger's clause dates the event only when the parse hangs it in the trigger's
    /// clause, above it, on a clause of one of its nouns ("the base, which hosts troops, | on
    /// Saturday", a common misattachment) or on the clause that reports it ("…, media said
    /// Monday"); a date on another branch (a noun's clause elsewhere in the sentence) dates
    /// something else.
    func datesAnotherClause(_ position: Int, trigger: Range<Int>, _ tokens: EventTokens, _ syntax: EventSyntax?) -> Bool {
        // "since March, when gunmen ambushed the convoy": the clause is about the date before it.
        if let after = opensTimeClause(position, tokens), after < trigger.lowerBound, tokens.clauseStart(trigger.lowerBound) <= after + 1 { return false }
        guard let syntax, let triggerWord = syntax.head(of: trigger), syntax.wordOfToken[position] >= 0 else { return false }
        let dateWord = syntax.wordOfToken[position]
        let tree = syntax.tree
        guard syntax.words[dateWord].isParsed, syntax.words[triggerWord].isParsed,
            let governor = tree.governingVerb(of: syntax.head(dateWord) ?? dateWord)
        else { return false }
        let triggerVerb = tree.governingVerb(of: triggerWord) ?? triggerWord
        if governor == triggerWord || governor == triggerVerb { return false }
        // "The raid, carried out by the group's northern unit, happened early Sunday": a verb
        // coordinated with the trigger's own, with no subject of its own, tells of the same subject.
        if syntax.deprel(governor) == "conj", syntax.head(governor) == triggerVerb, tree.subject(of: governor) == nil { return false }
        if let head = syntax.head(governor) {
            let above = tree.governingVerb(of: head)
            if syntax.deprel(governor).hasPrefix("acl"), above == triggerVerb { return false }
            if tokens.base.cueAt[syntax.words[governor].token] != nil, above == triggerVerb || head == triggerWord { return false }
        }
        var current = syntax.head(triggerWord)
        var steps = 0
        while let word = current, steps < syntax.words.count {
            if word == governor { return false }
            current = syntax.head(word)
            steps += 1
        }
        return true
    }

    /// "two days after a drone attack": a duration and an offset word before the trigger date it
    /// from the sentence's day ("announced Tuesday …, two days after a drone attack" → Sunday).
    func offsetTime(for trigger: Range<Int>, _ tokens: EventTokens) -> FrameDraft.Argument? {
        var position = trigger.lowerBound - 1
        let sentence = tokens.sentenceRange[tokens.sentence[trigger.lowerBound]]
        // Back over the nominal's modifiers ("a drone", "the rocket").
        while position > sentence.lowerBound, trigger.lowerBound - position <= 4,
            quoteLexicon.determiners.contains(tokens.lower[position]) || tokens.weaponAt[position] != nil || tokens.base.mentionAt[position] != nil
        {
            position -= 1
        }
        let sign: Int
        if tokens.has(position, "offset_after") { sign = -1 } else if tokens.has(position, "offset_before") { sign = 1 } else { return nil }
        guard position > sentence.lowerBound, let durationIndex = tokens.timexAt[position - 1] else { return nil }
        let duration = tokens.timexes[durationIndex]
        guard duration.type == "DURATION", let days = Self.days(ofDuration: duration.value) else { return nil }
        let durationStart = tokens.base.index(atOrAfter: duration.start)
        // The day the offset counts from: the latest full date of the sentence before the duration.
        var anchor: Int? = nil
        for index in sentence.lowerBound..<durationStart {
            guard let timex = tokens.timexAt[index].map({ tokens.timexes[$0] }), timex.isCalendarPoint, timex.value.count >= 10,
                let range = DayRange(value: timex.value), range.length == 1
            else { continue }
            anchor = range.first
        }
        guard let anchor else { return nil }
        return FrameDraft.Argument(
            role: "time", range: durationStart..<position, value: DayRange.string(anchor + sign * days), rule: "events/time-offset")
    }

    /// Whole days of a `P{n}D` or `P{n}W` duration.
    static func days(ofDuration value: String) -> Int? {
        guard value.hasPrefix("P"), let unit = value.last, let count = Int(value.dropFirst().dropLast()) else { return nil }
        switch unit {
        case "D": return count
        case "W": return 7 * count
        default: return nil
        }
    }

    /// The rule of casualties a verb in the present tells ("Car bomb kills 11"), which the
    /// body's account replaces when a mention of it folds in.
    static let summaryCasualtiesRule = "events/casualties-summary"

    /// Harm done: a casualty noun with what quantifies it ("no injuries", "the deaths of
    /// three American soldiers"), a passive participle with its victims ("four service
    /// members were wounded"), or an active one with its object ("wounding several troops"),
    /// in the trigger's sentence or in a next sentence that reports no event of its own.
    func casualties(near trigger: Range<Int>, _ tokens: EventTokens, _ syntax: EventSyntax? = nil) -> FrameDraft.Argument? {
        let sentenceIndex = tokens.sentence[trigger.lowerBound]
        var sentences = [tokens.sentenceRange[sentenceIndex]]
        if sentenceIndex + 1 < tokens.sentenceRange.count {
            let next = tokens.sentenceRange[sentenceIndex + 1]
            let hasTrigger = next.contains { lexicon.triggerTrie.longest(tokens.lowerIDs, from: $0) != nil && tokens.base.mentionAt[$0] == nil }
            if !hasTrigger, tokens.paragraph[next.lowerBound] == tokens.paragraph[trigger.lowerBound] { sentences.append(next) }
        }
        for sentence in sentences {
            // (A casualty word inside a name, "the Dead Sea", is none.)
            for position in sentence where tokens.has(position, "casualty") && tokens.base.mentionAt[position] == nil
                && tokens.quoteAt[position].map({ tokens.quotes[$0].kind == .indirect }) ?? true
            {
                // ("a war that has killed more than 30,000 people": a tally is no harm of this attack.)
                if let syntax, syntax.wordOfToken[position] >= 0, isTally(syntax.wordOfToken[position], syntax, tokens) { continue }
                // ("fighters were killed in attacks by the group, prompting airstrikes": harm told
                // across a word of effect, class `consequence`, is the other event's.)
                if (min(position, trigger.lowerBound)..<max(position, trigger.lowerBound)).contains(where: { tokens.has($0, "consequence") }) { continue }
                if let range = syntax.flatMap({ casualtyClause(position, $0, tokens) }) ?? casualtyRange(position, sentence, tokens) {
                    // (A verb in the present sums the harm up, as headlines do: "kills 11"; the
                    // tagger may read a headline's "wounds" as a plural noun, with an object.)
                    let present = syntax.map { syntax in
                        let word = syntax.wordOfToken[position]
                        guard word >= 0 else { return false }
                        return ["VBZ", "VBP"].contains(syntax.words[word].xpos)
                            || (syntax.words[word].xpos == "NNS" && syntax.tree.dependent(of: word, ["obj"]) != nil)
                    } ?? false
                    return FrameDraft.Argument(role: "casualties", range: range, rule: present ? Self.summaryCasualtiesRule : "events/casualties")
                }
            }
        }
        return nil
    }

    /// A verb of harm and its victims as the parse gives them, whatever the victims are called:
    /// "Two sailors were killed", "Nineteen people died", "killing a harbour pilot".
    func casualtyClause(_ position: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Range<Int>? {
        let word = syntax.wordOfToken[position]
        guard word >= 0, syntax.words[word].upos == "VERB",
            let victims = syntax.tree.dependent(of: word, ["nsubj:pass"]) ?? syntax.tree.object(of: word) ?? sharedObject(word, syntax, tokens)
                ?? syntax.tree.dependent(of: word, ["nsubj"])
        else { return nil }
        let (first, last) = descriptionWords(victims, syntax, tokens)
        let range = syntax.tokens(min(first, word), max(last, word))
        return range.count <= 12 ? range : nil
    }

    func casualtyRange(_ position: Int, _ sentence: Range<Int>, _ tokens: EventTokens) -> Range<Int>? {
        let word = tokens.lower[position]
        let isParticiple = word.hasSuffix("ed") || word.hasSuffix("ing") || word == "hurt"
        if isParticiple, position > sentence.lowerBound, tokens.has(position - 1, "passive") {
            // "Four American service members were wounded": back over the victims.
            var start = position - 1
            while start - 1 >= sentence.lowerBound, position - start < 8, tokens.base.isWord(start - 1) || tokens.base.texts[start - 1] == "-",
                !tokens.has(start - 1, "clause"), lexicon.triggerTrie.longest(tokens.lowerIDs, from: start - 1) == nil || tokens.base.mentionAt[start - 1] != nil
            {
                start -= 1
            }
            guard (start..<position - 1).contains(where: { tokens.has($0, "victim") }) else { return nil }
            return start..<position + 1
        }
        if isParticiple, word.hasSuffix("ing") || word == "killed" || word == "wounded" || word == "injured" {
            // "wounding several U.S. service members": the verb and its object, to the clause end.
            var end = min(tokens.clauseEnd(position), position + 9)
            // "killed three soldiers | in Jordan": the place is the attack's, not the harm's.
            if let place = (position + 2..<max(position + 2, end)).first(where: { tokens.has($0, "place") }) { end = place }
            guard (position + 1..<end).contains(where: { tokens.has($0, "victim") }) else { return nil }
            var last = end
            while last > position + 1, !tokens.base.isWord(last - 1) { last -= 1 }
            return position..<last
        }
        // A noun: back over quantifiers and negation, forward over "of" and its people.
        var start = position
        while start - 1 >= sentence.lowerBound, position - start < 3,
            tokens.has(start - 1, "negation") || tokens.has(start - 1, "generic") || quoteLexicon.determiners.contains(tokens.lower[start - 1])
                || tokens.base.tokens[start - 1].kind == .number || (tokens.base.isWord(start - 1) && tokens.lower[start - 1].hasSuffix("or"))
                || ["minor", "serious", "major", "heavy", "significant", "infrastructure"].contains(tokens.lower[start - 1])
        {
            start -= 1
        }
        var end = position + 1
        if end + 1 < sentence.upperBound, tokens.lower[end] == "of" {
            let limit = min(tokens.clauseEnd(end), end + 7)
            if (end + 1..<limit).contains(where: { tokens.has($0, "victim") }) {
                end = limit
                while end > position + 1, !tokens.base.isWord(end - 1) { end -= 1 }
            }
        } else if end + 1 < sentence.upperBound, tokens.lower[end] == "or", tokens.has(end + 1, "casualty") || tokens.base.isWord(end + 1) && tokens.lower[end + 1] == "damage" {
            end += 2
        }
        return start..<end
    }

    /// Status from cues in the trigger's sentence ("were intercepted", "according to",
    /// "confirmed") and from the quotation that reports it: the actor's own words claim it,
    /// anyone else's report it.
    func status(_ draft: inout FrameDraft, clauseStart: Int, _ tokens: EventTokens, _ syntax: EventSyntax? = nil) {
        let sentence = tokens.sentenceRange[tokens.sentence[draft.mention.range.lowerBound]]
        let trigger = syntax?.head(of: draft.mention.range)
        for position in sentence {
            for (wordClass, word, _) in tokens.classesAt(position) where wordClass == "status" {
                guard let status = lexicon.statusOf[word] else { continue }
                guard let syntax, let trigger, syntax.wordOfToken[position] >= 0 else {
                    if !tokens.has(position - 1, "negation") { draft.status.insert(status) }
                    continue
                }
                // Only a cue that governs the trigger, or that the trigger governs ("according
                // to"), speaks of it; one elsewhere in the sentence speaks of something else.
                let cue = syntax.wordOfToken[position]
                // "claimed the lives of three guards": a cue whose object is lives lost (class
                // `cost`) tells the toll, not a claim.
                if claimsLives(cue, syntax, tokens) { continue }
                let ownClause = ["advcl", "ccomp", "conj", "parataxis", "acl", "acl:relcl", "xcomp", "csubj"].contains(syntax.deprel(cue))
                guard governs(cue, trigger, syntax) || (governs(trigger, cue, syntax) && !ownClause) else { continue }
                // "has never been officially claimed", "No group has claimed": unclaimed.
                let verb = syntax.tree.governingVerb(of: cue) ?? cue
                // (Or "No one | claimed" parsed as a clause hung on its negated subject.)
                let hungOnNegated = ["acl", "acl:relcl"].contains(syntax.deprel(cue)) && syntax.head(cue).map(syntax.tree.isNegated) == true
                if syntax.tree.isNegated(verb) || syntax.tree.isNegated(cue) || sharedSubject(verb, syntax).map(syntax.tree.isNegated) == true || hungOnNegated
                    || syntax.tree.agent(of: verb).map(syntax.tree.isNegated) == true
                {
                    if status == "claimed" { draft.status.insert("unclaimed") }
                    continue
                }
                draft.status.insert(status)
            }
        }
        if let quote = tokens.quoteAt[draft.mention.range.lowerBound].map({ tokens.quotes[$0] }) {
            if let speaker = quote.speakerCanonical, speaker == draft.first("actor")?.canonical {
                draft.status.insert("claimed")
            } else if let cue = quote.cue?.lowercased(), let status = lexicon.statusOf[cue] {
                draft.status.insert(status)
            } else if quote.speakerCanonical != nil {
                draft.status.insert("reported")
            }
        }
    }

    /// Whether `upper` is `lower` or one of its first four heads.
    func governs(_ upper: Int, _ lower: Int, _ syntax: EventSyntax) -> Bool {
        var current = lower
        for _ in 0..<5 {
            if current == upper { return true }
            guard let next = syntax.head(current) else { return false }
            current = next
        }
        return false
    }

    /// The quotation a statement trigger introduces: one in the trigger's sentence.
    func statementQuote(_ trigger: Range<Int>, _ tokens: EventTokens) -> Range<Int>? {
        let sentence = tokens.sentenceRange[tokens.sentence[trigger.lowerBound]]
        for position in trigger.upperBound..<sentence.upperBound {
            if let index = tokens.quoteAt[position] {
                let quote = tokens.quotes[index]
                let first = tokens.base.index(atOrAfter: quote.start)
                var last = first
                while last < tokens.count, tokens.base.tokens[last].start < quote.end { last += 1 }
                return first..<max(last, first + 1)
            }
        }
        return nil
    }
}
