import NewsFrameCore

/// Flat tables for spreadsheets and data frames (RFC 4180: comma-separated, fields quoted
/// when they hold a comma, quote or line break). `mentions` has one row per entity mention
/// and time expression; `quotes` one row per quotation or reported clause; `events` one row
/// per merged event (ACLED-like columns), written from the store by `eventRow`.
public enum CSVTable: String, CaseIterable, Sendable {
    case mentions
    case quotes
    case events

    public var header: String {
        switch self {
        case .mentions: "doc_id,dct,kind,start,end,text,type,canonical_or_value,title,count,mod,rule\n"
        case .quotes: "doc_id,dct,kind,start,end,text,speaker,speaker_canonical,cue,resolution,rule\n"
        case .events: Self.eventColumns.joined(separator: ",") + "\n"
        }
    }

    /// The events table's columns, ACLED's names where ACLED has the field (docs/EXPORTS.md maps
    /// each to ACLED's codebook).
    public static let eventColumns = [
        "event_id", "event_date", "time_precision", "date_precision", "event_type", "actor1", "actor1_sponsor", "actor2", "location",
        "location_gazetteer", "admin1", "country", "iso", "iso2", "latitude", "longitude", "geo_precision", "geo_level", "weapon",
        "weapon_count", "killed", "injured", "casualties", "status", "sources", "source_documents", "notes", "disagreements",
    ]

    /// One row of the events table, fields in `eventColumns`' order: tolls and codes as bare
    /// integers, empty when unknown.
    public static func eventRow(_ event: MergedEventRow, countries: CountryCodes) -> String {
        let fields: [String?] = [
            event.eventID, event.date, event.timePrecision.map(String.init), event.datePrecision, event.type, event.actor, event.sponsor,
            event.target, event.locationText ?? event.location, event.location, event.admin1, countries.name(event.country) ?? event.country,
            countries.numeric(event.country).map(String.init), event.country, event.lat.map { String($0) }, event.lon.map { String($0) },
            Place.geoPrecision(event.geoLevel).map(String.init), event.geoLevel, event.weapon, event.count.map(String.init),
            event.killed.map(String.init), event.injured.map(String.init), event.casualties, event.status, String(event.sources),
            JSONText.array(event.documents.map(JSONText.string)).rendered, event.notes, event.disagreements,
        ]
        return fields.map { field($0 ?? "") }.joined(separator: ",") + "\n"
    }

    public func rows(_ document: Document, _ annotations: AnnotationSet) -> String {
        let text = ScalarText(document.text)
        var output = ""
        func row(_ fields: [String?]) { output += fields.map { Self.field($0 ?? "") }.joined(separator: ",") + "\n" }
        switch self {
        case .mentions:
            var items: [(Int, [String?])] = []
            for mention in annotations.entities ?? [] {
                items.append((mention.start, [
                    document.id, document.dct, "entity", "\(mention.start)", "\(mention.end)", text.slice(mention.span), mention.type,
                    mention.canonical, mention.title, mention.count.map(String.init), nil, mention.rule,
                ]))
            }
            for timex in annotations.timexes ?? [] {
                items.append((timex.start, [
                    document.id, document.dct, "timex", "\(timex.start)", "\(timex.end)", text.slice(timex.span), timex.type, timex.value,
                    nil, nil, timex.mod, timex.rule,
                ]))
            }
            for (_, fields) in items.sorted(by: { $0.0 < $1.0 }) { row(fields) }
        case .quotes:
            for quote in annotations.quotes ?? [] {
                row([
                    document.id, document.dct, quote.kind.rawValue, "\(quote.start)", "\(quote.end)", text.slice(quote.span),
                    quote.speaker.map(text.slice), quote.speakerCanonical, quote.cue, quote.resolution, quote.rule,
                ])
            }
        case .events:
            break
        }
        return output
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
