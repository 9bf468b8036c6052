import GRDB
import NewsFrameCore

/// How each annotation kind maps to its table: the one place that knows the columns.
enum AnnotationRows {
    static let wordRule = "icu/word"

    static func replace(_ kind: AnnotationKind, docID: String, stage: String, in result: DocumentResult, _ db: Database) throws {
        let set = result.annotations
        switch kind {
        case .tokens:
            try db.cachedStatement(sql: "DELETE FROM tokens WHERE doc_id = ?").execute(arguments: [docID])
            guard let tokens = set.tokens else { return }
            try db.cachedStatement(sql: "INSERT INTO tokens (doc_id, stage, rule, count, data) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [docID, stage, wordRule, tokens.count, TokenCodec.encode(tokens)])
        case .sentences:
            try db.cachedStatement(sql: "DELETE FROM sentences WHERE doc_id = ?").execute(arguments: [docID])
            let insert = try db.cachedStatement(sql: """
                INSERT INTO sentences (doc_id, idx, start, "end", stage, rule) VALUES (?, ?, ?, ?, ?, ?)
                """)
            for (index, sentence) in (set.sentences ?? []).enumerated() {
                try insert.execute(arguments: [docID, index, sentence.start, sentence.end, stage, sentence.rule])
            }
        case .timexes:
            try db.cachedStatement(sql: "DELETE FROM timexes WHERE doc_id = ?").execute(arguments: [docID])
            guard let timexes = set.timexes, !timexes.isEmpty else { return }
            let insert = try db.cachedStatement(sql: """
                INSERT INTO timexes (doc_id, idx, start, "end", text, type, value, mod, anchor, stage, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (index, timex) in timexes.enumerated() {
                try insert.execute(arguments: [
                    docID, index, timex.start, timex.end, result.timexTexts[index], timex.type, timex.value,
                    timex.mod, timex.anchor, stage, timex.rule,
                ])
            }
        case .entities, .quotes, .events:
            return
        }
    }

    static func load(_ kind: AnnotationKind, ids: [String], into result: inout [String: AnnotationSet], _ db: Database) throws {
        let arguments = StatementArguments(ids)
        switch kind {
        case .tokens:
            for id in ids where result[id]?.tokens == nil { result[id, default: AnnotationSet()].tokens = [] }
            let rows = try Row.fetchCursor(
                db, sql: "SELECT doc_id, data FROM tokens WHERE doc_id IN (\(placeholders(ids.count)))", arguments: arguments)
            while let row = try rows.next() {
                result[row["doc_id"], default: AnnotationSet()].tokens = TokenCodec.decode(row["data"])
            }
        case .sentences:
            for id in ids where result[id]?.sentences == nil { result[id, default: AnnotationSet()].sentences = [] }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT doc_id, start, "end", rule FROM sentences WHERE doc_id IN (\(placeholders(ids.count)))
                    ORDER BY doc_id, idx
                    """,
                arguments: arguments)
            while let row = try rows.next() {
                result[row["doc_id"], default: AnnotationSet()].sentences!.append(
                    Sentence(start: row["start"], end: row["end"], rule: row["rule"]))
            }
        case .timexes:
            for id in ids where result[id]?.timexes == nil { result[id, default: AnnotationSet()].timexes = [] }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT doc_id, start, "end", type, value, mod, anchor, rule FROM timexes
                    WHERE doc_id IN (\(placeholders(ids.count))) ORDER BY doc_id, idx
                    """,
                arguments: arguments)
            while let row = try rows.next() {
                result[row["doc_id"], default: AnnotationSet()].timexes!.append(Timex(
                    start: row["start"], end: row["end"], type: row["type"], value: row["value"], mod: row["mod"],
                    anchor: row["anchor"], rule: row["rule"]))
            }
        case .entities, .quotes, .events:
            return
        }
    }
}
