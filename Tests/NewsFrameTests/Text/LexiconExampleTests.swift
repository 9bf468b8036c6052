import Foundation
import NewsFrameCore
import NewsFrameText
import Testing

/// Lexicon files load clean; their examples run in `TemporalStageTests.ruleExamples`.
@Suite("lexicon examples")
struct LexiconExampleTests {
    @Test("every lexicon loads without broken lines")
    func lexiconsAreClean() throws {
        let pipeline = try TestSupport.defaultPipeline()
        #expect(pipeline.lexiconErrors.isEmpty, "\(pipeline.lexiconErrors)")
    }
}
