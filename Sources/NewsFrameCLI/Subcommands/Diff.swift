import ArgumentParser
import NewsFrameStore

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the annotations that pipeline runs added, removed and changed.",
        discussion: """
            Shows what runs after RUN_A up to RUN_B changed, grouped by kind and rule, each change \
            (+ added, - removed, ~ the same span with a new label: a canonical name, value or type) \
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
        let corpus = try store.openForReading()
        let pipelineRuns = try corpus.runs().filter { $0.kind == "pipeline" }
        guard let last = pipelineRuns.last else { throw ValidationError("no pipeline run in \(store.db) yet") }
        let upTo = runB ?? pipelineRuns.map(\.id).max()!
        let after = runA ?? (pipelineRuns.last(where: { $0.id < last.id })?.id ?? 0)
        let changes = ChangeList(try corpus.changes(afterRun: after, throughRun: upTo)).entries
        Console.out("changes after run \(after) through run \(upTo): \(changes.count)")
        var counts: [String: (added: Int, removed: Int, changed: Int)] = [:]
        var group = ""
        for entry in changes {
            let change = entry.current
            let key = "\(change.kind)  \(change.rule)"
            switch entry.change {
            case "+": counts[key, default: (0, 0, 0)].added += 1
            case "-": counts[key, default: (0, 0, 0)].removed += 1
            default: counts[key, default: (0, 0, 0)].changed += 1
            }
            guard !summary else { continue }
            if key != group {
                group = key
                Console.out("\n\(change.kind)  \(change.rule)")
            }
            let text = change.text.isEmpty ? "" : "\"\(change.text)\" "
            if let previous = entry.previous {
                let rule = previous.rule == change.rule ? "" : " (was \(previous.rule))"
                Console.out("  ~ \(change.docID) \(change.start)-\(change.end) \(text)\(previous.label) → \(change.label)\(rule)")
            } else {
                Console.out("  \(entry.change) \(change.docID) \(change.start)-\(change.end) \(text)\(change.label)")
            }
            Console.out("      …\(change.context.replacingNewlines)…")
        }
        Console.out("\nsummary (kind, rule: added / removed / changed)")
        for key in counts.keys.sorted() {
            Console.out("  \(key): +\(counts[key]!.added) / -\(counts[key]!.removed) / ~\(counts[key]!.changed)")
        }
    }
}
