import ArgumentParser
import Foundation
import NewsFramePipeline

/// `--pipeline` and `--lexicons`, shared by every command that runs stages.
public struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: "A pipeline file (YAML). Default: the bundled Pipelines/default.yaml.")
    public var pipeline: String?

    @Option(name: .long, help: "The lexicon folder. Default: Lexicons/ beside the pipeline's folder, else the bundled lexicons.")
    public var lexicons: String?

    @Flag(name: .long, help: "Treat broken lexicon lines and rejected input as errors (non-zero exit).")
    public var strict = false

    public init() {}

    func load() throws -> Pipeline {
        let built = try Pipeline.load(
            file: pipeline.map { URL(fileURLWithPath: $0) }, lexicons: lexicons.map { URL(fileURLWithPath: $0, isDirectory: true) })
        for error in built.lexiconErrors {
            Console.error("warning: \(error) (line left out)")
        }
        if strict, !built.lexiconErrors.isEmpty {
            throw ValidationError("'--strict': \(built.lexiconErrors.count) broken lexicon line(s); fix them or drop '--strict'")
        }
        return built
    }
}
