import GRDB
import NewsFrameCore

/// How each annotation kind maps to its table: the one place that knows the columns.
enum AnnotationRows {
    static let wordRule = "icu/word"

    /// Writes one kind of a result. `clearOld` deletes what an earlier run of the stage
    /// wrote; a stage that never wrote for this document has nothing to delete.
    static func replace(
        _ kind: AnnotationKind, docID: String, stage: String, in result: DocumentResult, clearOld: Bool, runID: Int64,
        _ db: Database
    ) throws {
        let set = result.annotations
        if clearOld { try ChangeLog.record(kind, docID: docID, result: result, runID: runID, db) }
        switch kind {
        case .tokens:
            if clearOld { try db.cachedStatement(sql: "DELETE FROM tokens WHERE doc_id = ?").execute(arguments: [docID]) }
            guard let tokens = set.tokens else { return }
            try RowInserter(db, sql: "INSERT INTO tokens (doc_id, stage, rule, count, data) VALUES (?, ?, ?, ?, ?)")
                .insert([.text(docID), .text(stage), .text(wordRule), .integer(tokens.count), .blob(TokenCodec.encode(tokens))])
        case .syntax:
            if clearOld { try db.cachedStatement(sql: "DELETE FROM syntax WHERE doc_id = ?").execute(arguments: [docID]) }
            guard let words = set.syntax else { return }
            try RowInserter(db, sql: "INSERT INTO syntax (doc_id, stage, rule, count, data) VALUES (?, ?, ?, ?, ?)")
                .insert([.text(docID), .text(stage), .text(SyntaxCodec.rule), .integer(words.count), .blob(SyntaxCodec.encode(words))])
        case .sentences:
            if clearOld { try db.cachedStatement(sql: "DELETE FROM sentences WHERE doc_id = ?").execute(arguments: [docID]) }
            try insertSentences(set.sentences ?? [], docID: docID, stage: stage, db)
        case .timexes:
            if clearOld { try db.cachedStatement(sql: "DELETE FROM timexes WHERE doc_id = ?").execute(arguments: [docID]) }
            guard let timexes = set.timexes, !timexes.isEmpty else { return }
            let insert = try RowInserter(db, sql: """
                INSERT INTO timexes (doc_id, idx, start, "end", text, type, value, mod, anchor, stage, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (index, timex) in timexes.enumerated() {
                try insert.insert([
                    .text(docID), .integer(index), .integer(timex.start), .integer(timex.end), .text(result.timexTexts[index]),
                    .text(timex.type), .text(timex.value), SQLValue(timex.mod), SQLValue(timex.anchor), .text(stage), .text(timex.rule),
                ])
            }
        case .entities:
            if clearOld { try db.cachedStatement(sql: "DELETE FROM entities WHERE doc_id = ?").execute(arguments: [docID]) }
            let insert = try RowInserter(db, sql: """
                INSERT INTO entities (doc_id, idx, start, "end", text, type, canonical, title, count, stage, rule, country, admin1, lat, lon, feature)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (index, mention) in (set.entities ?? []).enumerated() {
                try insert.insert([
                    .text(docID), .integer(index), .integer(mention.start), .integer(mention.end), .text(result.entityTexts[index]),
                    .text(mention.type), .text(mention.canonical), SQLValue(mention.title), SQLValue(mention.count), .text(stage),
                    .text(mention.rule), SQLValue(mention.country), SQLValue(mention.admin1), SQLValue(mention.lat), SQLValue(mention.lon),
                    SQLValue(mention.feature),
                ])
            }
        case .quotes:
            if clearOld { try db.cachedStatement(sql: "DELETE FROM quotes WHERE doc_id = ?").execute(arguments: [docID]) }
            let insert = try RowInserter(db, sql: """
                INSERT INTO quotes (doc_id, idx, start, "end", text, kind, speaker_start, speaker_end, speaker_text,
                    speaker_canonical, cue, resolution, stage, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (index, quote) in (set.quotes ?? []).enumerated() {
                try insert.insert([
                    .text(docID), .integer(index), .integer(quote.start), .integer(quote.end), .text(result.quoteTexts[index].text),
                    .text(quote.kind.rawValue), SQLValue(quote.speaker?.start), SQLValue(quote.speaker?.end),
                    SQLValue(result.quoteTexts[index].speaker), SQLValue(quote.speakerCanonical), SQLValue(quote.cue),
                    SQLValue(quote.resolution), .text(stage), .text(quote.rule),
                ])
            }
        case .events:
            if clearOld {
                for table in ["events", "event_arguments", "event_links"] {
                    try db.cachedStatement(sql: "DELETE FROM \(table) WHERE doc_id = ?").execute(arguments: [docID])
                }
            }
            try insertEvents(set.events ?? [], texts: result.eventTexts, docID: docID, stage: stage, db)
        }
    }

    /// One row per frame with its first argument of each role (for `sqlite3` users), and one
    /// row per argument.
    private static func insertEvents(
        _ frames: [EventFrame], texts: [(trigger: String, arguments: [String])], docID: String, stage: String, _ db: Database
    ) throws {
        guard !frames.isEmpty else { return }
        let insertFrame = try RowInserter(db, sql: """
            INSERT INTO events (doc_id, idx, type, trigger_start, trigger_end, trigger_text, status, time_value, actor, target,
                location, weapon, weapon_count, casualties, site, named_actor, day_first, day_last, stage, rule, killed, injured, site_type,
                country, admin1, lat, lon, geo_level)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertArgument = try RowInserter(db, sql: """
            INSERT INTO event_arguments (doc_id, event_idx, idx, role, start, "end", text, canonical, value, count, rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, frame) in frames.enumerated() {
            let argumentTexts = texts[index].arguments
            func text(_ role: String) -> String? {
                frame.arguments.firstIndex { $0.role == role }.map { frame.arguments[$0].canonical ?? argumentTexts[$0] }
            }
            let weapon = frame.first("weapon")
            let days = frame.first("time")?.value.flatMap(DayRange.init(value:))
            try insertFrame.insert([
                .text(docID), .integer(index), .text(frame.type), .integer(frame.trigger.start), .integer(frame.trigger.end),
                .text(texts[index].trigger), SQLValue(frame.status.isEmpty ? nil : frame.status.joined(separator: ",")),
                SQLValue(frame.first("time")?.value), SQLValue(text("actor")), SQLValue(text("target")), SQLValue(text("location")),
                SQLValue(weapon?.canonical), SQLValue(weapon?.count), SQLValue(text("casualties")), SQLValue(frame.site),
                SQLValue(frame.namedActor), SQLValue(days?.first), SQLValue(days?.last), .text(stage), .text(frame.rule),
                SQLValue(frame.first("killed")?.count), SQLValue(frame.first("injured")?.count), SQLValue(frame.siteType),
                SQLValue(frame.place?.country), SQLValue(frame.place?.admin1), SQLValue(frame.place?.lat), SQLValue(frame.place?.lon),
                SQLValue(frame.place?.level),
            ])
            for (argumentIndex, argument) in frame.arguments.enumerated() {
                try insertArgument.insert([
                    .text(docID), .integer(index), .integer(argumentIndex), .text(argument.role), .integer(argument.start),
                    .integer(argument.end), .text(argumentTexts[argumentIndex]), SQLValue(argument.canonical), SQLValue(argument.value),
                    SQLValue(argument.count), .text(argument.rule),
                ])
            }
        }
    }


    private static func insertSentences(_ sentences: [Sentence], docID: String, stage: String, _ db: Database) throws {
        let insert = try RowInserter(db, sql: "INSERT INTO sentences (doc_id, idx, start, \"end\", stage, rule) VALUES (?, ?, ?, ?, ?, ?)")
        for (index, sentence) in sentences.enumerated() {
            try insert.insert([.text(docID), .integer(index), .integer(sentence.start), .integer(sentence.end), .text(stage), .text(sentence.rule)])
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
        case .syntax:
            for id in ids where result[id]?.syntax == nil { result[id, default: AnnotationSet()].syntax = [] }
            let rows = try Row.fetchCursor(
                db, sql: "SELECT doc_id, data FROM syntax WHERE doc_id IN (\(placeholders(ids.count)))", arguments: arguments)
            while let row = try rows.next() {
                result[row["doc_id"], default: AnnotationSet()].syntax = SyntaxCodec.decode(row["data"])
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
        case .entities:
            for id in ids where result[id]?.entities == nil { result[id, default: AnnotationSet()].entities = [] }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT doc_id, start, "end", type, canonical, title, count, rule, country, admin1, lat, lon, feature FROM entities
                    WHERE doc_id IN (\(placeholders(ids.count))) ORDER BY doc_id, idx
                    """,
                arguments: arguments)
            while let row = try rows.next() {
                result[row["doc_id"], default: AnnotationSet()].entities!.append(EntityMention(
                    start: row["start"], end: row["end"], type: row["type"], canonical: row["canonical"], title: row["title"],
                    count: row["count"], rule: row["rule"], country: row["country"], admin1: row["admin1"], lat: row["lat"], lon: row["lon"],
                    feature: row["feature"]))
            }
        case .quotes:
            for id in ids where result[id]?.quotes == nil { result[id, default: AnnotationSet()].quotes = [] }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT doc_id, start, "end", kind, speaker_start, speaker_end, speaker_canonical, cue, resolution, rule
                    FROM quotes WHERE doc_id IN (\(placeholders(ids.count))) ORDER BY doc_id, idx
                    """,
                arguments: arguments)
            while let row = try rows.next() {
                let speakerStart: Int? = row["speaker_start"]
                let speakerEnd: Int? = row["speaker_end"]
                result[row["doc_id"], default: AnnotationSet()].quotes!.append(Quotation(
                    start: row["start"], end: row["end"], kind: Quotation.Kind(rawValue: row["kind"]) ?? .direct,
                    speaker: speakerStart.flatMap { start in speakerEnd.map { Span(start, $0) } },
                    speakerCanonical: row["speaker_canonical"], cue: row["cue"], resolution: row["resolution"], rule: row["rule"]))
            }
        case .events:
            for id in ids where result[id]?.events == nil { result[id, default: AnnotationSet()].events = [] }
            var argumentsByFrame: [String: [Int: [EventArgument]]] = [:]
            let argumentRows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT doc_id, event_idx, role, start, "end", canonical, value, count, rule FROM event_arguments
                    WHERE doc_id IN (\(placeholders(ids.count))) ORDER BY doc_id, event_idx, idx
                    """,
                arguments: StatementArguments(ids))
            while let row = try argumentRows.next() {
                argumentsByFrame[row["doc_id"], default: [:]][row["event_idx"], default: []].append(EventArgument(
                    role: row["role"], start: row["start"], end: row["end"], canonical: row["canonical"], value: row["value"],
                    count: row["count"], rule: row["rule"]))
            }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT e.doc_id, e.idx, e.type, e.trigger_start, e.trigger_end, e.status, e.rule, e.site, e.site_type, e.named_actor, l.event_id,
                        e.country, e.admin1, e.lat, e.lon, e.geo_level
                    FROM events e LEFT JOIN event_links l ON l.doc_id = e.doc_id AND l.event_idx = e.idx
                    WHERE e.doc_id IN (\(placeholders(ids.count))) ORDER BY e.doc_id, e.idx
                    """,
                arguments: StatementArguments(ids))
            while let row = try rows.next() {
                let docID: String = row["doc_id"]
                let status: String? = row["status"]
                var frame = EventFrame(
                    type: row["type"], trigger: Span(row["trigger_start"], row["trigger_end"]),
                    arguments: argumentsByFrame[docID]?[row["idx"]] ?? [], status: status.map { $0.split(separator: ",").map(String.init) } ?? [],
                    rule: row["rule"], site: row["site"], eventID: row["event_id"], namedActor: row["named_actor"], siteType: row["site_type"])
                if let country: String = row["country"] {
                    frame.place = Place(country: country, admin1: row["admin1"], lat: row["lat"], lon: row["lon"], level: row["geo_level"])
                }
                result[docID, default: AnnotationSet()].events!.append(frame)
            }
        }
    }

}
