import NewsFrameCore

/// "A shooting at a bank on Monday left three people dead. … The gunman was a 23-year-old
/// employee": reports often name the one who attacked only in a later sentence, as "the
/// gunman", "the attacker", "the suspected bomber" (class `perpetrator`, after a definite
/// article). Such a noun points back to the attack told before it, so a frame that names no
/// actor takes the first one in the sentences that follow its mention, up to the next attack
/// the report tells or `perpetratorReach` sentences on.
extension EventStage {
    /// The rule of an actor read from a later definite perpetrator noun.
    static let perpetratorRule = "events/perpetrator-mention"

    /// How many sentences after an attack's mention a perpetrator noun may point back to it.
    static let perpetratorReach = 3

    func actorFromPerpetrator(_ frames: inout [FrameDraft], _ syntax: EventSyntax?, _ tokens: EventTokens, _ context: ArgumentContext) {
        guard let syntax else { return }
        // The sentences where each attack is told: a noun there belongs to that attack.
        let mentionSentences = frames.indices.filter { frames[$0].type == "ATTACK" }.map { index in
            (index, ([frames[index].mention.range] + frames[index].folded).map { tokens.sentence[$0.lowerBound] })
        }
        for (index, sentences) in mentionSentences where frames[index].first("actor") == nil && !frames[index].foldOnly {
            guard let first = sentences.min() else { continue }
            // (Up to the next sentence that tells another attack.)
            let others = mentionSentences.filter { $0.0 != index }.flatMap(\.1).filter { $0 > first }
            let last = min(first + Self.perpetratorReach, (others.min() ?? .max) - 1, tokens.sentenceRange.count - 1)
            guard last >= first else { continue }
            let span = tokens.sentenceRange[first].lowerBound..<tokens.sentenceRange[last].upperBound
            guard let noun = span.first(where: { token in
                tokens.has(token, "perpetrator") && tokens.isDefinite(before: token) && syntax.wordOfToken[token] >= 0
                    && ["NOUN", "PROPN"].contains(syntax.words[syntax.wordOfToken[token]].upos)
                    && !frames[index].arguments.contains { $0.range.contains(token) }
            }) else { continue }
            describe(&frames[index], syntax.wordOfToken[noun], role: "actor", rule: Self.perpetratorRule, syntax, context)
        }
    }
}
