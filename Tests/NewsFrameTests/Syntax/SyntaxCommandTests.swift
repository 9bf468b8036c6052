import Foundation
import Testing
@testable import NewsFrameSyntax

/// `eval-syntax`, `train-syntax` and `show --syntax` as a user runs them.
@Suite("syntax commands")
struct SyntaxCommandTests {
    static let fixture = SyntaxTrainingTests.fixture

    @Test("eval-syntax --json gives the five scores and the word count of the file; --errors lists relations")
    func evalJSON() throws {
        let output = try TestSupport.run(["eval-syntax", "--json", Self.fixture.path])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(json["words"] as? Int == 64)
        for key in ["upos", "xpos", "lemma", "uas", "las", "las_full"] {
            let value = try #require(json[key] as? Double, "\(key)")
            #expect(value >= 0 && value <= 100)
        }
        // Simple news sentences: the shipped model gets nearly all of them.
        #expect((json["upos"] as? Double ?? 0) >= 90)
        #expect((json["uas"] as? Double ?? 0) >= 80)
        let errors = try TestSupport.run(["eval-syntax", "--errors", Self.fixture.path])
        #expect(errors.stdout.contains("relation") && errors.stdout.contains("nsubj"))
    }

    @Test("train-syntax writes a model eval-syntax reads; bad input is an error naming the file and line")
    func trainAndEvaluate() throws {
        let folder = try TestSupport.scratch()
        let model = folder.appendingPathComponent("model.bin")
        let trained = try TestSupport.run([
            "train-syntax", Self.fixture.path, "--out", model.path, "--tagger-epochs", "2", "--parser-epochs", "2", "--labeller-epochs", "2",
            "--folds", "2", "--quiet",
        ])
        #expect(trained.status == 0, "\(trained.stderr)")
        let evaluated = try TestSupport.run(["eval-syntax", "--model", model.path, Self.fixture.path])
        #expect(evaluated.status == 0 && evaluated.stdout.contains("UAS"))
        let broken = folder.appendingPathComponent("broken.conllu")
        try TestSupport.write("# text = x\n1\tx\tx\tX\tX\t_\t0\n", to: broken)
        let failed = try TestSupport.run(["train-syntax", broken.path, "--out", model.path, "--quiet"])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("broken.conllu:2"))
        // Word clusters: a good file trains a model that keeps them; a bad line is named.
        let clusters = folder.appendingPathComponent("clusters.tsv")
        try TestSupport.write(WordClustersTests.tsv + "\n", to: clusters)
        let clustered = try TestSupport.run([
            "train-syntax", Self.fixture.path, "--out", model.path, "--clusters", clusters.path, "--tagger-epochs", "2", "--parser-epochs", "2",
            "--labeller-epochs", "2", "--folds", "2", "--quiet",
        ])
        #expect(clustered.status == 0, "\(clustered.stderr)")
        #expect(try SyntaxModel(data: Data(contentsOf: model)).clusters.count == 21)
        try TestSupport.write("011010\tattacked\n01x\tstruck\n", to: clusters)
        let badClusters = try TestSupport.run(["train-syntax", Self.fixture.path, "--out", model.path, "--clusters", clusters.path, "--quiet"])
        #expect(badClusters.status != 0 && badClusters.stderr.contains("clusters.tsv: line 2"), "\(badClusters.stderr)")
        try TestSupport.write("# only a comment\n", to: clusters)
        let noClusters = try TestSupport.run(["train-syntax", Self.fixture.path, "--out", model.path, "--clusters", clusters.path, "--quiet"])
        #expect(noClusters.status != 0 && noClusters.stderr.contains("no clusters"), "\(noClusters.stderr)")
        let missing = try TestSupport.run(["eval-syntax", "--model", folder.appendingPathComponent("none.bin").path, Self.fixture.path])
        #expect(missing.status != 0 && missing.stderr.contains("train one with"))
    }

    @Test("show --syntax prints each sentence's tree with relations under their heads")
    func showSyntax() throws {
        let folder = try TestSupport.scratch()
        let articles = try TestSupport.textArticles([("a", "Militants attacked the base. The convoy was struck by a drone.")], in: folder)
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try TestSupport.run(["process", articles.path, "--db", db, "--quiet"]).status == 0)
        let shown = try TestSupport.run(["show", "--syntax", "a", "--db", db])
        #expect(shown.status == 0)
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("# 1: Militants attacked the base."))
        #expect(lines.contains { $0.hasPrefix("attacked  VERB VBD  lemma=attack") })
        #expect(lines.contains { $0.hasPrefix("├─ nsubj  Militants  NOUN NNS  lemma=militant") })
        #expect(lines.contains { $0.hasPrefix("└─ obl:agent  drone") || $0.hasPrefix("├─ obl:agent  drone") })
    }

    @Test("eval-syntax --write saves the model's analysis as CoNLL-U that reads back with the gold words")
    func writeAnalysis() throws {
        let folder = try TestSupport.scratch()
        let written = folder.appendingPathComponent("analysis.conllu")
        let output = try TestSupport.run(["eval-syntax", "--write", written.path, Self.fixture.path])
        #expect(output.status == 0, "\(output.stderr)")
        let analysis = try CoNLLUReader.read(contentsOf: written)
        let gold = try CoNLLUReader.read(contentsOf: Self.fixture)
        #expect(analysis.map { $0.words.map(\.form) } == gold.map { $0.words.map(\.form) })
        #expect(analysis.allSatisfy { sentence in sentence.words.contains { $0.head == 0 && $0.deprel == "root" } })
    }

    @Test("a lexicon folder without the model stops the pipeline naming the file")
    func missingModel() throws {
        let lexicons = try TestSupport.copyOfLexicons(in: try TestSupport.scratch())
        try FileManager.default.removeItem(at: lexicons.appendingPathComponent("syntax-model.bin"))
        do {
            _ = try TestSupport.defaultPipeline(lexicons: lexicons)
            Issue.record("a pipeline was built without its model")
        } catch {
            #expect("\(error)".contains("stage 2 'syntax@1': Lexicons/syntax-model.bin: cannot read"), "\(error)")
        }
    }
}
