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

    public init(pipeline: Pipeline, workers: Int) {
        self.pipeline = pipeline
        self.workers = workers
    }

    /// Reads `paths` (`-` for standard input), writes one line per document to `output`,
    /// every reject to `report`; returns (documents written, rejected).
    public func annotate(
        paths: [String], output: (String) -> Void, report: (RejectRecord) -> Void
    ) throws -> (written: Int, rejected: Int) {
        let processor = DocumentProcessor(pipeline: pipeline)
        var chunk: [WorkItem] = []
        var written = 0
        var rejected = 0
        func flush() {
            let outcomes = ParallelMap.map(chunk, workers: workers) { processor.process($0) }
            for (item, outcome) in zip(chunk, outcomes) {
                switch outcome {
                case .success(let result):
                    output(DocumentJSON.line(item.document, result.annotations))
                    written += 1
                case .failure(let reject):
                    report(reject)
                    rejected += 1
                }
            }
            chunk.removeAll(keepingCapacity: true)
        }
        try reader.read(paths: paths) { event in
            switch event {
            case .document(let incoming):
                incoming.warnings.forEach(report)
                chunk.append(WorkItem(seq: 0, document: incoming.document, firstStep: 0, prior: AnnotationSet()))
                if chunk.count >= chunkSize { flush() }
            case .reject(let reject):
                report(reject)
                if reject.severity == .error { rejected += 1 }
            }
        }
        flush()
        return (written, rejected)
    }
}
