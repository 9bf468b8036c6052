import Foundation
import NewsFrameCore
import NewsFrameExport
import NewsFrameStore
import Testing

/// The corpus page's map: the shipped outline, where a point lands, its link and tooltip, and
/// how many circles a large corpus costs.
@Suite("export: html map")
struct WorldMapTests {
    /// Two invented countries, written for the tests: a square and a square with a hole.
    static let outline = """
        # a fixture outline
        name\tiso\trings
        Squareland\tZZ\t40,30 50,30 50,40 40,40
        Holeland\t\t0,0 10,0 10,10 0,10;4,4 6,4 6,6

        """

    static func event(
        _ id: String, lat: Double?, lon: Double?, admin1: String? = "North", place: String? = "Townsville", actor: String? = "The Group",
        killed: Int? = nil, sources: Int = 1
    ) -> MergedEventRow {
        MergedEventRow(
            eventID: id, type: "ATTACK", date: "2024-02-03", datePrecision: "day", actor: actor, target: nil, location: place, weapon: nil, count: nil,
            casualties: nil, killed: killed, injured: nil, country: "ZZ", admin1: admin1, lat: lat, lon: lon, status: nil, sources: sources,
            documents: ["d1"], disagreements: nil)
    }

    static func map(_ events: [MergedEventRow], limit: Int = 2000) throws -> WorldMap {
        var map = WorldMap(outline: try WorldOutline(contents: outline), limit: limit)
        for event in events { map.add(event) }
        return map
    }

    @Test("the shipped outline parses into 170 or more countries with alpha-2 codes, under 200 KB, and its header names Natural Earth, the public domain and the script")
    func shippedOutline() throws {
        let world = try WorldOutline.load(from: TestSupport.lexicons)
        #expect(world.countries.count >= 170, "\(world.countries.count) countries")
        let codes = world.countries.compactMap(\.iso)
        #expect(Set(codes).count == codes.count && codes.count >= 170)
        let iraq = try #require(world.countries.first { $0.iso == "IQ" })
        #expect(iraq.name == "Iraq" && iraq.west > 38 && iraq.east < 49 && iraq.south > 29 && iraq.north < 38)
        let file = TestSupport.lexicons.appendingPathComponent(WorldOutline.fileName)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        #expect(size < 200_000)
        let header = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
        for words in ["Natural Earth", "1:110m", "public domain", "scripts/make-world-outline.py", "licence"] {
            #expect(header.contains(words), "header lacks '\(words)'")
        }
    }

    @Test("a broken line is an error naming the file and the line", arguments: [
        ("Nowhere\tZZ\t40,30 50,30 north,40", "'north,40' is not a point"),
        ("Nowhere\tZZ\t40,30 50,30 200,40", "'200,40' is not a point"),
        ("Nowhere\tZZ\t40,30 50,30", "ring 1 has 2 point(s)"),
        ("Nowhere\tZZ\t40,30 50,30 50,40;", "ring 2: '' is not a point"),
        ("Nowhere\tzz\t40,30 50,30 50,40", "iso 'zz'"),
        ("Nowhere\tZZ\t40,30 50,30 50,40\textra", "expected at most 3"),
    ])
    func brokenLine(line: String, message: String) throws {
        let contents = Self.outline.replacingOccurrences(of: "Squareland\tZZ\t40,30 50,30 50,40 40,40", with: line)
        let error = try #require(throws: LexiconError.self) { try WorldOutline(contents: contents) }
        #expect(error.file == "Lexicons/export-world-outline.tsv" && error.line == 3 && error.message.contains(message), "\(error)")
    }

    @Test("a point lands at x = longitude, y = -latitude, inside the viewBox; with no point the view is the world")
    func projection() throws {
        #expect(WorldMap.project(lon: -73.9, lat: 40.7) == (-73.9, -40.7))
        let svg = try Self.map([Self.event("e1", lat: 33.3, lon: 44.4)]).svg()
        #expect(svg.contains(#"cx="44.4" cy="-33.3""#), "\(svg)")
        let map = try Self.map([Self.event("e1", lat: 33.3, lon: 44.4), Self.event("e2", lat: 36.2, lon: 44.0)])
        let view = map.viewBox
        #expect(view.x <= 44.0 && 44.4 <= view.x + view.width && view.y <= -36.2 && -33.3 <= view.y + view.height)
        #expect(view.width == 2 * view.height && view.width < 360)
        let empty = try Self.map([Self.event("e3", lat: nil, lon: nil)])
        #expect(empty.svg().contains(#"viewBox="-180 -90 360 180""#) && !empty.svg().contains("<circle"))
        #expect(empty.section().contains("1 without coordinates are not drawn (ZZ 1)"))
        // Squareland is drawn (a ring of its four corners), Holeland with its hole.
        #expect(empty.svg().contains(#"d="M40 -30 50 -30 50 -40 40 -40Z""#) && empty.svg().contains("M0 0 10 0 10 -10 0 -10ZM4 -4 6 -4 6 -6Z"))
    }

    @Test("each circle links to its event's page and says date, type, place, actor and killed; <script> in a field stays text; a country-only point is a dashed ring")
    func circles() throws {
        let map = try Self.map([
            Self.event("e\"<1>", lat: 33.3, lon: 44.4, place: "<script>alert(1)</script>", actor: "<script>x()</script>", killed: 3),
            Self.event("e2", lat: 15.4, lon: 44.2, admin1: nil, place: nil),
        ])
        let svg = map.svg()
        #expect(!svg.contains("<script") && svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && svg.contains("&lt;script&gt;x()&lt;/script&gt;"))
        #expect(svg.contains("<a href=\"\(XMLText.escape(EventPage.fileName("e\"<1>")))\"><circle class=\"place\""))
        #expect(svg.contains("2024-02-03 · ATTACK · &lt;script&gt;alert(1)&lt;/script&gt;, North, ZZ · &lt;script&gt;x()&lt;/script&gt; · killed 3"))
        #expect(svg.contains("<a href=\"\(EventPage.fileName("e2"))\"><circle class=\"country\"") && svg.contains("stroke-dasharray"))
    }

    @Test("100,000 events at distinct places make at most the limit of circles, every event counted once, the link the most-reported event's")
    func bounded() throws {
        var map = WorldMap(outline: try WorldOutline(contents: Self.outline))
        for index in 0..<100_000 {
            let lat = Double(index % 1_500) / 10 - 75, lon = Double(index / 1_500) * 5.3 - 175
            map.add(Self.event("e\(index)", lat: lat, lon: lon, sources: index == 77 ? 5 : 1))
        }
        let points = map.points.points
        #expect(points.count <= 2000 && map.points.grid > 0.1, "\(points.count) circles at \(map.points.grid)°")
        #expect(points.reduce(0) { $0 + $1.events } == 100_000)
        #expect(points.contains { $0.link == "e77" } && points.allSatisfy { $0.lines.count <= MapPoints.lineLimit })
        #expect(map.svg().components(separatedBy: "<circle").count - 1 == points.count)
    }

    @Test("the corpus page has a Map section whose every circle links to an event page the report writes, counting every located event")
    func report() throws {
        let folder = try TestSupport.scratch()
        let db = try TestSupport.processedSample(in: folder, name: "s.sqlite")
        let out = folder.appendingPathComponent("html")
        #expect(try TestSupport.run(["export", "--db", db, "--format", "html", "--out", out.path]).status == 0)
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        let svg = try #require(index.firstRange(of: /<svg class="map"[\s\S]*?<\/svg>/).map { String(index[$0]) })
        let links = svg.matches(of: /<a href="([^"]+)"><circle/).map { String($0.1) }
        #expect(!links.isEmpty)
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(Set(links).isSubset(of: files) && links.allSatisfy { $0.hasPrefix("event-") }, "\(Set(links).subtracting(files))")
        var located = 0
        try CorpusStore(readingFrom: db).mergedEvents { if $0.lat != nil { located += 1 } }
        #expect(index.contains("<h2>Map</h2>\n<p>\(located) merged event"))
    }

    @Test("export with --lexicons stops on a broken outline line before writing a page, naming the file and the line")
    func brokenOutlineStopsExport() throws {
        let folder = try TestSupport.scratch()
        let db = try TestSupport.processedSample(in: folder, name: "s.sqlite")
        let lexicons = folder.appendingPathComponent("lex")
        try FileManager.default.createDirectory(at: lexicons, withIntermediateDirectories: true)
        try TestSupport.write(Self.outline + "Brokenland\tZZ\t1,2 3\n", to: lexicons.appendingPathComponent(WorldOutline.fileName))
        let out = folder.appendingPathComponent("html")
        let result = try TestSupport.run(["export", "--db", db, "--format", "html", "--out", out.path, "--lexicons", lexicons.path])
        #expect(result.status != 0 && result.stderr.contains("export-world-outline.tsv:5: ring 1: '3' is not a point"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
