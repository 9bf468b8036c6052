/// A named mention (or a weapon noun) as `ANNOTATION.md` defines it.
public struct EntityMention: Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// `PERSON`, `ORG`, `GPE`, `LOC`, `FAC`, `NORP`, `WEAPON` or `VEHICLE`.
    public var type: String
    /// The name every mention of the same real entity shares across the corpus.
    public var canonical: String
    /// The title before a personal name ("Defense Secretary"), outside the span.
    public var title: String?
    /// For weapons: the number before the mention ("two drones" → 2).
    public var count: Int?
    /// The lexicon line or rule that made the mention.
    public var rule: String
    /// Where a place the gazetteer resolves is: ISO 3166-1 alpha-2 country, first-level
    /// region and WGS84 coordinates (nil for other mentions), so an event's location can say
    /// in which country it happened and be drawn on a map.
    public var country: String?
    public var admin1: String?
    public var lat: Double?
    public var lon: Double?
    /// What kind of place the gazetteer line names: `country`, `region` or `town` (nil for
    /// hand-written lines that do not say): how precisely an event located by it is placed;
    /// `unlisted` for a place only its context names ("Namoungou village").
    public var feature: String?

    /// The feature of a place no gazetteer lists: a settlement, placed nowhere on the map.
    public static let unlisted = "unlisted"

    public init(
        start: Int, end: Int, type: String, canonical: String, title: String? = nil, count: Int? = nil, rule: String,
        country: String? = nil, admin1: String? = nil, lat: Double? = nil, lon: Double? = nil, feature: String? = nil
    ) {
        self.start = start
        self.end = end
        self.type = type
        self.canonical = canonical
        self.title = title
        self.count = count
        self.rule = rule
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.feature = feature
    }

    public var span: Span { Span(start, end) }
}
