import ArgumentParser
import Foundation
import NewsFramePipeline

struct Load: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load annotated JSONL (annotate's output, Spark's part files, .gz too) into a store, then merge.",
        discussion: """
            Each line becomes a document with its annotations and the stage fingerprints it names, \
            as if the stages had run here: 'run' reruns only what a lexicon change makes stale, \
            and merge, events, export and eval work on the store. Reloading the same lines changes \
            nothing. Lines without tokens are tokenized here; lines without the syntax stage's words \
            keep that stage current but not kept (it runs again only when a later stage must). \
            Bad lines are rejected with file and line (NF016) and the rest goes through.
            \(InputExit.help)
            """)

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "The lexicon folder (tokenize and events-merge.tsv). Default: the bundled lexicons.") var lexicons: String?
    @Option(name: .long, help: "Lines longer than this many bytes are rejected (NF007).") var maxLineBytes = 64 * 1024 * 1024
    @Option(name: .long, help: "Worker threads (default: all cores).") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Flag(name: .long, help: "Exit non-zero when any line was rejected.") var strict = false
    @OptionGroup var log: LogOptions
    @Argument(help: "Annotated JSONL files or folders of part files; - for standard input.") var paths: [String]

    func validate() throws {
        if jobs < 1 { throw ValidationError("'--jobs' must be at least 1") }
    }

    func run() throws {
        log.bootstrap()
        let directory = try lexicons.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? NewsFrameResources.locate().lexicons
        let tokenize = try Pipeline.load(file: NewsFrameResources.locate().pipelines.appendingPathComponent("tokenize.yaml"), lexicons: directory)
        let corpus = try store.open()
        Diagnostics.debug("lexicons: \(directory.path)\nstore: \(corpus.path)")
        var loader = AnnotatedLoader(store: corpus, pipeline: tokenize)
        loader.reader.maxLineBytes = maxLineBytes
        loader.workers = jobs
        let (summary, frames) = try loader.load(paths: paths, arguments: CommandLine.arguments, report: { Diagnostics.report($0) })
        Console.out("load: \(summary.line); event frames \(frames)")
        let merge = try corpus.mergeEvents(with: EventMerge.merger(lexiconDirectory: directory))
        Console.out(merge.line)
        try InputExit.check(missing: summary.missingInputs, read: summary.read, rejected: summary.rejected, strict: strict)
    }
}
