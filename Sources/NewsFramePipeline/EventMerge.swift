import Foundation
import NewsFrameCore
import NewsFrameStore

/// The corpus-level merge step: its criteria come from `events-merge.tsv` in the pipeline's
/// lexicon folder, and it runs after any run whose pipeline makes event frames.
public enum EventMerge {
    public static let settingsFile = "events-merge.tsv"

    public static func merger(lexiconDirectory: URL) throws -> EventMerger {
        let url = lexiconDirectory.appendingPathComponent(settingsFile)
        guard let data = try? Data(contentsOf: url), let contents = String(data: data, encoding: .utf8) else {
            throw LexiconError(file: "Lexicons/\(settingsFile)", line: 0, message: "cannot read \(url.path)")
        }
        let table = try LexiconTable(name: settingsFile, contents: contents, required: ["setting", "value"])
        if let error = table.errors.first { throw error }
        return try EventMerger(table: table)
    }

    /// Merges when the pipeline provides events; nil when it does not.
    public static func afterRun(store: CorpusStore, pipeline: Pipeline) throws -> CorpusStore.MergeSummary? {
        guard pipeline.steps.contains(where: { $0.provides.contains(.events) }) else { return nil }
        return try store.mergeEvents(with: merger(lexiconDirectory: pipeline.lexiconDirectory))
    }
}

extension CorpusStore.MergeSummary {
    public var line: String {
        "merge: \(frames) frames → \(events) events, \(multiSource) reported by more than one document, in \(String(format: "%.2f", seconds)) s"
    }
}
