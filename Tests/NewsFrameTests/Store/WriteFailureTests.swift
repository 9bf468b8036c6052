import Foundation
import GRDB
import Testing

@Suite("a failing store write")
struct WriteFailureTests {
    @Test("an insert SQLite refuses stops the run with SQLite's message and the statement, stores nothing half, and a rerun completes")
    func refusedInsert() throws {
        let folder = try TestSupport.scratch()
        let articles = try TestSupport.textArticles([("a1", "On Wednesday, two drones were downed near the base.\n")], in: folder)
        #expect(try TestSupport.run(["ingest", articles.path], in: folder).status == 0)
        let store = folder.appendingPathComponent("newsframe.sqlite").path
        // A trigger makes SQLite refuse every timex row, as a full disk or a broken file would.
        try DatabaseQueue(path: store).write { db in
            try db.execute(sql: "CREATE TRIGGER refuse_timexes BEFORE INSERT ON timexes BEGIN SELECT RAISE(ABORT, 'refused by test'); END")
        }
        let failed = try TestSupport.run(["run"], in: folder)
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("refused by test"), "\(failed.stderr)")
        #expect(failed.stderr.contains("INSERT INTO timexes"))
        let counts = try DatabaseQueue(path: store).read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM tokens") ?? -1, try Int.fetchOne(db, sql: "SELECT count(*) FROM timexes") ?? -1)
        }
        #expect(counts.0 == 0 && counts.1 == 0, "a document's rows are written together or not at all")
        let status = try DatabaseQueue(path: store).read { db in
            try String.fetchOne(db, sql: "SELECT status FROM runs WHERE kind = 'pipeline' ORDER BY id DESC LIMIT 1")
        }
        #expect(status == "failed")
        try DatabaseQueue(path: store).write { db in try db.execute(sql: "DROP TRIGGER refuse_timexes") }
        let rerun = try TestSupport.run(["run"], in: folder)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let timexes = try DatabaseQueue(path: store).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM timexes") }
        #expect(timexes == 1)
    }
}
