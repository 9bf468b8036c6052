import Foundation
import NewsFrameStore
import Testing

/// The hostile cases of the hardening issue, each a test that failed before its fix: where
/// exports write (a full disk, devices, symbolic links, ids too long for a file name), input
/// folders holding a FIFO, and a store that cannot be opened. A failed write leaves no
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
        let output = try TestSupport.run(["process", articles.path, "--db", db, "--quiet"])
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
}
