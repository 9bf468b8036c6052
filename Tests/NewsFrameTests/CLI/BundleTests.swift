import Foundation
import Testing

/// A binary that travels: copied into a folder beside `Pipelines/` and `Lexicons/` (the layout
/// `scripts/bundle.sh` makes) it runs with an empty environment and says where its files came
/// from; a `NEWSFRAME_HOME` without them is an error that says what to pass, not a crash.
@Suite("the binary away from its build")
struct BundleTests {
    /// The built executable copied into a fresh folder with the resource folders beside it.
    static func bundle() throws -> URL {
        let folder = try TestSupport.scratch().appendingPathComponent("bundle")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.executable, to: folder.appendingPathComponent("newsframe"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Pipelines"), withDestinationURL: TestSupport.pipelines)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Lexicons"), withDestinationURL: TestSupport.lexicons)
        try TestSupport.write("abc123def456\n", to: folder.appendingPathComponent("VERSION"))
        return folder
    }

    @Test("a copied binary with Pipelines/ and Lexicons/ beside it runs with an empty environment; --version names the commit and where the lexicons are")
    func besideTheExecutable() throws {
        let folder = try Self.bundle()
        let binary = folder.appendingPathComponent("newsframe").path
        let version = try TestSupport.runProgram(["/usr/bin/env", "-i", binary, "--version"], in: folder)
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("newsframe ") && version.stdout.contains("commit abc123def456"), "\(version.stdout)")
        #expect(version.stdout.contains("(beside the executable: \(folder.path)/Lexicons)"), "\(version.stdout)")
        let processed = try TestSupport.runProgram(
            ["/usr/bin/env", "-i", binary, "process", TestSupport.articles.path, "--db", folder.appendingPathComponent("s.sqlite").path, "--quiet"], in: folder)
        #expect(processed.status == 0, "\(processed.stderr)")
        #expect(processed.stdout.contains("merge: 38 frames"))
    }

    @Test("NEWSFRAME_HOME naming a folder without NewsFrame's files is exit 1 with what to do, never a crash")
    func wrongHome() throws {
        let folder = try Self.bundle()
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let output = try TestSupport.runProgram(
            ["/usr/bin/env", "-i", "NEWSFRAME_HOME=\(empty.path)", folder.appendingPathComponent("newsframe").path, "process", TestSupport.articles.path,
             "--db", folder.appendingPathComponent("s.sqlite").path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("NEWSFRAME_HOME is \(empty.path), which holds no Pipelines/default.yaml"), "\(output.stderr)")
    }
}
