import Foundation
import NewsFrameCore
import NewsFrameExport
import NewsFramePipeline
import NewsFrameStore
import Testing

@Suite("pipeline runs")
struct RunnerTests {
    @Test("every span of every sample round-trips: text[start:end] == span text")
    func offsetsRoundTrip() throws {
        let folder = try TestSupport.scratch()
        let store = try CorpusStore(path: folder.appendingPathComponent("c.sqlite").path)
        _ = try Ingester(store: store).ingest(paths: [TestSupport.articles.path], arguments: []) { _ in }
        let summary = try PipelineRunner(store: store, pipeline: try TestSupport.defaultPipeline()).run(arguments: [])
        #expect(summary.processed == TestSupport.articleCount && summary.failed == 0)
        var documents = 0
        try store.forEachDocument { document, annotations in
            documents += 1
            let scalars = Array(document.text.unicodeScalars)
            let json = DocumentJSON.value(document, annotations)
            guard case .fields(let fields) = json else { Issue.record("not an object"); return }
            for field in fields {
                // Frames are not spans; their trigger and argument spans are checked below.
                guard case .array(let spans) = field.value, field.key != "events" else { continue }
                for span in spans {
                    guard case .fields(let parts) = span else { continue }
                    let values = Dictionary(uniqueKeysWithValues: parts.map { ($0.key, $0.value) })
                    guard case .int(let start) = values["start"], case .int(let end) = values["end"],
                        case .string(let text) = values["text"]
                    else { Issue.record("span without start/end/text in \(field.key)"); continue }
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[start..<end])
                    #expect(String(view) == text, "\(document.id) \(field.key) \(start)-\(end)")
                }
            }
            for frame in annotations.events ?? [] {
                for span in [frame.trigger] + frame.arguments.map(\.span) {
                    #expect(span.start < span.end && span.end <= scalars.count, "\(document.id) event \(frame.type) \(span)")
                }
            }
            #expect(annotations.sentences!.count > 3, "\(document.id)")
            for (a, b) in zip(annotations.sentences!, annotations.sentences!.dropFirst()) {
                #expect(a.end <= b.start, "\(document.id): sentences overlap")
            }
        }
        #expect(documents == TestSupport.articleCount)
    }

    @Test("an unchanged rerun skips everything; a lexicon edit reruns only what it affects")
    func incrementalRerun() throws {
        let folder = try TestSupport.scratch()
        let lexicons = try TestSupport.copyOfLexicons(in: folder)
        let store = try CorpusStore(path: folder.appendingPathComponent("c.sqlite").path)
        _ = try Ingester(store: store).ingest(paths: [TestSupport.articles.path], arguments: []) { _ in }
        let first = try PipelineRunner(store: store, pipeline: try TestSupport.defaultPipeline(lexicons: lexicons)).run(arguments: [])
        #expect(first.processed == TestSupport.articleCount)
        let second = try PipelineRunner(store: store, pipeline: try TestSupport.defaultPipeline(lexicons: lexicons)).run(arguments: [])
        #expect(second.processed == 0 && second.upToDate == TestSupport.articleCount)

        // Remove "Brig." from the abbreviations: the tokenize stage must rerun everywhere, and
        // the sentence after "Brig." in nf008 now splits.
        let file = lexicons.appendingPathComponent("abbreviations.tsv")
        let edited = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Brig.\t") }.joined(separator: "\n")
        try TestSupport.write(edited, to: file)
        let before = try store.document(id: "nf008-seizure")!.1.sentences!.count
        let changed = try TestSupport.defaultPipeline(lexicons: lexicons)
        #expect(try store.status(stages: changed.specs).stages[0].stale == TestSupport.articleCount)
        let third = try PipelineRunner(store: store, pipeline: changed).run(arguments: [])
        #expect(third.processed == TestSupport.articleCount)
        #expect(try store.document(id: "nf008-seizure")!.1.sentences!.count == before + 1)

        // A temporal rule edit reruns the temporal stage only; tokens are read back, not redone.
        let rules = lexicons.appendingPathComponent("temporal-rules.tsv")
        let withoutNow = try String(contentsOf: rules, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("ref-now\t") }.joined(separator: "\n")
        try TestSupport.write(withoutNow, to: rules)
        let temporalOnly = try TestSupport.defaultPipeline(lexicons: lexicons)
        let status = try store.status(stages: temporalOnly.specs)
        // Only temporal is stale; the stages after it rerun with it.
        #expect(status.stages.map(\.current) == [TestSupport.articleCount, TestSupport.articleCount, 0, TestSupport.articleCount, TestSupport.articleCount, TestSupport.articleCount])
        let fourth = try PipelineRunner(store: store, pipeline: temporalOnly).run(arguments: [])
        #expect(fourth.processed == TestSupport.articleCount)
        #expect(fourth.annotations[.tokens] == nil && fourth.annotations[.timexes] != nil)
        #expect(try store.status(stages: temporalOnly.specs).stages.allSatisfy { $0.current == TestSupport.articleCount })
    }

    @Test("a stage that throws on one document rejects that document only")
    func stageFailureIsLocal() throws {
        let folder = try TestSupport.scratch()
        let store = try CorpusStore(path: folder.appendingPathComponent("c.sqlite").path)
        _ = try Ingester(store: store).ingest(paths: [TestSupport.articles.path], arguments: []) { _ in }
        let definition = try PipelineDefinition(
            yaml: "stages:\n  - stage: tokenize@1\n  - stage: fails-on@1\n    options: {id: nf004-tanf-claim}\n", file: "p.yaml")
        let pipeline = try Pipeline.build(
            definition, file: "p.yaml", lexiconDirectory: TestSupport.lexicons,
            registry: StageRegistry.stages + [FailsOnStage.self])
        let summary = try PipelineRunner(store: store, pipeline: pipeline).run(arguments: [])
        #expect(summary.processed == TestSupport.articleCount - 1 && summary.failed == 1)
        let rejects = try store.rejects(runID: summary.runID)
        #expect(rejects.count == 1 && rejects[0].code == "NF020" && rejects[0].docID == "nf004-tanf-claim")
        let status = try store.status(stages: pipeline.specs)
        #expect(status.stages[1].current == TestSupport.articleCount - 1 && status.stages[1].missing == 1)
    }
}

/// Throws on one chosen document, to check that failures stay local.
struct FailsOnStage: Stage {
    struct Boom: Error {}
    static let name = "fails-on"
    static let version = 1
    static let requires: Set<AnnotationKind> = [.tokens]
    static let provides: Set<AnnotationKind> = [.timexes]
    let id: String
    init(context: StageContext) throws { id = context.option("id", default: "") }
    func process(_ document: AnalyzedDocument) throws -> AnnotationSet {
        if document.document.id == id { throw Boom() }
        return AnnotationSet(timexes: [])
    }
}
