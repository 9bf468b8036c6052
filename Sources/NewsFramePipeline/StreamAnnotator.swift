import NewsFrameCore
import NewsFrameExport
import NewsFrameIngest
import NewsFrameStore

/// `annotate`: JSONL articles in, the same articles with their annotations out, in order,
/// with no store. Chunks of documents are processed in parallel; output keeps input order,
/// so the command can serve as a map step in someone else's distributed engine.
public struct StreamAnnotator {
    public let pipeline: Pipeline
    public var workers: Int
    public var chunkSize = 256
    public var reader = DumpReader()
    /// The annotation kinds written (`--fields`); nil for every kind the pipeline makes.
    public var kinds: Set<AnnotationKind>? = nil
    /// Whether the word-level arrays (`tokens`, and the syntax stage's `words`) are written.
    public var includeTokens = true

    public init(pipeline: Pipeline, workers: Int) {
        self.pipeline = pipeline
        self.workers = workers
    }

    /// What one call read and wrote.
    public struct Outcome: Sendable {
        public var written = 0
        public var rejected = 0
        /// Named inputs that do not exist or cannot be read (NF008).
        public var missingInputs = 0
    }

    /// Reads `paths` (`-` for standard input), writes one line per document to `output`,
    /// every reject to `report`. Each line names the stages that made it and their
    /// fingerprints (`stages`), so `load` can store it as current. An id seen before in the
    /// same call is a duplicate (NF006): the first is kept, as `ingest` keeps it.
    public func annotate(
        paths: [String], output: (String) -> Void, report: (RejectRecord) -> Void
    ) throws -> Outcome {
        let processor = DocumentProcessor(pipeline: pipeline)
        let stages = pipeline.specs.map { (name: $0.name, fingerprint: $0.fingerprint) }
        var chunk: [WorkItem] = []
        var outcome = Outcome()
        // Ids are remembered by a 64-bit hash with where they were first seen: 16 bytes a
        // document, whatever its id.
        var seen: [UInt64: (file: Int32, line: Int32)] = [:]
        var files: [String] = []
        func flush() {
            let outcomes = ParallelMap.map(chunk, workers: workers) { processor.process($0) }
            for (item, result) in zip(chunk, outcomes) {
                switch result {
                case .success(let result):
                    var annotations = result.annotations
                    if let kinds { annotations = annotations.keeping(kinds) }
                    output(DocumentJSON.line(item.document, annotations, includeTokens: includeTokens, stages: stages))
                    outcome.written += 1
                case .failure(let reject):
                    report(reject)
                    outcome.rejected += 1
                }
            }
            chunk.removeAll(keepingCapacity: true)
        }
        try reader.read(paths: paths) { event in
            switch event {
            case .document(let incoming):
                var hash = StableHash()
                hash.combine(incoming.document.id)
                let key = hash.value
                if let first = seen[key] {
                    report(RejectRecord(
                        code: "NF006", sourceFile: incoming.sourceFile, line: incoming.sourceLine, docID: incoming.document.id,
                        message: "duplicate id '\(incoming.document.id)' within this dump (first at \(files[Int(first.file)]):\(first.line)); give each article its own id"))
                    outcome.rejected += 1
                    return
                }
                let file = incoming.sourceFile ?? "-"
                if files.last != file { files.append(file) }
                seen[key] = (Int32(files.count - 1), Int32(clamping: incoming.sourceLine ?? 0))
                incoming.warnings.forEach(report)
                chunk.append(WorkItem(seq: 0, document: incoming.document, firstStep: 0, prior: AnnotationSet()))
                if chunk.count >= chunkSize { flush() }
            case .reject(let reject):
                report(reject)
                if reject.severity == .error { outcome.rejected += 1 }
                if reject.code == "NF008" { outcome.missingInputs += 1 }
            }
        }
        flush()
        return outcome
    }
}
