import Foundation
import GRDB
import NewsFrameCore

/// The one owner of a corpus store file.
///
/// Callers never write SQL: they ask for what they mean (`saveIncoming`, `saveResults`,
/// `beginRun`), and the store keeps the invariants that make runs resumable: a document's
/// annotations and its stage status are written in the same transaction, so a run killed at
/// any instant leaves each document either fully done for a stage or untouched.
public struct CorpusStore: Sendable {
    let pool: DatabasePool
    public let path: String
    /// Held by a store opened for writing, for as long as the store value lives.
    let writerLock: WriterLock?

    /// Opens (creating if needed) the store at `path` in WAL mode and migrates it.
    public init(path: String, lock: WriterLock? = nil) throws {
        writerLock = lock
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            if db.configuration.readonly { return }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The one writer updates the indexes of tables that reach gigabytes: with SQLite's
            // 2 MB default cache it re-read and re-wrote the same index pages, and copied
            // them into the database at every 4 MB checkpoint. Measured at 100 MB of text
            // (default pipeline, 2 jobs): 68.8 s → 54.0 s, peak RSS 82 → 171 MB, bounded
            // whatever the corpus size. Readers keep the default.
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.checkpointPages)")
            }
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        self.path = path
        try CorpusMigrations.migrator.migrate(pool)
    }

    /// Opens an existing store for reading only (`status`, `show`, `events`, `export`, `diff`):
    /// it is never created, migrated or written, so a store on a read-only file or disk can be
    /// read, and reading never changes the file.
    ///
    /// SQLite reads a WAL store through its `-shm` index, which it must be able to create when
    /// it is absent. Where it cannot (a folder the reader may not write), a store whose log
    /// holds nothing is read as an immutable file instead, which needs no index.
    public init(readingFrom path: String) throws {
        writerLock = nil
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreAccessError(description: "no store at '\(path)' (newsframe process or ingest creates one; --db names it)")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        do {
            let readable = try DatabasePool(path: path, configuration: configuration)
            _ = try readable.read { try Int.fetchOne($0, sql: "PRAGMA schema_version") }
            pool = readable
        } catch {
            let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            guard log == 0 else { throw error }
            pool = try DatabasePool(path: Self.immutableURI(path), configuration: configuration)
        }
        self.path = path
        guard try pool.read({ try CorpusMigrations.migrator.hasCompletedMigrations($0) }) else {
            throw StoreAccessError(description: "the store '\(path)' was made by an older NewsFrame and is opened read-only here: run 'newsframe run --db \(path)' once to upgrade it")
        }
    }

    /// The `file:` URI that opens `path` as an immutable file (SQLite is built with URIs on).
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    /// The writer's page cache, in KiB.
    static let writerCacheKiB = 65536
    /// WAL pages (4 KiB each) between automatic checkpoints.
    static let checkpointPages = 16000

    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    // MARK: Runs

    /// Records the start of an ingest or pipeline run; the id ties rejects and results to it.
    public func beginRun(kind: String, pipeline: String?, fingerprint: String?, stages: [StageSpec], arguments: [String]) throws -> Int64 {
        let stagesJSON = JSONText.array(stages.map { JSONText.object(["name": .string($0.name), "fingerprint": .string($0.fingerprint)]) })
        let argumentsJSON = JSONText.array(arguments.map { .string($0) })
        return try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO runs (kind, pipeline, fingerprint, stages, arguments, started_at, status)
                    VALUES (?, ?, ?, ?, ?, ?, 'running')
                    """,
                arguments: [kind, pipeline, fingerprint, stagesJSON.rendered, argumentsJSON.rendered, Self.now()])
            return db.lastInsertedRowID
        }
    }

    /// Closes a run with its final status (`completed`, `failed`) and counts.
    public func finishRun(_ id: Int64, status: String, counts: [String: Int]) throws {
        let countsJSON = JSONText.object(counts.mapValues { .int($0) })
        try pool.write { db in
            try db.execute(
                sql: "UPDATE runs SET finished_at = ?, status = ?, counts = ? WHERE id = ?",
                arguments: [Self.now(), status, countsJSON.rendered, id])
        }
    }

    /// Records rejected input or a warning, so `status` and later audits can list it.
    public func recordRejects(_ rejects: [RejectRecord], runID: Int64?) throws {
        guard !rejects.isEmpty else { return }
        try pool.write { db in try Self.insertRejects(rejects, runID: runID, db) }
    }

    static func insertRejects(_ rejects: [RejectRecord], runID: Int64?, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO rejects (run_id, severity, code, source_file, line, doc_id, message, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let now = now()
        for reject in rejects {
            try statement.execute(arguments: [
                runID, reject.severity.rawValue, reject.code, reject.sourceFile, reject.line, reject.docID, reject.message, now,
            ])
        }
    }
}

/// A store that cannot be read: absent, or older than this NewsFrame.
public struct StoreAccessError: Error, CustomStringConvertible, Sendable {
    public var description: String
}
