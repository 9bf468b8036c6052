import GRDB

/// The store's schema history. Migrations are only ever appended: a store written by an
/// older NewsFrame opens in a newer one and is brought up to date in place.
/// `docs/SCHEMA.md` documents every table and column.
enum CorpusMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    version INTEGER NOT NULL,
                    content_hash TEXT NOT NULL,
                    dct TEXT,
                    title TEXT,
                    url TEXT,
                    source TEXT,
                    metadata TEXT,
                    text TEXT NOT NULL,
                    char_count INTEGER NOT NULL,
                    source_file TEXT,
                    source_line INTEGER,
                    last_ingest_run INTEGER,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE TABLE runs (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    pipeline TEXT,
                    fingerprint TEXT,
                    stages TEXT,
                    arguments TEXT,
                    started_at TEXT NOT NULL,
                    finished_at TEXT,
                    status TEXT NOT NULL,
                    counts TEXT
                );
                CREATE TABLE rejects (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    run_id INTEGER REFERENCES runs(id),
                    severity TEXT NOT NULL,
                    code TEXT NOT NULL,
                    source_file TEXT,
                    line INTEGER,
                    doc_id TEXT,
                    message TEXT NOT NULL,
                    created_at TEXT NOT NULL
                );
                CREATE INDEX rejects_run ON rejects(run_id);
                CREATE TABLE stage_status (
                    doc_id TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    doc_version INTEGER NOT NULL,
                    run_id INTEGER NOT NULL,
                    annotations INTEGER NOT NULL,
                    completed_at TEXT NOT NULL,
                    PRIMARY KEY (doc_id, stage)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2-tokens-sentences") { db in
            try db.execute(sql: """
                CREATE TABLE tokens (
                    doc_id TEXT PRIMARY KEY NOT NULL,
                    stage TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    count INTEGER NOT NULL,
                    data BLOB NOT NULL
                );
                CREATE TABLE sentences (
                    doc_id TEXT NOT NULL,
                    idx INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    stage TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (doc_id, idx)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v3-timexes") { db in
            try db.execute(sql: """
                CREATE TABLE timexes (
                    doc_id TEXT NOT NULL,
                    idx INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    type TEXT NOT NULL,
                    value TEXT NOT NULL,
                    mod TEXT,
                    anchor TEXT,
                    stage TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (doc_id, idx)
                ) WITHOUT ROWID;
                CREATE INDEX timexes_value ON timexes(value);
                """)
        }
        migrator.registerMigration("v4-entities") { db in
            try db.execute(sql: """
                CREATE TABLE entities (
                    doc_id TEXT NOT NULL,
                    idx INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    type TEXT NOT NULL,
                    canonical TEXT NOT NULL,
                    title TEXT,
                    count INTEGER,
                    stage TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (doc_id, idx)
                ) WITHOUT ROWID;
                CREATE INDEX entities_canonical ON entities(canonical, type);
                CREATE VIEW entity_index AS
                    SELECT canonical, type, COUNT(*) AS mentions, COUNT(DISTINCT doc_id) AS documents,
                           GROUP_CONCAT(DISTINCT text) AS aliases
                    FROM entities GROUP BY canonical, type;
                """)
        }
        migrator.registerMigration("v5-annotation-changes") { db in
            try db.execute(sql: """
                CREATE TABLE annotation_changes (
                    run_id INTEGER NOT NULL,
                    doc_id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    change TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    label TEXT NOT NULL,
                    rule TEXT NOT NULL
                );
                CREATE INDEX annotation_changes_run ON annotation_changes(run_id);
                """)
        }
        migrator.registerMigration("v6-quotes") { db in
            try db.execute(sql: """
                CREATE TABLE quotes (
                    doc_id TEXT NOT NULL,
                    idx INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    speaker_start INTEGER,
                    speaker_end INTEGER,
                    speaker_text TEXT,
                    speaker_canonical TEXT,
                    cue TEXT,
                    resolution TEXT,
                    stage TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (doc_id, idx)
                ) WITHOUT ROWID;
                CREATE INDEX quotes_speaker ON quotes(speaker_canonical);
                """)
        }
        migrator.registerMigration("v7-events") { db in
            try db.execute(sql: """
                CREATE TABLE events (
                    doc_id TEXT NOT NULL,
                    idx INTEGER NOT NULL,
                    type TEXT NOT NULL,
                    trigger_start INTEGER NOT NULL,
                    trigger_end INTEGER NOT NULL,
                    trigger_text TEXT NOT NULL,
                    status TEXT,
                    time_value TEXT,
                    actor TEXT,
                    target TEXT,
                    location TEXT,
                    weapon TEXT,
                    weapon_count INTEGER,
                    casualties TEXT,
                    site TEXT,
                    named_actor TEXT,
                    day_first INTEGER,
                    day_last INTEGER,
                    stage TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (doc_id, idx)
                ) WITHOUT ROWID;
                CREATE INDEX events_type_day ON events(type, day_first);
                CREATE TABLE event_arguments (
                    doc_id TEXT NOT NULL,
                    event_idx INTEGER NOT NULL,
                    idx INTEGER NOT NULL,
                    role TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    canonical TEXT,
                    value TEXT,
                    count INTEGER,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (doc_id, event_idx, idx)
                ) WITHOUT ROWID;
                CREATE TABLE event_links (
                    doc_id TEXT NOT NULL,
                    event_idx INTEGER NOT NULL,
                    event_id TEXT NOT NULL,
                    PRIMARY KEY (doc_id, event_idx)
                ) WITHOUT ROWID;
                CREATE INDEX event_links_event ON event_links(event_id);
                CREATE TABLE merged_events (
                    event_id TEXT PRIMARY KEY,
                    type TEXT NOT NULL,
                    date TEXT,
                    date_precision TEXT,
                    actor TEXT,
                    target TEXT,
                    location TEXT,
                    weapon TEXT,
                    count INTEGER,
                    casualties TEXT,
                    status TEXT,
                    sources INTEGER NOT NULL,
                    documents TEXT NOT NULL,
                    disagreements TEXT
                ) WITHOUT ROWID;
                CREATE INDEX merged_events_date ON merged_events(date);
                """)
        }
        // Token blobs shrink from nine bytes a token to about two (`TokenCodec`).
        migrator.registerMigration("v8-compact-tokens") { db in
            // A page at a time, so a large store is converted in bounded memory.
            let page = try db.makeStatement(sql: "SELECT doc_id, data FROM tokens WHERE doc_id > ? ORDER BY doc_id LIMIT 1000")
            let update = try db.makeStatement(sql: "UPDATE tokens SET data = ? WHERE doc_id = ?")
            var last = ""
            while true {
                let rows = try Row.fetchAll(page, arguments: [last])
                guard let final = rows.last else { break }
                for row in rows {
                    let id: String = row["doc_id"]
                    try update.execute(arguments: [TokenCodec.encode(TokenCodec.decodeFixedWidth(row["data"])), id])
                }
                last = final["doc_id"]
            }
        }
        // One blob of syntactic words per document (`SyntaxCodec`), like the token blob.
        migrator.registerMigration("v9-syntax") { db in
            try db.execute(sql: """
                CREATE TABLE syntax (
                    doc_id TEXT PRIMARY KEY,
                    stage TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    count INTEGER NOT NULL,
                    data BLOB NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        // Casualties as numbers (`killed`, `injured` arguments' counts) on frames and merged events.
        migrator.registerMigration("v10-casualty-counts") { db in
            try db.execute(sql: """
                ALTER TABLE events ADD COLUMN killed INTEGER;
                ALTER TABLE events ADD COLUMN injured INTEGER;
                ALTER TABLE merged_events ADD COLUMN killed INTEGER;
                ALTER TABLE merged_events ADD COLUMN injured INTEGER;
                """)
        }
        // The entity type of a frame's site, so the merge tells two towns from a base and its country.
        migrator.registerMigration("v11-site-type") { db in
            try db.execute(sql: "ALTER TABLE events ADD COLUMN site_type TEXT")
        }
        // Where a place the gazetteer resolves is: country, region, coordinates.
        migrator.registerMigration("v12-entity-places") { db in
            try db.execute(sql: """
                ALTER TABLE entities ADD COLUMN country TEXT;
                ALTER TABLE entities ADD COLUMN admin1 TEXT;
                ALTER TABLE entities ADD COLUMN lat REAL;
                ALTER TABLE entities ADD COLUMN lon REAL;
                """)
        }
        // Where an event happened (from its location's place), on frames and merged events.
        migrator.registerMigration("v13-event-places") { db in
            try db.execute(sql: """
                ALTER TABLE events ADD COLUMN country TEXT;
                ALTER TABLE events ADD COLUMN admin1 TEXT;
                ALTER TABLE events ADD COLUMN lat REAL;
                ALTER TABLE events ADD COLUMN lon REAL;
                ALTER TABLE merged_events ADD COLUMN country TEXT;
                ALTER TABLE merged_events ADD COLUMN admin1 TEXT;
                ALTER TABLE merged_events ADD COLUMN lat REAL;
                ALTER TABLE merged_events ADD COLUMN lon REAL;
                """)
        }
        // A merged event's documents, space-separated before, become a JSON array: ids may hold
        // spaces. The event's links say exactly which documents it has.
        migrator.registerMigration("v14-event-documents-json") { db in
            try db.execute(sql: """
                UPDATE merged_events SET documents = COALESCE(
                    (SELECT json_group_array(doc_id) FROM (SELECT DISTINCT doc_id FROM event_links WHERE event_id = merged_events.event_id ORDER BY doc_id)),
                    '[]');
                """)
        }
        // ACLED's columns: how precisely an event is placed (from the kind of gazetteer place:
        // `entities.feature`), the place as written, and the actor's backer.
        migrator.registerMigration("v15-acled-columns") { db in
            try db.execute(sql: """
                ALTER TABLE entities ADD COLUMN feature TEXT;
                ALTER TABLE events ADD COLUMN geo_level TEXT;
                ALTER TABLE merged_events ADD COLUMN geo_level TEXT;
                ALTER TABLE merged_events ADD COLUMN location_text TEXT;
                ALTER TABLE merged_events ADD COLUMN sponsor TEXT;
                """)
        }
        // The events table as `export --format csv --table events` writes it, ACLED's names and
        // codes (docs/EXPORTS.md), for users who query the store with SQL. The codes are the
        // same mapping as `MergedEventRow.timePrecision` and `Place.geoPrecision`; the country's
        // name and numeric code live in a lexicon, so the view keeps the alpha-2 code.
        migrator.registerMigration("v16-acled-view") { db in
            try db.execute(sql: """
                CREATE VIEW acled_events AS
                SELECT m.event_id, m.date AS event_date,
                    CASE WHEN m.date_precision IS NULL THEN NULL WHEN m.date_precision = 'day' THEN 1 WHEN m.date_precision = 'week' THEN 2 ELSE 3 END
                        AS time_precision,
                    m.date_precision, m.type AS event_type, m.actor AS actor1, m.sponsor AS actor1_sponsor, m.target AS actor2,
                    COALESCE(m.location_text, m.location) AS location, m.location AS location_gazetteer, m.admin1, m.country AS iso2,
                    m.lat AS latitude, m.lon AS longitude,
                    CASE m.geo_level WHEN 'town' THEN 1 WHEN 'near' THEN 2 WHEN 'region' THEN 3 WHEN 'country' THEN 3 END AS geo_precision,
                    m.geo_level, m.weapon, m.count AS weapon_count, m.killed, m.injured, m.casualties, m.status, m.sources,
                    m.documents AS source_documents,
                    \(CorpusStore.leadSentence("m.event_id")) AS notes,
                    m.disagreements
                FROM merged_events m;
                """)
        }
        return migrator
    }
}
