import Foundation
import NewsFrameStore
import Testing

/// The HTML report's event pages: one per merged event, reached from the corpus page and from
/// the articles, with every source side by side; nothing an article carries runs as markup.
@Suite("export: html event pages")
struct EventPageTests {
    @Test("every event id the report links resolves to a page that lists each of its sources and links back to their articles; a javascript: URL and <script> stay text")
    func eventPages() throws {
        let folder = try TestSupport.scratch()
        let input = folder.appendingPathComponent("reports.jsonl")
        let text = "Militants attacked a checkpoint in Kandahar on Monday, killing three soldiers, police said."
        try TestSupport.write([
            #"{"id":"r1","date":"2024-03-05","source":"Wire <script>x()</script>","url":"javascript:alert(1)","text":"\#(text)"}"#,
            #"{"id":"r2","date":"2024-03-05","source":"Herald","url":"https://example.org/a?b=<c>","text":"\#(text) Two more were hurt."}"#,
        ].joined(separator: "\n") + "\n", to: input)
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try TestSupport.run(["process", TestSupport.articles.path, input.path, "--db", db, "--quiet"]).status == 0)
        let out = folder.appendingPathComponent("html")
        #expect(try TestSupport.run(["export", "--db", db, "--format", "html", "--out", out.path]).status == 0)
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        var linked: Set<String> = []
        for file in files where file.hasSuffix(".html") {
            let page = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            // The corpus page's own filter script is the only one.
            #expect(page.components(separatedBy: "<script>").count - 1 == (file == "index.html" ? 1 : 0), "\(file)")
            for match in page.matches(of: /href="(event-[^"]+\.html)"/) { linked.insert(String(match.1)) }
        }
        #expect(!linked.isEmpty)
        #expect(linked.isSubset(of: files), "\(linked.subtracting(files))")
        // The event both reports share: one page, both sources, links to both articles.
        let shared = try #require(try files.filter { $0.hasPrefix("event-") }.map { try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8) }
            .first { $0.contains("Herald") })
        #expect(shared.contains("reported by 2 frames"), "\(shared)")
        #expect(shared.contains("href=\"r1-") && shared.contains("href=\"r2-"))
        #expect(shared.contains("<a href=\"https://example.org/a?b=&lt;c&gt;\""))
        #expect(shared.contains("javascript:alert(1)") && !shared.contains("href=\"javascript:"))
        #expect(shared.contains("Wire &lt;script&gt;x()&lt;/script&gt;"))
        #expect(shared.contains("<span class=\"lbl\">EVENT</span>") && shared.contains("<span class=\"lbl\">location</span>"))
    }

    @Test("the corpus page's filters: each timeline row carries the date, type, country, actor and sources the filter script compares, and the lists offer the corpus's types and countries")
    func filters() throws {
        let folder = try TestSupport.scratch()
        let db = try TestSupport.processedSample(in: folder, name: "s.sqlite")
        let out = folder.appendingPathComponent("html")
        #expect(try TestSupport.run(["export", "--db", db, "--format", "html", "--out", out.path]).status == 0)
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        var rows: [(date: String, type: String, country: String, actor: String, sources: Int)] = []
        for match in index.matches(of: /<tr class="event" data-date="([^"]*)" data-type="([^"]*)" data-country="([^"]*)" data-actor="([^"]*)" data-sources="(\d+)">/) {
            func text(_ attribute: Substring) -> String {
                [("&#39;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")]
                    .reduce(String(attribute)) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
            }
            rows.append((text(match.1), text(match.2), text(match.3), text(match.4), Int(match.5)!))
        }
        var expected: [(String?, String, String?, String?, Int)] = []
        try CorpusStore(readingFrom: db).mergedEvents(limit: 2000) { expected.append(($0.date, $0.type, $0.country, $0.actor, $0.sources)) }
        #expect(rows.count == expected.count && !rows.isEmpty)
        for (row, event) in zip(rows, expected) {
            #expect(row.date == (event.0 ?? "") && row.type == event.1 && row.country == (event.2 ?? "") && row.sources == event.4)
            #expect(row.actor == (event.3 ?? "").lowercased())
        }
        for type in Set(expected.map(\.1)) { #expect(index.contains("<option>\(type)</option>")) }
        for country in Set(expected.compactMap(\.2)) { #expect(index.contains("<option>\(country)</option>")) }
        for field in ["name=\"from\"", "name=\"to\"", "name=\"type\"", "name=\"country\"", "name=\"actor\"", "name=\"sources\""] {
            #expect(index.contains(field) && index.contains("f.\(field.dropFirst(6).dropLast()).value"), "\(field)")
        }
        // The filters come from the page's query and go back to it (a bookmarkable view).
        #expect(index.contains("var names = ['from', 'to', 'type', 'country', 'actor', 'sources'];"))
        #expect(index.contains("new URLSearchParams(location.search)") && index.contains("history.replaceState"))
    }
}
