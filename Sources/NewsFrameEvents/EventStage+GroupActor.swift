import NewsFrameCore

/// "Two suicide attackers stormed a hotel in Dori … Fighters of the Kolbe Liberation Front had
/// driven in from the north": reports often name the attackers by a noun in the lead and the
/// group they belong to in a later sentence, with no attack word there. An attack whose actor is
/// only such a noun (`actor` words, not a state's force) takes the one armed group the document
/// names as one (its name beside a noun for attackers: "KLF rebels", "the jihadist group Kolbe
/// Front", "fighters of the Kolbe Front") while it tells of the attack, in a sentence that tells
/// of no other event and no run of attacks, when it names exactly one there and the attack is not
/// said to be unclaimed. Two such groups, or none, leave the noun as it is.
extension EventStage {
    static let groupInTextRule = "events/group-in-text"

    func resolveDescribedActors(_ frames: inout [FrameDraft], _ syntax: EventSyntax?, _ tokens: EventTokens) {
        guard let syntax else { return }
        let described = frames.indices.filter { index in
            let actors = frames[index].arguments.filter { $0.role == "actor" }
            return frames[index].type == "ATTACK" && !frames[index].status.contains("unclaimed") && !actors.isEmpty
                && actors.allSatisfy { actor in actor.entityType == nil && actor.range.contains(where: tokens.isAttackerWord) }
        }
        guard !described.isEmpty else { return }
        let named = tokens.base.mentions.indices.filter { tokens.base.mentions[$0].type == "ORG" && isNamedAttacker($0, syntax, tokens) }
        guard !named.isEmpty else { return }
        for index in described {
            // Told while the attack is told (from its first mention to the sentence after its last),
            // in a sentence that tells no run of attacks ("the militants often raid …").
            let own = [frames[index].mention.range] + frames[index].folded
            let sentences = own.map { tokens.sentence[$0.lowerBound] }
            guard let first = sentences.min(), let last = sentences.max() else { continue }
            var groups: [Int] = []
            for mention in named {
                let sentence = tokens.sentence[tokens.base.mentionTokens[mention].lowerBound]
                // (Nor in a sentence that tells of another event: "the region fears threats from the
                // Kolbe Front".)
                let other = tokens.sentenceRange[sentence].contains { position in
                    lexicon.triggerTrie.longest(tokens.lowerIDs, from: position) != nil && !own.contains { $0.contains(position) }
                }
                guard sentence + 1 >= first, sentence <= last + 1, !other, !tokens.sentenceRange[sentence].contains(where: { tokens.has($0, "generic") }),
                    !groups.contains(where: { tokens.base.mentions[$0].canonical == tokens.base.mentions[mention].canonical })
                else { continue }
                groups.append(mention)
            }
            guard groups.count == 1, let group = groups.first else { continue }
            frames[index].arguments.removeAll { $0.role == "actor" }
            entityArgument(&frames[index], group, role: "actor", rule: Self.groupInTextRule, tokens)
        }
    }

    /// Whether a group's name stands beside a noun for attackers: the noun right after it
    /// ("Kolbe Front fighters"), right before it ("the group Kolbe Front"), or the noun its
    /// phrase hangs on ("fighters of the Kolbe Front").
    func isNamedAttacker(_ mention: Int, _ syntax: EventSyntax, _ tokens: EventTokens) -> Bool {
        let range = tokens.base.mentionTokens[mention]
        // (A headline's words read as a name are none: "Militants Storm Police Office".)
        if range.contains(where: { tokens.has($0, "actor") || lexicon.triggerTrie.longest(tokens.lowerIDs, from: $0) != nil }) { return false }
        if tokens.isAttackerWord(range.upperBound) || tokens.isAttackerWord(range.lowerBound - 1) { return true }
        let word = syntax.wordOfToken[range.upperBound - 1]
        guard word >= 0, let head = syntax.head(word), ["nmod", "compound", "appos", "flat"].contains(syntax.deprel(word)) else { return false }
        return tokens.isAttackerWord(syntax.words[head].token)
    }
}
