import NewsFrameCore

/// Merged events as GeoJSON (RFC 7946): a FeatureCollection with one Point feature per event
/// the gazetteer placed (`[longitude, latitude]`, WGS84), its fields as properties, so QGIS,
/// geopandas and web maps read it as is. Written a feature at a time: the collection is
/// opened, each event appended, then closed, whatever the number of events.
public enum GeoJSONEvents {
    public static let header = #"{"type":"FeatureCollection","features":["# + "\n"
    public static let footer = "]}\n"

    /// The feature of one event, `first` telling whether a comma goes before it; nil for an
    /// event the gazetteer did not place.
    public static func feature(_ event: MergedEventRow, first: Bool) -> String? {
        guard let lat = event.lat, let lon = event.lon else { return nil }
        let properties: [JSONText.Field] = [
            .init("event_id", .string(event.eventID)), .init("date", .optional(event.date)),
            .init("date_precision", .optional(event.datePrecision)), .init("time_precision", .optional(event.timePrecision)),
            .init("type", .string(event.type)), .init("actor", .optional(event.actor)), .init("actor_sponsor", .optional(event.sponsor)),
            .init("target", .optional(event.target)), .init("location", .optional(event.location)),
            .init("location_text", .optional(event.locationText)), .init("country", .optional(event.country)),
            .init("admin1", .optional(event.admin1)),
            // A country's point is only its reference point (the capital's): say so, with ACLED's
            // geo_precision code and the level it stands for.
            .init("geo_precision", .optional(Place.geoPrecision(event.geoLevel))), .init("geo_level", .optional(event.geoLevel)),
            .init("weapon", .optional(event.weapon)), .init("killed", .optional(event.killed)), .init("injured", .optional(event.injured)),
            .init("status", .array((event.status ?? "").split(separator: ",").map { .string(String($0)) })),
            .init("sources", .int(event.sources)), .init("source_documents", .array(event.documents.map(JSONText.string))),
        ]
        let feature = JSONText.fields([
            .init("type", .string("Feature")), .init("id", .string(event.eventID)),
            .init("geometry", .fields([.init("type", .string("Point")), .init("coordinates", .array([.double(lon), .double(lat)]))])),
            .init("properties", .fields(properties)),
        ])
        return (first ? "" : ",\n") + feature.rendered
    }
}
