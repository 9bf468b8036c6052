import ArgumentParser
import NewsFramePipeline

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarize a store: documents, stages, rejects.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var pipeline: PipelineOptions

    func run() throws {
        let corpus = try store.openForReading()
        let status = try corpus.status(stages: try pipeline.load().specs)
        Console.out("store:     \(corpus.path)")
        Console.out("documents: \(status.documents) (\(status.characters) characters)")
        Console.out("")
        Console.out("stage            current    stale  missing  annotations")
        for stage in status.stages {
            Console.out(
                stage.stage.padding(16) + " " + "\(stage.current)".leftPadding(7) + "  " + "\(stage.stale)".leftPadding(7)
                    + "  " + "\(stage.missing)".leftPadding(7) + "  " + "\(stage.annotations)".leftPadding(11))
        }
        if !status.rejectsByCode.isEmpty {
            Console.out("")
            Console.out("rejects (all runs):")
            for entry in status.rejectsByCode {
                Console.out("  \(entry.code) \(entry.severity.padding(8)) \(entry.count)")
            }
        }
        Console.out("")
        Console.out("recent runs:")
        for run in status.recentRuns {
            Console.out("  #\(run.id) \(run.kind.padding(8)) \(run.startedAt)  \(run.status)  \(run.counts ?? "")")
        }
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    func leftPadding(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
