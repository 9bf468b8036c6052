import Foundation
import Testing
@testable import NewsFrameSyntax

/// Word clusters: the file `scripts/fetch-word-clusters.sh` writes, read as the tagger and
/// parser see it, and kept in the model.
@Suite("word clusters")
struct WordClustersTests {
    /// Clusters written for this test: verbs of attack share one path, nouns of attackers
    /// another, places a third ("hit", "gunmen", "checkpoint" are not in the training fixture).
    static let tsv = """
        # path<TAB>word
        011010\tattacked
        011010\tstruck
        011010\thit
        011011\tshelled
        101000\tbase
        101001\tconvoy
        011100\tmilitants
        011100\tgunmen
        011100\tinsurgents
        011100\tfighters
        011100\trebels
        011011\tbombed
        101000\toutpost
        101000\tcheckpoint
        111000\tmonday
        111000\ttuesday
        100\tus
        0001\tMay
        0011\tmay
        0010\tUS
        1010\tUs
        """

    @Test("a path is read from its first step as the lowest bit, so a prefix is the low bits")
    func pathNumbers() throws {
        #expect(WordClusters.number(ofPath: "0110") == 0b0110)
        #expect(WordClusters.number(ofPath: "1") == 1)
        #expect(WordClusters.number(ofPath: "1101") == 0b1011)
        #expect(WordClusters.number(ofPath: "") == nil)
        #expect(WordClusters.number(ofPath: "012") == nil)
        #expect(WordClusters.number(ofPath: Substring(String(repeating: "1", count: 33))) == nil)
    }

    @Test("words of one path share every cut; a path differing in its last step shares the shorter cuts only")
    func cuts() throws {
        let clusters = try WordClusters(tsv: Self.tsv)
        let words = WordHashes(["attacked", "hit", "shelled", "convoy", "unlisted"], clusters: clusters)
        for cut in 0..<3 { #expect(words.cluster(0, cut) == words.cluster(1, cut)) }
        #expect(words.cluster(0, 0) == words.cluster(2, 0))
        #expect(words.cluster(0, 1) != words.cluster(2, 1) && words.cluster(0, 2) != words.cluster(2, 2))
        #expect(words.cluster(0, 0) != words.cluster(3, 0))
        for cut in 0..<3 { #expect(words.cluster(4, cut) == WordHashes.none) }
        #expect(words.cluster(-1, 0) == WordHashes.none && words.cluster(5, 2) == WordHashes.none)
    }

    @Test("a casing takes its own path only when it differs from its lower-case form's first casing")
    func casing() throws {
        let clusters = try WordClusters(tsv: Self.tsv)
        let words = WordHashes(["US", "us", "Us", "Attacked", "HIT"], clusters: clusters)
        #expect(words.cluster(0, 2) != words.cluster(1, 2))
        // "Us" (1010) is not "us" (100): it keeps its own path.
        #expect(words.cluster(2, 2) != words.cluster(1, 2))
        // Casings the file does not list read the lower-case form's path.
        let plain = WordHashes(["attacked", "hit"], clusters: clusters)
        #expect(words.cluster(3, 2) == plain.cluster(0, 2))
        #expect(words.cluster(4, 2) == plain.cluster(1, 2))
        // "may" keeps its own path though "May" came first; "May" keeps its own too.
        let months = WordHashes(["may", "May"], clusters: clusters)
        #expect(months.cluster(0, 2) != months.cluster(1, 2) && months.cluster(0, 2) != WordHashes.none, "may and May")
        #expect(clusters.count == 21)
    }

    @Test("a malformed line is an error naming its line")
    func malformed() {
        do {
            _ = try WordClusters(tsv: "# comment\n0110\tattacked\n01x0\tstruck\n")
            Issue.record("a path with an x was read")
        } catch {
            #expect("\(error)".contains("line 3:"))
        }
        #expect(throws: (any Error).self) { try WordClusters(tsv: "0110 attacked\n") }
    }

    @Test("a model keeps its clusters through its file (format 2; format 1 without), and an unseen word is read through its cluster")
    func modelKeepsClusters() throws {
        let sentences = try CoNLLUReader.read(contentsOf: SyntaxTrainingTests.fixture)
        var options = SyntaxTrainingTests.options()
        options.taggerEpochs = 10
        let clusters = try WordClusters(tsv: Self.tsv)
        let model = SyntaxTrainer(options: options).train(sentences, provenance: "test", clusters: clusters)
        let reread = try SyntaxModel(data: model.data())
        #expect(reread.clusters.count == clusters.count)
        let sentence = ["Militants", "hit", "the", "convoy", "on", "Monday", "."]
        #expect(model.analyze(sentence) == reread.analyze(sentence))
        let without = SyntaxTrainer(options: options).train(sentences, provenance: "test")
        #expect(without.clusters.count == 0)
        // Without clusters the tiny model does not take an unseen "hit" for a verb.
        let probe = ["Fighters", "hit", "a", "checkpoint", "."]
        #expect(reread.analyze(probe)[1].upos == "VERB")
        #expect(without.analyze(probe)[1].upos != "VERB")
        #expect(without.data() != model.data())
        // Without clusters the file is format 1, as models were before clusters.
        for (trained, format) in [(without, UInt32(1)), (model, UInt32(2))] {
            var reader = BinaryReader(trained.data())
            #expect(try reader.readString() == SyntaxModel.magic)
            #expect(try reader.read(UInt32.self) == format)
        }
    }
}
