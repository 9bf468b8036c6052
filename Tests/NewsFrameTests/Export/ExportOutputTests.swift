import Foundation
import Testing

/// Where `export --out` writes: a failed write leaves no complete-looking file and says why;
/// devices are written through, never replaced; a symbolic link is refused, its target kept.
@Suite("export --out: failures and special files")
struct ExportOutputTests {
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
}
