import NewsFrameCore

extension EventStage {
    /// "Insurgents murdered and beheaded five farmers": a verb with no object of its own, joined
    /// by a conjunction to the verb right after it, shares that verb's object (the parser hangs
    /// the object on the last verb only). Only words of the joining itself may stand between
    /// the two ("and", "then", a comma): a phrase of the first verb ("fired at the base and
    /// killed five") makes it a verb complete without that object.
    func sharedObject(_ verb: Int, _ syntax: EventSyntax) -> Int? {
        guard syntax.tree.object(of: verb) == nil,
            let partner = syntax.tree.dependents(of: verb, ["conj"]).first(where: { $0 > verb && syntax.words[$0].upos == "VERB" }),
            let object = syntax.tree.object(of: partner),
            (verb + 1..<partner).allSatisfy({ ["CCONJ", "ADV", "PUNCT"].contains(syntax.words[$0].upos) }),
            (verb + 1..<partner).contains(where: { syntax.words[$0].upos == "CCONJ" })
        else { return nil }
        return object
    }
}
