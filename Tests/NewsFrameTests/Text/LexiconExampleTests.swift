import Foundation
import NewsFrameCore
import NewsFrameText
import Testing

/// Every lexicon entry that carries an example is checked here: the example must split into
/// the number of sentences the entry states, and an abbreviation must be one token.
@Suite("lexicon examples")
struct LexiconExampleTests {
    @Test("every lexicon loads without broken lines")
    func lexiconsAreClean() throws {
        let pipeline = try TestSupport.defaultPipeline()
        #expect(pipeline.lexiconErrors.isEmpty, "\(pipeline.lexiconErrors)")
    }

    @Test("abbreviations.tsv examples")
    func abbreviationExamples() throws {
        let context = StageContext(options: [:], lexiconDirectory: TestSupport.lexicons)
        let table = try context.table("abbreviations.tsv", required: ["form", "class", "sentences", "example"])
        #expect(table.rows.count > 40)
        for row in table.rows {
            let example = try #require(row["example"], "\(row.ruleID) has no example")
            let document = try TestSupport.analyze(example)
            let tokens = document.annotations.tokens!.map { document.text.slice($0.start, $0.end) }
            #expect(tokens.contains(row["form"]!), "\(row.ruleID): '\(row["form"]!)' is not one token in: \(example)")
            #expect(
                document.annotations.sentences!.count == Int(row["sentences"]!),
                "\(row.ruleID): expected \(row["sentences"]!) sentence(s) in: \(example)")
        }
    }

    @Test("sentence-starters.tsv examples")
    func starterExamples() throws {
        let context = StageContext(options: [:], lexiconDirectory: TestSupport.lexicons)
        let table = try context.table("sentence-starters.tsv", required: ["word", "sentences", "example"])
        for row in table.rows {
            let example = try #require(row["example"], "\(row.ruleID) has no example")
            let document = try TestSupport.analyze(example)
            let sentences = TestSupport.texts(document.annotations.sentences!, in: document)
            #expect(sentences.count == Int(row["sentences"]!), "\(row.ruleID): \(sentences)")
            #expect(sentences.last?.hasPrefix(row["word"]!) == true, "\(row.ruleID): \(sentences)")
        }
    }
}
