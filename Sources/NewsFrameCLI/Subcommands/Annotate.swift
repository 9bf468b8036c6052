import ArgumentParser
import Foundation
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
            """)

    @OptionGroup var pipeline: PipelineOptions
    @OptionGroup var ingest: IngestOptions
    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Argument(help: "Input files; default - (standard input).") var paths: [String] = ["-"]

    func validate() throws {
        if jobs < 1 { throw ValidationError("'--jobs' must be at least 1") }
    }

    func run() throws {
        var annotator = StreamAnnotator(pipeline: try pipeline.load(), workers: jobs)
        annotator.reader = DumpReader(maxDocumentBytes: ingest.maxDocumentBytes)
        annotator.reader.dates = try ingest.dateTable()
        var buffer = ""
        let (_, rejected) = try annotator.annotate(
            paths: paths,
            output: { line in
                buffer += line
                buffer += "\n"
                if buffer.utf8.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(buffer.utf8))
                    buffer = ""
                }
            },
            report: { Console.error("\($0)") })
        FileHandle.standardOutput.write(Data(buffer.utf8))
        if pipeline.strict, rejected > 0 { throw ExitCode(2) }
    }
}
