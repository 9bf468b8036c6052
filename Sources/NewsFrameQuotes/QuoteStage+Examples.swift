import NewsFrameCore

extension QuoteStage: ExampleProviding {
    public var examples: [RuleExample] {
        var result: [RuleExample] = []
        for mark in lexicon.marks.values.sorted(by: { $0.ruleID < $1.ruleID }) {
            guard let text = mark.example, let quote = mark.quote else { continue }
            result.append(RuleExample(ruleID: mark.ruleID, text: text, dct: nil, expectations: [.quote(text: quote, kind: "direct", speaker: nil, canonical: nil)]))
        }
        for cue in lexicon.cues {
            guard let text = cue.example else { continue }
            result.append(RuleExample(
                ruleID: cue.ruleID, text: text, dct: nil,
                expectations: [.quote(text: nil, kind: cue.kind, speaker: cue.speaker, canonical: cue.canonical)]))
        }
        for word in lexicon.wordExamples {
            result.append(RuleExample(
                ruleID: word.ruleID, text: word.text, dct: nil,
                expectations: [.quote(text: nil, kind: nil, speaker: word.speaker, canonical: word.canonical)]))
        }
        return result
    }
}
