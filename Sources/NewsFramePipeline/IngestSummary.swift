import NewsFrameCore
import NewsFrameStore

/// What one ingest did, for the closing summary and `--strict`.
public struct IngestSummary: Sendable {
    public var runID: Int64
    public var ingested = 0
    public var unchanged = 0
    public var updated = 0
    public var rejected = 0
    public var warnings = 0
    public var bytes = 0
    /// Named inputs that do not exist or cannot be read (NF008).
    public var missingInputs = 0

    /// Documents read, whatever became of them.
    public var read: Int { ingested + unchanged + updated + rejected }

    public var line: String {
        "ingested \(ingested), unchanged \(unchanged), updated \(updated), rejected \(rejected)"
            + (warnings > 0 ? ", warnings \(warnings)" : "")
    }

    /// Counts what saving one document did.
    mutating func count(_ outcome: IngestOutcome) {
        switch outcome {
        case .ingested: ingested += 1
        case .unchanged: unchanged += 1
        case .updated: updated += 1
        case .duplicate: rejected += 1
        }
    }

    /// Counts a recorded reject: warnings apart; duplicates were counted as outcomes.
    mutating func count(_ reject: RejectRecord) {
        if reject.severity == .warning {
            warnings += 1
        } else if reject.code != "NF006" {
            rejected += 1
        }
        if reject.code == "NF008" { missingInputs += 1 }
    }

    public var counts: [String: Int] {
        ["ingested": ingested, "unchanged": unchanged, "updated": updated, "rejected": rejected, "warnings": warnings, "bytes": bytes]
    }
}
