import GRDB
import NewsFrameCore

extension CorpusStore {
    /// Tables holding per-document annotations, cleared when a document gets a new version
    /// so that no export ever pairs old offsets with new text.
    static let annotationTables = ["tokens", "sentences", "syntax", "timexes", "entities", "quotes", "events", "event_arguments", "event_links"]

    /// Saves one batch of incoming documents, with the rejects and warnings found while reading
    /// them, in one transaction; says what happened to each document and returns every reject
    /// recorded (those passed in, then duplicates found here).
    public func saveIncoming(
        _ batch: [IncomingDocument], rejects: [RejectRecord] = [], runID: Int64
    ) throws -> (outcomes: [IngestOutcome], rejects: [RejectRecord]) {
        try pool.write { db in try saveIncoming(batch, rejects: rejects, runID: runID, db) }
    }

    /// Saves incoming documents and, in the same transaction, the pipeline results computed
    /// for them: `process` parses, analyses and stores each batch without reading it back.
    /// A result is written for a new or changed document, and for an unchanged one only from
    /// its first stage that is not current; duplicates get nothing.
    public func saveIncoming(
        _ batch: [IncomingDocument], results: [DocumentResult?], rejects: [RejectRecord], failures: [RejectRecord],
        ingestRunID: Int64, pipelineRunID: Int64, stages: [StageSpec]
    ) throws -> (outcomes: [IngestOutcome], rejects: [RejectRecord], written: [DocumentResult]) {
        try pool.write { db in
            let (outcomes, recorded) = try saveIncoming(batch, rejects: rejects, runID: ingestRunID, db)
            var toWrite: [DocumentResult] = []
            let statusLookup = try db.cachedStatement(sql: "SELECT stage, fingerprint, doc_version FROM stage_status WHERE doc_id = ?")
            for (index, outcome) in outcomes.enumerated() {
                guard var result = results[index], outcome != .duplicate else { continue }
                // A new document is version 1; others were looked up while saving.
                let version = outcome == .ingested
                    ? 1 : try Int.fetchOne(db.cachedStatement(sql: "SELECT version FROM documents WHERE id = ?"), arguments: [result.docID]) ?? 1
                result.docVersion = version
                result.sameTransaction = true
                if outcome == .unchanged {
                    var current: Set<String> = []
                    var stored: Set<String> = []
                    for row in try Row.fetchAll(statusLookup, arguments: [result.docID]) {
                        let stage: String = row["stage"]
                        stored.insert(stage)
                        if stages.contains(where: { $0.name == stage && $0.fingerprint == row["fingerprint"] }),
                            row["doc_version"] == version
                        {
                            current.insert(stage)
                        }
                    }
                    guard let first = stages.firstIndex(where: { !current.contains($0.name) }) else { continue }
                    result.executed = Array(stages[first...])
                    result.storedStages = stored
                }
                toWrite.append(result)
            }
            try writeResults(toWrite, failures: failures, runID: pipelineRunID, db)
            return (outcomes, recorded, toWrite)
        }
    }

    /// The ids of `batch` the store already holds with the same content and every stage of
    /// `stages` current: `process` leaves them unanalysed, so a rerun on unchanged input costs
    /// a lookup per document rather than the whole analysis.
    public func currentDocuments(_ batch: [IncomingDocument], stages: [StageSpec]) throws -> Set<String> {
        try pool.read { db in
            let lookup = try db.cachedStatement(sql: "SELECT version, content_hash FROM documents WHERE id = ?")
            let statusLookup = try db.cachedStatement(sql: "SELECT stage, fingerprint, doc_version FROM stage_status WHERE doc_id = ?")
            var current: Set<String> = []
            for incoming in batch {
                guard let row = try Row.fetchOne(lookup, arguments: [incoming.document.id]),
                    row["content_hash"] == incoming.contentHash
                else { continue }
                let version: Int = row["version"]
                var fingerprints: [String: String] = [:]
                for status in try Row.fetchAll(statusLookup, arguments: [incoming.document.id]) where status["doc_version"] == version {
                    fingerprints[status["stage"]] = status["fingerprint"]
                }
                if stages.allSatisfy({ fingerprints[$0.name] == $0.fingerprint }) { current.insert(incoming.document.id) }
            }
            return current
        }
    }

    func saveIncoming(
        _ batch: [IncomingDocument], rejects: [RejectRecord], runID: Int64, _ db: Database
    ) throws -> (outcomes: [IngestOutcome], rejects: [RejectRecord]) {
        do {
            let now = Self.now()
            let lookup = try db.cachedStatement(sql: """
                SELECT version, content_hash, last_ingest_run, source_file, source_line FROM documents WHERE id = ?
                """)
            var outcomes: [IngestOutcome] = []
            var recorded = rejects + batch.flatMap(\.warnings)
            outcomes.reserveCapacity(batch.count)
            for incoming in batch {
                let document = incoming.document
                guard let existing = try Row.fetchOne(lookup, arguments: [document.id]) else {
                    try insert(incoming, runID: runID, now: now, db)
                    outcomes.append(.ingested)
                    continue
                }
                let lastRun: Int64? = existing["last_ingest_run"]
                if lastRun == runID {
                    let firstFile: String? = existing["source_file"]
                    let firstLine: Int? = existing["source_line"]
                    let first = [firstFile, firstLine.map(String.init)].compactMap { $0 }.joined(separator: ":")
                    recorded.append(RejectRecord(
                        code: "NF006", sourceFile: incoming.sourceFile, line: incoming.sourceLine, docID: document.id,
                        message: "duplicate id '\(document.id)' within this dump (first at \(first)); give each article its own id"))
                    outcomes.append(.duplicate)
                    continue
                }
                if existing["content_hash"] == incoming.contentHash {
                    try db.execute(
                        sql: "UPDATE documents SET last_ingest_run = ?, source_file = ?, source_line = ? WHERE id = ?",
                        arguments: [runID, incoming.sourceFile, incoming.sourceLine, document.id])
                    outcomes.append(.unchanged)
                    continue
                }
                let version: Int = existing["version"]
                try db.execute(
                    sql: """
                        UPDATE documents SET version = ?, content_hash = ?, dct = ?, title = ?, url = ?, source = ?,
                            metadata = ?, text = ?, char_count = ?, source_file = ?, source_line = ?,
                            last_ingest_run = ?, updated_at = ?
                        WHERE id = ?
                        """,
                    arguments: [
                        version + 1, incoming.contentHash, document.dct, document.title, document.url, document.source,
                        document.metadataJSON, document.text, incoming.characterCount, incoming.sourceFile,
                        incoming.sourceLine, runID, now, document.id,
                    ])
                for table in Self.annotationTables {
                    try db.execute(sql: "DELETE FROM \(table) WHERE doc_id = ?", arguments: [document.id])
                }
                outcomes.append(.updated)
            }
            try Self.insertRejects(recorded, runID: runID, db)
            return (outcomes, recorded)
        }
    }

    private func insert(_ incoming: IncomingDocument, runID: Int64, now: String, _ db: Database) throws {
        let document = incoming.document
        let statement = try RowInserter(db, sql: """
            INSERT INTO documents (id, version, content_hash, dct, title, url, source, metadata, text, char_count,
                source_file, source_line, last_ingest_run, created_at, updated_at)
            VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.insert([
            .text(document.id), .text(incoming.contentHash), SQLValue(document.dct), SQLValue(document.title), SQLValue(document.url),
            SQLValue(document.source), SQLValue(document.metadataJSON), .text(document.text), .integer(incoming.characterCount),
            SQLValue(incoming.sourceFile), SQLValue(incoming.sourceLine), .integer(Int(runID)), .text(now), .text(now),
        ])
    }
}
