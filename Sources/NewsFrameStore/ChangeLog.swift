import GRDB
import NewsFrameCore

/// What a rerun changed: before a stage's old annotations of a document are replaced, the
/// ones that disappear and the ones that appear are logged under the run, in the same
/// transaction. `newsframe diff` reads the log, so a rule author sees exactly which
/// annotations one lexicon edit touched, without keeping whole copies of earlier runs.
enum ChangeLog {
    struct Row: Hashable {
        var start: Int
        var end: Int
        var text: String
        var label: String
        var rule: String
    }

    /// Kinds whose changes are logged (tokens are too many and follow from the sentences).
    static let logged: Set<AnnotationKind> = [.sentences, .timexes, .entities, .quotes, .events]

    static func record(_ kind: AnnotationKind, docID: String, result: DocumentResult, runID: Int64, _ db: Database) throws {
        guard logged.contains(kind) else { return }
        let old = try stored(kind, docID: docID, db)
        let new = current(kind, result: result, docID: docID, db: db)
        // Same span and label: unchanged, whatever rule made it.
        let oldKeys = Dictionary(grouping: old, by: { Key(start: $0.start, end: $0.end, label: $0.label) })
        let newKeys = Dictionary(grouping: new, by: { Key(start: $0.start, end: $0.end, label: $0.label) })
        let insert = try db.cachedStatement(sql: """
            INSERT INTO annotation_changes (run_id, doc_id, kind, change, start, "end", text, label, rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for row in old where newKeys[Key(start: row.start, end: row.end, label: row.label)] == nil {
            try insert.execute(arguments: [runID, docID, kind.rawValue, "-", row.start, row.end, row.text, row.label, row.rule])
        }
        for row in new where oldKeys[Key(start: row.start, end: row.end, label: row.label)] == nil {
            try insert.execute(arguments: [runID, docID, kind.rawValue, "+", row.start, row.end, row.text, row.label, row.rule])
        }
    }

    struct Key: Hashable {
        var start: Int
        var end: Int
        var label: String
    }

    private static func stored(_ kind: AnnotationKind, docID: String, _ db: Database) throws -> [Row] {
        let sql: String
        switch kind {
        case .sentences:
            sql = "SELECT start, \"end\", '' AS text, 'sentence' AS label, rule FROM sentences WHERE doc_id = ?"
        case .timexes:
            sql = "SELECT start, \"end\", text, type || ' ' || value || COALESCE(' mod=' || mod, '') AS label, rule FROM timexes WHERE doc_id = ?"
        case .entities:
            sql = "SELECT start, \"end\", text, type || ' ' || canonical AS label, rule FROM entities WHERE doc_id = ?"
        case .quotes:
            sql = "SELECT start, \"end\", text, kind || ' ' || COALESCE(speaker_canonical, '-') AS label, rule FROM quotes WHERE doc_id = ?"
        case .events:
            sql = """
                SELECT trigger_start AS start, trigger_end AS "end", trigger_text AS text,
                    type || ' ' || COALESCE(actor, '-') || ' ' || COALESCE(target, '-') || ' ' || COALESCE(location, '-') || ' '
                    || COALESCE(time_value, '-') || ' ' || COALESCE(status, '-') AS label, rule
                FROM events WHERE doc_id = ?
                """
        default:
            return []
        }
        return try GRDB.Row.fetchAll(db, sql: sql, arguments: [docID]).map {
            Row(start: $0["start"], end: $0["end"], text: $0["text"], label: $0["label"], rule: $0["rule"])
        }
    }

    private static func current(_ kind: AnnotationKind, result: DocumentResult, docID: String, db: Database) -> [Row] {
        switch kind {
        case .sentences:
            return (result.annotations.sentences ?? []).map { Row(start: $0.start, end: $0.end, text: "", label: "sentence", rule: $0.rule) }
        case .timexes:
            return (result.annotations.timexes ?? []).enumerated().map { index, timex in
                Row(
                    start: timex.start, end: timex.end, text: result.timexTexts[index],
                    label: "\(timex.type) \(timex.value)" + (timex.mod.map { " mod=\($0)" } ?? ""), rule: timex.rule)
            }
        case .entities:
            return (result.annotations.entities ?? []).enumerated().map { index, mention in
                Row(
                    start: mention.start, end: mention.end, text: result.entityTexts[index],
                    label: "\(mention.type) \(mention.canonical)", rule: mention.rule)
            }
        case .quotes:
            return (result.annotations.quotes ?? []).enumerated().map { index, quote in
                Row(
                    start: quote.start, end: quote.end, text: result.quoteTexts[index].text,
                    label: "\(quote.kind.rawValue) \(quote.speakerCanonical ?? "-")", rule: quote.rule)
            }
        case .events:
            return (result.annotations.events ?? []).enumerated().map { index, frame in
                let texts = result.eventTexts[index].arguments
                func shown(_ role: String) -> String {
                    frame.arguments.firstIndex { $0.role == role }.map { frame.arguments[$0].canonical ?? texts[$0] } ?? "-"
                }
                let label = [frame.type, shown("actor"), shown("target"), shown("location"), frame.first("time")?.value ?? "-",
                    frame.status.isEmpty ? "-" : frame.status.joined(separator: ",")].joined(separator: " ")
                return Row(start: frame.trigger.start, end: frame.trigger.end, text: result.eventTexts[index].trigger, label: label, rule: frame.rule)
            }
        default:
            return []
        }
    }
}
