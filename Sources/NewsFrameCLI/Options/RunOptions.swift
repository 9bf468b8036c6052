import ArgumentParser
import Foundation

/// Parallelism and batching of a pipeline run.
public struct RunOptions: ParsableArguments {
    @Option(name: .long, help: "Worker threads (default: all cores).")
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Documents per page; each page is committed in one transaction.")
    public var batchSize: Int = 256

    public init() {}

    public func validate() throws {
        if jobs < 1 { throw ValidationError("'--jobs' must be at least 1") }
        if batchSize < 1 { throw ValidationError("'--batch-size' must be at least 1") }
    }
}
