import NewsFrameCore

/// "The assailants were armed with rifles", "all of them were armed with pistols":
/// reports often say what the attackers carried in a sentence of its own, with no attack word
/// in it. What the armed ones (attackers by their noun, or a pronoun) were armed with is the
/// weapon of the attack told last before it, when that attack names none.
extension EventStage {
    func armAttackers(_ frames: inout [FrameDraft], _ syntax: EventSyntax?, _ tokens: EventTokens) {
        guard let syntax, frames.contains(where: { $0.type == "ATTACK" }) else { return }
        for word in syntax.words.indices where isArmed(word, syntax, tokens) {
            let token = syntax.words[word].token
            let bearer = syntax.tree.subject(of: word) ?? (["amod", "acl"].contains(syntax.deprel(word)) ? syntax.head(word) : nil)
            guard let bearer, tokens.has(syntax.words[bearer].token, "actor") || ["PRON", "DET"].contains(syntax.words[bearer].upos) else { continue }
            var weapons: [FrameDraft.Argument] = []
            for phrase in syntax.tree.dependents(of: word, ["obl"]) {
                guard let preposition = syntax.preposition(phrase), tokens.has(syntax.words[preposition].token, "instrument") else { continue }
                for item in [phrase] + syntax.tree.dependents(of: phrase, ["conj"]) {
                    for part in syntax.local(item) {
                        guard let weapon = tokens.weaponAt[syntax.words[part].token],
                            !weapons.contains(where: { $0.range == tokens.weaponTokens[weapon] })
                        else { continue }
                        weapons.append(weaponArgument(weapon, tokens.weaponTokens[weapon], rule: "events/armed-attackers", tokens))
                    }
                }
            }
            guard !weapons.isEmpty else { continue }
            // The attack told last before the sentence: its trigger or a mention folded into it.
            let told = frames.indices.filter { frames[$0].type == "ATTACK" }.compactMap { index -> (Int, Int)? in
                let before = ([frames[index].mention.range] + frames[index].folded).map(\.lowerBound).filter { $0 < token }
                return before.max().map { ($0, index) }
            }
            guard let latest = told.max(by: { $0.0 < $1.0 })?.1, frames[latest].first("weapon") == nil else { continue }
            frames[latest].arguments += weapons
        }
    }
}
