
/// Merges frames of one real-world event across documents (`Lexicons/events-merge.tsv`).
///
/// Frames arrive sorted by type and first day, so only frames whose dates are within the
/// tolerance are ever compared: the active window holds the events of a few days, and the
/// work grows with the corpus, not with its square. A frame joins the first compatible
/// open event, else opens one; an event closes when the window passes it, and is emitted.
///
/// Two refinements keep the merge honest on a busy front: frames on different days (within
/// the tolerance) must also share a named actor or a weapon, since attacks on one base on
/// consecutive days are common; and a frame of an undated report that names only a weekday
/// ("a day earlier" after "on Tuesday" → `XXXX-WXX-1`) joins the one event of its type at its
/// site on that weekday, when exactly one exists, and stays alone otherwise.
public struct EventMerger: Sendable {
    public struct Candidate: Sendable {
        public var docID: String
        public var index: Int
        public var type: String
        public var days: DayRange?
        public var actor: String?
        public var site: String?
        /// The site's entity type: sites conflict only with sites of the same type.
        public var siteType: String?
        public var fields: [String: String]
        /// The weekday (1 = Monday) of a frame whose date names only a weekday (`XXXX-WXX-1`).
        public var weekday: Int?

        /// The target, location and site the frame names.
        var places: [String] { [fields["target"], fields["location"], site].compactMap { $0 } }

        public init(
            docID: String, index: Int, type: String, days: DayRange?, actor: String?, site: String?, siteType: String? = nil,
            fields: [String: String] = [:], weekday: Int? = nil
        ) {
            self.siteType = siteType
            self.docID = docID
            self.index = index
            self.type = type
            self.days = days
            self.actor = actor
            self.site = site
            self.fields = fields
            self.weekday = weekday
        }
    }

    public struct Event: Sendable {
        public private(set) var members: [Candidate]
        public var days: DayRange?
        /// What the members name, kept as they join so a comparison costs the same for an event
        /// of two reports and of two thousand.
        public private(set) var sites: Set<String> = []
        public private(set) var actors: Set<String> = []
        public private(set) var weapons: Set<String> = []
        /// Name keys of the named actors and of every target, location and site, for the
        /// agreement test (`NameKey`).
        public private(set) var actorKeys: Set<NameKey> = []
        public private(set) var placeKeys: Set<NameKey> = []
        /// The entity types of the members' sites.
        public private(set) var siteTypes: Set<String> = []
        let spelling: NameKey.Spelling

        public init(members: [Candidate], days: DayRange?, spelling: NameKey.Spelling = NameKey.Spelling()) {
            self.members = []
            self.days = days
            self.spelling = spelling
            for member in members { add(member) }
        }

        mutating func add(_ member: Candidate) {
            members.append(member)
            if let site = member.site { sites.insert(site) }
            if let type = member.siteType { siteTypes.insert(type) }
            if let actor = member.actor {
                actors.insert(actor)
                actorKeys.insert(NameKey(actor, spelling: spelling))
            }
            if let weapon = member.fields["weapon"] { weapons.insert(weapon) }
            for place in member.places { placeKeys.insert(NameKey(place, spelling: spelling)) }
        }

        /// Stable across re-merges: the hash of the event's first frame (its earliest day,
        /// then document and frame order), which new documents change only by reporting earlier.
        public var eventID: String {
            var hash = StableHash()
            hash.combine(members[0].docID)
            hash.combine(String(members[0].index))
            return "ev-" + hash.hexDigest.prefix(12)
        }

        /// Each field's value by how many frames give it, most first; fields with more than one
        /// value are where the sources disagree.
        public func values(_ field: String) -> [String] {
            var counts: [String: Int] = [:]
            var order: [String] = []
            for member in members {
                guard let value = member.fields[field] else { continue }
                if counts[value] == nil { order.append(value) }
                counts[value, default: 0] += 1
            }
            return order.sorted { counts[$0]! > counts[$1]! }
        }
    }

    public let toleranceDays: Int
    public let maxDays: Int
    public let requireSite: Bool
    public let actorsMustBeEqual: Bool
    /// Frames on different days must share a named actor or a weapon.
    public let corroborateOtherDays: Bool
    /// An undated frame with a weekday joins the single matching event.
    public let joinUndatedWeekdays: Bool
    /// Without `requireSite`: how many of actor, target, location and weapon must agree.
    public let agreeingRoles: Int
    /// What name keys leave out ("al", "the"; vowels).
    public let spelling: NameKey.Spelling

    public init(
        toleranceDays: Int = 1, maxDays: Int = 7, requireSite: Bool = true, actorsMustBeEqual: Bool = false, corroborateOtherDays: Bool = true,
        joinUndatedWeekdays: Bool = true, agreeingRoles: Int = 2, spelling: NameKey.Spelling = NameKey.Spelling()
    ) {
        self.agreeingRoles = agreeingRoles
        self.spelling = spelling
        self.toleranceDays = toleranceDays
        self.maxDays = maxDays
        self.requireSite = requireSite
        self.actorsMustBeEqual = actorsMustBeEqual
        self.corroborateOtherDays = corroborateOtherDays
        self.joinUndatedWeekdays = joinUndatedWeekdays
    }

    /// Reads the settings of `events-merge.tsv`; unknown settings and bad values are errors.
    public init(table: LexiconTable) throws {
        var settings: [String: String] = [:]
        for row in table.rows {
            guard let key = row["setting"], let value = row["value"] else { continue }
            guard ["tolerance_days", "max_days", "require_site", "actor", "other_days", "undated_weekday", "agreeing_roles", "name_articles", "name_vowels"].contains(key) else {
                throw LexiconError(file: "Lexicons/\(table.name)", line: row.line, message: "unknown setting '\(key)'")
            }
            settings[key] = value
        }
        guard let tolerance = Int(settings["tolerance_days"] ?? "1"), let maxDays = Int(settings["max_days"] ?? "7"),
            let agreeing = Int(settings["agreeing_roles"] ?? "2"), (0...4).contains(agreeing),
            ["yes", "no"].contains(settings["require_site"] ?? "yes"), ["compatible", "equal"].contains(settings["actor"] ?? "compatible"),
            ["corroborated", "any"].contains(settings["other_days"] ?? "corroborated"), ["unique", "no"].contains(settings["undated_weekday"] ?? "unique")
        else {
            throw LexiconError(
                file: "Lexicons/\(table.name)", line: 0,
                message:
                    "tolerance_days and max_days must be numbers, agreeing_roles 0 to 4, require_site yes or no, actor compatible or equal, other_days corroborated or any, undated_weekday unique or no")
        }
        self.init(
            toleranceDays: tolerance, maxDays: maxDays, requireSite: settings["require_site"] != "no", actorsMustBeEqual: settings["actor"] == "equal",
            corroborateOtherDays: settings["other_days"] != "any", joinUndatedWeekdays: settings["undated_weekday"] != "no", agreeingRoles: agreeing,
            spelling: NameKey.Spelling(table: table))
    }

    /// Whether a frame may join an event: the type, dates, actor and place agree.
    func compatible(_ candidate: Candidate, _ event: Event) -> Bool {
        guard let days = candidate.days, let eventDays = event.days, candidate.type == event.members[0].type else { return false }
        guard days.first <= eventDays.last + toleranceDays, eventDays.first <= days.last + toleranceDays else { return false }
        let sites = event.sites
        if requireSite {
            guard let site = candidate.site, sites.contains(site) else { return false }
        } else if !agree(candidate, event) {
            return false
        }
        let actors = event.actors
        if let actor = candidate.actor {
            if !actors.isEmpty, !actors.contains(actor) { return false }
            if actorsMustBeEqual, actors.isEmpty { return false }
        } else if actorsMustBeEqual, !actors.isEmpty {
            return false
        }
        // Different days, each known to the day: something besides the place must agree.
        if corroborateOtherDays, days.length == 1, eventDays.length == 1, days.first != eventDays.first {
            let sharedActor = candidate.actor.map(actors.contains) ?? false
            let sharedWeapon = candidate.fields["weapon"].map(event.weapons.contains) ?? false
            if !sharedActor && !sharedWeapon { return false }
        }
        return true
    }

    /// Enough of actor, target, location and weapon agree (through name keys, a target may meet
    /// a location), and the two name no different places and no different named actors.
    func agree(_ candidate: Candidate, _ event: Event) -> Bool {
        var agreeing = 0
        if let actor = candidate.actor, !event.actorKeys.isEmpty {
            let key = NameKey(actor, spelling: spelling)
            guard event.actorKeys.contains(where: { $0.isCompatible(with: key) }) else { return false }
            agreeing += 1
        }
        func meets(_ place: String) -> Bool {
            let key = NameKey(place, spelling: spelling)
            return event.placeKeys.contains { $0.isCompatible(with: key) }
        }
        // Two different towns are two attacks; a base and the country it is in may be one.
        if candidate.site != nil, !event.sites.isEmpty, !candidate.places.contains(where: meets),
            candidate.siteType.map(event.siteTypes.contains) ?? true
        {
            return false
        }
        agreeing += [candidate.fields["target"], candidate.fields["location"]].compactMap { $0 }.filter(meets).count
        if let weapon = candidate.fields["weapon"], event.weapons.contains(weapon) { agreeing += 1 }
        return agreeing >= agreeingRoles
    }

    /// The event's date is its most precise reports': a week joins a day without widening it,
    /// so the window never grows into a chain.
    static func narrower(_ a: DayRange, _ b: DayRange) -> DayRange {
        if b.length < a.length { return b }
        if b.length > a.length { return a }
        return DayRange(first: min(a.first, b.first), last: max(a.last, b.last))
    }

    /// Two events' named actors are compatible (or one names none).
    static func actorsAgree(_ a: Event, _ b: Event) -> Bool {
        a.actorKeys.isEmpty || b.actorKeys.isEmpty || a.actorKeys.contains { key in b.actorKeys.contains { $0.isCompatible(with: key) } }
    }

    /// What an undated frame can join: the single-day events of one type, by site and weekday.
    struct WeekdayKey: Hashable {
        var site: String
        var weekday: Int
    }

    struct WeekdayEntry {
        var eventID: String
        var actors: Set<String>
        var count: Int
    }

    /// Merges `candidates`, which must come sorted by type then first day (frames with no
    /// usable date last within their type); each finished event goes to `emit` once, and an
    /// undated frame that joins an emitted event goes to `join` with that event's id.
    public func merge<S: Sequence>(
        _ candidates: S, emit: (Event) throws -> Void, join: (Candidate, String) throws -> Void
    ) rethrows where S.Element == Candidate {
        var open: [Event] = []
        var currentType: String? = nil
        // Memory grows with the sites and weekdays of one type, not with the corpus.
        var byWeekday: [WeekdayKey: WeekdayEntry] = [:]
        func close(_ event: Event) throws {
            try emit(event)
            // An event known to a day or two (reports a day apart) covers those weekdays.
            guard joinUndatedWeekdays, let days = event.days, days.length <= 1 + toleranceDays else { return }
            for day in days.first...days.last {
                for site in event.sites {
                let key = WeekdayKey(site: site, weekday: DayRange.weekday(day))
                var entry = byWeekday[key] ?? WeekdayEntry(eventID: event.eventID, actors: [], count: 0)
                entry.count += 1
                entry.actors.formUnion(event.actors)
                byWeekday[key] = entry
                }
            }
        }
        for candidate in candidates {
            if candidate.type != currentType {
                for event in open { try close(event) }
                open = []
                byWeekday = [:]
                currentType = candidate.type
            }
            guard let days = candidate.days, days.length <= maxDays else {
                // Undated frames come after every dated one of their type: all events are closed.
                if candidate.days == nil {
                    for event in open { try close(event) }
                    open = []
                }
                if candidate.days == nil, joinUndatedWeekdays, let weekday = candidate.weekday, let site = candidate.site,
                    let entry = byWeekday[WeekdayKey(site: site, weekday: weekday)], entry.count == 1,
                    candidate.actor.map({ entry.actors.isEmpty || entry.actors.contains($0) }) ?? true
                {
                    try join(candidate, entry.eventID)
                } else {
                    try emit(Event(members: [candidate], days: nil, spelling: spelling))
                }
                continue
            }
            // A frame that names no place can join nothing when the site is required: it is its
            // own event at once, and never lengthens the list every later frame is compared with.
            if requireSite, candidate.site == nil {
                try emit(Event(members: [candidate], days: days, spelling: spelling))
                continue
            }
            // Events the window has passed can take no later frame; removed in place, so the
            // open events' member lists are never copied.
            var position = 0
            while position < open.count {
                if let eventDays = open[position].days, eventDays.last + toleranceDays < days.first - maxDays {
                    try close(open.remove(at: position))
                } else {
                    position += 1
                }
            }
            let matches = open.indices.filter { compatible(candidate, open[$0]) }
            if let index = matches.first {
                open[index].add(candidate)
                open[index].days = Self.narrower(open[index].days!, days)
                // A report that fits two open events bridges them when their named actors agree:
                // "Tower 22" and "in Jordan" told apart until one outlet says "Tower 22 in Jordan".
                if !requireSite {
                    for other in matches.dropFirst().reversed() where Self.actorsAgree(open[index], open[other]) {
                        let absorbed = open.remove(at: other)
                        for member in absorbed.members { open[index].add(member) }
                        open[index].days = Self.narrower(open[index].days!, absorbed.days!)
                    }
                }
            } else {
                open.append(Event(members: [candidate], days: days, spelling: spelling))
            }
        }
        for event in open { try close(event) }
    }
}
