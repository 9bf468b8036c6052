import NewsFrameCore
import Testing

/// The typed accessors later stages read the parse through, on trees built by hand.
@Suite("syntax tree accessors")
struct SyntaxTreeTests {
    static let words = ClauseWords(future: ["will"], perfect: ["have"], negation: ["not"], agent: ["by"], infinitive: ["to"])

    /// Words of `text` split on spaces, with (upos, xpos, lemma, head, deprel) for each.
    static func tree(_ text: String, _ analysis: [(String, String, String, Int, String)]) -> SyntaxTree {
        var words: [SyntaxWord] = []
        var offset = 0
        for (index, form) in text.split(separator: " ").enumerated() {
            let (upos, xpos, lemma, head, deprel) = analysis[index]
            words.append(SyntaxWord(start: offset, end: offset + form.count, token: index, upos: upos, xpos: xpos, lemma: lemma, head: head, deprel: deprel))
            offset += form.count + 1
        }
        return SyntaxTree(words, functionWords: Self.words)
    }

    @Test("the passive's subject, agent, voice and tense")
    func passive() {
        let tree = Self.tree("the base was struck by drones", [
            ("DET", "DT", "the", 1, "det"), ("NOUN", "NN", "base", 3, "nsubj:pass"), ("AUX", "VBD", "be", 3, "aux:pass"),
            ("VERB", "VBN", "strike", -1, "root"), ("ADP", "IN", "by", 5, "case"), ("NOUN", "NNS", "drone", 3, "obl"),
        ])
        #expect(tree.subject(of: 3) == 1)
        #expect(tree.agent(of: 3) == 5)
        #expect(tree.object(of: 3) == nil)
        #expect(tree.voice(of: 3) == .passive)
        #expect(tree.tense(of: 3) == .past)
        #expect(tree.phrase(headedBy: 1) == Span(0, 8))
        #expect(tree.governingVerb(of: 5) == 3)
        #expect(tree.word(at: 9) == 2 && tree.word(at: 8) == nil)
        #expect(tree.head(of: Span(20, 29)) == 5)
    }

    @Test("a possessor the parser made a second subject gives way to what it possesses")
    func possessorIsNoSubject() {
        let misread = Self.tree("Chad 's rebels kill ten", [
            ("PROPN", "NNP", "Chad", 3, "nsubj"), ("PART", "POS", "'s", 0, "case"), ("NOUN", "NNS", "rebel", 3, "nsubj"),
            ("VERB", "VBP", "kill", -1, "root"), ("NUM", "CD", "ten", 3, "obj"),
        ])
        #expect(misread.subject(of: 3) == 2)
        // A possessor alone is still the subject the parse gives (nothing else to take).
        let alone = Self.tree("Chad 's kill ten", [
            ("PROPN", "NNP", "Chad", 2, "nsubj"), ("PART", "POS", "'s", 0, "case"), ("VERB", "VBP", "kill", -1, "root"),
            ("NUM", "CD", "ten", 2, "obj"),
        ])
        #expect(alone.subject(of: 2) == 0)
    }

    @Test("future, perfect, negation, infinitive and the verb's particle")
    func clauses() {
        let future = Self.tree("they will not shoot down drones", [
            ("PRON", "PRP", "they", 3, "nsubj"), ("AUX", "MD", "will", 3, "aux"), ("PART", "RB", "not", 3, "advmod"),
            ("VERB", "VB", "shoot", -1, "root"), ("ADP", "RP", "down", 3, "compound:prt"), ("NOUN", "NNS", "drone", 3, "obj"),
        ])
        #expect(future.tense(of: 3) == .future)
        #expect(future.isNegated(3))
        #expect(future.modal(of: 3) == nil)
        #expect(future.phrasalLemma(of: 3) == "shoot down")
        #expect(future.object(of: 3) == 5)
        let perfect = Self.tree("they have vowed to strike", [
            ("PRON", "PRP", "they", 2, "nsubj"), ("AUX", "VBP", "have", 2, "aux"), ("VERB", "VBN", "vow", -1, "root"),
            ("PART", "TO", "to", 4, "mark"), ("VERB", "VB", "strike", 2, "xcomp"),
        ])
        #expect(perfect.tense(of: 2) == .perfect)
        #expect(perfect.tense(of: 4) == .future)
        #expect(!perfect.isNegated(2))
    }
}
