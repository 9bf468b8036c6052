import NewsFrameCore
import NewsFrameQuotes

/// Arguments given by description when no name fills the role ("a cargo ship", "Iran-backed
/// militants", "the convoy carrying Chinese engineers"): the actor's description with its
/// group, state or sponsor, and the noun phrase of any role, cut where its phrase ends.
extension EventStage {
    /// An actor given by description: a group name modifying it is the actor ("Houthi
    /// rebels"), a state before a force noun is ("Israeli warplanes"), a backer is a sponsor
    /// ("Iran-backed militants"); else the description itself when its head is a name or an
    /// actor noun, resolved as a speaker description is ("the group" → the group named before).
    func actorDescription(_ draft: inout FrameDraft, _ word: Int, _ modifiers: [Int], rule: String, _ syntax: EventSyntax, _ context: ArgumentContext) {
        let tokens = context.tokens
        let token = syntax.words[word].token
        var named: [Int] = []
        for mention in modifiers {
            if sponsorCueEnd(after: mention, tokens) != nil {
                entityArgument(&draft, mention, role: "sponsor", rule: "events/parse-sponsor", tokens)
            } else {
                named.append(mention)
            }
        }
        // "Iran-backed militants" when the parser hangs "backed" elsewhere: the words right before.
        let start = syntax.tokens(descriptionWords(word, syntax, context).first, word).lowerBound
        if start >= 2, tokens.has(start - 1, "sponsor"), let mention = tokens.base.mentionAt[tokens.base.texts[start - 2] == "-" ? max(0, start - 3) : start - 2] {
            entityArgument(&draft, mention, role: "sponsor", rule: "events/parse-sponsor", tokens)
        }
        if let group = named.first(where: { tokens.base.mentions[$0].type == "ORG" }) {
            entityArgument(&draft, group, role: "actor", rule: rule + "|events/parse-group-modifier", tokens)
            return
        }
        if tokens.has(token, "force"), let state = named.first(where: { tokens.base.mentions[$0].type == "GPE" }) {
            entityArgument(&draft, state, role: "actor", rule: rule + "|events/parse-state-force", tokens)
            return
        }
        // "Gunmen loyal to Kata'ib Hezbollah", "fighters of the Islamic State": the group named by
        // an "of" phrase or in a modifier's phrase; not one deeper in another noun's ("the group
        // | over the war on Hamas").
        let ofPhrases = syntax.tree.dependents(of: word, ["nmod"]).filter { child in
            syntax.preposition(child).map { lexicon.isA(tokens.lower[syntax.words[$0].token], "of_object") } ?? true
        }
        let modifiers = syntax.tree.dependents(of: word, ["amod", "acl"])
        let affiliated = (ofPhrases + modifiers + modifiers.flatMap { syntax.tree.dependents(of: $0, ["obl", "nmod"]) })
            .compactMap { tokens.base.mentionAt[syntax.words[$0].token] }
        // "ambushed by alleged members of the Kolbe Front": a noun of belonging is no actor noun ("members
        // of the family" are victims), but the group its "of" phrase names is, when it acts.
        // (Only as the attack's own subject or agent: a subject handed on from a verb of blame,
        // "members of the council criticized X for attacking", did not attack.)
        let own = rule.hasPrefix("events/parse-subject") || rule.hasPrefix("events/parse-agent")
        let belongs = own && tokens.has(token, "membership") && !ofPhrases.isEmpty
        if tokens.has(token, "actor") || belongs, let group = affiliated.first(where: { tokens.base.mentions[$0].type == "ORG" }) {
            entityArgument(&draft, group, role: "actor", rule: rule + "|events/parse-affiliation", tokens)
            return
        }
        if syntax.words[word].upos == "PROPN" {
            describe(&draft, word, role: "actor", rule: rule + "|events/parse-description", syntax, context)
            return
        }
        // "Unidentified armed men": a noun no actor word names becomes one by a modifier that
        // arms or hides it (`actor_modifier`).
        let armed = syntax.tree.dependents(of: word, ["amod", "compound", "acl"]).contains { tokens.has(syntax.words[$0].token, "actor_modifier") }
        // "two men on motorbikes opened fire…", "a man with a knife attacked…": a
        // noun for people (`person`) is the actor as the subject of the attack verb itself, and
        // stands for itself (a man named before may be a victim).
        // (Or the active subject of a verb coordinated with it: "A man pulled a knife and
        // attacked"; "a man was shot and killed" is its victim.)
        let trigger = syntax.head(of: draft.mention.range)
        let coordinated = syntax.deprel(word) == "nsubj" && syntax.head(word).map { verb in
            syntax.words[verb].upos == "VERB" && syntax.tree.dependent(of: verb, ["aux:pass", "cop"]) == nil
                && trigger.map { syntax.coordinated(with: verb).contains($0) } == true
        } == true
        // (So is one the words say did it: "a man confessed to the attack", "was behind it".)
        if !tokens.has(token, "actor"), !armed, tokens.has(token, "person"),
            rule.hasPrefix("events/parse-subject") || rule.hasPrefix("events/parse-agency") || (rule.hasPrefix("events/parse-shared-subject") && coordinated)
        {
            describe(&draft, word, role: "actor", rule: rule + "|events/parse-person", syntax, context)
            return
        }
        guard tokens.has(token, "actor") || armed else { return }
        // "an Iran-backed militia", "gunmen": an indefinite description is a new participant, not
        // one named before; only a definite one ("the group") points back.
        let determiner = syntax.tree.dependent(of: word, ["det", "det:poss", "nmod:poss"])
        guard let determiner, tokens.has(syntax.words[determiner].token, "definite") || quoteLexicon.possessives[tokens.lower[syntax.words[determiner].token]] != nil else {
            describe(&draft, word, role: "actor", rule: rule + "|events/parse-description", syntax, context)
            return
        }
        // The resolver reads the determiner ("the group" points back, "a group" does not).
        let first = min(descriptionWords(word, syntax, context).first, syntax.tree.dependent(of: word, ["det", "det:poss", "nmod:poss"]) ?? word)
        let noun = quoteLexicon.nouns[tokens.lower[token]]
        let phrase = SpeakerPhrase(
            range: syntax.tokens(first, word), kind: .description, typeOrder: noun?.types ?? [], ruleID: noun?.ruleID, head: token)
        assign(&draft, .phrase(phrase), role: "actor", rule: rule, context)
    }

    /// The group named right after the comma that closes a description of people or a group
    /// ("an armed group, the KLF,"), when the parser did not hang the name on it as an apposition.
    func namedAfterComma(_ word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Int? {
        let token = syntax.words[word].token
        guard tokens.has(token, "actor"), syntax.words[word].upos == "NOUN" else { return nil }
        let end = syntax.tokens(descriptionWords(word, syntax, tokens).first, word).upperBound
        guard end + 1 < tokens.count, tokens.base.texts[end] == ",", let mention = tokens.base.mentionAt[end + 1],
            tokens.base.mentionTokens[mention].lowerBound == end + 1, tokens.base.mentions[mention].type == "ORG"
        else { return nil }
        return mention
    }

    /// Past the sponsor cue after a name ("Iran | -backed", "Iran-backed" as one token), or nil
    /// when the name is not followed by one.
    func sponsorCueEnd(after mention: Int, _ tokens: EventTokens) -> Int? {
        let last = tokens.base.mentionTokens[mention].upperBound - 1
        // "Iran-backed" may be one token: its last part is the cue.
        let suffix = tokens.lower[last].split(separator: "-").last.map(String.init) ?? ""
        if tokens.lower[last].contains("-"), lexicon.isA(suffix, "sponsor") { return last + 1 }
        let cue = last + 1 < tokens.count && tokens.base.texts[last + 1] == "-" ? last + 2 : last + 1
        return tokens.has(cue, "sponsor") ? cue + 1 : nil
    }

    /// The noun phrase as the argument, when no name fills the role ("a cargo ship", "the
    /// convoy carrying Chinese engineers"): its words without determiner as the canonical.
    func describe(_ draft: inout FrameDraft, _ word: Int, role: String, rule: String, _ syntax: EventSyntax, _ context: ArgumentContext) {
        // "hit its target": a noun that names no participant leaves the role to another mention.
        if context.tokens.has(syntax.words[word].token, "empty_head") { return }
        let (first, last) = descriptionWords(word, syntax, context)
        var range = syntax.tokens(first, last)
        // (A determiner the tagger took for a name describes nothing: "DORI - A | blast".)
        if range.count == 1, quoteLexicon.determiners.contains(context.tokens.lower[range.lowerBound]) { return }
        // (Nor a word of the trigger the parser hung inside it: "shot | dead a police officer".)
        let trigger = draft.mention.range
        if range.overlaps(trigger), trigger.upperBound < range.upperBound, trigger.lowerBound <= range.lowerBound {
            range = trigger.upperBound..<range.upperBound
        }
        // (Nor a headline's next verb read as a noun of the phrase: "strike on apartment block | kills 5".)
        // A phrase whose head lies past such a verb is a misparse, and names nothing.
        if let cut = range.dropFirst().first(where: { lexicon.triggerTrie.longest(context.tokens.lowerIDs, from: $0) != nil }) {
            guard cut > syntax.words[word].token else { return }
            range = range.lowerBound..<cut
        }
        // ("wounding at least one Iraqi, according to the interior minister", parsed with the minister as
        // the head: a comma and a cue of speech end the phrase before them, wherever its head fell.)
        if let cue = range.dropFirst(2).first(where: { context.tokens.base.cueAt[$0] != nil && context.tokens.base.texts[$0 - 1] == "," }) {
            range = range.lowerBound..<(cue - 1)
        }
        // (What a cut leaves hanging after the head is no part of the phrase: the comma before a
        // trigger cut off, "the guests and waiters | resulting" before "in four killed".)
        let head = min(syntax.words[word].token, range.upperBound - 1)
        while range.upperBound - 1 > head, isHanging(range.upperBound - 1, syntax, context.tokens) { range = range.lowerBound..<range.upperBound - 1 }
        draft.add(FrameDraft.Argument(role: role, range: range, canonical: describe(range, context.tokens, context.text), rule: rule))
    }

    /// A token a noun phrase does not end in: a mark, or a word the parse calls a preposition,
    /// conjunction, determiner or verb.
    func isHanging(_ token: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        if tokens.base.tokens[token].kind == .punctuation { return true }
        let word = syntax.wordOfToken[token]
        return word >= 0 && ["ADP", "CCONJ", "SCONJ", "DET", "VERB", "AUX"].contains(syntax.words[word].upos)
    }

    /// "Saudi-led coalition airstrike", "Saudi-led coalition warplanes": the modifiers right
    /// before an owner noun that the parser hung on the noun it modifies are the owner's; an
    /// actor described by the owner alone takes them.
    func widenOwner(_ draft: inout FrameDraft, _ owner: Int, of head: Int, _ syntax: EventSyntax, _ context: ArgumentContext) {
        guard let index = draft.arguments.lastIndex(where: { $0.role == "actor" && $0.entityType == nil }),
            draft.arguments[index].range.upperBound == syntax.words[owner].token + 1
        else { return }
        var start = draft.arguments[index].range.lowerBound
        while start > 0, syntax.wordOfToken[start - 1] >= 0 {
            let word = syntax.wordOfToken[start - 1]
            // (Modifiers, and the parts of one a hyphen joins: "Saudi | - | led".)
            let glued = context.tokens.base.tokens[start - 1].end == context.tokens.base.tokens[start].start
                && (syntax.words[word].upos == "PUNCT" || (syntax.wordOfToken[start] >= 0 && syntax.words[syntax.wordOfToken[start]].upos == "PUNCT"))
            // (Not a number of order: "the third rebel attack", "the 52nd"; nor a name an argument
            // of its own may be, "Kaduna militia attack", unless a hyphen joins it on: "Saudi-led".)
            let stop = context.tokens.has(start - 1, "ordinal") || context.tokens.lower[start - 1].first?.isNumber == true
                || (context.tokens.base.mentionAt[start - 1] != nil && context.tokens.base.tokens[start - 1].end != context.tokens.base.tokens[start].start)
            guard !stop, glued || ["amod", "compound", "flat"].contains(syntax.deprel(word)), syntax.isBelow(word, any: [head, owner]) else { break }
            start -= 1
        }
        guard start < draft.arguments[index].range.lowerBound else { return }
        let range = start..<draft.arguments[index].range.upperBound
        draft.arguments[index].range = range
        draft.arguments[index].canonical = describe(range, context.tokens, context.text)
    }

    /// A description keeps its "of" phrase and a participle that says which one ("the convoy
    /// carrying Chinese engineers"), and stops before a date or a dateline.
    func descriptionWords(_ word: Int, _ syntax: EventSyntax, _ context: ArgumentContext) -> (first: Int, last: Int) {
        descriptionWords(word, syntax, context.tokens)
    }

    func descriptionWords(_ word: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> (first: Int, last: Int) {
        syntax.description(
            word,
            keep: { child in
                // "the convoy carrying Chinese engineers" says which convoy; "a bus using an IED" says
                // with what it was hit, which is the weapon, not the bus.
                // ("one Iraqi, according to the minister": a cue of speech says who told, not which;
                // "government forces while it was docking": a clause with a subject or a mark of its own
                // says when.)
                if syntax.deprel(child) == "acl" {
                    return syntax.words[child].xpos == "VBG" && self.meansWeapon(child, syntax, tokens) == nil && tokens.base.cueAt[syntax.words[child].token] == nil
                        && syntax.tree.dependents(of: child, ["nsubj", "nsubj:pass", "mark"]).isEmpty
                }
                guard let preposition = syntax.preposition(child) else { return false }
                return self.lexicon.isA(tokens.lower[syntax.words[preposition].token], "of_object")
            },
            // (A dateline the parser hung on the lead's subject is no part of it: "Maputo — Gunmen".)
            stop: { tokens.base.inTimex[syntax.words[$0].token] || tokens.base.inDateline[syntax.words[$0].token] })
    }
}
