import Foundation

/// One row of `merged_events`: an event with its sources, as `events` lists it and the CSV
/// export writes it.
public struct MergedEventRow: Sendable {
    public var eventID: String
    public var type: String
    public var date: String?
    public var datePrecision: String?
    public var actor: String?
    public var target: String?
    public var location: String?
    public var weapon: String?
    public var count: Int?
    public var casualties: String?
    /// The lowest toll the sources give (`disagreements` lists them when they differ).
    public var killed: Int?
    public var injured: Int?
    /// Where the event happened: ISO 3166-1 alpha-2 country, first-level region, coordinates.
    public var country: String?
    public var admin1: String?
    public var lat: Double?
    public var lon: Double?
    /// How closely the point stands for the event (`Place.level`).
    public var geoLevel: String?
    /// The place as the first locating report wrote it ("the al-Tanf garrison"), beside the
    /// gazetteer's name in `location`.
    public var locationText: String?
    /// The backer of the actor ("Iran-backed militants" → Iran), ACLED's actor1 sponsor.
    public var sponsor: String?
    /// The sentence of the earliest report's first mention of the event (ACLED's notes);
    /// filled only by readers that ask for it (`CorpusStore.mergedEvents(withNotes:)`).
    public var notes: String?
    public var status: String?
    public var sources: Int
    /// The ids of the documents that report it, in the order the merge met them. The store
    /// keeps them as a JSON array, since an id may hold any character, a space included.
    public var documents: [String]
    public var disagreements: String?

    public init(
        eventID: String, type: String, date: String?, datePrecision: String?, actor: String?, target: String?, location: String?,
        weapon: String?, count: Int?, casualties: String?, killed: Int?, injured: Int?, country: String?, admin1: String?, lat: Double?,
        lon: Double?, status: String?, sources: Int, documents: [String], disagreements: String?, geoLevel: String? = nil,
        locationText: String? = nil, sponsor: String? = nil, notes: String? = nil
    ) {
        self.eventID = eventID
        self.type = type
        self.date = date
        self.datePrecision = datePrecision
        self.actor = actor
        self.target = target
        self.location = location
        self.weapon = weapon
        self.count = count
        self.casualties = casualties
        self.killed = killed
        self.injured = injured
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.status = status
        self.sources = sources
        self.documents = documents
        self.disagreements = disagreements
        self.geoLevel = geoLevel
        self.locationText = locationText
        self.sponsor = sponsor
        self.notes = notes
    }

    /// ACLED's time-precision code of `datePrecision`: 1 the day, 2 the week, 3 the month or
    /// vaguer.
    public var timePrecision: Int? {
        switch datePrecision {
        case "day": 1
        case "week": 2
        case nil: nil
        default: 3
        }
    }

    /// The ids of a `documents` column (a JSON array of strings).
    public static func documentIDs(_ column: String) -> [String] {
        guard let data = column.data(using: .utf8), let ids = try? JSONDecoder().decode([String].self, from: data) else { return [] }
        return ids
    }
}
