import GRDB
import NewsFrameCore

extension CorpusStore {
    /// The next page of documents after `seq`, with, for each that needs work, the first
    /// stale stage and the stored annotations of the stages before it.
    public func workPage(after seq: Int64, limit: Int, stages: [StageSpec]) throws -> WorkPage {
        try pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.seq, d.id, d.version, s.stage, s.fingerprint, s.doc_version, s.annotations
                    FROM (SELECT seq, id, version FROM documents WHERE seq > ? ORDER BY seq LIMIT ?) d
                    LEFT JOIN stage_status s ON s.doc_id = d.id
                    ORDER BY d.seq
                    """,
                arguments: [seq, limit])
            var order: [(seq: Int64, id: String, version: Int)] = []
            var done: [String: Set<String>] = [:]
            var unkept: [String: Set<String>] = [:]
            var stored: [String: Set<String>] = [:]
            let wanted = Dictionary(uniqueKeysWithValues: stages.map { ($0.name, $0.fingerprint) })
            for row in rows {
                let id: String = row["id"]
                if order.last?.id != id { order.append((row["seq"], id, row["version"])) }
                if let stage: String = row["stage"] { stored[id, default: []].insert(stage) }
                if let stage: String = row["stage"], let fingerprint: String = row["fingerprint"],
                    wanted[stage] == fingerprint, row["doc_version"] == order.last!.version
                {
                    done[id, default: []].insert(stage)
                    if row["annotations"] == Self.unkeptCount { unkept[id, default: []].insert(stage) }
                }
            }
            var firstSteps: [String: Int] = [:]
            for entry in order {
                let finished = done[entry.id] ?? []
                if var first = stages.firstIndex(where: { !finished.contains($0.name) }) {
                    // A current stage whose results were not kept runs again before what needs them.
                    if let missing = unkept[entry.id], let earliest = stages[..<first].firstIndex(where: { missing.contains($0.name) }) {
                        first = earliest
                    }
                    firstSteps[entry.id] = first
                }
            }
            let ids = order.map(\.id).filter { firstSteps[$0] != nil }
            let documents = try fetchDocuments(ids: ids, db)
            let neededKinds = Set(ids.flatMap { id in stages[0..<firstSteps[id]!].flatMap(\.provides) })
            let prior = try fetchAnnotations(ids: ids, kinds: neededKinds, db)
            var items: [WorkItem] = []
            for entry in order {
                guard let first = firstSteps[entry.id], let document = documents[entry.id] else { continue }
                let kinds = Set(stages[0..<first].flatMap(\.provides))
                let annotations = prior[entry.id]?.restricted(to: kinds) ?? AnnotationSet()
                items.append(WorkItem(
                    seq: entry.seq, document: document, firstStep: first, prior: annotations,
                    storedStages: stored[entry.id] ?? []))
            }
            return WorkPage(items: items, lastSeq: order.last?.seq, upToDate: order.count - items.count)
        }
    }

    /// The `annotations` count of a status row whose stage is current but whose results the
    /// store does not hold (`DocumentResult.unkept`).
    static let unkeptCount = -1

    /// Writes a batch of results in one transaction: each executed stage's annotations replace
    /// the old ones and its status row records the fingerprint, all or nothing.
    public func saveResults(_ results: [DocumentResult], failures: [RejectRecord], runID: Int64) throws {
        try pool.write { db in try writeResults(results, failures: failures, runID: runID, db) }
    }

    func writeResults(_ results: [DocumentResult], failures: [RejectRecord], runID: Int64, _ db: Database) throws {
        do {
            let versionCheck = try db.cachedStatement(sql: "SELECT version FROM documents WHERE id = ?")
            let status = try RowInserter(db, sql: """
                INSERT OR REPLACE INTO stage_status (doc_id, stage, fingerprint, doc_version, run_id, annotations, completed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            let now = Self.now()
            for result in results {
                // A document re-ingested while this run worked on it keeps its new, stale state.
                // (Results made in the same transaction as their document need no check.)
                if !result.sameTransaction {
                    guard try Int.fetchOne(versionCheck, arguments: [result.docID]) == result.docVersion else { continue }
                }
                for spec in result.executed {
                    var count = 0
                    for kind in spec.provides {
                        try AnnotationRows.replace(
                            kind, docID: result.docID, stage: spec.name, in: result,
                            clearOld: result.storedStages.contains(spec.name), runID: runID, db)
                        count += result.annotations.count(of: kind)
                    }
                    try status.insert([
                        .text(result.docID), .text(spec.name), .text(spec.fingerprint), .integer(result.docVersion), SQLValue(runID),
                        .integer(result.unkept.contains(spec.name) ? Self.unkeptCount : count), .text(now),
                    ])
                }
            }
            try Self.insertRejects(failures, runID: runID, db)
        }
    }

    func fetchDocuments(ids: [String], _ db: Database) throws -> [String: Document] {
        guard !ids.isEmpty else { return [:] }
        var result: [String: Document] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT id, version, dct, title, url, source, metadata, text FROM documents WHERE id IN (\(placeholders(ids.count)))",
            arguments: StatementArguments(ids))
        while let row = try rows.next() {
            let document = Self.document(from: row)
            result[document.id] = document
        }
        return result
    }

    static func document(from row: Row) -> Document {
        Document(
            id: row["id"], version: row["version"], dct: row["dct"], title: row["title"], url: row["url"],
            source: row["source"], metadataJSON: row["metadata"], text: row["text"])
    }

    func fetchAnnotations(ids: [String], kinds: Set<AnnotationKind>, _ db: Database) throws -> [String: AnnotationSet] {
        guard !ids.isEmpty, !kinds.isEmpty else { return [:] }
        var result: [String: AnnotationSet] = [:]
        for kind in kinds.sorted() {
            try AnnotationRows.load(kind, ids: ids, into: &result, db)
        }
        return result
    }
}

func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ",")
}
