import Foundation
import GRDB
import NewsFrameCore
import NewsFrameExport
import NewsFrameStore
import Testing

/// The ACLED-style events table: codes for time and place precision, the actor's backer, the
/// place as written beside the gazetteer's name, country name and numeric code, notes.
/// Every sentence was written for this project.
@Suite("export: the events table in ACLED's columns")
struct EventTableTests {
    static let records = [
        ("near", "2024-02-20", "Iran-backed militants attacked a U.S. base near Erbil on Monday, killing three soldiers."),
        ("region", "2024-02-14", "Militants shelled a checkpoint in Babil province on Tuesday."),
        ("town", "2024-02-14", "Gunmen attacked a police station in Kaduna on Tuesday, killing two officers and wounding five."),
        ("country", "2024-02-14", "Rockets struck an army post in Syria this month, officials said."),
    ]

    /// The events table of the four reports, as Python's `csv` module reads it: one
    /// dictionary per row, `killed` and `injured` turned into integers (an error if they are not).
    static func pythonRows(_ csv: URL) throws -> [[String: Any]] {
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f))
            for row in rows:
                for column in ("killed", "injured", "time_precision", "geo_precision", "iso", "sources"):
                    row[column] = int(row[column]) if row[column] != "" else None
                row["source_documents"] = json.loads(row["source_documents"])
            print(json.dumps(rows))
            """
        let output = try TestSupport.runProgram(["/usr/bin/env", "python3", "-c", script, csv.path])
        #expect(output.status == 0, "\(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    }

    @Test("each row reads with Python's csv: integer tolls and codes, ACLED's precision codes from the text, sponsor, place as written, country name and numeric iso, the lead sentence as notes")
    func acledColumns() throws {
        let folder = try TestSupport.scratch()
        let dump = folder.appendingPathComponent("dump.jsonl")
        try TestSupport.write(Self.records.map { "{\"id\": \"\($0.0)\", \"date\": \"\($0.1)\", \"text\": \"\($0.2)\"}\n" }.joined(), to: dump)
        #expect(try TestSupport.run(["process", "--quiet", dump.path], in: folder).status == 0)
        let out = folder.appendingPathComponent("events.csv")
        let export = try TestSupport.run(["export", "--format", "csv", "--table", "events", "--out", out.path], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        let header = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").first.map(String.init)
        #expect(header == CSVTable.eventColumns.joined(separator: ","))
        let rows = try Self.pythonRows(out)
        let byDocument = Dictionary(uniqueKeysWithValues: rows.compactMap { row in ((row["source_documents"] as? [String])?.first).map { ($0, row) } })
        #expect(byDocument.count == 4, "\(rows)")
        func field(_ document: String, _ column: String) -> String? { byDocument[document]?[column] as? String }
        func number(_ document: String, _ column: String) -> Int? { byDocument[document]?[column] as? Int }

        #expect(field("near", "event_date") == "2024-02-19" && number("near", "time_precision") == 1)
        #expect(field("near", "actor1") == "militants" && field("near", "actor1_sponsor") == "Iran" && field("near", "actor2") == "U.S. base")
        #expect(field("near", "geo_level") == "near" && number("near", "geo_precision") == 2)
        #expect(field("near", "country") == "Iraq" && number("near", "iso") == 368 && field("near", "iso2") == "IQ")
        #expect(number("near", "killed") == 3 && number("near", "injured") == nil)
        #expect(field("near", "notes") == Self.records[0].2)

        #expect(field("region", "location") == "Babil province" && field("region", "location_gazetteer") == "Babil")
        #expect(field("region", "geo_level") == "region" && number("region", "geo_precision") == 3)

        #expect(field("town", "location") == "Kaduna" && field("town", "country") == "Nigeria" && number("town", "iso") == 566)
        #expect(field("town", "geo_level") == "town" && number("town", "geo_precision") == 1)
        #expect(number("town", "killed") == 2 && number("town", "injured") == 5)

        #expect(field("country", "event_date") == "2024-02" && number("country", "time_precision") == 3 && field("country", "date_precision") == "month")
        #expect(field("country", "geo_level") == "country" && number("country", "geo_precision") == 3)
        #expect(field("country", "actor1_sponsor") == "")

        // The store's view gives the same codes and notes to SQL users.
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("newsframe.sqlite").path)
        let viewed = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT event_date, time_precision, geo_precision, actor1_sponsor, location, iso2, notes FROM acled_events")
        }
        #expect(viewed.count == 4)
        for row in viewed {
            let document = byDocument.first { $0.value["notes"] as? String == row["notes"] }?.key
            #expect(document != nil, "\(row)")
            guard let document else { continue }
            #expect(row["time_precision"] as Int? == number(document, "time_precision") && row["geo_precision"] as Int? == number(document, "geo_precision"))
            #expect((row["actor1_sponsor"] as String? ?? "") == field(document, "actor1_sponsor") && row["location"] as String? == field(document, "location"))
            #expect(row["iso2"] as String? == field(document, "iso2") && row["event_date"] as String? == field(document, "event_date"))
        }
    }

    @Test("ACLED's codes: day 1, week 2, anything vaguer 3; town 1, near 2, region and country 3")
    func codes() {
        func row(_ precision: String?) -> MergedEventRow {
            MergedEventRow(
                eventID: "e", type: "ATTACK", date: nil, datePrecision: precision, actor: nil, target: nil, location: nil, weapon: nil, count: nil,
                casualties: nil, killed: nil, injured: nil, country: nil, admin1: nil, lat: nil, lon: nil, status: nil, sources: 1, documents: [],
                disagreements: nil)
        }
        #expect(["day", "week", "month", "year", "vague", nil].map { row($0).timePrecision } == [1, 2, 3, 3, 3, nil])
        #expect(["town", "near", "region", "country", nil].map(Place.geoPrecision) == [1, 2, 3, 3, nil])
    }

    @Test("the country table ships every ISO 3166-1 country with its numeric code, and a broken line names its file and line")
    func countryCodes() throws {
        let codes = try CountryCodes(folder: TestSupport.lexicons)
        #expect(codes.count == 249)
        #expect(codes.name("IQ") == "Iraq" && codes.numeric("IQ") == 368 && codes.numeric("AF") == 4)
        #expect(codes.name("ZZ") == nil && codes.name(nil) == nil)
        do {
            _ = try CountryCodes(contents: "alpha2\talpha3\tnumeric\tname\nIQ\tIRQ\tthree\tIraq\n")
            Issue.record("a numeric code that is no number was accepted")
        } catch let error as LexiconError {
            #expect(error.file == "Lexicons/export-country-codes.tsv" && error.line == 2)
        }
    }
}
