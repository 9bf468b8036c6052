import ArgumentParser
import Foundation
import NewsFramePipeline

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate JSONL from stdin to stdout, with no store.",
        discussion: """
            Reads one article a line (the ingest JSONL format) and writes each, in input order, as \
            the export JSONL format with its annotations. Rejected lines are reported on standard \
            error with their line number and left out.
            """)

    @OptionGroup var pipeline: PipelineOptions
    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Argument(help: "Input files; default - (standard input).") var paths: [String] = ["-"]

    func validate() throws {
        if jobs < 1 { throw ValidationError("'--jobs' must be at least 1") }
    }

    func run() throws {
        let annotator = StreamAnnotator(pipeline: try pipeline.load(), workers: jobs)
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
