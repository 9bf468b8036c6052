import Foundation
import FoundationXML
import GRDB
import NewsFrameStore
import Testing

/// The hostile cases of the hardening issue, each a test that failed before its fix: where
/// exports write (a full disk, devices, symbolic links, ids too long for a file name), input
/// folders holding a FIFO, control characters and impossible dates in the input, a `--where`
/// that tries to escape its query, read-only stores, two writers on one store, reruns on
/// unchanged input, and a store that cannot be opened. A failed write leaves no
/// complete-looking file and says why; nothing outside what was asked is touched.
@Suite("hostile cases: special files, failed writes, long ids")
struct HostileCaseTests {
    /// A store with one processed article, and the folder it is in.
    static func store() throws -> (db: String, folder: URL) {
        let folder = try TestSupport.scratch()
        let articles = try TestSupport.textArticles([("a", "Rockets hit the base on Monday.")], in: folder)
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try TestSupport.run(["process", articles.path, "--db", db, "--quiet"]).status == 0)
        return (db, folder)
    }

    static func isCharacterDevice(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType == .typeCharacterSpecial
    }

    @Test("a full disk (/dev/full) is an error with the system's reason, exit 1, and the device stays a device")
    func fullDisk() throws {
        let (db, _) = try Self.store()
        for arguments in [["--format", "jsonl"], ["--format", "csv", "--table", "events"]] {
            let output = try TestSupport.run(["export", "--db", db, "--out", "/dev/full"] + arguments)
            #expect(output.status == 1)
            #expect(output.stderr.contains("cannot write to /dev/full: No space left on device"), "\(output.stderr)")
            #expect(!output.stderr.contains("Usage"))
        }
        #expect(Self.isCharacterDevice("/dev/full"))
        let partials = try FileManager.default.contentsOfDirectory(atPath: "/dev").filter { $0.hasPrefix("full.partial") }
        #expect(partials.isEmpty)
    }

    @Test("/dev/null is written through and stays a device; a new file appears whole, and is replaced whole")
    func devicesAndFiles() throws {
        let (db, folder) = try Self.store()
        #expect(try TestSupport.run(["export", "--db", db, "--out", "/dev/null"]).status == 0)
        #expect(Self.isCharacterDevice("/dev/null"))
        let out = folder.appendingPathComponent("out.jsonl")
        for _ in 0..<2 {
            #expect(try TestSupport.run(["export", "--db", db, "--out", out.path]).status == 0)
            #expect(try String(contentsOf: out, encoding: .utf8).split(separator: "\n").count == 1)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.contains(".partial") })
    }

    @Test("a symbolic link at --out is refused and its target left as it was")
    func symlink() throws {
        let (db, folder) = try Self.store()
        let target = folder.appendingPathComponent("target.txt")
        try TestSupport.write("keep", to: target)
        let link = folder.appendingPathComponent("link.jsonl")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let output = try TestSupport.run(["export", "--db", db, "--out", link.path])
        #expect(output.status != 0)
        #expect(output.stderr.contains("is a symbolic link"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
    }

    @Test("an id of 300 characters gives file names the file system takes, in the html, timeml and brat folders")
    func longID() throws {
        let folder = try TestSupport.scratch()
        let dump = folder.appendingPathComponent("long.jsonl")
        let id = String(repeating: "L", count: 300)
        try TestSupport.write("{\"id\": \"\(id)\", \"text\": \"Rockets hit the base on Monday.\"}\n", to: dump)
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try TestSupport.run(["process", dump.path, "--db", db, "--quiet"]).status == 0)
        for format in ["html", "timeml", "brat"] {
            let out = folder.appendingPathComponent(format)
            let output = try TestSupport.run(["export", "--db", db, "--format", format, "--out", out.path])
            #expect(output.status == 0, "\(format): \(output.stderr)")
            let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
            #expect(names.contains { $0.hasPrefix(String(repeating: "L", count: 100) + "-") })
            #expect(names.allSatisfy { $0.utf8.count < 255 })
        }
    }

    @Test("a symbolic link already in the output folder is replaced, never followed: its target is left as it was")
    func symlinkInFolder() throws {
        let (db, folder) = try Self.store()
        let target = folder.appendingPathComponent("precious.txt")
        try TestSupport.write("keep", to: target)
        let out = folder.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("index.html"), withDestinationURL: target)
        #expect(try TestSupport.run(["export", "--db", db, "--format", "html", "--out", out.path]).status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
        let type = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("index.html").path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
    }

    @Test("a store that cannot be opened is an error with SQLite's reason, exit 1, no usage banner")
    func storeOpenError() throws {
        let output = try TestSupport.run(["status", "--db", "/nonexistent-folder/x.sqlite"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("cannot open the store '/nonexistent-folder/x.sqlite'"))
        #expect(!output.stderr.contains("Usage"))
    }

    @Test("a FIFO inside an input folder is skipped with NF011; the article beside it goes through")
    func fifoInFolder() throws {
        let folder = try TestSupport.scratch()
        let articles = try TestSupport.textArticles([("ok", "Rockets hit the base on Monday.")], in: folder)
        let fifo = articles.appendingPathComponent("pipe.txt")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let db = folder.appendingPathComponent("f.sqlite").path
        let output = try TestSupport.run(["process", articles.path, "--db", db])
        #expect(output.status == 0)
        #expect(output.stderr.contains("NF011") && output.stderr.contains("pipe.txt") && output.stderr.contains("not a regular file"))
        let status = try TestSupport.run(["status", "--db", db])
        #expect(status.stdout.contains("documents: 1 "), "\(status.stdout)")
    }

    @Test("JSONL with lone CR line ends is three articles, not one line; a UTF-16 file is rejected once as UTF-16 (NF014)")
    func lineEndsAndEncodings() throws {
        let folder = try TestSupport.scratch()
        let cr = folder.appendingPathComponent("cr.jsonl")
        try TestSupport.write(#"{"id":"c1","text":"One."}"# + "\r" + #"{"id":"c2","text":"Two."}"# + "\r" + #"{"id":"c3","text":"Three."}"# + "\r", to: cr)
        let utf16 = folder.appendingPathComponent("u16.jsonl")
        try (#"{"id":"u1","text":"One."}"# + "\n").data(using: .utf16)!.write(to: utf16)
        let db = folder.appendingPathComponent("s.sqlite").path
        let output = try TestSupport.run(["ingest", cr.path, utf16.path, "--db", db])
        #expect((output.stdout + output.stderr).contains("ingested 3,"), "\(output.stdout)")
        #expect(output.stderr.contains("u16.jsonl:1: error NF014: the file is UTF-16"))
        #expect(!output.stderr.contains("NF003") && !output.stderr.contains("NF001"))
    }

    @Test("the ingest run of process counts the bytes it read, as ingest does")
    func ingestBytes() throws {
        let folder = try TestSupport.scratch()
        let articles = try TestSupport.textArticles([("a", "Rockets hit the base."), ("b", "Drones hit the port.")], in: folder)
        for command in ["ingest", "process"] {
            let db = folder.appendingPathComponent("\(command).sqlite").path
            #expect(try TestSupport.run([command, articles.path, "--db", db]).status == 0)
            let store = try CorpusStore(path: db)
            let counts = try #require(try store.runs().first { $0.kind == "ingest" }?.counts)
            #expect(counts.contains("\"bytes\":41"), "\(command): \(counts)")
        }
    }

    /// One JSONL file of the given lines, processed into a fresh store: (store, output).
    static func processed(_ lines: [String], _ function: String = #function) throws -> (db: String, folder: URL, output: TestSupport.Output) {
        let folder = try TestSupport.scratch(function)
        let input = folder.appendingPathComponent("in.jsonl")
        try TestSupport.write(lines.joined(separator: "\n") + "\n", to: input)
        let db = folder.appendingPathComponent("s.sqlite").path
        let output = try TestSupport.run(["process", input.path, "--db", db])
        return (db, folder, output)
    }

    @Test("control characters (U+0000, U+0001, U+000B, U+FFFE) are replaced at ingest with NF015, offsets kept; brat, timeml and html export well-formed files")
    func controlCharacters() throws {
        let (db, folder, output) = try Self.processed([
            #"{"id":"c","date":"2024-01-02","title":"T\u0000itle","text":"Rockets hit the base\u0000 on Monday.\u0001 Then\u000bmore \ufffe here."}"#,
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("in.jsonl:1: warning NF015: 4 control character(s)"), "\(output.stderr)")
        let store = try CorpusStore(readingFrom: db)
        let (document, _) = try #require(try store.document(id: "c"))
        #expect(document.text == "Rockets hit the base\u{FFFD} on Monday.\u{FFFD} Then\nmore \u{FFFD} here.")
        #expect(document.title == "T\u{FFFD}itle")
        for format in ["brat", "timeml", "html"] {
            let out = folder.appendingPathComponent(format).path
            let export = try TestSupport.run(["export", "--db", db, "--format", format, "--out", out])
            #expect(export.status == 0, "\(format): \(export.stderr)")
        }
        let tml = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("timeml").path).filter { $0.hasSuffix(".tml") }
        let parser = XMLParser(contentsOf: folder.appendingPathComponent("timeml/\(try #require(tml.first))"))!
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        let bratText = try String(contentsOf: folder.appendingPathComponent("brat").appendingPathComponent(
            try #require(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("brat").path).first { $0.hasSuffix(".txt") })), encoding: .utf8)
        #expect(bratText.unicodeScalars.count == document.text.unicodeScalars.count)
    }

    @Test("impossible and non-string dates are NF009 with file and line: a clock of 25:61, a JSON number, a text file's 'date 2024-02-30' (its line removed)")
    func unreadableDates() throws {
        let folder = try TestSupport.scratch()
        let input = folder.appendingPathComponent("d.jsonl")
        try TestSupport.write([
            #"{"id":"clock","date":"2023-02-28T25:61:00Z","text":"Rockets hit the base."}"#,
            #"{"id":"number","date":20240102,"text":"Rockets hit the base."}"#,
            #"{"id":"zone","date":"2024-01-02T10:00:00.5+05:30","text":"Rockets hit the base."}"#,
            #"{"id":"null","date":null,"text":"Rockets hit the base."}"#,
        ].joined(separator: "\n") + "\n", to: input)
        let text = try TestSupport.textArticles([("t", "date 2024-02-30\n\nRockets hit the base.")], in: folder)
        let db = folder.appendingPathComponent("s.sqlite").path
        let output = try TestSupport.run(["ingest", input.path, text.path, "--db", db])
        #expect(output.status == 0)
        #expect(output.stderr.contains("d.jsonl:1: warning NF009: unreadable date in 'date': '2023-02-28T25:61:00Z'"), "\(output.stderr)")
        #expect(output.stderr.contains("d.jsonl:2: warning NF009: unreadable date in 'date': 20240102 (a JSON number"))
        #expect(output.stderr.contains("t.txt:1: warning NF009: unreadable date '2024-02-30'"))
        #expect(!output.stderr.contains("d.jsonl:3:") && !output.stderr.contains("d.jsonl:4:"), "a good date-time and a null are no warning")
        let store = try CorpusStore(readingFrom: db)
        #expect(try store.document(id: "clock")?.0.dct == nil)
        #expect(try store.document(id: "zone")?.0.dct == "2024-01-02")
        #expect(try store.document(id: "t")?.0.text == "Rockets hit the base.")
    }

    @Test("--where cannot escape its query ('1=1) OR (1=1', a second statement) and a slow condition stops at --where-timeout")
    func whereCondition() throws {
        let (db, _) = try Self.store()
        let escape = try TestSupport.run(["export", "--db", db, "--where", "1=1) OR (1=1"])
        #expect(escape.status == 1 && escape.stderr.contains("closes a parenthesis the condition never opened"), "\(escape.stderr)")
        let second = try TestSupport.run(["export", "--db", db, "--where", "1; DELETE FROM documents"])
        #expect(second.status == 1 && second.stderr.contains("';' ends a statement"))
        let slow = try TestSupport.run([
            "export", "--db", db, "--where-timeout", "0.5",
            "--where", "(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c) > 0",
        ])
        #expect(slow.status == 1 && slow.stderr.contains("took more than 0.5 s"), "\(slow.stderr)")
        let kept = try TestSupport.run(["export", "--db", db, "--no-tokens", "--where", "id = 'a' AND (dct IS NULL OR dct > '2000')"])
        #expect(kept.status == 0 && kept.stdout.split(separator: "\n").count == 1)
        #expect(try CorpusStore(readingFrom: db).tableCounts()["documents"] == 1)
    }

    @Test("readers (status, show, events, entities, export, diff) never create, migrate or write a store: a missing one is an error, a read-only one is read")
    func readOnlyStores() throws {
        let (db, folder) = try Self.store()
        let missing = folder.appendingPathComponent("missing.sqlite").path
        let absent = try TestSupport.run(["status", "--db", missing])
        #expect(absent.status == 1 && absent.stderr.contains("no store at"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        // A copy checkpointed into one file, in a folder of its own, made read-only.
        let readOnly = folder.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: true)
        let copy = readOnly.appendingPathComponent("s.sqlite").path
        try DatabaseQueue(path: db).writeWithoutTransaction { try $0.execute(sql: "VACUUM INTO ?", arguments: [copy]) }
        let version = try DatabaseQueue(path: copy).read { try Int.fetchOne($0, sql: "PRAGMA schema_version") }
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: readOnly.path) }
        // Root ignores file modes: run the readers as an unprivileged user then.
        let asUser = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        #expect(getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"))
        for command in [["status"], ["show", "a"], ["events"], ["entities"], ["export", "--no-tokens"], ["diff"]] {
            let arguments = command + ["--db", copy]
            let output: TestSupport.Output
            if asUser.isEmpty {
                output = try TestSupport.run(arguments)
            } else {
                output = try TestSupport.runProgram(asUser + [TestSupport.executable.path] + arguments)
            }
            #expect(output.status == 0, "\(command): \(output.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
        #expect(try DatabaseQueue(path: copy, configuration: { var c = Configuration(); c.readonly = true; return c }()).read {
            try Int.fetchOne($0, sql: "PRAGMA schema_version")
        } == version)
    }

    @Test("two process commands on one store at once: the second waits its turn, both succeed, nothing is duplicated")
    func twoWriters() throws {
        let folder = try TestSupport.scratch()
        let db = folder.appendingPathComponent("s.sqlite").path
        let results = UnsafeSendableBox<[TestSupport.Output]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let output = try? TestSupport.run(["process", TestSupport.articles.path, "--db", db, "--quiet"])
            results.lock.withLock { results.value.append(output ?? TestSupport.Output(status: -1, stdout: "", stderr: "not run")) }
        }
        for output in results.value {
            #expect(output.status == 0, "\(output.stderr)")
            #expect(!output.stderr.contains("UNIQUE"))
        }
        let counts = try CorpusStore(readingFrom: db).tableCounts()
        #expect(counts["documents"] == TestSupport.articleCount)
        let single = try TestSupport.processedSample(in: folder, name: "single.sqlite")
        let expected = try CorpusStore(readingFrom: single).tableCounts()
        for table in ["tokens", "sentences", "entities", "quotes", "events", "merged_events"] {
            #expect(counts[table] == expected[table], "\(table)")
        }
    }

    @Test("process on unchanged input analyses nothing again: every document is up to date, the annotations the same")
    func unchangedRerun() throws {
        let folder = try TestSupport.scratch()
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try TestSupport.run(["process", TestSupport.articles.path, "--db", db]).status == 0)
        let before = try CorpusStore(readingFrom: db).tableCounts()
        let again = try TestSupport.run(["process", TestSupport.articles.path, "--db", db])
        #expect(again.stdout.contains("processed 0 documents, up to date \(TestSupport.articleCount),"), "\(again.stdout)")
        #expect(again.stdout.contains("unchanged \(TestSupport.articleCount)"))
        let store = try CorpusStore(readingFrom: db)
        let counts = try #require(try store.runs().last { $0.kind == "pipeline" }?.counts)
        #expect(counts.contains("\"analysed\":0"), "\(counts)")
        let after = try store.tableCounts()
        for table in ["tokens", "entities", "events", "merged_events"] { #expect(before[table] == after[table], "\(table)") }
    }

    @Test("an id with a space stays one id: a merged event's documents are a JSON array, in the store and in events.csv")
    func idsWithSpaces() throws {
        let (db, _, output) = try Self.processed([
            #"{"id":"b c","date":"2024-01-03","text":"Militants attacked a checkpoint in Kabul on Monday."}"#,
            #"{"id":"d","date":"2024-01-03","text":"Militants attacked a checkpoint in Kabul on Monday, officials said."}"#,
        ])
        #expect(output.status == 0)
        var documents: [[String]] = []
        try CorpusStore(readingFrom: db).mergedEvents { documents.append($0.documents) }
        #expect(documents == [["b c", "d"]], "\(documents)")
        let csv = try TestSupport.run(["export", "--db", db, "--format", "csv", "--table", "events"])
        #expect(csv.stdout.contains(#""[""b c"",""d""]""#), "\(csv.stdout)")
    }

    @Test("canonical names hold single spaces where the text has tabs or line breaks (entities, speakers, event arguments)")
    func canonicalWhitespace() throws {
        let (db, _, output) = try Self.processed([
            #"{"id":"t","date":"2024-01-05","text":"Gunmen attacked the Qarzai\tHospital in Zaranj, police spokesman Abdul\tWahid\nZorbaki said. \"We will find them,\" said Colonel Abdul\tWahid Zorbaki."}"#,
        ])
        #expect(output.status == 0)
        let (_, annotations) = try #require(try CorpusStore(readingFrom: db).document(id: "t"))
        let canonicals = (annotations.entities ?? []).map(\.canonical) + (annotations.quotes ?? []).compactMap(\.speakerCanonical)
            + (annotations.events ?? []).flatMap { $0.arguments.compactMap(\.canonical) }
        #expect(canonicals.contains("Abdul Wahid Zorbaki") && canonicals.contains("Qarzai Hospital"), "\(canonicals)")
        #expect(!canonicals.contains { $0.contains("\t") || $0.contains("\n") }, "\(canonicals)")
    }
}

/// A value shared by the threads of a test, behind a lock.
final class UnsafeSendableBox<Value>: @unchecked Sendable {
    let lock = NSLock()
    var value: Value
    init(_ value: Value) { self.value = value }
}
