import ArgumentParser
import Foundation
import NewsFramePipeline

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge the event frames of all documents into events (run after every process and run).",
        discussion: """
            Frames of one real-world event (same type, compatible actor, same target or location, \
            dates within a day; Lexicons/events-merge.tsv) get one event_id in event_links, and \
            merged_events gets one row per event with its sources. Safe to rerun: it rewrites both.
            """)

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "The lexicon folder holding events-merge.tsv. Default: the bundled lexicons.") var lexicons: String?

    func run() throws {
        let directory = try lexicons.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? NewsFrameResources.locate().lexicons
        let summary = try store.open().mergeEvents(with: EventMerge.merger(lexiconDirectory: directory))
        Console.out(summary.line)
    }
}
