import NewsFrameCore

/// Who the text makes answerable for an attack told as a noun, when no relation of the noun
/// itself names the doer: reports often give the attacker only in a sentence about blame or
/// responsibility, and an analyst reads that as the actor (ACLED codes the blamed party when
/// the source attributes the attack).
extension EventStage {
    /// - "blamed the Kolbe Front for Monday's attack", "accused the militia of the raid": the
    ///   one a verb of accusation blames, its object, when the attack is its other phrase;
    /// - "an attack that officials blamed on the Kolbe Front": a relative clause on the attack
    ///   whose verb of accusation puts it on someone (`blamed_on`);
    /// - "rebels were behind the bombing", "three raiders were involved in the raid", "the group
    ///   responsible for the attack": a predicate of agency (class `agency`) makes its subject,
    ///   or the noun it describes, the doer.
    func responsibleParty(_ noun: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> (word: Int, rule: String)? {
        guard let party = blamedParty(noun, syntax, tokens) else { return nil }
        // "did not know which group was behind the attack", "asked who was behind it": a party
        // asked about is no one named; "the Front, which was behind the bombing" (a relative
        // clause on the party) names it.
        let relative = syntax.deprel(noun) == "acl:relcl" || syntax.head(noun).map { syntax.deprel($0) == "acl:relcl" } == true
        let asked = syntax.tree.dependents(of: party.word, ["det"]) + (relative ? [] : [party.word])
        return asked.contains { tokens.has(syntax.words[$0].token, "relative") } ? nil : party
    }

    private func blamedParty(_ noun: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> (word: Int, rule: String)? {
        let head = syntax.head(noun)
        if let head, syntax.deprel(noun) == "obl", lexicon.isA(syntax.lemma(head), "accuse"), isAsserted(head, syntax, tokens),
            let accused = syntax.tree.dependent(of: head, ["obj"]), accused != noun
        {
            return (accused, "events/parse-blamed-for")
        }
        var clauses = syntax.tree.dependents(of: noun, ["acl:relcl"])
        for _ in 0..<2 {
            for verb in clauses where lexicon.isA(syntax.lemma(verb), "accuse") && isAsserted(verb, syntax, tokens) {
                for phrase in syntax.tree.dependents(of: verb, ["obl"]) {
                    if let marker = syntax.preposition(phrase), lexicon.isA(tokens.lower[syntax.words[marker].token], "blamed_on") {
                        return (phrase, "events/parse-blamed-on")
                    }
                }
            }
            clauses = clauses.flatMap { syntax.tree.dependents(of: $0, ["acl", "acl:relcl", "xcomp"]) }
        }
        // "rebels were behind the bombing": the subject, or the noun right before the copula
        // where the parser hung the subject elsewhere.
        if let marker = syntax.preposition(noun), lexicon.isA(tokens.lower[syntax.words[marker].token], "agency"), isAsserted(noun, syntax, tokens) {
            if let subject = syntax.tree.subject(of: noun) { return (subject, "events/parse-agency") }
            if let copula = syntax.tree.dependent(of: noun, ["cop"]), copula > 0, ["NOUN", "PROPN"].contains(syntax.words[copula - 1].upos) {
                return (copula - 1, "events/parse-agency")
            }
        }
        if let head, syntax.deprel(noun) == "obl", lexicon.isA(syntax.lemma(head), "agency"), isAsserted(head, syntax, tokens) {
            // ("A man went to the police and confessed to the attack": the subject of the verb it is
            // joined to; not through a complement, whose subject is the accuser: "Israel holds
            // Hezbollah responsible for the attack".)
            var verb = head
            while syntax.tree.subject(of: verb) == nil, syntax.deprel(verb) == "conj", let up = syntax.head(verb) { verb = up }
            if let subject = syntax.tree.subject(of: verb) {
                return (subject, "events/parse-agency")
            }
            if ["amod", "acl"].contains(syntax.deprel(head)), let described = syntax.head(head) { return (described, "events/parse-agency") }
        }
        return nil
    }

    /// A predicate said, not asked, supposed or denied: "asked whether the group was behind
    /// the attack" and "the group was not behind it" blame no one.
    func isAsserted(_ predicate: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        !syntax.tree.children[predicate].contains { child in
            let token = syntax.words[child].token
            return (syntax.deprel(child) == "mark" && tokens.has(token, "hypothetical")) || tokens.has(token, "negation")
        }
    }
}
