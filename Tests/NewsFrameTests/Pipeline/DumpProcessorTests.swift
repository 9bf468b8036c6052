import Foundation
import NewsFrameCore
import NewsFramePipeline
import NewsFrameStore
import Testing

@Suite("process: ingest and analyse in one pass")
struct DumpProcessorTests {
    @Test("a stage failure in process rejects that document only, under the pipeline run")
    func failureIsLocal() throws {
        let folder = try TestSupport.scratch()
        let store = try CorpusStore(path: folder.appendingPathComponent("c.sqlite").path)
        let definition = try PipelineDefinition(
            yaml: "stages:\n  - stage: tokenize@1\n  - stage: fails-on@1\n    options: {id: nf004-tanf-claim}\n", file: "p.yaml")
        let pipeline = try Pipeline.build(
            definition, file: "p.yaml", lexiconDirectory: TestSupport.lexicons,
            registry: StageRegistry.stages + [FailsOnStage.self])
        let started = Date()
        let (ingest, run) = try DumpProcessor(store: store, pipeline: pipeline)
            .process(paths: [TestSupport.articles.path], arguments: [], report: { _ in })
        let wall = Date().timeIntervalSince(started)
        #expect(ingest.ingested == TestSupport.articleCount && ingest.rejected == 0)
        // The run's time covers the analysis of the dump, not only the final pass over the store.
        #expect(run.seconds > 0.5 * wall && run.seconds <= wall, "\(run.seconds) s of \(wall) s")
        // The failed document is tried once more by the final pass, and fails again there.
        #expect(run.processed == TestSupport.articleCount - 1 && run.failed == 2)
        let rejects = try store.rejects(runID: run.runID)
        #expect(!rejects.isEmpty && rejects.allSatisfy { $0.code == "NF020" && $0.docID == "nf004-tanf-claim" })
        #expect(try store.rejects(runID: ingest.runID).isEmpty)
        #expect(try store.status(stages: pipeline.specs).stages[1].current == TestSupport.articleCount - 1)
    }

    @Test("process also runs stale documents of the store that are not in the dump")
    func finalPassCoversTheStore() throws {
        let folder = try TestSupport.scratch()
        let store = try CorpusStore(path: folder.appendingPathComponent("c.sqlite").path)
        let lexicons = try TestSupport.copyOfLexicons(in: folder)
        let first = try DumpProcessor(store: store, pipeline: try TestSupport.defaultPipeline(lexicons: lexicons))
            .process(paths: [TestSupport.articles.path], arguments: [], report: { _ in })
        #expect(first.run.processed == TestSupport.articleCount && first.run.annotations[.timexes, default: 0] > 30)

        // Touch a temporal lexicon, then process a dump of one new article: the stored
        // ones are stale for the temporal stage and are redone too, tokens read back.
        let rules = lexicons.appendingPathComponent("temporal-rules.tsv")
        try TestSupport.write(try String(contentsOf: rules, encoding: .utf8) + "# touched\n", to: rules)
        let extra = folder.appendingPathComponent("extra.txt")
        try TestSupport.write("date 2024-01-02\nOn Monday, two drones were shot down near the base.", to: extra)
        let second = try DumpProcessor(store: store, pipeline: try TestSupport.defaultPipeline(lexicons: lexicons))
            .process(paths: [extra.path], arguments: [], report: { _ in })
        #expect(second.ingest.ingested == 1)
        #expect(second.run.processed == TestSupport.articleCount + 1 && second.run.upToDate == 0)
        let (_, annotations) = try #require(try store.document(id: "extra"))
        #expect(annotations.timexes?.map(\.value) == ["2024-01-01"])
        #expect(try store.status(stages: TestSupport.defaultPipeline(lexicons: lexicons).specs).stages.map(\.current) == [Int](repeating: TestSupport.articleCount + 1, count: 6))
    }
}
