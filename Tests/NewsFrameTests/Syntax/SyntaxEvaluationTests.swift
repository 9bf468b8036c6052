import Testing
@testable import NewsFrameSyntax

/// The scorer on a gold sentence and a system analysis made by hand, figures worked out by hand.
@Suite("syntax evaluation")
struct SyntaxEvaluationTests {
    @Test("UPOS, XPOS, lemma, UAS, LAS (universal relations) and full-label LAS count every word, punctuation included")
    func handComputed() throws {
        let gold = try #require(try CoNLLUReader.parse("""
            1\tDrones\tdrone\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
            2\thit\thit\tVERB\tVBD\t_\t0\troot\t_\t_
            3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
            4\tport\tport\tNOUN\tNN\t_\t2\tobj\t_\t_
            5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            """).first)
        // Word 1: all right. Word 2: VBP for VBD (UPOS right). Word 3: head right, label wrong.
        // Word 4: head wrong. Word 5: head right, "punct" right, lemma wrong.
        let system: [SyntaxModel.Word] = [
            .init(upos: "NOUN", xpos: "NNS", lemma: "drone", lemmaRule: "", head: 1, deprel: "nsubj:pass"),
            .init(upos: "VERB", xpos: "VBP", lemma: "hit", lemmaRule: "", head: -1, deprel: "root"),
            .init(upos: "DET", xpos: "DT", lemma: "the", lemmaRule: "", head: 3, deprel: "amod"),
            .init(upos: "NOUN", xpos: "NN", lemma: "port", lemmaRule: "", head: 0, deprel: "obj"),
            .init(upos: "ADJ", xpos: ".", lemma: "x", lemmaRule: "", head: 1, deprel: "punct"),
        ]
        var evaluation = SyntaxEvaluation()
        evaluation.compare(gold: gold, system: system)
        #expect(evaluation.words == 5)
        #expect(evaluation.upos == 80)  // word 5
        #expect(evaluation.xpos == 80)  // word 2
        #expect(evaluation.lemma == 80)  // word 5
        #expect(evaluation.uas == 80)  // word 4
        #expect(evaluation.las == 60)  // words 3 and 4; "nsubj:pass" counts as "nsubj"
        #expect(evaluation.lasFull == 40)  // words 1, 3 and 4
        #expect(evaluation.byRelation["det"]?.headRight == 1)
        #expect(evaluation.byRelation["det"]?.right == 0)
    }
}
