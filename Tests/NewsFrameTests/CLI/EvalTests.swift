import Foundation
import NewsFrameEval
import NewsFramePipeline
import Testing

/// The regression gate: the committed rules must keep the gold scores of `Corpus/` at or
/// above `Corpus/gold/baseline.json`, so a rule change that breaks the gold cannot land.
@Suite("evaluation against the Corpus gold")
struct EvalTests {
    static let gold = TestSupport.packageRoot.appendingPathComponent("Corpus/gold/gold.jsonl")
    static let baseline = TestSupport.packageRoot.appendingPathComponent("Corpus/gold/baseline.json")

    @Test("the committed rules meet the committed baseline")
    func baselineHolds() throws {
        let evaluation = try CorpusEvaluation.run(gold: try GoldCorpus(path: Self.gold.path), pipeline: try TestSupport.defaultPipeline())
        let regressions = try ScoreBaseline(path: Self.baseline.path).regressions(in: evaluation.metrics, tolerance: 0.5)
        #expect(regressions.isEmpty, "\(regressions)")
        #expect(evaluation.documents == 14)
        #expect(evaluation.timex.relaxed.goldCount >= 60)
        #expect(evaluation.entityDocuments == 14 && evaluation.entity.relaxed.goldCount >= 300)
        #expect(evaluation.metrics["entity.canonical_agreement"] != nil)
    }

    @Test("a deliberate regression fails eval --baseline with exit 1 and names the scores")
    func regressionFails() throws {
        let folder = try TestSupport.scratch()
        let lexicons = try TestSupport.copyOfLexicons(in: folder)
        let rules = lexicons.appendingPathComponent("temporal-rules.tsv")
        let broken = try String(contentsOf: rules, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("date-weekday\t") }.joined(separator: "\n")
        try TestSupport.write(broken, to: rules)
        let arguments = ["eval", "--gold", Self.gold.path, "--baseline", Self.baseline.path]
        let failing = try TestSupport.run(arguments + ["--lexicons", lexicons.path])
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("score(s) dropped more than 0.5 points"))
        #expect(failing.stderr.contains("timex.relaxed.recall"))
        let passing = try TestSupport.run(arguments)
        #expect(passing.status == 0, "\(passing.stderr)")
        #expect(passing.stdout.contains("no score dropped"))
    }

    @Test("eval --db scores a store's annotations the same way as the pipeline in memory")
    func storeMode() throws {
        let folder = try TestSupport.scratch()
        let processed = try TestSupport.run(["process", "--quiet", TestSupport.articles.path], in: folder)
        #expect(processed.status == 0)
        let fromStore = try TestSupport.run(["eval", "--gold", Self.gold.path, "--db", "newsframe.sqlite", "--json"], in: folder)
        let inMemory = try TestSupport.run(["eval", "--gold", Self.gold.path, "--json"], in: folder)
        #expect(fromStore.status == 0 && inMemory.status == 0)
        #expect(fromStore.stdout == inMemory.stdout)
        let scores = try JSONSerialization.jsonObject(with: Data(fromStore.stdout.utf8)) as! [String: Double]
        #expect(scores["timex.value_f1"]! > 95)
    }
}
