import Foundation
import NewsFrameCore
import NewsFrameExport
import NewsFrameIngest
import NewsFrameStore

/// `load`: annotated JSONL (from `annotate`, or Spark's output folders of its part files) into
/// a store, as if the stages had run there. Each document is stored with its annotations and
/// the stage fingerprints its line names, so `run` finds them current and reruns only what a
/// lexicon change makes stale; reloading the same lines changes nothing. Lines are parsed in
/// parallel a batch at a time and written by the one writer, one transaction a batch.
///
/// A line without `tokens` (`annotate --no-tokens`) is tokenized here: ICU tokens are cheap
/// and always the same. A line without the syntax stage's `words` keeps that stage current
/// but not kept (`DocumentResult.unkept`): it runs again only when a later stage must.
public struct AnnotatedLoader: Sendable {
    public let store: CorpusStore
    public let pipeline: Pipeline
    public var reader = AnnotatedDumpReader()
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    public var batchSize = 256

    public init(store: CorpusStore, pipeline: Pipeline) {
        self.store = store
        self.pipeline = pipeline
    }

    /// One line made ready for the store.
    struct Loaded: Sendable {
        var incoming: IncomingDocument
        var result: DocumentResult
        var stages: [StageSpec]
    }

    public func load(
        paths: [String], arguments: [String], report: @escaping @Sendable (RejectRecord) -> Void
    ) throws -> (summary: IngestSummary, frames: Int) {
        let runID = try store.beginRun(kind: "load", pipeline: nil, fingerprint: nil, stages: [], arguments: arguments)
        let tally = Tally(IngestSummary(runID: runID))
        let writer = BatchWriter()
        let store = store
        var lines: [(bytes: [UInt8], file: String, number: Int)] = []
        var pendingRejects: [RejectRecord] = []
        func flush() throws {
            let outcomes = ParallelMap.map(lines, workers: workers) { convert($0.bytes, file: $0.file, line: $0.number) }
            let rejects = pendingRejects + outcomes.compactMap { if case .failure(let reject) = $0 { return reject } else { return nil } }
            let loaded = outcomes.compactMap { try? $0.get() }
            lines.removeAll(keepingCapacity: true)
            pendingRejects.removeAll()
            try writer.submit {
                // Lines made by one pipeline share their stages: one save for each run of them.
                var start = 0
                var recorded = false
                while start < loaded.count || !recorded {
                    var end = start
                    while end < loaded.count, loaded[end].stages == loaded[start].stages { end += 1 }
                    let group = Array(loaded[start..<end])
                    let saved = try store.saveIncoming(
                        group.map(\.incoming), results: group.map(\.result), rejects: recorded ? [] : rejects, failures: [],
                        ingestRunID: runID, pipelineRunID: runID, stages: group.first?.stages ?? [])
                    tally.add(saved.outcomes, saved.rejects, frames: saved.written.reduce(0) { $0 + ($1.annotations.events?.count ?? 0) })
                    saved.rejects.forEach(report)
                    recorded = true
                    start = end
                }
            }
        }
        do {
            try reader.read(paths: paths) { bytes, file, number in
                lines.append((Array(bytes), file, number))
                if lines.count >= batchSize { try flush() }
            } reject: { reject in
                pendingRejects.append(reject)
            }
            try flush()
            try writer.finish()
        } catch {
            try? writer.finish()
            try? store.finishRun(runID, status: "failed", counts: tally.summary.counts)
            throw error
        }
        try store.finishRun(runID, status: "completed", counts: tally.summary.counts)
        return (tally.summary, tally.frames)
    }

    /// One line to a document and the results of the stages it names, or the reason it cannot be.
    func convert(_ bytes: [UInt8], file: String, line number: Int) -> Result<Loaded, RejectRecord> {
        func reject(_ code: String, _ message: String, id: String? = nil) -> Result<Loaded, RejectRecord> {
            .failure(RejectRecord(code: code, sourceFile: file, line: number, docID: id, message: message))
        }
        if let bad = UTF8Check.firstInvalidOffset(bytes) { return reject("NF001", "invalid UTF-8 at byte \(bad) of the line") }
        let line: DocumentJSONReader.Line
        do {
            line = try DocumentJSONReader.read(bytes)
        } catch {
            return reject("NF016", "not an annotated document: \(error)")
        }
        let document = line.document
        guard line.isAnnotated else {
            return reject("NF016", "an article without annotations: ingest or process reads it", id: document.id)
        }
        var annotations = line.annotations
        let text = ScalarText(document.text)
        // The stages the line names, as this build knows them; without names (an export), the
        // stages that make the kinds the line holds, recorded as made elsewhere ("unrecorded")
        // so that `run` makes them again.
        let specs: [StageSpec]
        if let named = line.stages {
            specs = named.compactMap { stage in
                StageRegistry.stages.first(where: { $0.qualifiedName == stage.name }).map { StageSpec(name: stage.name, fingerprint: stage.fingerprint, provides: $0.provides.sorted()) }
            }
        } else {
            specs = StageRegistry.stages.filter { $0.provides.contains { annotations.kinds.contains($0) } }
                .map { StageSpec(name: $0.qualifiedName, fingerprint: "unrecorded", provides: $0.provides.sorted()) }
        }
        if annotations.tokens == nil, let tokenize = pipeline.steps.first(where: { $0.provides.contains(.tokens) }) {
            do {
                annotations.tokens = try tokenize.stage.process(AnalyzedDocument(document: document)).tokens
            } catch {
                return reject("NF016", "cannot tokenize the text: \(error)", id: document.id)
            }
            if let tokens = annotations.tokens, var words = annotations.syntax {
                for index in words.indices { words[index].token = DocumentJSONReader.tokenIndex(containing: words[index].start, in: tokens) }
                annotations.syntax = words
            }
        }
        if let bad = Self.spanOutsideText(annotations, length: text.count) {
            return reject("NF016", "\(bad) lies outside the text of \(text.count) characters", id: document.id)
        }
        let unkept = Set(specs.filter { $0.provides.contains { !annotations.kinds.contains($0) } }.map(\.name))
        var result = DocumentResult(docID: document.id, docVersion: 1, annotations: annotations, executed: specs, text: text)
        result.unkept = unkept
        let incoming = IncomingDocument(document: document, contentHash: DumpReader.contentHash(document), sourceFile: file, sourceLine: number)
        return .success(Loaded(incoming: incoming, result: result, stages: specs))
    }

    /// The first annotation whose span does not lie in the text, described, or nil.
    static func spanOutsideText(_ annotations: AnnotationSet, length: Int) -> String? {
        func bad(_ start: Int, _ end: Int) -> Bool { start < 0 || end < start || end > length }
        if let token = annotations.tokens?.first(where: { bad($0.start, $0.end) }) { return "a token at \(token.start)-\(token.end)" }
        if let sentence = annotations.sentences?.first(where: { bad($0.start, $0.end) }) { return "a sentence at \(sentence.start)-\(sentence.end)" }
        if let word = annotations.syntax?.first(where: { bad($0.start, $0.end) }) { return "a word at \(word.start)-\(word.end)" }
        if let timex = annotations.timexes?.first(where: { bad($0.start, $0.end) }) { return "a timex at \(timex.start)-\(timex.end)" }
        if let entity = annotations.entities?.first(where: { bad($0.start, $0.end) }) { return "an entity at \(entity.start)-\(entity.end)" }
        if let quote = annotations.quotes?.first(where: { bad($0.start, $0.end) || $0.speaker.map { bad($0.start, $0.end) } ?? false }) {
            return "a quotation at \(quote.start)-\(quote.end)"
        }
        if let frame = annotations.events?.first(where: { bad($0.trigger.start, $0.trigger.end) || $0.arguments.contains { bad($0.start, $0.end) } }) {
            return "an event frame at \(frame.trigger.start)-\(frame.trigger.end)"
        }
        return nil
    }

    /// Counts kept by the writer thread and read when it has finished.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var ingest: IngestSummary
        private var frameCount = 0

        init(_ summary: IngestSummary) { ingest = summary }

        var summary: IngestSummary { lock.withLock { ingest } }
        var frames: Int { lock.withLock { frameCount } }

        func add(_ outcomes: [IngestOutcome], _ rejects: [RejectRecord], frames: Int) {
            lock.withLock {
                outcomes.forEach { ingest.count($0) }
                rejects.forEach { ingest.count($0) }
                frameCount += frames
            }
        }
    }
}
