import Foundation
import Testing
import NewsFrameCore
import NewsFramePipeline

/// Paths and helpers shared by the tests: the checkout, its lexicons and sample corpus,
/// scratch folders, and the built `newsframe` executable.
enum TestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let lexicons = packageRoot.appendingPathComponent("Lexicons")
    static let pipelines = packageRoot.appendingPathComponent("Pipelines")
    static let articles = packageRoot.appendingPathComponent("Corpus/articles")
    /// Articles in `Corpus/articles` (thirteen text files, three JSONL lines).
    static let articleCount = 16

    /// The `newsframe` executable of this build: the test bundle sits in the products folder.
    static var executable: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("newsframe")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/newsframe")
    }

    /// One folder per test run holding every scratch folder, removed when the run exits so a
    /// suite run leaves nothing behind in the temporary folder (set `NEWSFRAME_KEEP_SCRATCH`
    /// to keep it for a look after a failure).
    static let scratchRoot: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsframe-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if ProcessInfo.processInfo.environment["NEWSFRAME_KEEP_SCRATCH"] == nil {
            atexit { try? FileManager.default.removeItem(at: TestSupport.scratchRoot) }
        }
        return url
    }()

    static func scratch(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = scratchRoot.appendingPathComponent("\(safe)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A folder `articles` in `folder` holding one text file per (name, text): a dump to ingest.
    static func textArticles(_ files: [(name: String, text: String)], in folder: URL) throws -> URL {
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for file in files { try write(file.text, to: articles.appendingPathComponent("\(file.name).txt")) }
        return articles
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    static func defaultPipeline(lexicons: URL = lexicons) throws -> Pipeline {
        if lexicons == Self.lexicons { return try shipped.get() }
        return try Pipeline.load(file: pipelines.appendingPathComponent("default.yaml"), lexicons: lexicons)
    }

    /// The default pipeline on the shipped lexicons, built once for the whole suite: the world
    /// gazetteers take a while to load in a debug build.
    private static let shipped = Result {
        try Pipeline.load(file: pipelines.appendingPathComponent("default.yaml"), lexicons: lexicons)
    }

    /// Copies the lexicon folder, so a test can edit a lexicon without touching the checkout.
    static func copyOfLexicons(in folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent("Lexicons")
        try FileManager.default.copyItem(at: lexicons, to: copy)
        return copy
    }

    /// Appends `line` to a copy of lexicon `file` and builds the default pipeline on the copy:
    /// the error it throws (nil if it built) and the number of the appended line.
    /// The error of loading the default pipeline with `old` replaced by `new` in its file,
    /// nil when it loads.
    static func pipelineError(replacing old: String, with new: String, function: String = #function) throws -> String? {
        let yaml = try String(contentsOf: pipelines.appendingPathComponent("default.yaml"), encoding: .utf8)
        #expect(yaml.contains(old), "default.yaml has no '\(old)'")
        let file = try scratch(function).appendingPathComponent("edited.yaml")
        try write(yaml.replacingOccurrences(of: old, with: new), to: file)
        do {
            _ = try Pipeline.load(file: file, lexicons: lexicons)
            return nil
        } catch {
            return "\(error)"
        }
    }

    static func pipelineError(appending line: String, to file: String, function: String = #function) throws -> (error: String?, line: Int) {
        let lexicons = try copyOfLexicons(in: try scratch(function))
        let url = lexicons.appendingPathComponent(file)
        try write(try String(contentsOf: url, encoding: .utf8) + line + "\n", to: url)
        let count = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count - 1
        do {
            _ = try defaultPipeline(lexicons: lexicons)
            return (nil, count)
        } catch {
            return ("\(error)", count)
        }
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A store at `folder/name` holding the sample corpus, processed with the default pipeline.
    static func processedSample(in folder: URL, name: String = "s.sqlite") throws -> String {
        let db = folder.appendingPathComponent(name).path
        let output = try run(["process", articles.path, "--db", db, "--quiet"])
        #expect(output.status == 0, "\(output.stderr)")
        return db
    }

    /// Runs the built executable with `arguments` in `directory`, feeding `input` on stdin.
    static func run(_ arguments: [String], in directory: URL? = nil, input: String? = nil) throws -> Output {
        try runProgram([executable.path] + arguments, in: directory, input: input)
    }

    /// Runs `command` (a program's path, then its arguments), as `run` runs NewsFrame.
    static func runProgram(_ command: [String], in directory: URL? = nil, input: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// Tokenizes one text with the default pipeline's tokenize stage.
    static func analyze(_ text: String, dct: String? = nil) throws -> AnalyzedDocument {
        try defaultPipeline().process(AnalyzedDocument(document: Document(id: "t", dct: dct, text: text)))
    }

    static func texts(_ spans: [Sentence], in document: AnalyzedDocument) -> [String] {
        spans.map { document.text.slice($0.start, $0.end) }
    }
}
