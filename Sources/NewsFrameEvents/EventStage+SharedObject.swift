import NewsFrameCore

extension EventStage {
    /// "Insurgents murdered and beheaded five farmers": a verb with no object of its own, joined
    /// by a conjunction to the verb right after it, shares that verb's object (the parser hangs
    /// the object on the last verb only). Only the joining words may stand between the two
    /// ("and", "then"): a phrase of the first verb ("fired at the base and killed five") makes
    /// it a verb complete without that object. The object must be one an attack can hit: people,
    /// a counted noun, a site or a name; "attacked and took control of a post" shares no
    /// "control".
    func sharedObject(_ verb: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Int? {
        guard syntax.tree.object(of: verb) == nil,
            let partner = syntax.tree.dependents(of: verb, ["conj"]).first(where: { $0 > verb && syntax.words[$0].upos == "VERB" }),
            let object = syntax.tree.object(of: partner),
            (verb + 1..<partner).allSatisfy({ ["CCONJ", "ADV", "PUNCT"].contains(syntax.words[$0].upos) }),
            (verb + 1..<partner).contains(where: { syntax.words[$0].upos == "CCONJ" })
        else { return nil }
        let token = syntax.words[object].token
        let hittable = isPersonWord(object, syntax, tokens) || syntax.tree.dependent(of: object, ["nummod"]) != nil
            || lexicon.isA(syntax.lemma(object), "site") || tokens.base.mentionAt[token] != nil
        return hittable ? object : nil
    }
}
