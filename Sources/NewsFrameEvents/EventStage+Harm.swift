import NewsFrameCore

/// Casualties as numbers (`ANNOTATION.md`: `killed`, `injured`): each casualty word of the
/// sentence the frame's casualties come from counts what its lexicon line says (`harm`), and
/// the number is read from the parse: the victims' number ("three soldiers were killed",
/// "killing three", "14 were injured"), the casualty noun's own ("30 casualties"), or its
/// "of" phrase's ("the deaths of three soldiers"); "no injuries" and "no one was hurt" are 0.
/// Quantifiers give lower bounds ("at least 30" is 30, "dozens" 24); an article before a
/// singular victim is one ("killed a commander", "a Kurdish farmer was shot dead"); "no
/// casualties" is 0 killed and 0 injured.
extension EventStage {
    /// The rule of a toll a quantity word gives ("dozens were killed"): in one report, a number
    /// told in another mention ("killed 46 people") replaces it.
    static let vagueHarmRule = "events/harm-quantity"
    /// The rule of a target that is the victims of a frame's harm.
    static let victimsRule = "events/harm-victims"

    /// The rule of a killed count a toll gives ("which brought the toll to four"): the total,
    /// which replaces the count of any one casualty word.
    static let tollRule = "events/harm-toll"

    /// The rule of an actor that is the victim of a mention telling the attacker's end.
    static let attackersEndRule = "events/attackers-end"

    func harm(_ draft: inout FrameDraft, _ syntax: EventSyntax?, _ tokens: EventTokens) {
        guard let syntax, let casualties = draft.first("casualties") else { return }
        let sentence = tokens.sentenceRange[tokens.sentence[casualties.range.lowerBound]]
        for position in sentence where tokens.has(position, "casualty") {
            let kinds = (lexicon.harmOf[tokens.lower[position]] ?? []).filter { draft.first($0) == nil }
            guard !kinds.isEmpty, syntax.wordOfToken[position] >= 0, let (count, source) = harmCount(syntax.wordOfToken[position], syntax, tokens) else {
                continue
            }
            // A word of both kinds ("casualties") gives a count to both only when it is none.
            guard kinds.count == 1 || count == 0 else { continue }
            // The text it came from: the harm with its victims ("killed a top field commander").
            let range = casualtyClause(position, syntax, tokens) ?? min(source, position)..<max(source, position) + 1
            // ("dozens", "scores": a lower bound a later number may tell better.)
            let rule = tokens.has(source, "quantity") ? Self.vagueHarmRule : "events/harm"
            for kind in kinds { draft.add(FrameDraft.Argument(role: kind, range: range, value: String(count), count: count, rule: rule)) }
        }
    }

    /// A toll told in a sentence of an attack frame's mentions or in the one after ("A fourth
    /// guard died later, which brought the toll to four") is the frame's `killed`, the
    /// latest such toll, when no other attack frame is told in that sentence and the toll is
    /// no lower than the count the frame had.
    func applyTolls(_ frames: inout [FrameDraft], _ tokens: EventTokens) {
        let tollSentences = Set((0..<tokens.count).filter { tokens.has($0, "toll") }.map { tokens.sentence[$0] })
        guard !tollSentences.isEmpty else { return }
        let told = frames.map { frame in
            frame.type == "ATTACK" ? Set(([frame.mention.range] + frame.folded).map { tokens.sentence[$0.lowerBound] }) : []
        }
        for index in frames.indices where frames[index].type == "ATTACK" {
            let others = told.indices.filter { $0 != index }.reduce(into: Set<Int>()) { $0.formUnion(told[$1]) }
            let sentences = told[index].union(told[index].map { $0 + 1 }).subtracting(others).intersection(tollSentences)
            for sentence in sentences.sorted() {
                // The sentence after one that tells of the attack counts it only undated or dated
                // near the report ("Back in March, unrest across the district had a death toll of 141").
                if !told[index].contains(sentence), !isDatedLongBefore(frames[index], tokens), datesOlderEvent(tokens.sentenceRange[sentence], tokens) {
                    continue
                }
                guard let (count, range) = toll(in: tokens.sentenceRange[sentence], tokens), count >= frames[index].first("killed")?.count ?? 0 else {
                    continue
                }
                frames[index].arguments.removeAll { $0.role == "killed" }
                frames[index].add(FrameDraft.Argument(role: "killed", range: range, value: String(count), count: count, rule: Self.tollRule))
            }
        }
    }

    /// Whether the words date something that ended over a week before the report, which a
    /// report gives an older event, not its fresh one. A date after a word of time order bounds a
    /// span ("the deadliest since 2019") and dates nothing.
    func datesOlderEvent(_ range: Range<Int>, _ tokens: EventTokens) -> Bool {
        guard let report = tokens.reportDay else { return false }
        return range.contains { token in
            guard let timex = tokens.timexAt[token], token == range.lowerBound || tokens.timexAt[token - 1] != timex,
                !(token > range.lowerBound && tokens.has(token - 1, "sequence")),
                let day = DayRange(value: tokens.timexes[timex].value)
            else { return false }
            return day.last < report.first - 7
        }
    }

    /// Whether the frame itself is dated over a week before the report ("The March 3 bombing
    /// killed 20"): then a later sentence's older date may be its own.
    func isDatedLongBefore(_ frame: FrameDraft, _ tokens: EventTokens) -> Bool {
        guard let report = tokens.reportDay, let day = frame.first("time").flatMap({ DayRange(value: $0.value ?? "") }) else { return false }
        return day.last < report.first - 7
    }

    /// The total of the dead a toll noun leads to ("the death toll rose to 26", "a death toll
    /// of nine", "stands at at least 12"): the first number after a word that leads to it (a
    /// `destination`, `place` or `of_object` word: "to", "at", "of"), within
    /// the toll's clause; and the text from the toll to it. A toll placed or dated wider than
    /// one event ("Gaza's death toll", "the toll in the region since October", "raised the toll
    /// to 60 since Tuesday") counts a war.
    func toll(in sentence: Range<Int>, _ tokens: EventTokens) -> (Int, Range<Int>)? {
        for position in sentence where tokens.has(position, "toll") {
            if (max(sentence.lowerBound, position - 3)..<position).contains(where: { tokens.base.possessive[$0] }) { continue }
            var link: Int? = nil
            for next in position + 1..<min(sentence.upperBound, position + 8) {
                if tokens.has(next, "clause") || tokens.base.texts[next] == "," || tokens.base.inTimex[next] { break }
                if link == nil, tokens.has(next, "destination") || tokens.has(next, "place") || tokens.has(next, "of_object") {
                    link = next
                    continue
                }
                if tokens.has(next, "place") || tokens.has(next, "sequence") || tokens.base.mentionAt[next] != nil { break }
                if let link, next - link <= 3, let value = number(next, tokens) {
                    // ("the toll reached 90, nearly all farmers, since May": a run's.)
                    if (next + 1..<sentence.upperBound).contains(where: { tokens.has($0, "sequence") }) { return nil }
                    return (value, position..<next + 1)
                }
            }
        }
        return nil
    }

    /// Who the casualty words of `range` name as hurt, kept aside as a target for a frame that
    /// ends up with none: the victims of a passive ("a ranger was killed") or the object ("killing
    /// a policeman"); a bare number or pronoun ("killing three", "killed them") names nobody.
    func victims(in range: Range<Int>, _ syntax: EventSyntax, _ tokens: EventTokens) -> Int? {
        for position in range where tokens.has(position, "casualty") && syntax.wordOfToken[position] >= 0 {
            let word = syntax.wordOfToken[position]
            if let victims = harmed(by: word, syntax, tokens) ?? resultVerb(of: word, syntax, tokens).flatMap({ harmed(by: $0, syntax, tokens) }),
                isVictim(victims, syntax, tokens)
            {
                return victims
            }
        }
        return nil
    }

    /// The victims a frame kept aside, as its target, when no mention named what was hit.
    func victimsAsTarget(_ frame: inout FrameDraft, _ syntax: EventSyntax?, _ context: ArgumentContext) {
        guard frame.type == "ATTACK", frame.first("target") == nil, let syntax, let victims = frame.victims else { return }
        var scratch = frame
        scratch.arguments = []
        fillPhrase(&scratch, victims, role: "target", rule: Self.victimsRule, syntax, context)
        frame.arguments += scratch.arguments.filter { $0.role == "target" }
    }

    /// A noun for people harmed: a victim noun ("villagers"), a named person or people, or a
    /// counted or determined noun ("28 soldiers", "a ranger"); not the attackers ("two of the
    /// gunmen were shot dead"), an attack or harm word, a date, or a bare plural ("Thousands").
    func isVictim(_ word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        let token = syntax.words[word].token
        guard ["NOUN", "PROPN"].contains(syntax.words[word].upos), !tokens.base.inTimex[token], !tokens.has(token, "actor"),
            !tokens.has(token, "casualty"), lexicon.triggerTrie.longest(tokens.lowerIDs, from: token) == nil
        else { return false }
        if tokens.has(token, "victim") { return true }
        if let mention = tokens.base.mentionAt[token], ["PERSON", "NORP"].contains(tokens.base.mentions[mention].type) { return true }
        return syntax.tree.dependent(of: word, ["nummod", "det"]) != nil
    }

    /// Whom a verb of harm befell: its passive subject outside the dateline (the parser may make
    /// "KESSEN, Mali -" a first subject of the lead's "At least a dozen people died"), else its
    /// object, or the victims joined to a reflexive object.
    func harmed(by word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Int? {
        let subjects = syntax.tree.dependents(of: word, ["nsubj:pass"])
        if let subject = subjects.first(where: { !tokens.base.inDateline[syntax.words[$0].token] }) {
            return subject
        }
        // ("KOLBE, Tamsaria - Eleven herders died in the raid": a dateline the parser made the
        // subject hangs the real one under it.)
        for subject in subjects {
            if let hung = syntax.tree.children[subject].first(where: { child in
                !tokens.base.inDateline[syntax.words[child].token] && ["NOUN", "PROPN", "PRON"].contains(syntax.words[child].upos)
            }) {
                return hung
            }
        }
        guard let object = syntax.tree.object(of: word) ?? sharedObject(word, syntax, tokens) else { return nil }
        return tokens.has(syntax.words[object].token, "reflexive") ? victims(besideReflexive: object, syntax, tokens) ?? object : object
    }

    /// "killed himself and two guards", "Kills Self, 4 Guards": the victims joined to
    /// a reflexive object (class `coordinator`), which the parser may hang on the verb instead.
    func victims(besideReflexive reflexive: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Int? {
        let token = syntax.words[reflexive].token
        guard token + 2 < tokens.count, tokens.has(token + 1, "coordinator"), syntax.wordOfToken[token + 2] >= 0 else { return nil }
        // The noun whose phrase holds the word after the coordinator, below the verb.
        guard let verb = syntax.head(reflexive) else { return nil }
        var word = syntax.wordOfToken[token + 2]
        while !["NOUN", "PROPN"].contains(syntax.words[word].upos) || syntax.head(word) == nil {
            guard let head = syntax.head(word), head > word, head != reflexive else { return nil }
            word = head
        }
        return syntax.isBelow(word, any: [verb, reflexive]) ? word : nil
    }

    /// The verb a result word, a result phrase or a manner adverb of harm belongs to ("was shot
    /// dead", "was stabbed to death", "fatally stabbed"): its victims are that verb's.
    func resultVerb(of word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Int? {
        if ["xcomp", "advmod"].contains(syntax.deprel(word)) { return syntax.head(word) }
        let toward = syntax.preposition(word).map { tokens.has(syntax.words[$0].token, "destination") } ?? false
        return syntax.deprel(word) == "obl" && toward ? syntax.head(word) : nil
    }

    /// The count of a casualty word and the token it was read from.
    func harmCount(_ word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> (Int, Int)? {
        var candidates = [word]
        // The victims: a passive subject, else the object, else the subject of a verb with none
        // ("Nineteen people died"); the subject of "the strike killed three" is no victim.
        // (Nor is the subject of a present form, a headline's "bomber … kills 10": it is the doer;
        // the tagger may read that "kills" as a plural noun, which has no victim for subject either.)
        let object = harmed(by: word, syntax, tokens)
        let present = ["VBZ", "VBP", "NNS"].contains(syntax.words[word].xpos)
        if let victims = object ?? (present ? nil : syntax.tree.dependent(of: word, ["nsubj"])) { candidates.append(victims) }
        // "three soldiers killed", "dozens injured": a participle after its victims.
        if ["acl", "amod"].contains(syntax.deprel(word)), let head = syntax.head(word) { candidates.append(head) }
        // "a policeman was shot dead", "shot two guards dead", "fatally stabbed two people": the
        // victims of a result word or a manner adverb are its verb's.
        if let victims = resultVerb(of: word, syntax, tokens).flatMap({ harmed(by: $0, syntax, tokens) }) { candidates.append(victims) }
        // (The parser may make the victims of "left six officers dead" a bare noun phrase of the
        // result word rather than its verb's object.)
        candidates += syntax.tree.dependents(of: word, ["obl:unmarked"]).filter { $0 < word }
        // ("Car bomb kills 9 at checkpoint": a bare number after the verb, which the parser may
        // make a complement, counts the victims.)
        if syntax.words[word].upos == "VERB", object == nil {
            candidates += syntax.tree.dependents(of: word, ["xcomp", "dep", "obl:unmarked", "ccomp"]).filter { $0 > word && syntax.words[$0].upos == "NUM" }
        }
        candidates += syntax.tree.dependents(of: word, ["nmod"]).filter { child in
            syntax.preposition(child).map { lexicon.isA(tokens.lower[syntax.words[$0].token], "of_object") } ?? false
        }
        for candidate in candidates {
            // ("troops shot dead some of the gunmen": the end of those who attacked is no
            // toll of the attack.)
            if candidate != word, isPerpetrators(candidate, syntax, tokens) { return nil }
            guard let (value, source) = count(of: candidate, word, syntax, tokens) else { continue }
            // "killing a teacher and four other villagers": the victims named together add up.
            // (A bare number, victims with their own harm, or another casualty word, in coordination
            // are another count: "killed seven people and injured 12 others", "the death of one
            // villager and nine injuries".)
            let others = candidate == word ? [] : syntax.tree.dependents(of: candidate, ["conj"])
                .filter { conj in
                    ["NOUN", "PROPN"].contains(syntax.words[conj].upos) && !tokens.has(syntax.words[conj].token, "casualty")
                        && !syntax.tree.children[conj].contains { tokens.has(syntax.words[$0].token, "casualty") }
                }
                .compactMap { count(of: $0, word, syntax, tokens)?.0 }
            return (value + others.reduce(0, +), source)
        }
        return nil
    }

    /// Whether a mention tells the attacker's end beside a real attack of its sentence, or after
    /// one told at most `laterReach` sentences before ("Two settlers were killed in a stabbing. …
    /// The attacker was shot"), that is no such end itself.
    func isAttackersEnd(_ mention: TriggerMention, besideAttackAmong mentions: [TriggerMention], _ syntax: EventSyntax?, _ tokens: EventTokens) -> Bool {
        guard isAttackersEnd(mention, syntax, tokens) else { return false }
        let sentence = tokens.sentence[mention.range.lowerBound]
        // (Not in a report of an attacker's end itself, whose earlier mentions harm one: "A guard
        // shot an attacker", then "the attacker died in hospital".)
        let reportsAnEnd = mentions.contains { other in
            other.range.upperBound <= mention.range.lowerBound && attackerHarmed(by: other, syntax, tokens, definite: false) != nil
        }
        return mentions.contains { other in
            (tokens.sentence[other.range.lowerBound] == sentence
                || (!reportsAnEnd && other.range.upperBound <= mention.range.lowerBound && tokens.sentence[other.range.lowerBound] + Self.laterReach >= sentence))
                && lexicon.triggers[other.entry].type == "ATTACK" && !isAttackersEnd(other, syntax, tokens) && realityCheck(other, tokens) != nil
        }
    }

    /// Whether a word's object is lives lost (class `cost`): "claimed the lives of three guards".
    func claimsLives(_ word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        syntax.tree.dependents(of: word, ["obj"]).contains { tokens.has(syntax.words[$0].token, "cost") }
    }

    /// "Highway blast claims five lives", "the bombing claimed the lives of three guards": a
    /// claim of lives (class `cost`), or one whose subject is an attack, tells what the attack
    /// cost, not who says they did it. (Whatever a headline's parse made of the verb.)
    func isClaimByAnAttack(_ mention: TriggerMention, among mentions: [TriggerMention], _ syntax: EventSyntax?, _ tokens: EventTokens) -> Bool {
        guard lexicon.triggers[mention.entry].type == "CLAIM", let syntax, let verb = syntax.head(of: mention.range) else { return false }
        if claimsLives(verb, syntax, tokens) { return true }
        // (Active only: "the attack was claimed by a group" is a claim.)
        guard !mention.isNoun, !mention.isPassive, let subject = syntax.tree.subject(of: verb), syntax.deprel(subject) == "nsubj" else {
            return false
        }
        let token = syntax.words[subject].token
        return mentions.contains { other in other.range.contains(token) && lexicon.triggers[other.entry].type == "ATTACK" }
    }

    /// Whether a verb's victim is the one who carried out the attack, told as such ("killed the
    /// gunman", "the assailant was shot dead").
    func isAttackersEnd(_ mention: TriggerMention, _ syntax: EventSyntax?, _ tokens: EventTokens) -> Bool {
        attackerHarmed(by: mention, syntax, tokens) != nil
    }

    /// The attacker a verb's victim is, told as such ("killed the gunman", "the assailant was
    /// shot dead"): the word of the victim, or nil.
    func attackerHarmed(by mention: TriggerMention, _ syntax: EventSyntax?, _ tokens: EventTokens) -> Int? {
        attackerHarmed(by: mention, syntax, tokens, definite: true)
    }

    /// The victim of a verb when it is a noun for one who attacked (`definite`: told as one
    /// known already, "the gunman"; else also "an assailant").
    func attackerHarmed(by mention: TriggerMention, _ syntax: EventSyntax?, _ tokens: EventTokens, definite: Bool) -> Int? {
        guard !mention.isNoun, let syntax, let verb = syntax.head(of: mention.range) else { return nil }
        // ("was shot and killed", "shot and killed the gunman": a conjunct shares the first
        // verb's voice, subject and object.)
        let first = syntax.deprel(verb) == "conj" ? syntax.head(verb) ?? verb : verb
        let passive = mention.isPassive || syntax.tree.dependent(of: first, ["aux:pass"]) != nil
        guard let victim = passive
            ? syntax.tree.subject(of: verb) ?? syntax.tree.subject(of: first)
            : syntax.tree.dependent(of: verb, ["obj"]) ?? syntax.tree.dependent(of: first, ["obj"])
        else { return nil }
        let token = syntax.words[victim].token
        return tokens.has(token, "perpetrator") && (!definite || tokens.isDefinite(before: token)) ? victim : nil
    }

    /// Whether the victims are those who carried out the attack, told as such: "the attackers",
    /// "some of the gunmen", "an unknown number of the assailants".
    func isPerpetrators(_ candidate: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        let parts = [candidate] + syntax.tree.dependents(of: candidate, ["nmod"]).filter { child in
            syntax.preposition(child).map { lexicon.isA(tokens.lower[syntax.words[$0].token], "of_object") } ?? false
        }
        return parts.contains { word in
            let token = syntax.words[word].token
            return tokens.has(token, "perpetrator") && tokens.isDefinite(before: token)
        }
    }

    /// The number one victim phrase gives: itself ("killing three"), the article of a singular
    /// noun ("a top commander": one), or a number, quantity or "no" among its modifiers.
    func count(of candidate: Int, _ word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> (Int, Int)? {
        let token = syntax.words[candidate].token
        if candidate != word, let value = number(token, tokens) { return (value, token) }
        // "Ana Ruiz was killed": one named person.
        if candidate != word, tokens.base.mentionAt[token].map({ tokens.base.mentions[$0].type == "PERSON" }) == true { return (1, token) }
        // ("an unknown number of the gunmen", "a group of villagers": a noun of a set
        // counts no one by its article.)
        // ("a total of 18 people", "a group of 12 villagers": a noun of a set counts what its "of"
        // phrase counts.)
        if candidate != word, tokens.has(token, "collective") {
            for child in syntax.tree.dependents(of: candidate, ["nmod"]) where child > candidate {
                guard let of = syntax.preposition(child), lexicon.isA(tokens.lower[syntax.words[of].token], "of_object") else { continue }
                if let counted = count(of: child, word, syntax, tokens) { return counted }
            }
        }
        if candidate != word, ["NN", "NNP"].contains(syntax.words[candidate].xpos), !tokens.has(token, "collective"),
            let article = syntax.tree.dependent(of: candidate, ["det"]),
            lexicon.singularArticles.contains(tokens.lower[syntax.words[article].token])
        {
            return (1, syntax.words[article].token)
        }
        // ("Two police officers" parsed with the number on "police": a compound's number is the noun's.)
        let compounds = syntax.tree.dependents(of: candidate, ["compound"]).flatMap { syntax.tree.dependents(of: $0, ["nummod"]) }
        for modifier in syntax.tree.dependents(of: candidate, ["nummod", "det", "amod", "advmod"]) + compounds {
            let position = syntax.words[modifier].token
            if let value = number(position, tokens) { return (value, position) }
            if tokens.has(position, "negation") { return (0, position) }
        }
        return nil
    }

    /// A whole number written in digits ("1,200") or as a word of the number lexicons; a tens
    /// word joined by a hyphen to a unit ("Forty-two", three tokens) is their sum.
    func number(_ token: Int, _ tokens: EventTokens) -> Int? {
        let text = tokens.lower[token]
        if text.first?.isNumber == true { return Int(text.filter { $0 != "," }) }
        guard let value = lexicon.numberValue[text] else { return nil }
        // ("Twenty-five people": whichever of its words the parser hung the number on.)
        if let whole = hyphenated(from: token, tokens) ?? hyphenated(from: token - 2, tokens) { return whole }
        // "two dozen": a number before a quantity word counts it.
        if tokens.has(token, "quantity"), token > 0, !tokens.has(token - 1, "quantity"),
            let times = tokens.lower[token - 1].first?.isNumber == true ? Int(tokens.lower[token - 1]) : lexicon.numberValue[tokens.lower[token - 1]]
        {
            return times * value
        }
        return value
    }

    /// A tens word at `tens` joined by a hyphen to a unit ("Forty-two", three tokens): their sum.
    private func hyphenated(from tens: Int, _ tokens: EventTokens) -> Int? {
        guard tens >= 0, tens + 2 < tokens.count, tokens.lower[tens + 1] == "-", tokens.base.tokens[tens + 1].start == tokens.base.tokens[tens].end,
            let value = lexicon.numberValue[tokens.lower[tens]], value >= 20, value < 100, value % 10 == 0,
            let unit = lexicon.numberValue[tokens.lower[tens + 2]], (1...9).contains(unit)
        else { return nil }
        return value + unit
    }
}
