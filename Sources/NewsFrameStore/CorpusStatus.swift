/// A summary of a store for `newsframe status`.
public struct CorpusStatus: Sendable {
    public struct StageCounts: Sendable {
        public var stage: String
        /// Documents whose result matches the stage's current fingerprint and document version.
        public var current: Int
        /// Documents with a result from another configuration or an older document version.
        public var stale: Int
        /// Documents with no result at all.
        public var missing: Int
        public var annotations: Int
    }

    public struct RunSummary: Sendable {
        public var id: Int64
        public var kind: String
        public var startedAt: String
        public var status: String
        public var counts: String?
    }

    public var documents: Int
    public var characters: Int
    public var stages: [StageCounts]
    public var rejectsByCode: [(code: String, severity: String, count: Int)]
    public var recentRuns: [RunSummary]
}
