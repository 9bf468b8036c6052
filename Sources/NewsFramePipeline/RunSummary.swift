import NewsFrameCore

/// What one pipeline run did.
public struct RunSummary: Sendable {
    public var runID: Int64
    public var processed = 0
    /// Documents the stages ran on, whether or not their results were written: `process`
    /// analyses only what the store does not already hold current, so a rerun on unchanged
    /// input analyses nothing.
    public var analysed = 0
    public var upToDate = 0
    public var failed = 0
    public var characters = 0
    public var annotations: [AnnotationKind: Int] = [:]
    public var seconds = 0.0

    public var line: String {
        let found = annotations.keys.sorted().map { "\($0.rawValue) \(annotations[$0]!)" }.joined(separator: ", ")
        return "processed \(processed) documents, up to date \(upToDate), failed \(failed)"
            + (found.isEmpty ? "" : "; \(found)")
    }

    public var counts: [String: Int] {
        var result = ["processed": processed, "analysed": analysed, "up_to_date": upToDate, "failed": failed, "characters": characters]
        for (kind, count) in annotations { result[kind.rawValue] = count }
        return result
    }
}
