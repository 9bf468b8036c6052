import Foundation
import NewsFrameCore
import Testing

@Suite("the newsframe command")
struct CommandLineTests {
    @Test("--help matches its snapshot (Snapshots/help.txt); update the snapshot with the change")
    func help() throws {
        let output = try TestSupport.run(["--help"])
        #expect(output.status == 0)
        let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/help.txt")
        #expect(output.stdout == (try String(contentsOf: snapshot, encoding: .utf8)))
    }

    @Test("process, status, show and export on the sample corpus, from another directory")
    func mainJob() throws {
        let folder = try TestSupport.scratch()
        let processed = try TestSupport.run(["process", TestSupport.articles.path, "--quiet"], in: folder)
        #expect(processed.status == 0, "\(processed.stderr)")
        #expect(processed.stdout.contains("ingest: ingested \(TestSupport.articleCount), unchanged 0, updated 0, rejected 0"))
        #expect(processed.stdout.contains("processed \(TestSupport.articleCount) documents"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("newsframe.sqlite").path))

        let status = try TestSupport.run(["status"], in: folder)
        #expect(status.stdout.contains("documents: \(TestSupport.articleCount)"))
        #expect(status.stdout.contains("tokenize@1"))

        let show = try TestSupport.run(["show", "nf002-harir-followup"], in: folder)
        #expect(show.status == 0)
        #expect(show.stdout.contains("date:   2024-03-15"))
        #expect(show.stdout.contains("[Pentagon]{ORG} spokesman Brig. Gen. [Dana Keller]{PERSON} told reporters"))
        #expect(show.stdout.contains("[Keller]{PERSON → Dana Keller} said"))
        let missing = try TestSupport.run(["show", "nope"], in: folder)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no document with id 'nope'"))

        let export = try TestSupport.run(["export", "--format", "jsonl", "--no-tokens"], in: folder)
        let lines = export.stdout.split(separator: "\n")
        #expect(lines.count == TestSupport.articleCount)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["id"] as? String == "nf001-harir-drone")
        #expect(first["dct"] as? String == "2024-03-14")
        #expect((first["sentences"] as? [[String: Any]])?.first?["text"] as? String
            == "Drone attack on U.S. forces at al-Harir air base, militia coalition claims")
        #expect(first["tokens"] == nil)
    }

    @Test("process twice: unchanged articles are skipped, an edited one is redone exactly once")
    func processIsIncremental() throws {
        let folder = try TestSupport.scratch()
        let dump = folder.appendingPathComponent("dump")
        try FileManager.default.copyItem(at: TestSupport.articles, to: dump)
        let first = try TestSupport.run(["process", "--quiet", dump.path], in: folder)
        #expect(first.stdout.contains("processed \(TestSupport.articleCount) documents, up to date 0, failed 0"), "\(first.stdout)")
        let file = dump.appendingPathComponent("nf003-tanf-rockets.txt")
        try TestSupport.write(try String(contentsOf: file, encoding: .utf8) + "\nA late paragraph. It has two sentences.\n", to: file)
        let second = try TestSupport.run(["process", "--quiet", dump.path], in: folder)
        #expect(second.stdout.contains("ingested 0, unchanged \(TestSupport.articleCount - 1), updated 1, rejected 0"), "\(second.stdout)")
        #expect(second.stdout.contains("processed 1 documents, up to date \(TestSupport.articleCount - 1), failed 0"), "\(second.stdout)")
        let show = try TestSupport.run(["show", "nf003-tanf-rockets"], in: folder)
        #expect(show.stdout.contains("(version 2)"))
        #expect(show.stdout.contains("It has two sentences."))
    }

    @Test("after editing one lexicon entry, diff shows exactly the annotations it touched")
    func diffAfterLexiconEdit() throws {
        let folder = try TestSupport.scratch()
        let lexicons = try TestSupport.copyOfLexicons(in: folder)
        let first = try TestSupport.run(["process", "--quiet", "--lexicons", lexicons.path, TestSupport.articles.path], in: folder)
        #expect(first.status == 0)
        let file = lexicons.appendingPathComponent("entities-armed-groups.tsv")
        let edited = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "Houthi|Ansar Allah|Ansarallah", with: "Houthi|Ansarallah")
        try TestSupport.write(edited, to: file)
        let rerun = try TestSupport.run(["run", "--quiet", "--lexicons", lexicons.path], in: folder)
        #expect(rerun.stdout.contains("processed \(TestSupport.articleCount) documents"))
        let diff = try TestSupport.run(["diff", "--against-last"], in: folder)
        #expect(diff.status == 0)
        #expect(diff.stdout.contains("changes after run 2 through run 3: 1"), "\(diff.stdout)")
        // Without the alias another rule or line names the span (the armed-group dictionary has
        // another "Ansar Allah"): one annotation changed, listed under what now made it.
        #expect(diff.stdout.contains("  ~ nf010-houthi 613-624 \"Ansar Allah\" ORG Houthis → "), "\(diff.stdout)")
        #expect(diff.stdout.contains(": +0 / -0 / ~1"), "\(diff.stdout)")
        let explicit = try TestSupport.run(["diff", "2", "3", "--summary"], in: folder)
        #expect(explicit.stdout.contains("+0 / -0 / ~1") && !explicit.stdout.contains("nf010-houthi"))
        // A new canonical name for the same spans: changes, not losses and gains.
        let renamed = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\nHouthis\tORG\tHouthi|", with: "\nAnsar Allah movement\tORG\tHouthis|Houthi|")
        try TestSupport.write(renamed, to: file)
        #expect(try TestSupport.run(["run", "--quiet", "--lexicons", lexicons.path], in: folder).status == 0)
        let changed = try TestSupport.run(["diff", "--against-last"], in: folder)
        #expect(changed.stdout.contains("  ~ nf010-houthi ") && changed.stdout.contains("ORG Houthis → ORG Ansar Allah movement"), "\(changed.stdout)")
        #expect(!changed.stdout.contains("  + nf010-houthi ") && !changed.stdout.contains("  - nf010-houthi "), "\(changed.stdout)")
    }

    @Test("ingest from standard input; --strict fails on a rejected line")
    func stdinAndStrict() throws {
        let folder = try TestSupport.scratch()
        let input = #"{"id": "s1", "text": "From standard input."}"# + "\n{oops\n"
        let lenient = try TestSupport.run(["ingest", "-"], in: folder, input: input)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("<stdin>:2: error NF003: malformed JSON line"))
        #expect(lenient.stdout.contains("ingested 1, unchanged 0, updated 0, rejected 1"))
        let strict = try TestSupport.run(["ingest", "--strict", "-"], in: folder, input: input)
        #expect(strict.status == 2)
        #expect(strict.stdout.contains("ingested 0, unchanged 1, updated 0, rejected 1"))
    }

    @Test("annotate streams JSONL in order, without a store")
    func annotate() throws {
        let folder = try TestSupport.scratch()
        var input = ""
        for index in 0..<600 {
            input += JSONText.fields([.init("id", .string("a\(index)")), .init("text", .string("Gen. Voss spoke. Item \(index).")), .init("date", .string("2024-01-05"))]).rendered + "\n"
        }
        input += "not json\n"
        let output = try TestSupport.run(["annotate", "--jobs", "2"], in: folder, input: input)
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 600)
        for (index, line) in lines.enumerated() {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            #expect(object["id"] as? String == "a\(index)")
            #expect((object["sentences"] as? [Any])?.count == 2)
        }
        #expect(output.stderr.contains("<stdin>:601: error NF003"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("newsframe.sqlite").path))
    }

    @Test("annotate takes --dates for articles whose input has none, as process does")
    func annotateDates() throws {
        let folder = try TestSupport.scratch()
        let articles = try TestSupport.textArticles([("a1", "On Wednesday, two drones were downed near the base.\n")], in: folder)
        let dates = folder.appendingPathComponent("dates.tsv")
        try TestSupport.write("a1\t2023-11-03\n", to: dates)
        let output = try TestSupport.run(["annotate", "--dates", dates.path, articles.path], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as! [String: Any]
        #expect(object["dct"] as? String == "2023-11-03")
        let timexes = object["timexes"] as? [[String: Any]] ?? []
        #expect(timexes.map { $0["value"] as? String } == ["2023-11-01"])
        let missing = try TestSupport.run(["annotate", "--dates", folder.appendingPathComponent("none.tsv").path, articles.path], in: folder)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("'--dates"))
    }

    @Test("a broken lexicon line warns with file and line; --strict refuses to run")
    func brokenLexicon() throws {
        let folder = try TestSupport.scratch()
        let lexicons = try TestSupport.copyOfLexicons(in: folder)
        let file = lexicons.appendingPathComponent("abbreviations.tsv")
        try TestSupport.write(try String(contentsOf: file, encoding: .utf8) + "Zz.\tbogus\textra\tcolumns\ttoo many\n", to: file)
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let lenient = try TestSupport.run(["process", "--lexicons", lexicons.path, "--quiet", TestSupport.articles.path], in: folder)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("warning: Lexicons/abbreviations.tsv:\(lines): expected at most 4 tab-separated columns"))
        let strict = try TestSupport.run(["run", "--strict", "--lexicons", lexicons.path], in: folder)
        #expect(strict.status != 0)
        #expect(strict.stderr.contains("'--strict': 1 broken lexicon line(s)"))
    }

    @Test("profile times every stage alone and finds what annotate finds")
    func profile() throws {
        let output = try TestSupport.run(["profile", TestSupport.articles.path])
        #expect(output.status == 0)
        #expect(output.stdout.contains("documents: \(TestSupport.articleCount), "))
        var counts: [String: Int] = [:]
        for line in output.stdout.split(separator: "\n") where line.hasPrefix("| ") && line.contains("@") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            counts[String(cells[0])] = Int(cells[4].replacingOccurrences(of: ",", with: ""))
        }
        #expect(Set(counts.keys) == ["tokenize@1", "syntax@1", "temporal@1", "entities@2", "quotes@1", "events@2"])
        // The same stages through annotate: the timex and entity counts agree.
        var timexes = 0
        var entities = 0
        let annotated = try TestSupport.run(["annotate", TestSupport.articles.path])
        for line in annotated.stdout.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            timexes += (object?["timexes"] as? [Any])?.count ?? 0
            entities += (object?["entities"] as? [Any])?.count ?? 0
        }
        #expect(timexes > 0 && counts["temporal@1"] == timexes)
        #expect(entities > 0 && counts["entities@2"] == entities)
    }
}
