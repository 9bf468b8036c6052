import ArgumentParser
import NewsFrameStore

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the annotations that pipeline runs added and removed.",
        discussion: """
            Shows what runs after RUN_A up to RUN_B changed, grouped by kind and rule, each change \
            with its document, span and context, then a summary. Without run numbers (or with \
            --against-last) it shows the last pipeline run. 'newsframe status' lists the runs.
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "Show changes after this run…") var runA: Int64?
    @Argument(help: "…up to and including this run (default: the last run).") var runB: Int64?
    @Flag(name: .long, help: "Show the changes of the last pipeline run.") var againstLast = false
    @Flag(name: .long, help: "Only the summary counts.") var summary = false

    func validate() throws {
        if againstLast, runA != nil { throw ValidationError("'--against-last' and run numbers are mutually exclusive") }
        if let runA, let runB, runB <= runA { throw ValidationError("RUN_B must be after RUN_A") }
    }

    func run() throws {
        let corpus = try store.open()
        let pipelineRuns = try corpus.runs().filter { $0.kind == "pipeline" }
        guard let last = pipelineRuns.last else { throw ValidationError("no pipeline run in \(store.db) yet") }
        let upTo = runB ?? pipelineRuns.map(\.id).max()!
        let after = runA ?? (pipelineRuns.last(where: { $0.id < last.id })?.id ?? 0)
        let changes = try corpus.changes(afterRun: after, throughRun: upTo)
        Console.out("changes after run \(after) through run \(upTo): \(changes.count)")
        var counts: [String: (added: Int, removed: Int)] = [:]
        var group = ""
        for change in changes {
            let key = "\(change.kind)  \(change.rule)"
            counts[key, default: (0, 0)].added += change.change == "+" ? 1 : 0
            counts[key, default: (0, 0)].removed += change.change == "-" ? 1 : 0
            guard !summary else { continue }
            if key != group {
                group = key
                Console.out("\n\(change.kind)  \(change.rule)")
            }
            let text = change.text.isEmpty ? "" : "\"\(change.text)\" "
            Console.out("  \(change.change) \(change.docID) \(change.start)-\(change.end) \(text)\(change.label)")
            Console.out("      …\(change.context.replacingNewlines)…")
        }
        Console.out("\nsummary (kind, rule: added / removed)")
        for key in counts.keys.sorted() {
            Console.out("  \(key): +\(counts[key]!.added) / -\(counts[key]!.removed)")
        }
    }
}
