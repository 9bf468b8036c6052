import Foundation
import GRDB
import NewsFrameStore
import Testing

/// `annotate` as a map step and `load` as its way back: the sample corpus annotated outside a
/// store and loaded into one must give the store `process` gives, and the exit statuses of the
/// reading commands must say what happened to their inputs.
@Suite("annotate, load and the exit statuses of reading commands")
struct LoadTests {
    /// Every row of the tables that hold results, for comparing two stores.
    static func rows(_ db: String, _ tables: [String]) throws -> [String: [String]] {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: db, configuration: configuration).read { database in
            var result: [String: [String]] = [:]
            for table in tables {
                result[table] = try Row.fetchAll(database, sql: "SELECT * FROM \(table) ORDER BY 1, 2, 3").map { row in
                    row.databaseValues.map { $0.description }.joined(separator: "|")
                }
            }
            return result
        }
    }

    static let resultTables = ["tokens", "sentences", "timexes", "entities", "quotes", "events", "event_arguments", "merged_events", "event_links"]

    @Test("annotate then load (with tokens, and --no-tokens) gives the store process gives: same annotations, frames and merged events; run finds nothing to do; a reload changes nothing")
    func roundTrip() throws {
        let folder = try TestSupport.scratch()
        let processed = try TestSupport.processedSample(in: folder, name: "p.sqlite")
        let expected = try Self.rows(processed, Self.resultTables + ["syntax"])
        let exported = try TestSupport.run(["export", "--db", processed, "--no-tokens"]).stdout
        for flags in [[], ["--no-tokens"]] {
            let annotated = try TestSupport.run(["annotate", TestSupport.articles.path] + flags)
            #expect(annotated.status == 0)
            let file = folder.appendingPathComponent("a\(flags.count).jsonl")
            try TestSupport.write(annotated.stdout, to: file)
            let db = folder.appendingPathComponent("l\(flags.count).sqlite").path
            let loaded = try TestSupport.run(["load", file.path, "--db", db])
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(loaded.stdout.contains("load: ingested \(TestSupport.articleCount), unchanged 0"), "\(loaded.stdout)")
            #expect(loaded.stdout.contains("merge: 38 frames"), "\(loaded.stdout)")
            let rows = try Self.rows(db, Self.resultTables + ["syntax"])
            for table in Self.resultTables { #expect(rows[table] == expected[table], "\(flags) \(table)") }
            // Without words the syntax stage is current but not kept.
            #expect(flags.isEmpty ? rows["syntax"] == expected["syntax"] : rows["syntax"]!.isEmpty)
            #expect(try TestSupport.run(["export", "--db", db, "--no-tokens"]).stdout == exported)
            let run = try TestSupport.run(["run", "--db", db])
            #expect(run.stdout.contains("processed 0 documents, up to date \(TestSupport.articleCount)"), "\(run.stdout)")
            let again = try TestSupport.run(["load", file.path, "--db", db])
            #expect(again.stdout.contains("ingested 0, unchanged \(TestSupport.articleCount)"), "\(again.stdout)")
            #expect(try Self.rows(db, Self.resultTables) == Self.rows(processed, Self.resultTables))
        }
    }

    @Test("an export's JSONL (no stages named) loads with every kind it holds, frames merged; run then makes every stage again")
    func exportWithoutStages() throws {
        let folder = try TestSupport.scratch()
        let processed = try TestSupport.processedSample(in: folder, name: "p.sqlite")
        let file = folder.appendingPathComponent("export.jsonl")
        try TestSupport.write(try TestSupport.run(["export", "--db", processed, "--no-tokens"]).stdout, to: file)
        let db = folder.appendingPathComponent("e.sqlite").path
        let loaded = try TestSupport.run(["load", file.path, "--db", db])
        #expect(loaded.stdout.contains("merge: 38 frames"), "\(loaded.stdout)")
        let rows = try Self.rows(db, ["entities", "events", "merged_events"])
        let expected = try Self.rows(processed, ["entities", "events", "merged_events"])
        #expect(rows == expected)
        let run = try TestSupport.run(["run", "--db", db])
        #expect(run.stdout.contains("processed \(TestSupport.articleCount) documents"), "\(run.stdout)")
    }

    @Test("a lexicon change after a load without words runs the syntax stage again before the stale stage, and only then")
    func unkeptSyntax() throws {
        let folder = try TestSupport.scratch()
        let annotated = try TestSupport.run(["annotate", TestSupport.articles.path, "--no-tokens"])
        let file = folder.appendingPathComponent("a.jsonl")
        try TestSupport.write(annotated.stdout, to: file)
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try TestSupport.run(["load", file.path, "--db", db]).status == 0)
        let lexicons = try TestSupport.copyOfLexicons(in: folder)
        let people = lexicons.appendingPathComponent("entities-people.tsv")
        try (try String(contentsOf: people, encoding: .utf8) + "Zorba Quill\tPERSON\t\t\tZorba Quill watched the launch.\n").write(to: people, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["run", "--db", db, "--lexicons", lexicons.path])
        #expect(run.stdout.contains("processed \(TestSupport.articleCount) documents") && run.stdout.contains("syntax 2802"), "\(run.stdout)")
        #expect(try Self.rows(db, ["syntax"])["syntax"]?.count == TestSupport.articleCount, "one row of words per document")
    }

    @Test("load reads Spark's output folder (part files, one gzip-compressed, _SUCCESS and .crc left out); a bad line is NF016 with file and line, the rest goes through")
    func sparkFolderAndBadLines() throws {
        let folder = try TestSupport.scratch()
        let annotated = try TestSupport.run(["annotate", TestSupport.articles.path, "--no-tokens"]).stdout.split(separator: "\n").map(String.init)
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try TestSupport.write(annotated[0..<8].joined(separator: "\n") + "\n", to: output.appendingPathComponent("part-00000"))
        let second = output.appendingPathComponent("part-00001")
        try TestSupport.write(annotated[8...].joined(separator: "\n") + "\n" + #"{"id":"x","text":"abc","entities":[{"start":2,"end":9,"type":"GPE","canonical":"c","rule":"r"}]}"# + "\n", to: second)
        #expect(try TestSupport.runProgram(["/usr/bin/env", "gzip", second.path]).status == 0)
        try TestSupport.write("", to: output.appendingPathComponent("_SUCCESS"))
        try TestSupport.write("not json", to: output.appendingPathComponent(".part-00000.crc"))
        let db = folder.appendingPathComponent("s.sqlite").path
        let loaded = try TestSupport.run(["load", output.path, "--db", db])
        #expect(loaded.stdout.contains("ingested \(TestSupport.articleCount),"), "\(loaded.stdout) \(loaded.stderr)")
        #expect(loaded.stderr.contains("part-00001.gz:9: error NF016: an entity at 2-9 lies outside the text of 3 characters"), "\(loaded.stderr)")
        #expect(loaded.status == 0)
    }

    @Test("annotate: --fields keeps only the kinds asked for; a repeated id is NF006 and written once; each line names its stages")
    func annotateFields() throws {
        let folder = try TestSupport.scratch()
        let input = folder.appendingPathComponent("in.jsonl")
        try TestSupport.write([
            #"{"id":"a","date":"2024-01-02","text":"Rockets hit the base on Monday."}"#,
            #"{"id":"a","date":"2024-01-02","text":"Drones hit the port."}"#,
        ].joined(separator: "\n") + "\n", to: input)
        let output = try TestSupport.run(["annotate", input.path, "--fields", "timexes", "events"])
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(output.stderr.contains("in.jsonl:2: error NF006: duplicate id 'a' within this dump (first at \(input.path):1)"), "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["timexes"] != nil && object["events"] != nil && object["entities"] == nil && object["tokens"] == nil)
        #expect((object["stages"] as? [[String: Any]])?.map { $0["name"] as? String } == ["tokenize@1", "syntax@1", "temporal@1", "entities@2", "quotes@1", "events@2"])
    }

    @Test("exit statuses: a named input that does not exist is 1 (the rest still goes through), nothing read at all is 3, for process, ingest and annotate")
    func exitStatuses() throws {
        let folder = try TestSupport.scratch()
        let articles = try TestSupport.textArticles([("a", "Rockets hit the base on Monday.")], in: folder)
        let missing = folder.appendingPathComponent("missing.jsonl").path
        let empty = folder.appendingPathComponent("empty.jsonl")
        try TestSupport.write("", to: empty)
        for command in [["process"], ["ingest"], ["annotate"]] {
            let db = command == ["annotate"] ? [] : ["--db", folder.appendingPathComponent("\(command[0]).sqlite").path]
            let partly = try TestSupport.run(command + [articles.path, missing] + db)
            #expect(partly.status == 1, "\(command): \(partly.stderr)")
            #expect(partly.stderr.contains("missing.jsonl: error NF008") && partly.stderr.contains("could not be read"))
            let nothing = try TestSupport.run(command + [empty.path] + db)
            #expect(nothing.status == 3 && nothing.stderr.contains("nothing was read"), "\(command): \(nothing.stderr)")
        }
        #expect(try TestSupport.run(["status", "--db", folder.appendingPathComponent("process.sqlite").path]).stdout.contains("documents: 1 "))
    }

    @Test("ingest warns once (NF017) when given annotated JSONL, and keeps the articles")
    func ingestOfAnnotated() throws {
        let folder = try TestSupport.scratch()
        let file = folder.appendingPathComponent("a.jsonl")
        try TestSupport.write(try TestSupport.run(["annotate", TestSupport.articles.path, "--no-tokens"]).stdout, to: file)
        let output = try TestSupport.run(["ingest", file.path, "--db", folder.appendingPathComponent("s.sqlite").path])
        #expect(output.stderr.components(separatedBy: "NF017").count == 2, "\(output.stderr)")
        #expect(output.stderr.contains("a.jsonl:1: warning NF017"))
        #expect(output.stdout.contains("ingested \(TestSupport.articleCount),") || output.stderr.contains("ingested \(TestSupport.articleCount),"))
    }

    @Test("--quiet writes errors only (no warnings, no progress), --verbose also names the pipeline, lexicons and store; both at once is a usage error")
    func verbosity() throws {
        let folder = try TestSupport.scratch()
        let input = folder.appendingPathComponent("in.jsonl")
        try TestSupport.write(#"{"id":"a","date":"2024-02-30","text":"Rockets hit the base."}"# + "\n" + #"{"text":"no id"}"# + "\n", to: input)
        let quiet = try TestSupport.run(["process", input.path, "--db", folder.appendingPathComponent("q.sqlite").path, "--quiet"])
        #expect(!quiet.stderr.contains("NF009") && quiet.stderr.contains("in.jsonl:2: error NF010"), "\(quiet.stderr)")
        let normal = try TestSupport.run(["process", input.path, "--db", folder.appendingPathComponent("n.sqlite").path])
        #expect(normal.stderr.contains("in.jsonl:1: warning NF009") && normal.stderr.contains("in.jsonl:2: error NF010"))
        #expect(!normal.stderr.contains("lexicons: "))
        let verbose = try TestSupport.run(["process", input.path, "--db", folder.appendingPathComponent("v.sqlite").path, "--verbose"])
        #expect(verbose.stderr.contains("pipeline: ") && verbose.stderr.contains("lexicons: ") && verbose.stderr.contains("store: "), "\(verbose.stderr)")
        let both = try TestSupport.run(["load", input.path, "--verbose", "--quiet"])
        #expect(both.status == 64 && both.stderr.contains("cannot be used together"))
    }
}
