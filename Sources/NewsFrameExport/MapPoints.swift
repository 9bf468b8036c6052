/// The circles of the report's map, gathered while the events stream past, in bounded memory
/// whatever the number of events: events whose coordinates round to the same cell of a grid
/// (a tenth of a degree, about 11 km, at first) and share a precision make one circle that
/// counts them. When there would be more than `limit` circles, the grid coarsens (a quarter,
/// half, one, two, five, then ten degrees) and the circles merge, so 100,000 events spread over
/// the world cost a few thousand circles, never one per event. A circle links to the event the
/// most sources report, keeps the first few events' lines for its tooltip, and sits where its
/// first event is (not at a mean that could fall in the sea).
public struct MapPoints: Sendable {
    /// One event as the map needs it.
    public struct Event: Sendable {
        public var eventID: String
        public var lat: Double
        public var lon: Double
        /// Placed only by its country: its point is the country's reference point (the capital's).
        public var countryOnly: Bool
        public var sources: Int
        public var killed: Int?
        /// What the tooltip says of it: date, type, place, actor, killed.
        public var line: String

        public init(eventID: String, lat: Double, lon: Double, countryOnly: Bool, sources: Int, killed: Int?, line: String) {
            self.eventID = eventID
            self.lat = lat
            self.lon = lon
            self.countryOnly = countryOnly
            self.sources = sources
            self.killed = killed
            self.line = line
        }
    }

    /// A circle: where, how many events, their known dead, the event it links to.
    public struct Point: Sendable {
        public var lat: Double
        public var lon: Double
        public var countryOnly: Bool
        public var events: Int
        /// The sum of the tolls the events give (an event without one adds nothing).
        public var killed: Int
        public var link: String
        var linkSources: Int
        /// The lines of the first `MapPoints.lineLimit` events.
        public var lines: [String]
    }

    struct Cell: Hashable {
        var row: Int
        var column: Int
        var countryOnly: Bool
    }

    /// The grids tried in turn, in degrees; at ten degrees there are at most 1,406 cells.
    public static let grids: [Double] = [0.1, 0.25, 0.5, 1, 2, 5, 10]
    public static let lineLimit = 5
    public let limit: Int
    /// The cell size in use, in degrees.
    public private(set) var grid = MapPoints.grids[0]
    /// Events added.
    public private(set) var events = 0
    var cells: [Cell: Point] = [:]

    public init(limit: Int = 2000) {
        self.limit = limit
    }

    public mutating func add(_ event: Event) {
        events += 1
        let point = Point(
            lat: event.lat, lon: event.lon, countryOnly: event.countryOnly, events: 1, killed: event.killed ?? 0, link: event.eventID,
            linkSources: event.sources, lines: [event.line])
        insert(point)
        while cells.count > limit, let coarser = Self.grids.first(where: { $0 > grid }) {
            grid = coarser
            let old = points
            cells = [:]
            for point in old { insert(point) }
        }
    }

    mutating func insert(_ point: Point) {
        let cell = Cell(row: Int((point.lat / grid).rounded()), column: Int((point.lon / grid).rounded()), countryOnly: point.countryOnly)
        guard var existing = cells[cell] else {
            cells[cell] = point
            return
        }
        existing.events += point.events
        existing.killed += point.killed
        if point.linkSources > existing.linkSources {
            existing.link = point.link
            existing.linkSources = point.linkSources
        }
        existing.lines += point.lines.prefix(max(0, Self.lineLimit - existing.lines.count))
        cells[cell] = existing
    }

    /// The circles, the largest first (so smaller ones are drawn over them), in an order that
    /// does not depend on the dictionary's.
    public var points: [Point] {
        cells.values.sorted {
            ($0.events, $1.lat, $1.lon, $1.link) > ($1.events, $0.lat, $0.lon, $0.link)
        }
    }

    public var isEmpty: Bool { cells.isEmpty }
}
