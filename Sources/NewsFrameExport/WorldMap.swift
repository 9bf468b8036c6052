import NewsFrameCore

/// The corpus page's map: an inline SVG in an equirectangular projection (x is the longitude,
/// y the latitude negated, in degrees, so the `viewBox` reads as lon/lat), the countries of
/// `WorldOutline` in grey, and a circle per place of the merged events (`MapPoints`), each a
/// link to its event's page with a tooltip. Nothing is loaded: it works from `file://`.
///
/// The view fits the events (padded, at least 40 by 20 degrees, two wide for one high): a war's
/// events crowd a few pixels of a whole world. Events spread over the world give the world.
/// Circles grow with the square root of the number of events they stand for; red ones count dead;
/// an event placed only by its country (its point is the capital's) is a dashed ring.
public struct WorldMap: Sendable {
    public let outline: WorldOutline
    public private(set) var points: MapPoints
    /// Merged events without coordinates, which the map cannot place, and their countries
    /// ("" for none), so the page says where they happened.
    public private(set) var unplaced = 0
    var unplacedByCountry: [String: Int] = [:]
    /// Merged events by country code, placed or not: the countries with events are drawn darker.
    var countryEvents: [String: Int] = [:]

    public init(outline: WorldOutline, limit: Int = 2000) {
        self.outline = outline
        points = MapPoints(limit: limit)
    }

    public mutating func add(_ event: MergedEventRow) {
        if let country = event.country { countryEvents[country, default: 0] += 1 }
        guard let lat = event.lat, let lon = event.lon else {
            unplaced += 1
            unplacedByCountry[event.country ?? "", default: 0] += 1
            return
        }
        let place = [event.location, event.admin1, event.country].compactMap { $0 }.joined(separator: ", ")
        let line = [
            event.date ?? "undated", event.type, place.isEmpty ? "?" : place, event.actor ?? "?", "killed " + (event.killed.map(String.init) ?? "?"),
        ].joined(separator: " · ")
        // As the GeoJSON export says geo_precision: without a region, the point is the country's.
        points.add(.init(
            eventID: event.eventID, lat: lat, lon: lon, countryOnly: event.geoLevel.map { $0 == "country" } ?? (event.admin1 == nil), sources: event.sources, killed: event.killed, line: line))
    }

    /// Where a longitude and latitude fall in the SVG's coordinates.
    public static func project(lon: Double, lat: Double) -> (x: Double, y: Double) { (lon, -lat) }

    /// The part of the world shown, in SVG coordinates: x, y (the top, north), width, height.
    public var viewBox: (x: Double, y: Double, width: Double, height: Double) {
        let placed = points.points
        guard !placed.isEmpty else { return (-180, -90, 360, 180) }
        let west = placed.map(\.lon).min()!, east = placed.map(\.lon).max()!
        let south = placed.map(\.lat).min()!, north = placed.map(\.lat).max()!
        var width = max(east - west + 10, 40)
        width = (max(width, (north - south + 10) * 2) / 10).rounded(.up) * 10
        guard width < 360 else { return (-180, -90, 360, 180) }
        let height = width / 2
        let center = Self.project(lon: (west + east) / 2, lat: (south + north) / 2)
        let x = min(max((center.x - width / 2).rounded(), -180), 180 - width)
        let y = min(max((center.y - height / 2).rounded(), -90), 90 - height)
        return (x, y, width, height)
    }

    /// A number with at most two decimals and none when whole ("44.4", "-33", never "-0").
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e9 { return String(Int(rounded)) }
        return String(rounded)
    }

    public func svg() -> String {
        let view = viewBox
        let base = view.width / 130
        var svg = "<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"\([view.x, view.y, view.width, view.height].map(Self.number).joined(separator: " "))\""
        svg += " width=\"100%\" style=\"display:block;aspect-ratio:2/1;background:#eef3f7\" role=\"img\" aria-label=\"map of the merged events\">\n"
        svg += "<style>svg.map path,svg.map circle{vector-effect:non-scaling-stroke}svg.map a:hover circle{stroke:#000;stroke-width:2}</style>\n"
        svg += "<g fill=\"#d9d9d9\" stroke=\"#fff\" stroke-width=\"0.6\" fill-rule=\"evenodd\">\n"
        for country in outline.countries
        where country.east >= view.x && country.west <= view.x + view.width && -country.south >= view.y && -country.north <= view.y + view.height {
            let events = country.iso.flatMap { countryEvents[$0] }
            svg += "<path" + (events == nil ? "" : " fill=\"#bdbdbd\"") + " d=\""
            for ring in country.rings {
                svg += "M" + ring.map { point in
                    let (x, y) = Self.project(lon: point.lon, lat: point.lat)
                    return Self.number(x) + " " + Self.number(y)
                }.joined(separator: " ") + "Z"
            }
            let title = country.name + (events.map { " · \($0) merged event\($0 == 1 ? "" : "s")" } ?? "")
            svg += "\"><title>\(XMLText.escape(title))</title></path>\n"
        }
        svg += "</g>\n<g stroke-width=\"1.2\">\n"
        for point in points.points {
            let (x, y) = Self.project(lon: point.lon, lat: point.lat)
            let radius = base * min(5, 0.6 + 0.4 * Double(point.events).squareRoot())
            let colour = point.killed > 0 ? "#c0392b" : "#e67e22"
            let paint = point.countryOnly
                ? "fill=\"\(colour)\" fill-opacity=\"0.15\" stroke=\"\(colour)\" stroke-dasharray=\"3 2\""
                : "fill=\"\(colour)\" fill-opacity=\"0.75\" stroke=\"#fff\""
            var title = point.events == 1 ? "" : "\(point.events) events here, \(point.killed) killed; the link opens the one most sources report\n"
            title += point.lines.joined(separator: "\n")
            if point.events > point.lines.count { title += "\n… and \(point.events - point.lines.count) more" }
            if point.countryOnly { title += "\n(placed by country only: drawn at its reference point)" }
            svg += "<a href=\"\(XMLText.escape(EventPage.fileName(point.link)))\"><circle class=\"\(point.countryOnly ? "country" : "place")\""
            svg += " cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" \(paint)><title>\(XMLText.escape(title))</title></circle></a>\n"
        }
        return svg + "</g>\n</svg>\n"
    }

    /// The corpus page's "Map" section: what is drawn, then the map.
    public func section() -> String {
        let placed = points.events
        var body = "<h2>Map</h2>\n<p>\(placed) merged event\(placed == 1 ? "" : "s") with coordinates"
        let circles = points.points.count
        if circles > 0 { body += " in \(circles) circle\(circles == 1 ? "" : "s") (one per \(Self.number(points.grid))° cell)" }
        if unplaced > 0 {
            let counts = unplacedByCountry.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key.isEmpty ? "no country" : $0.key) \($0.value)" }
            let shown = counts.prefix(12).joined(separator: ", ") + (counts.count > 12 ? ", …" : "")
            body += "; \(unplaced) without coordinates are not drawn (\(XMLText.escape(shown)))"
        }
        body += ". A circle links to its event's page; hover for the events it stands for. "
        body += "<span style=\"color:#c0392b\">●</span> someone killed, <span style=\"color:#e67e22\">●</span> no dead given; "
        body += "a dashed ring is an event placed only by its country (at the capital's point); larger circles stand for more events.</p>\n"
        return body + svg()
    }
}
