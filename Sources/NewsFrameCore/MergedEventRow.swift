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
    public var status: String?
    public var sources: Int
    /// The ids of the documents that report it, in the order the merge met them. The store
    /// keeps them as a JSON array, since an id may hold any character, a space included.
    public var documents: [String]
    public var disagreements: String?

    public init(
        eventID: String, type: String, date: String?, datePrecision: String?, actor: String?, target: String?, location: String?,
        weapon: String?, count: Int?, casualties: String?, killed: Int?, injured: Int?, country: String?, admin1: String?, lat: Double?,
        lon: Double?, status: String?, sources: Int, documents: [String], disagreements: String?
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
    }

    /// The ids of a `documents` column (a JSON array of strings).
    public static func documentIDs(_ column: String) -> [String] {
        guard let data = column.data(using: .utf8), let ids = try? JSONDecoder().decode([String].self, from: data) else { return [] }
        return ids
    }
}
