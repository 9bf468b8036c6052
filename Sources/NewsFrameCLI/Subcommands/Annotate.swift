import ArgumentParser
import Foundation
import NewsFrameCore
import NewsFrameIngest
import NewsFramePipeline

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate articles (JSONL, text files) to JSONL on stdout, with no store.",
        discussion: """
            Reads articles in the ingest formats (JSONL lines, .txt files, folders; - for standard \
            input) and writes each, in input order, as the export JSONL format with its \
            annotations. --dates gives dates to articles whose input has none, as for process. \
            Rejected lines are reported on standard error with their file and line and left out.
            \(InputExit.help)
            """)

    @OptionGroup var pipeline: PipelineOptions
    @OptionGroup var ingest: IngestOptions
    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Flag(name: .long, help: "Leave out the word-level arrays, tokens and the syntax stage's words (an eighth of the size on real news).")
    var noTokens = false
    @Option(
        name: .long, parsing: .upToNextOption,
        help: "Only these annotation kinds (\(AnnotationKind.allCases.map(\.rawValue).joined(separator: ", "))); default every kind.")
    var fields: [String] = []
    @OptionGroup var log: LogOptions
    @Argument(help: "Input files; default - (standard input).") var paths: [String] = ["-"]

    func validate() throws {
        if jobs < 1 { throw ValidationError("'--jobs' must be at least 1") }
        for field in fields where AnnotationKind(rawValue: field) == nil {
            throw ValidationError("'--fields': '\(field)' is no annotation kind (\(AnnotationKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        log.bootstrap()
        let built = try pipeline.load()
        Diagnostics.debug(describe(built, nil))
        var annotator = StreamAnnotator(pipeline: built, workers: jobs)
        annotator.reader = DumpReader(maxDocumentBytes: ingest.maxDocumentBytes)
        annotator.reader.dates = try ingest.dateTable()
        annotator.includeTokens = !noTokens
        if !fields.isEmpty { annotator.kinds = Set(fields.compactMap(AnnotationKind.init(rawValue:))) }
        var buffer = ""
        let outcome = try annotator.annotate(
            paths: paths,
            output: { line in
                buffer += line
                buffer += "\n"
                if buffer.utf8.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(buffer.utf8))
                    buffer = ""
                }
            },
            report: { Diagnostics.report($0) })
        FileHandle.standardOutput.write(Data(buffer.utf8))
        try InputExit.check(missing: outcome.missingInputs, read: outcome.written + outcome.rejected, rejected: outcome.rejected, strict: pipeline.strict)
    }
}
