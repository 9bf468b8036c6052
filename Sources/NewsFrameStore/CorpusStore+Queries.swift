import GRDB
import NewsFrameCore

extension CorpusStore {
    /// Counts for `status`: documents, per-stage progress against the given pipeline, rejects, runs.
    public func status(stages: [StageSpec]) throws -> CorpusStatus {
        try pool.read { db in
            let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
            let characters = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(char_count), 0) FROM documents") ?? 0
            var stageCounts: [CorpusStatus.StageCounts] = []
            for spec in stages {
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT
                          SUM(CASE WHEN s.fingerprint = ? AND s.doc_version = d.version THEN 1 ELSE 0 END) AS current,
                          SUM(CASE WHEN s.doc_id IS NOT NULL AND NOT (s.fingerprint = ? AND s.doc_version = d.version) THEN 1 ELSE 0 END) AS stale,
                          SUM(CASE WHEN s.doc_id IS NULL THEN 1 ELSE 0 END) AS missing,
                          COALESCE(SUM(s.annotations), 0) AS annotations
                        FROM documents d LEFT JOIN stage_status s ON s.doc_id = d.id AND s.stage = ?
                        """,
                    arguments: [spec.fingerprint, spec.fingerprint, spec.name])
                stageCounts.append(CorpusStatus.StageCounts(
                    stage: spec.name, current: row?["current"] ?? 0, stale: row?["stale"] ?? 0,
                    missing: row?["missing"] ?? 0, annotations: row?["annotations"] ?? 0))
            }
            let rejects = try Row.fetchAll(
                db, sql: "SELECT code, severity, COUNT(*) AS n FROM rejects GROUP BY code, severity ORDER BY code")
                .map { (code: $0["code"] as String, severity: $0["severity"] as String, count: $0["n"] as Int) }
            let runs = try Row.fetchAll(
                db, sql: "SELECT id, kind, started_at, status, counts FROM runs ORDER BY id DESC LIMIT 5")
                .map {
                    CorpusStatus.RunSummary(
                        id: $0["id"], kind: $0["kind"], startedAt: $0["started_at"], status: $0["status"], counts: $0["counts"])
                }
            return CorpusStatus(
                documents: documents, characters: characters, stages: stageCounts, rejectsByCode: rejects, recentRuns: runs)
        }
    }

    /// One document with every stored annotation, or nil when the id is unknown.
    public func document(id: String) throws -> (Document, AnnotationSet)? {
        try pool.read { db in
            guard let document = try fetchDocuments(ids: [id], db)[id] else { return nil }
            let annotations = try fetchAnnotations(ids: [id], kinds: Set(AnnotationKind.allCases), db)[id] ?? AnnotationSet()
            return (document, annotations)
        }
    }

    /// Streams every document (optionally only `ids`) with its annotations, a page at a time,
    /// so exporting a corpus of any size holds one page in memory.
    ///
    /// `condition` is an SQL expression over the `documents` table's columns, written by the
    /// user who owns the store (`--where "source = 'X'"`); a bad one fails with SQLite's message.
    public func forEachDocument(
        ids: [String]? = nil, condition: DocumentCondition? = nil, pageSize: Int = 200, _ body: (Document, AnnotationSet) throws -> Void
    ) throws {
        var after: Int64 = 0
        while true {
            let page: [(Document, AnnotationSet)]
            var lastSeq: Int64? = nil
            page = try pool.read { db in
                var sql = "SELECT seq, id FROM \(condition?.subquery ?? "documents") WHERE seq > ?"
                var arguments: StatementArguments = [after]
                if let ids {
                    sql += " AND id IN (\(placeholders(ids.count)))"
                    arguments += StatementArguments(ids)
                }
                sql += " ORDER BY seq LIMIT \(pageSize)"
                let rows = try condition.map { try $0.limited(db) { try Row.fetchAll(db, sql: sql, arguments: arguments) } }
                    ?? Row.fetchAll(db, sql: sql, arguments: arguments)
                lastSeq = rows.last?["seq"]
                let pageIDs: [String] = rows.map { $0["id"] }
                let documents = try fetchDocuments(ids: pageIDs, db)
                let annotations = try fetchAnnotations(ids: pageIDs, kinds: Set(AnnotationKind.allCases), db)
                return pageIDs.compactMap { id in documents[id].map { ($0, annotations[id] ?? AnnotationSet()) } }
            }
            for (document, annotations) in page { try body(document, annotations) }
            guard let lastSeq else { return }
            after = lastSeq
        }
    }

    /// The rejects recorded by one run, in order.
    public func rejects(runID: Int64) throws -> [RejectRecord] {
        try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT severity, code, source_file, line, doc_id, message FROM rejects WHERE run_id = ? ORDER BY id",
                arguments: [runID]
            ).map {
                RejectRecord(
                    severity: RejectRecord.Severity(rawValue: $0["severity"]) ?? .error, code: $0["code"],
                    sourceFile: $0["source_file"], line: $0["line"], docID: $0["doc_id"], message: $0["message"])
            }
        }
    }

    /// Every run's id, kind and status, oldest first.
    public func runs() throws -> [CorpusStatus.RunSummary] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, kind, started_at, status, counts FROM runs ORDER BY id").map {
                CorpusStatus.RunSummary(
                    id: $0["id"], kind: $0["kind"], startedAt: $0["started_at"], status: $0["status"], counts: $0["counts"])
            }
        }
    }
}

extension CorpusStore {
    /// Row counts of the main tables, for audits and tests of resumed runs.
    public func tableCounts() throws -> [String: Int] {
        try pool.read { db in
            var counts: [String: Int] = [:]
            for table in ["documents", "stage_status", "rejects", "runs"] + Self.annotationTables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }
}

extension CorpusStore {
    /// One entity of the corpus: its canonical name, type, how often and where it is mentioned.
    public struct EntitySummary: Sendable {
        public var canonical: String
        public var type: String
        public var mentions: Int
        public var documents: Int
        public var aliases: [String]
    }

    /// Every canonical entity, most mentioned first; optionally of one type.
    public func entityIndex(type: String? = nil, limit: Int = 50) throws -> [EntitySummary] {
        try pool.read { db in
            var sql = "SELECT canonical, type, mentions, documents, aliases FROM entity_index"
            var arguments: StatementArguments = []
            if let type {
                sql += " WHERE type = ?"
                arguments += [type]
            }
            sql += " ORDER BY mentions DESC, canonical LIMIT \(limit)"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map {
                EntitySummary(
                    canonical: $0["canonical"], type: $0["type"], mentions: $0["mentions"], documents: $0["documents"],
                    aliases: (($0["aliases"] as String?) ?? "").split(separator: ",").map(String.init).sorted())
            }
        }
    }

    /// Every mention of one entity: document, offsets, text and the sentence around it.
    public func mentions(of canonical: String) throws -> [(docID: String, start: Int, end: Int, text: String, context: String)] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT e.doc_id, e.start, e."end", e.text, substr(d.text, s.start + 1, s."end" - s.start) AS context
                    FROM entities e JOIN documents d ON d.id = e.doc_id
                    LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.start <= e.start AND e."end" <= s."end"
                    WHERE e.canonical = ? ORDER BY d.seq, e.start
                    """,
                arguments: [canonical]
            ).map { ($0["doc_id"], $0["start"], $0["end"], $0["text"], ($0["context"] as String?) ?? "") }
        }
    }
}

extension CorpusStore {
    /// One logged change and the sentence it sits in.
    public struct AnnotationChange: Sendable {
        public var runID: Int64
        public var docID: String
        public var kind: String
        /// `+` added, `-` removed.
        public var change: String
        public var start: Int
        public var end: Int
        public var text: String
        public var label: String
        public var rule: String
        public var context: String
    }

    /// The changes logged by pipeline runs after `afterRun` up to and including `throughRun`.
    public func changes(afterRun: Int64, throughRun: Int64) throws -> [AnnotationChange] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.run_id, c.doc_id, c.kind, c.change, c.start, c."end", c.text, c.label, c.rule,
                           substr(d.text, MAX(1, c.start - 59), MIN(c."end", LENGTH(d.text)) - MAX(0, c.start - 60) + 60) AS context
                    FROM annotation_changes c JOIN documents d ON d.id = c.doc_id
                    WHERE c.run_id > ? AND c.run_id <= ?
                    ORDER BY c.kind, c.rule, d.seq, c.start, c.change
                    """,
                arguments: [afterRun, throughRun]
            ).map {
                AnnotationChange(
                    runID: $0["run_id"], docID: $0["doc_id"], kind: $0["kind"], change: $0["change"], start: $0["start"],
                    end: $0["end"], text: $0["text"], label: $0["label"], rule: $0["rule"], context: $0["context"] ?? "")
            }
        }
    }
}
