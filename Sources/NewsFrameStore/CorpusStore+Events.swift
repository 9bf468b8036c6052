import Foundation
import GRDB
import NewsFrameCore

extension CorpusStore {
    public struct MergeSummary: Sendable {
        public var frames: Int
        public var events: Int
        public var multiSource: Int
        public var seconds: Double
    }

    /// Re-merges every frame of the store in one transaction: frames stream from the
    /// `(type, day_first)` index into the merger, and `event_links` and `merged_events` are
    /// rewritten, so running it again after new documents updates events without duplicates.
    /// The page cache of the merge's connection, in KiB (`mergeEvents`).
    static let mergeCacheKiB = 16384

    public func mergeEvents(with merger: EventMerger) throws -> MergeSummary {
        let started = ContinuousClock.now
        var summary = MergeSummary(frames: 0, events: 0, multiSource: 0, seconds: 0)
        try pool.write { db in
            // The frames are sorted by SQLite, whose sorter keeps in memory as much as the page
            // cache may hold before it spills to disk: with the writer's large cache that was
            // 140 MB at a million frames. The merge runs with a smaller one, so its memory stays
            // bounded however many frames the store holds.
            try db.execute(sql: "PRAGMA cache_size = -\(Self.mergeCacheKiB)")
            defer { try? db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)") }
            try db.execute(sql: "DELETE FROM event_links; DELETE FROM merged_events;")
            let link = try db.cachedStatement(sql: "INSERT INTO event_links (doc_id, event_idx, event_id) VALUES (?, ?, ?)")
            let insert = try db.cachedStatement(sql: """
                INSERT INTO merged_events (event_id, type, date, date_precision, actor, target, location, weapon, count, casualties,
                    status, sources, documents, disagreements, killed, injured, country, admin1, lat, lon, geo_level, location_text, sponsor)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let joined = try db.cachedStatement(sql: "UPDATE merged_events SET sources = ?, documents = ? WHERE event_id = ?")
            var joins: [String: [String]] = [:]
            // A frame with no date of its own tells of an attack in the days before its article was
            // published: for the merge only, it spans the three days before the document date and
            // that day (`undated_days` of events-merge.tsv), and its event gets no date from it. It
            // comes in its article's day's place, after the dated reports of the days it spans, so
            // the window still holds the events it may join and a later report never becomes the
            // first member of an event (whose id it would change).
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.doc_id, e.idx, e.type, e.time_value, e.actor, e.target, e.location, e.weapon, e.weapon_count, e.casualties,
                    e.status, e.site, e.named_actor, e.killed, e.injured, e.site_type, e.country, e.geo_level,
                    e.country || char(9) || COALESCE(e.admin1, '') || char(9) || COALESCE(e.lat, '') || char(9) || COALESCE(e.lon, '') || char(9) || COALESCE(e.geo_level, '') AS place,
                    (SELECT a.text FROM event_arguments a WHERE a.doc_id = e.doc_id AND a.event_idx = e.idx AND a.role = 'location'
                        ORDER BY a.idx LIMIT 1) AS location_text,
                    (SELECT COALESCE(a.canonical, a.text) FROM event_arguments a WHERE a.doc_id = e.doc_id AND a.event_idx = e.idx
                        AND a.role = 'sponsor' ORDER BY a.idx LIMIT 1) AS sponsor,
                    (SELECT COALESCE(a.canonical, a.text) FROM event_arguments a WHERE a.doc_id = e.doc_id AND a.event_idx = e.idx
                        AND a.role = 'location' ORDER BY a.idx LIMIT 1 OFFSET 1) AS outer_location,
                    COALESCE(e.day_first, CAST(julianday(substr(d.dct, 1, 10)) - 2440587.5 AS INTEGER) - ?) AS merge_first,
                    COALESCE(e.day_last, CAST(julianday(substr(d.dct, 1, 10)) - 2440587.5 AS INTEGER)) AS merge_last,
                    COALESCE(e.day_first, CAST(julianday(substr(d.dct, 1, 10)) - 2440587.5 AS INTEGER)) AS merge_order
                FROM events e LEFT JOIN documents d ON d.id = e.doc_id
                ORDER BY e.type, merge_first IS NULL, merge_order, e.doc_id, e.idx
                """, arguments: [merger.undatedDays])
            let candidates = AnySequence<EventMerger.Candidate> {
                AnyIterator {
                    guard let row = try? rows.next() else { return nil }
                    let first: Int? = row["merge_first"]
                    let last: Int? = row["merge_last"]
                    var fields: [String: String] = [:]
                    for column in ["time_value", "actor", "target", "location", "weapon", "weapon_count", "casualties", "status", "killed", "injured", "country", "geo_level", "place", "location_text", "sponsor", "outer_location"] {
                        let value: DatabaseValue = row[column]
                        if !value.isNull { fields[column] = String(describing: value.storage.value ?? "") }
                    }
                    return EventMerger.Candidate(
                        docID: row["doc_id"], index: row["idx"], type: row["type"], days: first.flatMap { f in last.map { DayRange(first: f, last: $0) } },
                        actor: row["named_actor"], site: row["site"], siteType: row["site_type"], fields: fields,
                        weekday: fields["time_value"].flatMap(DayRange.unanchoredWeekday))
                }
            }
            try merger.merge(candidates) { event in
                let id = event.eventID
                for member in event.members { try link.execute(arguments: [member.docID, member.index, id]) }
                let documents = Array(distinctInOrder(event.members.map(\.docID)))
                let times = event.values("time_value")
                let date: String?
                let precision: String?
                if let days = event.days, !times.isEmpty {
                    date = DayRange.string(days.first)
                    precision = days.length == 1 ? "day" : days.length <= 7 ? "week" : "month"
                } else {
                    date = times.first
                    precision = times.first.map { value in
                        value.contains("X") || value.hasSuffix("_REF") ? "vague"
                            : value.count >= 10 ? "day" : value.contains("W") ? "week" : value.count == 7 ? "month" : value.count == 4 ? "year" : "vague"
                    }
                }
                // Where: the place the first source that locates the event gives (country, region,
                // point, how precise), and how that source wrote it.
                let place = event.values("place").first.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
                    .flatMap { $0.count == 5 ? $0 : nil }
                let statuses = Set(event.values("status").flatMap { $0.split(separator: ",").map(String.init) })
                // Where sources give different tolls the event takes the lowest (the most conservative,
                // as ACLED does) and the dispute is listed.
                let disagreements = ["time_value", "actor", "target", "location", "country", "weapon_count", "killed", "injured"].compactMap { field -> String? in
                    let values = event.values(field)
                    return values.count > 1 ? "\(field): \(values.joined(separator: " | "))" : nil
                }
                try insert.execute(arguments: [
                    id, event.members[0].type, date, precision, event.values("actor").first, event.values("target").first,
                    event.values("location").first, event.values("weapon").first, event.values("weapon_count").compactMap { Int($0) }.max(),
                    event.values("casualties").first, statuses.isEmpty ? nil : statuses.sorted().joined(separator: ","), event.members.count,
                    JSONText.array(documents.map(JSONText.string)).rendered, disagreements.isEmpty ? nil : disagreements.joined(separator: "; "),
                    event.values("killed").compactMap { Int($0) }.min(), event.values("injured").compactMap { Int($0) }.min(),
                    place.map { $0[0] }, place.flatMap { $0[1].isEmpty ? nil : $0[1] }, place.flatMap { Double($0[2]) }, place.flatMap { Double($0[3]) },
                    place.flatMap { $0[4].isEmpty ? nil : $0[4] }, event.values("location_text").first, event.values("sponsor").first,
                ])
                summary.frames += event.members.count
                summary.events += 1
            } join: { candidate, id in
                // An undated report joins an event already written: its sources are added once per
                // event at the end, so a popular event is not rewritten for every report.
                try link.execute(arguments: [candidate.docID, candidate.index, id])
                joins[id, default: []].append(candidate.docID)
                summary.frames += 1
            }
            for (id, documents) in joins.sorted(by: { $0.key < $1.key }) {
                guard let row = try Row.fetchOne(db, sql: "SELECT sources, documents FROM merged_events WHERE event_id = ?", arguments: [id]) else { continue }
                let sources: Int = row["sources"]
                let existing: String = row["documents"]
                let all = distinctInOrder(MergedEventRow.documentIDs(existing) + documents)
                try joined.execute(arguments: [sources + documents.count, JSONText.array(all.map(JSONText.string)).rendered, id])
            }
            summary.multiSource = try Int.fetchOne(db, sql: "SELECT count(*) FROM merged_events WHERE json_array_length(documents) > 1") ?? 0
        }
        let elapsed = ContinuousClock.now - started
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return summary
    }
}

/// The distinct elements of a sequence in first-seen order.
private func distinctInOrder(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert($0).inserted }
}

extension MergedEventRow {
    init(_ row: Row) {
        self.init(
            eventID: row["event_id"], type: row["type"], date: row["date"], datePrecision: row["date_precision"], actor: row["actor"],
            target: row["target"], location: row["location"], weapon: row["weapon"], count: row["count"], casualties: row["casualties"],
            killed: row["killed"], injured: row["injured"], country: row["country"], admin1: row["admin1"], lat: row["lat"], lon: row["lon"],
            status: row["status"], sources: row["sources"], documents: MergedEventRow.documentIDs(row["documents"]), disagreements: row["disagreements"],
            geoLevel: row["geo_level"], locationText: row["location_text"], sponsor: row["sponsor"], notes: row.hasColumn("notes") ? (row["notes"] as String?)?.collapsingWhitespace : nil)
    }
}

extension CorpusStore {
    /// A subquery giving the sentence of the earliest report's first mention of the event whose
    /// id is `eventColumn` (ACLED's notes): the events CSV and the `acled_events` view read it.
    static func leadSentence(_ eventColumn: String) -> String {
        """
        (SELECT substr(d.text, s.start + 1, s."end" - s.start)
            FROM event_links l JOIN events e ON e.doc_id = l.doc_id AND e.idx = l.event_idx
            JOIN documents d ON d.id = e.doc_id
            JOIN sentences s ON s.doc_id = e.doc_id AND s.start <= e.trigger_start AND e.trigger_start < s."end"
            WHERE l.event_id = \(eventColumn) ORDER BY d.dct IS NULL, d.dct, e.doc_id, e.idx LIMIT 1)
        """
    }

    /// Merged events by date, optionally of one type and with at least `minSources` frames.
    /// With `notes`, each row also carries the sentence of the earliest report's first mention
    /// of the event (ACLED's notes), read from its document.
    public func mergedEvents(
        type: String? = nil, minSources: Int = 1, limit: Int? = nil, notes: Bool = false, _ body: (MergedEventRow) throws -> Void
    ) throws {
        try pool.read { db in
            let notesColumn = notes ? ", \(Self.leadSentence("merged_events.event_id")) AS notes" : ""
            var sql = "SELECT *\(notesColumn) FROM merged_events WHERE sources >= ?"
            var arguments: [(any DatabaseValueConvertible)?] = [minSources]
            if let type {
                sql += " AND type = ?"
                arguments.append(type)
            }
            sql += " ORDER BY date IS NULL, date, event_id"
            if let limit { sql += " LIMIT \(limit)" }
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try rows.next() { try body(MergedEventRow(row)) }
        }
    }

    /// Up to `limit` merged events after `eventID` in id order: pages for a caller that reads
    /// the store again for each event (a callback of `mergedEvents` may not).
    public func mergedEventPage(after eventID: String?, limit: Int) throws -> [MergedEventRow] {
        try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM merged_events WHERE event_id > ? ORDER BY event_id LIMIT ?", arguments: [eventID ?? "", limit]
            ).map(MergedEventRow.init)
        }
    }

    /// The frames of one merged event: document, trigger, its sentence and the frame's summary.
    public func frames(ofEvent eventID: String) throws -> [(docID: String, trigger: String, sentence: String, summary: String, rule: String)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.doc_id, e.trigger_text, e.type, e.actor, e.target, e.location, e.time_value, e.weapon, e.weapon_count, e.status,
                    e.casualties, e.killed, e.injured, e.rule, substr(d.text, s.start + 1, s."end" - s.start) AS sentence
                FROM event_links l JOIN events e ON e.doc_id = l.doc_id AND e.idx = l.event_idx
                JOIN documents d ON d.id = e.doc_id
                LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.start <= e.trigger_start AND e.trigger_start < s."end"
                WHERE l.event_id = ? ORDER BY e.doc_id, e.idx
                """, arguments: [eventID]).map { row in
                let fields: [(String, String?)] = [
                    ("actor", row["actor"]), ("target", row["target"]), ("location", row["location"]), ("time", row["time_value"]),
                    ("weapon", row["weapon"]), ("count", (row["weapon_count"] as Int?).map(String.init)), ("status", row["status"]),
                    ("casualties", row["casualties"]), ("killed", (row["killed"] as Int?).map(String.init)),
                    ("injured", (row["injured"] as Int?).map(String.init)),
                ]
                let summary = ([row["type"] as String] + fields.compactMap { name, value in value.map { "\(name)=\($0)" } }).joined(separator: " ")
                return (row["doc_id"], row["trigger_text"], (row["sentence"] as String?) ?? "", summary, row["rule"])
            }
        }
    }

    /// Each source frame of one merged event with what its page shows: the document's title,
    /// outlet, URL and date, the frame's sentence (and where it starts), its trigger, its
    /// arguments' roles and spans, and its toll.
    public func eventSources(ofEvent eventID: String) throws -> [EventSource] {
        try pool.read { db in
            let arguments = try db.cachedStatement(sql: """
                SELECT role, start, "end" FROM event_arguments WHERE doc_id = ? AND event_idx = ? ORDER BY idx
                """)
            return try Row.fetchAll(db, sql: """
                SELECT e.doc_id, e.idx, e.trigger_start, e.trigger_end, e.killed, e.injured, d.title, d.source, d.url, d.dct,
                    COALESCE(s.start, e.trigger_start) AS sentence_start,
                    COALESCE(substr(d.text, s.start + 1, s."end" - s.start), e.trigger_text) AS sentence
                FROM event_links l JOIN events e ON e.doc_id = l.doc_id AND e.idx = l.event_idx
                JOIN documents d ON d.id = e.doc_id
                LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.start <= e.trigger_start AND e.trigger_start < s."end"
                WHERE l.event_id = ? ORDER BY d.dct IS NULL, d.dct, e.doc_id, e.idx
                """, arguments: [eventID]).map { row in
                let docID: String = row["doc_id"]
                let index: Int = row["idx"]
                let roles = try Row.fetchAll(arguments, arguments: [docID, index]).map { ($0["role"] as String, Span($0["start"], $0["end"])) }
                return EventSource(
                    docID: docID, title: row["title"], outlet: row["source"], url: row["url"], dct: row["dct"], sentence: row["sentence"],
                    sentenceStart: row["sentence_start"], trigger: Span(row["trigger_start"], row["trigger_end"]), arguments: roles,
                    killed: row["killed"], injured: row["injured"])
            }
        }
    }

    /// The most frequent values of one role column (`actor`, `target`) among merged events of
    /// one type, most first: who attacks and who is hit, counted by events, never by mentions.
    public func topRoleValues(_ column: String, type: String = "ATTACK", limit: Int = 25) throws -> [(value: String, events: Int)] {
        precondition(["actor", "target", "weapon", "location"].contains(column))
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(column) AS value, count(*) AS n FROM merged_events WHERE \(column) IS NOT NULL AND type = ?
                GROUP BY \(column) ORDER BY n DESC, value LIMIT ?
                """, arguments: [type, limit]).map { ($0["value"], $0["n"]) }
        }
    }

    /// Events, killed and injured by week (the year's Monday-first week, SQLite's `%W`, as
    /// `2024-W05`) and country, for dated events: the corpus page's toll table.
    public func tollsByWeek() throws -> [(week: String, country: String?, events: Int, killed: Int, injured: Int)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT strftime('%Y-W%W', substr(date, 1, 10)) AS week, country, count(*) AS n,
                    COALESCE(sum(killed), 0) AS killed, COALESCE(sum(injured), 0) AS injured
                FROM merged_events WHERE date IS NOT NULL AND strftime('%Y-W%W', substr(date, 1, 10)) IS NOT NULL
                GROUP BY week, country ORDER BY week, country
                """).map { ($0["week"], $0["country"], $0["n"], $0["killed"], $0["injured"]) }
        }
    }
}
