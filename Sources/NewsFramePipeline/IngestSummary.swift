/// What one ingest did, for the closing summary and `--strict`.
public struct IngestSummary: Sendable {
    public var runID: Int64
    public var ingested = 0
    public var unchanged = 0
    public var updated = 0
    public var rejected = 0
    public var warnings = 0
    public var bytes = 0

    public var line: String {
        "ingested \(ingested), unchanged \(unchanged), updated \(updated), rejected \(rejected)"
            + (warnings > 0 ? ", warnings \(warnings)" : "")
    }

    public var counts: [String: Int] {
        ["ingested": ingested, "unchanged": unchanged, "updated": updated, "rejected": rejected, "warnings": warnings, "bytes": bytes]
    }
}
