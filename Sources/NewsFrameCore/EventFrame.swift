/// One real-world event as one document reports it (`ANNOTATION.md`, "Event frames"): a
/// type, the words that evoke it, and who, what, where, when and with what. Frames keep
/// their document; the corpus-level merge gives frames of one event a shared `eventID`
/// outside the frame, so re-merging never rewrites what a stage produced.
public struct EventFrame: Sendable, Hashable {
    /// `ATTACK`, `THREAT`, `CLAIM`, `STATEMENT`, `SEIZURE` or `ALLIANCE`.
    public var type: String
    public var trigger: Span
    /// In text order of role then position; a role may repeat (two weapons).
    public var arguments: [EventArgument]
    /// For attacks: `claimed`, `confirmed`, `reported`, `denied`, `thwarted` (any of them).
    public var status: [String]
    /// The trigger's lexicon line, then the rules that shaped the frame, space-separated.
    public var rule: String
    /// The place that identifies the event for merging: the canonical name of its most
    /// specific target or location (a facility before a place before a country).
    public var site: String?
    /// The entity type of the site (`FAC`, `LOC`, `GPE`): only sites of one type can
    /// contradict each other (two bases, two towns; a base and its country do not).
    public var siteType: String?
    /// The actor's canonical name when it is a named entity (not a description such as
    /// "Iran-backed militants"): what the merge compares actors by.
    public var namedActor: String?
    /// Where the event happened, from the gazetteer's place behind its location (else its
    /// site or target): ISO 3166-1 alpha-2 country, first-level region, WGS84 coordinates.
    public var place: Place?
    /// The merged event this frame belongs to: set when frames are read back from a merged
    /// store (`event_links`), nil as a stage makes them.
    public var eventID: String?
    /// Later mentions of the same event that the stage folded into this frame ("The
    /// explosion targeted a bakery" after "a Friday blast"). Known only as a stage makes the
    /// frame (the store keeps the frame, not its mentions), and not part of its identity.
    public var mentions: [Span] = []

    public init(
        type: String, trigger: Span, arguments: [EventArgument] = [], status: [String] = [], rule: String, site: String? = nil,
        eventID: String? = nil, namedActor: String? = nil, siteType: String? = nil
    ) {
        self.siteType = siteType
        self.namedActor = namedActor
        self.eventID = eventID
        self.type = type
        self.trigger = trigger
        self.arguments = arguments
        self.status = status
        self.rule = rule
        self.site = site
    }

    public static func == (lhs: EventFrame, rhs: EventFrame) -> Bool {
        lhs.type == rhs.type && lhs.trigger == rhs.trigger && lhs.arguments == rhs.arguments && lhs.status == rhs.status && lhs.rule == rhs.rule
            && lhs.site == rhs.site && lhs.siteType == rhs.siteType && lhs.namedActor == rhs.namedActor && lhs.eventID == rhs.eventID
            && lhs.place == rhs.place
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(trigger)
        hasher.combine(arguments)
        hasher.combine(status)
        hasher.combine(rule)
        hasher.combine(site)
        hasher.combine(siteType)
        hasher.combine(namedActor)
        hasher.combine(eventID)
        hasher.combine(place)
    }

    /// The arguments in one role.
    public func arguments(_ role: String) -> [EventArgument] { arguments.filter { $0.role == role } }

    /// The first argument in one role.
    public func first(_ role: String) -> EventArgument? { arguments.first { $0.role == role } }
}

/// Where a place is, as a gazetteer resolves it.
public struct Place: Sendable, Hashable {
    /// ISO 3166-1 alpha-2.
    public var country: String
    public var admin1: String?
    public var lat: Double?
    public var lon: Double?
    /// How closely the point stands for where the event was: `town` (in a town or at a
    /// facility), `near` (near a town, off its coast, outside it), `region` (a first-level
    /// region, a sea or another area) or `country` (only the country is known).
    public var level: String?

    public init(country: String, admin1: String? = nil, lat: Double? = nil, lon: Double? = nil, level: String? = nil) {
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.level = level
    }

    /// ACLED's geo-precision code for a level: 1 the town itself, 2 near a town or a part of
    /// a region, 3 a region or larger (a country-only event is a 3 too: ACLED would not code
    /// it below its region, and `level` says `country`).
    public static func geoPrecision(_ level: String?) -> Int? {
        switch level {
        case "town": 1
        case "near": 2
        case "region", "country": 3
        default: nil
        }
    }
}

/// A filled role of a frame: a span of the text, the entity it resolves to (`canonical`),
/// for `time` the timex value, for `weapon` the count.
public struct EventArgument: Sendable, Hashable {
    /// `actor`, `target`, `location`, `time`, `weapon`, `casualties`, `attack`, `quote`.
    public var role: String
    public var start: Int
    public var end: Int
    /// The entity the span names or refers to ("It" → "Islamic Resistance in Iraq").
    public var canonical: String?
    /// A time argument's TIMEX3 value.
    public var value: String?
    /// A weapon argument's count ("two drones" → 2).
    public var count: Int?
    /// The rule that filled the role (`events/actor-subject`, `events/time-clause`…).
    public var rule: String

    public init(
        role: String, start: Int, end: Int, canonical: String? = nil, value: String? = nil, count: Int? = nil, rule: String
    ) {
        self.role = role
        self.start = start
        self.end = end
        self.canonical = canonical
        self.value = value
        self.count = count
        self.rule = rule
    }

    public var span: Span { Span(start, end) }

    /// The order of a frame's arguments: by role in this order, then as given. The events
    /// stage gives them by position, except a frame's locations, the most specific first ("Tower
    /// 22", then "Jordan"); `load` restores the order from JSONL, whose roles are object keys.
    public static let roleOrder = ["actor", "sponsor", "target", "location", "origin", "time", "weapon", "casualties", "killed", "injured", "attack", "quote"]

    public static func inRoleOrder(_ arguments: [EventArgument]) -> [EventArgument] {
        func rank(_ role: String) -> Int { roleOrder.firstIndex(of: role) ?? 9 }
        return arguments.enumerated().sorted { (rank($0.element.role), $0.offset) < (rank($1.element.role), $1.offset) }.map(\.element)
    }
}
