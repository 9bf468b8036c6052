import Foundation
import NewsFrameCore
@testable import NewsFrameIngest
import NewsFramePipeline
import NewsFrameStore
import Testing

@Suite("ingest: formats, bad input, re-ingest")
struct IngestTests {
    /// A dump with every format and every kind of bad input NewsFrame promises to survive.
    func makeDump(in folder: URL) throws -> URL {
        let dump = folder.appendingPathComponent("dump")
        try FileManager.default.createDirectory(at: dump.appendingPathComponent("nested"), withIntermediateDirectories: true)
        try TestSupport.write(" date 2023-11-03 Wednesday, two drones were downed.\n", to: dump.appendingPathComponent("a-prefixed.txt"))
        try TestSupport.write("No prefix here. Just text.", to: dump.appendingPathComponent("nested/b-plain.txt"))
        try Data([0x41, 0x42, 0x00, 0x43]).write(to: dump.appendingPathComponent("c-binary.txt"))
        try Data([0x6F, 0x6B, 0x0A, 0x62, 0x61, 0x64, 0xC3, 0x28]).write(to: dump.appendingPathComponent("d-latin1.txt"))
        try TestSupport.write("  \n\n ", to: dump.appendingPathComponent("e-empty.txt"))
        try TestSupport.write("notes", to: dump.appendingPathComponent("f-notes.md"))
        let lines = [
            #"{"id": "j1", "text": "Rockets hit the base.", "date": "2024-01-21T09:40:00Z", "title": "T", "url": "u", "source": "s", "section": "world"}"#,
            #"{"id": 42, "body": "A number id and a body field.", "published": "Mon, 22 Jan 2024 14:05:00 GMT"}"#,
            #"{"id": "j3", "content": "Content field, dct field.", "dct": "2023-12-02"}"#,
            #"{"id": "j4", "text": "broken json"#,
            #"{"id": "j5", "title": "no text"}"#,
            #"{"id": "j6", "text": "   "}"#,
            #"{"id": "j1", "text": "Same id again in this dump."}"#,
            #"{"text": "no id"}"#,
            #"["not", "an", "object"]"#,
            "",
            #"{"id": "j7", "text": "Unreadable date.", "date": "sometime"}"#,
        ]
        var jsonl = Data(lines.joined(separator: "\n").utf8)
        jsonl.append(contentsOf: [0x0A] + Array(#"{"id": "j8", "text": "bad "#.utf8) + [0xFF] + Array(#""}"#.utf8) + [0x0A])
        jsonl.append(contentsOf: Array((#"{"id": "j9", "text": ""# + String(repeating: "x", count: 3000) + #""}"#).utf8) + [0x0A])
        jsonl.append(contentsOf: Array(#"{"id": "j10", "text": "Last line, no newline at the end."}"#.utf8))
        try jsonl.write(to: dump.appendingPathComponent("g-wire.jsonl"))
        return dump
    }

    @Test("every format is read; every bad input is rejected with file and line; the rest goes through")
    func formatsAndRejects() throws {
        let folder = try TestSupport.scratch()
        let dump = try makeDump(in: folder)
        let store = try CorpusStore(path: folder.appendingPathComponent("c.sqlite").path)
        var ingester = Ingester(store: store)
        ingester.reader.maxDocumentBytes = 2000
        var reported: [RejectRecord] = []
        let summary = try ingester.ingest(paths: [dump.path, folder.appendingPathComponent("missing.jsonl").path], arguments: []) {
            reported.append($0)
        }
        #expect(summary.ingested == 7)
        let recorded = try store.rejects(runID: summary.runID)
        #expect(Set(recorded) == Set(reported))
        func reject(_ code: String) -> RejectRecord? { recorded.first { $0.code == code } }
        let wire = dump.appendingPathComponent("g-wire.jsonl").path
        #expect(reject("NF002")?.sourceFile?.hasSuffix("c-binary.txt") == true)
        #expect(reject("NF001")?.sourceFile?.hasSuffix("d-latin1.txt") == true)
        #expect(reject("NF001")?.line == 2)
        #expect(reject("NF005")?.sourceFile?.hasSuffix("e-empty.txt") == true)
        #expect(reject("NF011")?.severity == .warning)
        #expect(reject("NF003")?.sourceFile == wire && reject("NF003")?.line == 4)
        #expect(recorded.filter { $0.code == "NF003" }.map(\.line) == [4, 9])
        #expect(reject("NF004")?.line == 5)
        #expect(recorded.filter { $0.code == "NF005" }.contains { $0.line == 6 && $0.docID == "j6" })
        #expect(reject("NF006")?.line == 7 && reject("NF006")?.docID == "j1")
        #expect(reject("NF006")?.message.contains("first at \(wire):1") == true)
        #expect(reject("NF010")?.line == 8)
        #expect(reject("NF009")?.line == 11 && reject("NF009")?.severity == .warning)
        #expect(recorded.contains { $0.code == "NF001" && $0.sourceFile == wire && $0.line == 12 })
        #expect(reject("NF007")?.line == 13)
        #expect(reject("NF008")?.sourceFile?.hasSuffix("missing.jsonl") == true)
        #expect(summary.rejected == recorded.filter { $0.severity == .error }.count)

        let (prefixed, _) = try #require(try store.document(id: "a-prefixed"))
        #expect(prefixed.dct == "2023-11-03")
        #expect(prefixed.text == "Wednesday, two drones were downed.\n")
        let (plain, _) = try #require(try store.document(id: "b-plain"))
        #expect(plain.dct == nil)
        let (j1, _) = try #require(try store.document(id: "j1"))
        #expect(j1.text == "Rockets hit the base.")
        #expect(j1.dct == "2024-01-21" && j1.title == "T" && j1.url == "u" && j1.source == "s")
        #expect(j1.metadataJSON == #"{"section":"world"}"#)
        #expect(try store.document(id: "42")?.0.dct == "2024-01-22")
        #expect(try store.document(id: "j3")?.0.dct == "2023-12-02")
        #expect(try store.document(id: "j7")?.0.dct == nil)
        #expect(try store.document(id: "j10")?.0.text == "Last line, no newline at the end.")
    }

    @Test("line ends LF, CRLF and lone CR, also where a chunk ends between CR and LF, give the same lines")
    func lineEnds() throws {
        let folder = try TestSupport.scratch()
        let file = folder.appendingPathComponent("lines.txt")
        try TestSupport.write("a\r\nbb\rccc\n\r\ndddd\r", to: file)
        for chunkSize in [1, 2, 3, 4, 5, 64] {
            let handle = try FileHandle(forReadingFrom: file)
            var reader = LineReader(handle: handle, maxLineBytes: 100)
            reader.chunkSize = chunkSize
            var lines: [String] = []
            try reader.forEachLine { line in
                if case .text(let number, let bytes) = line { lines.append("\(number):\(String(decoding: bytes, as: UTF8.self))") }
            }
            try handle.close()
            #expect(lines == ["1:a", "2:bb", "3:ccc", "4:", "5:dddd"], "chunk size \(chunkSize)")
        }
    }

    @Test("re-ingesting the same dump adds nothing")
    func idempotentReingest() throws {
        let folder = try TestSupport.scratch()
        let store = try CorpusStore(path: folder.appendingPathComponent("c.sqlite").path)
        let first = try Ingester(store: store).ingest(paths: [TestSupport.articles.path], arguments: []) { _ in }
        let second = try Ingester(store: store).ingest(paths: [TestSupport.articles.path], arguments: []) { _ in }
        #expect(first.ingested == TestSupport.articleCount && first.rejected == 0)
        #expect(second.ingested == 0 && second.unchanged == TestSupport.articleCount && second.updated == 0 && second.rejected == 0)
        #expect(try store.status(stages: []).documents == TestSupport.articleCount)
    }

    @Test("the same id with new text is a new version and its results go stale")
    func versionedReingest() throws {
        let folder = try TestSupport.scratch()
        let store = try CorpusStore(path: folder.appendingPathComponent("c.sqlite").path)
        let file = folder.appendingPathComponent("doc.txt")
        try TestSupport.write("First text. Two sentences.", to: file)
        _ = try Ingester(store: store).ingest(paths: [file.path], arguments: []) { _ in }
        let pipeline = try TestSupport.defaultPipeline()
        let run1 = try PipelineRunner(store: store, pipeline: pipeline).run(arguments: [])
        #expect(run1.processed == 1)

        try TestSupport.write("Second text, now three sentences. Yes. Really.", to: file)
        let again = try Ingester(store: store).ingest(paths: [file.path], arguments: []) { _ in }
        #expect(again.updated == 1)
        let (document, annotations) = try #require(try store.document(id: "doc"))
        #expect(document.version == 2)
        #expect(annotations.sentences == [], "old offsets must not survive a new text")
        let stale = try store.status(stages: pipeline.specs).stages[0]
        #expect(stale.stale == 1 && stale.current == 0)

        let run2 = try PipelineRunner(store: store, pipeline: pipeline).run(arguments: [])
        #expect(run2.processed == 1)
        #expect(try store.document(id: "doc")?.1.sentences?.count == 3)
        #expect(try store.status(stages: pipeline.specs).stages[0].current == 1)
    }
}
