import Foundation
import NewsFrameCore
import NewsFrameIngest

/// Times each stage of a pipeline on its own, in memory, on one thread: the figure a stage's
/// throughput target speaks of, with no store reads or writes and no other stage mixed in.
///
/// Documents are read in chunks so that memory stays bounded; each chunk is passed through
/// the stages one stage at a time, so a stage's clock covers only its own `process` calls.
public struct StageProfiler {
    public let pipeline: Pipeline
    public var chunkSize = 512
    public var reader = DumpReader()

    public init(pipeline: Pipeline) {
        self.pipeline = pipeline
    }

    /// One stage's totals over the whole input.
    public struct StageTime: Sendable {
        public var stage: String
        public var seconds: Double
        public var annotations: Int
    }

    /// What one profile measured: the input's size and each stage's time.
    public struct Report: Sendable {
        public var documents = 0
        public var bytes = 0
        public var words = 0
        public var rejected = 0
        public var stages: [StageTime] = []
    }

    /// Profiles the documents in `paths`; rejects are passed to `report` and not timed.
    public func profile(paths: [String], report: (RejectRecord) -> Void) throws -> Report {
        var result = Report()
        result.stages = pipeline.steps.map { StageTime(stage: $0.name, seconds: 0, annotations: 0) }
        var chunk: [AnalyzedDocument] = []
        let clock = ContinuousClock()
        func flush() throws {
            for (index, step) in pipeline.steps.enumerated() {
                var produced = 0
                let elapsed = try clock.measure {
                    for position in chunk.indices {
                        let added = try step.stage.process(chunk[position])
                        produced += Self.count(added)
                        chunk[position].annotations.merge(added)
                    }
                }
                result.stages[index].seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                result.stages[index].annotations += produced
            }
            chunk.removeAll(keepingCapacity: true)
        }
        try reader.read(paths: paths) { event in
            switch event {
            case .document(let incoming):
                incoming.warnings.forEach(report)
                let text = incoming.document.text
                result.documents += 1
                result.bytes += text.utf8.count
                result.words += Self.wordCount(text)
                chunk.append(AnalyzedDocument(document: incoming.document, annotations: AnnotationSet()))
                if chunk.count >= chunkSize { try flush() }
            case .reject(let reject):
                report(reject)
                if reject.severity == .error { result.rejected += 1 }
            }
        }
        try flush()
        return result
    }

    /// Whitespace-separated words (ASCII whitespace), as `scripts/make-corpus.py` counts them.
    static func wordCount(_ text: String) -> Int {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if !space, !inWord { words += 1 }
            inWord = !space
        }
        return words
    }

    /// Annotations of every kind in one stage's output (tokens and sentences included).
    static func count(_ set: AnnotationSet) -> Int {
        AnnotationKind.allCases.reduce(0) { $0 + set.count(of: $1) }
    }
}
