import Foundation
import NewsFrameCore
import NewsFramePipeline
import NewsFrameStore
import Testing

@Suite("resuming a killed run")
struct ResumeTests {
    /// Replicates the sample articles with fresh ids into one JSONL dump.
    static func replicatedDump(copies: Int, in folder: URL) throws -> (URL, [String]) {
        var texts: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.articles.path).sorted() where name.hasSuffix(".txt") {
            texts.append(try String(contentsOf: TestSupport.articles.appendingPathComponent(name), encoding: .utf8))
        }
        var lines: [String] = []
        for copy in 0..<copies {
            let text = texts[copy % texts.count]
            lines.append(JSONText.fields([.init("id", .string("r\(copy)")), .init("text", .string(text))]).rendered)
        }
        let url = folder.appendingPathComponent("dump.jsonl")
        try TestSupport.write(lines.joined(separator: "\n") + "\n", to: url)
        return (url, texts)
    }

    @Test("kill -9 mid-run, run again: every document done once, nothing duplicated or lost")
    func killAndResume() throws {
        let folder = try TestSupport.scratch()
        let copies = 3000
        let (dump, _) = try Self.replicatedDump(copies: copies, in: folder)
        let db = folder.appendingPathComponent("c.sqlite").path
        let ingest = try TestSupport.run(["ingest", "--db", db, dump.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("ingested \(copies),"))

        let process = Process()
        process.executableURL = TestSupport.executable
        process.arguments = ["run", "--db", db, "--jobs", "1", "--batch-size", "4", "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let store = try CorpusStore(path: db)
        let pipeline = try TestSupport.defaultPipeline()
        var doneAtKill = 0
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            doneAtKill = try store.status(stages: pipeline.specs).stages[0].current
            if doneAtKill >= 40 { break }
            Thread.sleep(forTimeInterval: 0.005)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let afterKill = try store.status(stages: pipeline.specs).stages[0].current
        #expect(afterKill >= 40 && afterKill < copies, "the run must be killed midway (done: \(afterKill))")
        #expect(try store.runs().last?.status == "running", "a killed run stays marked as running")

        let resumed = try TestSupport.run(["run", "--db", db, "--quiet"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("processed \(copies - afterKill) documents, up to date \(afterKill),"), "\(resumed.stdout)")

        // Nothing duplicated, nothing lost: the counts equal those of a clean in-memory run.
        var expectedSentences = 0
        var expectedTimexes = 0
        for copy in 0..<copies {
            let (document, _) = try #require(try store.document(id: "r\(copy)"))
            let fresh = try pipeline.process(AnalyzedDocument(document: document))
            expectedSentences += fresh.annotations.sentences!.count
            expectedTimexes += fresh.annotations.timexes!.count
        }
        let counts = try store.tableCounts()
        #expect(counts["documents"] == copies)
        #expect(counts["tokens"] == copies)
        #expect(counts["stage_status"] == copies * pipeline.steps.count)
        #expect(counts["sentences"] == expectedSentences)
        #expect(counts["timexes"] == expectedTimexes)
        #expect(expectedTimexes > copies)
        #expect(try store.status(stages: pipeline.specs).stages[0].current == copies)
    }
}
