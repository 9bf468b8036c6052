/// What saving one incoming document did.
public enum IngestOutcome: String, Sendable, CaseIterable {
    /// A new id.
    case ingested
    /// Same id, same content: nothing written.
    case unchanged
    /// Same id, new content: a new version, its earlier results now stale.
    case updated
    /// The id was already seen in this same dump: rejected.
    case duplicate
}
