import ArgumentParser
import Foundation
import NewsFramePipeline

struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time each stage of a pipeline alone, in memory, on one core.",
        discussion: """
            Reads articles (the ingest formats), runs every stage of the pipeline over them with \
            no store, and prints each stage's seconds, MB/s and words/s. A stage's clock covers \
            only its own work, so the figures are what each stage costs on its own; the whole \
            run's wall time and peak memory are for `/usr/bin/time -v` (see scripts/bench.sh).
            """)

    @OptionGroup var pipeline: PipelineOptions
    @Argument(help: "Input files or folders; - for JSONL on standard input.") var paths: [String]

    func run() throws {
        let profiler = StageProfiler(pipeline: try pipeline.load())
        let report = try profiler.profile(paths: paths, report: { Console.error("\($0)") })
        let megabytes = Double(report.bytes) / 1e6
        print("documents: \(report.documents), \(report.bytes) bytes (\(String(format: "%.1f", megabytes)) MB) of text, \(report.words) words, \(report.rejected) rejected")
        print("")
        print("| stage alone (1 core, in memory) | seconds | MB/s | words/s | annotations |")
        print("|---|---|---|---|---|")
        for stage in report.stages {
            let seconds = max(stage.seconds, 1e-9)
            print(
                "| \(stage.stage) | \(String(format: "%.2f", stage.seconds)) | \(String(format: "%.1f", megabytes / seconds)) | "
                    + "\(Int(Double(report.words) / seconds).formatted()) | \(stage.annotations.formatted()) |")
        }
        if pipeline.strict, report.rejected > 0 { throw ExitCode(2) }
    }
}
