import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NewsFrameCore
import NewsFrameEval
import NewsFrameExport
import Testing

@Suite("exports: jsonl, brat, conll, timeml, csv, html")
struct ExportTests {
    /// A store holding the sample corpus and one article with markup in it.
    func store() throws -> URL {
        let folder = try TestSupport.scratch()
        let hostile = #"{"id": "x<1>", "date": "2024-02-02", "title": "<script>alert(1)</script>", "text": "The <script>alert(1)</script> tag & \"quotes\" stay text, Colonel Rami Aziz said on Friday."}"#
        let input = folder.appendingPathComponent("hostile.jsonl")
        try TestSupport.write(hostile + "\n", to: input)
        let result = try TestSupport.run(["process", "--quiet", TestSupport.articles.path, input.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return folder
    }

    @Test("jsonl reads back through the gold reader with the same annotations")
    func jsonlRoundTrip() throws {
        let folder = try store()
        let out = folder.appendingPathComponent("corpus.jsonl")
        #expect(try TestSupport.run(["export", "--format", "jsonl", "--no-tokens", "--out", out.path], in: folder).status == 0)
        let gold = try GoldCorpus(path: out.path)
        #expect(gold.entries.count == TestSupport.articleCount + 1)
        for entry in gold.entries {
            let fresh = try TestSupport.defaultPipeline().process(AnalyzedDocument(document: entry.document))
            #expect(entry.timexes?.map { [$0.start, $0.end] } == fresh.annotations.timexes?.map { [$0.start, $0.end] })
            #expect(entry.entities?.map(\.canonical) == fresh.annotations.entities?.map(\.canonical))
            #expect(entry.quotes?.map(\.span) == fresh.annotations.quotes?.map(\.span))
            #expect(entry.quotes?.map(\.speakerCanonical) == fresh.annotations.quotes?.map(\.speakerCanonical))
            #expect(entry.events?.map(\.trigger) == fresh.annotations.events?.map(\.trigger))
            let readBack: [[String]] = (entry.events ?? []).map { frame in frame.arguments.map { $0.canonical ?? "" }.sorted() }
            let made: [[String]] = (fresh.annotations.events ?? []).map { frame in frame.arguments.map { $0.canonical ?? "" }.sorted() }
            #expect(readBack == made)
        }
    }

    @Test("every field of the JSONL export and of the gold file is declared in docs/newsframe-document.schema.json")
    func schemaCoversExport() throws {
        let folder = try store()
        let out = folder.appendingPathComponent("corpus.jsonl")
        #expect(try TestSupport.run(["export", "--format", "jsonl", "--out", out.path], in: folder).status == 0)
        let schemaURL = TestSupport.packageRoot.appendingPathComponent("docs/newsframe-document.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        let top = try #require(schema["properties"] as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: [String: Any]])
        let itemKinds = ["sentences": "sentence", "tokens": "token", "words": "word", "timexes": "timex", "entities": "entity", "quotes": "quote", "events": "event"]
        let gold = TestSupport.packageRoot.appendingPathComponent("Corpus/gold/gold.jsonl")
        for file in [out, gold] {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                #expect(Set(object.keys).isSubset(of: Set(top.keys)), "\(Set(object.keys).subtracting(top.keys))")
                for (key, definition) in itemKinds {
                    let declared = Set((definitions[definition]?["properties"] as? [String: Any] ?? [:]).keys)
                    let required = Set(definitions[definition]?["required"] as? [String] ?? [])
                    for item in object[key] as? [[String: Any]] ?? [] {
                        #expect(Set(item.keys).isSubset(of: declared), "\(key): \(Set(item.keys).subtracting(declared))")
                        #expect(required.isSubset(of: Set(item.keys)), "\(key) lacks \(required.subtracting(item.keys))")
                    }
                }
                // A role's arguments are always a list, one or several: one type per field for
                // engines that infer a schema.
                for event in object["events"] as? [[String: Any]] ?? [] {
                    for (role, value) in event["arguments"] as? [String: Any] ?? [:] {
                        #expect(value is [[String: Any]], "\(role) is not a list in \(file.lastPathComponent)")
                    }
                }
            }
        }
    }

    @Test("brat: every text-bound annotation's offsets give back its text; relations point at defined ids")
    func bratRoundTrip() throws {
        let folder = try store()
        let out = folder.appendingPathComponent("brat")
        #expect(try TestSupport.run(["export", "--format", "brat", "--out", out.path], in: folder).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.contains("annotation.conf") && files.contains("visual.conf"))
        let annFiles = files.filter { $0.hasSuffix(".ann") }
        #expect(annFiles.count == TestSupport.articleCount + 1)
        var quotations = 0
        var events = 0
        let configuration = try String(contentsOf: out.appendingPathComponent("annotation.conf"), encoding: .utf8)
        let eventTypes = configuration.components(separatedBy: "[events]")[1].components(separatedBy: "[attributes]")[0]
            .split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        for name in annFiles {
            let text = Array(try String(contentsOf: out.appendingPathComponent(name.replacingOccurrences(of: ".ann", with: ".txt")), encoding: .utf8).unicodeScalars)
            let lines = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
            // Every T and E id of the file: an event may point at one defined after it.
            let ids = Set(lines.map { String($0.split(separator: "\t")[0]) }.filter { $0.hasPrefix("T") || $0.hasPrefix("E") })
            for line in lines {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if columns[0].hasPrefix("E") {
                    events += 1
                    let parts = columns[1].split(separator: " ").map { $0.split(separator: ":").map(String.init) }
                    #expect(eventTypes.contains(parts[0][0]), "\(name): \(line)")
                    #expect(parts.allSatisfy { $0.count == 2 && ids.contains($0[1]) }, "\(name): \(line)")
                    // Each role is declared for the event's type (a repeated role is numbered).
                    let declared = configuration.split(separator: "\n").first { $0.hasPrefix(parts[0][0] + " ") } ?? ""
                    for part in parts.dropFirst() {
                        let role = part[0].trimmingCharacters(in: .decimalDigits)
                        #expect(declared.contains(" \(role)*:") || declared.contains(" \(role)?:"), "\(name): \(role) in \(line)")
                    }
                }
                if columns[0].hasPrefix("T") {
                    let typeAndSpans = columns[1].split(separator: " ", maxSplits: 1)
                    if typeAndSpans[0] == "Quotation" { quotations += 1 }
                    let pieces = typeAndSpans[1].split(separator: ";").map { piece -> String in
                        let bounds = piece.split(separator: " ").map { Int($0)! }
                        return String(String.UnicodeScalarView(text[bounds[0]..<bounds[1]]))
                    }
                    #expect(pieces.joined(separator: " ") == columns[2], "\(name): \(line)")
                } else if columns[0].hasPrefix("R") {
                    let arguments = columns[1].split(separator: " ").dropFirst().map { String($0.split(separator: ":")[1]) }
                    #expect(arguments.allSatisfy(ids.contains), "\(name): \(line)")
                }
            }
        }
        #expect(quotations >= 60)
        #expect(events >= 30, "every event frame of the corpus is a brat event")
    }

    @Test("export --stage keeps one stage's annotations; --where filters documents by SQL; show lists event frames")
    func stageAndWhere() throws {
        let folder = try store()
        let result = try TestSupport.run(["export", "--no-tokens", "--stage", "temporal", "events", "--where", "dct >= '2024-01-20'"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let documents = result.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(!documents.isEmpty)
        #expect(documents.allSatisfy { ($0["dct"] as? String ?? "") >= "2024-01-20" })
        #expect(documents.allSatisfy { $0["timexes"] != nil && $0["events"] != nil && $0["entities"] == nil && $0["quotes"] == nil })
        let wrong = try TestSupport.run(["export", "--stage", "parser"], in: folder)
        #expect(wrong.status != 0 && wrong.stderr.contains("'--stage parser'"))
        let badSQL = try TestSupport.run(["export", "--where", "no_such_column = 1"], in: folder)
        #expect(badSQL.status != 0 && badSQL.stderr.contains("no_such_column"))
        let shown = try TestSupport.run(["show", "nf003-tanf-rockets"], in: folder)
        #expect(shown.stdout.contains("events") && shown.stdout.contains("ATTACK \"fired\"") && shown.stdout.contains("target: \"al-Tanf garrison\""))
    }

    @Test("TimeML: an undated document still has its DCT, unknown (XXXX-XX-XX), and the file parses as XML")
    func timemlUndated() throws {
        let xml = TimeMLDocument.render(Document(id: "undated-1", dct: nil, text: "Rockets hit the base."), [])
        #expect(xml.contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"XXXX-XX-XX\""), "\(xml)")
        #expect(XMLParser(data: Data(xml.utf8)).parse())
    }

    @Test("TimeML: the text without tags is the document, each TIMEX3 holds its expression, markup is escaped")
    func timemlRoundTrip() throws {
        let folder = try store()
        let out = folder.appendingPathComponent("tml")
        #expect(try TestSupport.run(["export", "--format", "timeml", "--out", out.path], in: folder).status == 0)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasPrefix("nf014") })
        let xml = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        #expect(xml.contains("functionInDocument=\"CREATION_TIME\">2024-02-09</TIMEX3>"))
        let body = try #require(xml.components(separatedBy: "<TEXT>").last?.components(separatedBy: "</TEXT>").first)
        let parser = XMLParser(data: Data(("<TEXT>" + body + "</TEXT>").utf8))
        let collector = TimeMLCollector()
        parser.delegate = collector
        #expect(parser.parse())
        let original = try #require(try GoldCorpus(path: TestSupport.packageRoot.appendingPathComponent("Corpus/gold/gold.jsonl").path)
            .entries.first { $0.document.id.hasPrefix("nf014") })
        #expect(collector.text == original.document.text)
        #expect(collector.timexes.contains { $0.text == "8 February 2024" && $0.value == "2024-02-08" })
        let hostile = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasPrefix("x_1_") })
        #expect(try String(contentsOf: out.appendingPathComponent(hostile), encoding: .utf8).contains("The &lt;script&gt;alert(1)&lt;/script&gt; tag &amp;"))
    }

    @Test("CoNLL tags tokens in BIO; CSV quotes fields with commas and quotes")
    func conllAndCSV() throws {
        let folder = try store()
        let conll = try TestSupport.run(["export", "--format", "conll", "--id", "nf003-tanf-rockets"], in: folder)
        // Shaped as CoNLL-2003 readers expect: the -DOCSTART- line first and shaped like a token
        // line, three tab-separated columns on every non-blank line, no comment or header line.
        #expect(conll.stdout.hasPrefix("-DOCSTART-\tO\tO\n\n"), "\(conll.stdout.prefix(80))")
        let conllLines = conll.stdout.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(conllLines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 && !$0.hasPrefix("#") })
        #expect(conll.stdout.contains("U.S.\tB-ORG\tO\nCentral\tI-ORG\tO\nCommand\tI-ORG\tO"), "\(conll.stdout.prefix(600))")
        #expect(conll.stdout.contains("Monday\tO\tI-DATE") || conll.stdout.contains("Monday\tO\tB-DATE"))
        let csv = try TestSupport.run(["export", "--format", "csv", "--table", "quotes", "--id", "x<1>"], in: folder)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "doc_id,dct,kind,start,end,text,speaker,speaker_canonical,cue,resolution,rule")
        let mentions = try TestSupport.run(["export", "--format", "csv", "--id", "x<1>"], in: folder)
        #expect(mentions.stdout.contains("x<1>,2024-02-02,entity,"), "\(mentions.stdout)")
        let dated = try TestSupport.run(["export", "--format", "csv", "--since", "2024-02-01", "--until", "2024-02-09"], in: folder)
        let ids = Set(dated.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) })
        #expect(ids == ["nf006-suspension", "nf014-timeline", "x<1>"], "\(ids)")
        let bad = try TestSupport.run(["export", "--format", "csv", "--table", "nope"], in: folder)
        #expect(bad.status != 0 && bad.stderr.contains("'--table' must be one of mentions, quotes"))
    }

    @Test("HTML: article markup shows as text, pages link up, the report needs no network")
    func htmlEscapes() throws {
        let folder = try store()
        let out = folder.appendingPathComponent("html")
        #expect(try TestSupport.run(["export", "--format", "html", "--out", out.path], in: folder).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        // A page per article, one per merged event, the index and the hostile article's.
        let eventPages = files.filter { $0.hasPrefix("event-") }.count
        #expect(eventPages > 0 && files.count == TestSupport.articleCount + 2 + eventPages)
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("Top attackers") && index.contains("Top targets") && index.contains("Top speakers") && index.contains("Timeline"))
        #expect(index.contains("Killed and injured by week and country"))
        // Attackers are counted by events, so a weapon never leads them.
        let after = index[try #require(index.range(of: "<h2>Top attackers</h2>")).upperBound...]
        let attackers = String(after[..<(try #require(after.range(of: "</table>"))).lowerBound])
        #expect(attackers.contains("<td>") && !attackers.lowercased().contains("drone"), "\(attackers)")
        let hostileName = try #require(files.first { $0.hasPrefix("x_1_") })
        #expect(index.contains("href=\"\(hostileName)\""))
        let page = try String(contentsOf: out.appendingPathComponent(hostileName), encoding: .utf8)
        #expect(!page.contains("<script>") && page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("title=\"PERSON · Rami Aziz"))
        for file in files {
            let html = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            // Nothing is loaded from elsewhere; an event page links to its sources' web addresses,
            // and the corpus page's one script is its own inline filter.
            let loads = ["src=", "url(", "<link", "@import"] + (file.hasPrefix("event-") ? [] : ["href=\"http"])
            for external in loads { #expect(!html.contains(external), "\(file): \(external)") }
            #expect(html.components(separatedBy: "<script").count - 1 == (file == "index.html" ? 1 : 0), "\(file)")
        }
    }
}

/// Collects the text and TIMEX3 elements of a TimeML `<TEXT>`.
final class TimeMLCollector: NSObject, XMLParserDelegate {
    var text = ""
    var timexes: [(text: String, value: String)] = []
    private var current: (start: String.Index?, value: String)? = nil
    private var timexText = ""

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if element == "TIMEX3" {
            current = (nil, attributes["value"] ?? "")
            timexText = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
        if current != nil { timexText += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "TIMEX3", let current {
            timexes.append((timexText, current.value))
            self.current = nil
        }
    }
}
