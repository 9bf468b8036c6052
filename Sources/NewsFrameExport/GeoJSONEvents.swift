import NewsFrameCore

/// Merged events as GeoJSON (RFC 7946): a FeatureCollection with one Point feature per event
/// the gazetteer placed (`[longitude, latitude]`, WGS84), its fields as properties, so QGIS,
/// geopandas and web maps read it as is. Written a feature at a time: the collection is
/// opened, each event appended, then closed, whatever the number of events.
public enum GeoJSONEvents {
    public static let header = #"{"type":"FeatureCollection","features":["# + "\n"
    public static let footer = "]}\n"

    /// One event's fields, as the store keeps them.
    public struct Event {
        public var eventID: String
        public var date: String?
        public var datePrecision: String?
        public var type: String
        public var actor: String?
        public var target: String?
        public var location: String?
        public var country: String?
        public var admin1: String?
        public var lat: Double
        public var lon: Double
        public var weapon: String?
        public var killed: Int?
        public var injured: Int?
        public var status: String?
        public var sources: Int
        public var documents: [String]

        public init(
            eventID: String, date: String?, datePrecision: String?, type: String, actor: String?, target: String?, location: String?,
            country: String?, admin1: String?, lat: Double, lon: Double, weapon: String?, killed: Int?, injured: Int?, status: String?,
            sources: Int, documents: [String]
        ) {
            self.eventID = eventID
            self.date = date
            self.datePrecision = datePrecision
            self.type = type
            self.actor = actor
            self.target = target
            self.location = location
            self.country = country
            self.admin1 = admin1
            self.lat = lat
            self.lon = lon
            self.weapon = weapon
            self.killed = killed
            self.injured = injured
            self.status = status
            self.sources = sources
            self.documents = documents
        }
    }

    /// The feature of one event, `first` telling whether a comma goes before it.
    public static func feature(_ event: Event, first: Bool) -> String {
        let properties: [JSONText.Field] = [
            .init("event_id", .string(event.eventID)), .init("date", .optional(event.date)),
            .init("date_precision", .optional(event.datePrecision)), .init("type", .string(event.type)),
            .init("actor", .optional(event.actor)), .init("target", .optional(event.target)), .init("location", .optional(event.location)),
            .init("country", .optional(event.country)), .init("admin1", .optional(event.admin1)),
            // A country's point is only its reference point (the capital's): say so, as ACLED's geo_precision does.
            .init("geo_precision", .string(event.admin1 == nil ? "country" : "place")), .init("weapon", .optional(event.weapon)),
            .init("killed", .optional(event.killed)), .init("injured", .optional(event.injured)),
            .init("status", .array((event.status ?? "").split(separator: ",").map { .string(String($0)) })),
            .init("sources", .int(event.sources)), .init("source_documents", .array(event.documents.map(JSONText.string))),
        ]
        let feature = JSONText.fields([
            .init("type", .string("Feature")), .init("id", .string(event.eventID)),
            .init("geometry", .fields([.init("type", .string("Point")), .init("coordinates", .array([.double(event.lon), .double(event.lat)]))])),
            .init("properties", .fields(properties)),
        ])
        return (first ? "" : ",\n") + feature.rendered
    }
}
