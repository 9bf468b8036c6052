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
        case .events:
            "event_id,date,date_precision,type,actor,target,location,country,admin1,latitude,longitude,weapon,count,casualties,killed,injured,status,sources,source_documents,disagreements\n"
        }
    }

    /// One row of the events table, fields in the header's order.
    public static func eventRow(_ fields: [String?]) -> String {
        fields.map { field($0 ?? "") }.joined(separator: ",") + "\n"
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
