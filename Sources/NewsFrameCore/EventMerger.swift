
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
        /// What the members name, kept as they join so a comparison costs the same for an event
        /// of two reports and of two thousand. One reference, copied on write: the merge reads
        /// open events out of a dictionary thousands of times, and a struct of a dozen sets
        /// would be retained field by field on every read.
        final class Storage: @unchecked Sendable {
            var members: [Candidate] = []
            var earliestDay: Int?
            var sites: Set<String> = []
            var actors: Set<String> = []
            var weapons: Set<String> = []
            var actorKeys: Set<NameKey> = []
            var placeKeys: Set<NameKey> = []
            var describedActorKeys: Set<NameKey> = []
            var countries: Set<String> = []
            var townKeys: Set<NameKey> = []
            var siteTypes: Set<String> = []

            func copy() -> Storage {
                let other = Storage()
                other.members = members
                other.earliestDay = earliestDay
                other.sites = sites
                other.actors = actors
                other.weapons = weapons
                other.actorKeys = actorKeys
                other.placeKeys = placeKeys
                other.describedActorKeys = describedActorKeys
                other.countries = countries
                other.townKeys = townKeys
                other.siteTypes = siteTypes
                return other
            }
        }

        private var storage = Storage()
        public var days: DayRange?
        let spelling: NameKey.Spelling

        public var members: [Candidate] { storage.members }
        /// The first day of the earliest report among the members.
        public var earliestDay: Int? { storage.earliestDay }
        public var sites: Set<String> { storage.sites }
        public var actors: Set<String> { storage.actors }
        public var weapons: Set<String> { storage.weapons }
        /// Name keys of the named actors and of every target, location and site, for the
        /// agreement test (`NameKey`).
        public var actorKeys: Set<NameKey> { storage.actorKeys }
        public var placeKeys: Set<NameKey> { storage.placeKeys }
        /// Name keys of the actors told by description ("a suicide bomber") of members that
        /// name none, the countries members place the attack in, and the towns they name.
        public var describedActorKeys: Set<NameKey> { storage.describedActorKeys }
        public var countries: Set<String> { storage.countries }
        public var townKeys: Set<NameKey> { storage.townKeys }
        /// The entity types of the members' sites.
        public var siteTypes: Set<String> { storage.siteTypes }

        public init(members: [Candidate], days: DayRange?, spelling: NameKey.Spelling = NameKey.Spelling()) {
            self.days = days
            self.spelling = spelling
            let keys = NameKeyCache(spelling: spelling)
            for member in members { add(Keyed(member, keys)) }
        }

        init(_ keyed: Keyed, days: DayRange?, spelling: NameKey.Spelling) {
            self.days = days
            self.spelling = spelling
            add(keyed)
        }

        private mutating func unique() -> Storage {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }

        /// Adds a frame with the name keys made for it when it was read.
        mutating func add(_ keyed: Keyed) {
            let member = keyed.candidate
            let storage = unique()
            storage.members.append(member)
            if let first = member.days?.first { storage.earliestDay = min(storage.earliestDay ?? first, first) }
            if let site = member.site { storage.sites.insert(site) }
            if let type = member.siteType { storage.siteTypes.insert(type) }
            if let actor = member.actor { storage.actors.insert(actor) }
            if let key = keyed.actor { storage.actorKeys.insert(key) }
            if let weapon = member.fields["weapon"] { storage.weapons.insert(weapon) }
            if let key = keyed.described { storage.describedActorKeys.insert(key) }
            if let country = member.fields["country"] { storage.countries.insert(country) }
            if member.fields["geo_level"] == "town", let key = keyed.site { storage.townKeys.insert(key) }
            for key in [keyed.target, keyed.location, keyed.outerLocation, keyed.site] { if let key { storage.placeKeys.insert(key) } }
        }

        /// Takes in another open event that a report bridged to this one.
        mutating func absorb(_ other: Event) {
            let storage = unique()
            let from = other.storage
            storage.members += from.members
            if let first = from.earliestDay { storage.earliestDay = min(storage.earliestDay ?? first, first) }
            storage.sites.formUnion(from.sites)
            storage.siteTypes.formUnion(from.siteTypes)
            storage.actors.formUnion(from.actors)
            storage.actorKeys.formUnion(from.actorKeys)
            storage.weapons.formUnion(from.weapons)
            storage.describedActorKeys.formUnion(from.describedActorKeys)
            storage.countries.formUnion(from.countries)
            storage.townKeys.formUnion(from.townKeys)
            storage.placeKeys.formUnion(from.placeKeys)
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
    /// How many days after an event's earliest report a frame may start and still join it:
    /// without a bound, daily reports of a recurring attack (one actor, one target, one weapon)
    /// chained into one event for as long as they came, and the merge held it open for ever.
    public let spanDays: Int
    public let requireSite: Bool
    public let actorsMustBeEqual: Bool
    /// Frames on different days must share a named actor or a weapon.
    public let corroborateOtherDays: Bool
    /// An undated frame with a weekday joins the single matching event.
    public let joinUndatedWeekdays: Bool
    /// Without `requireSite`: how many of actor, target, location and weapon must agree.
    public let agreeingRoles: Int
    /// How many days before its article's date a frame with no date of its own may tell of.
    public let undatedDays: Int
    /// What name keys leave out ("al", "the"; vowels).
    public let spelling: NameKey.Spelling
    /// Actors told by description agree as a role when neither frame names one
    /// (`described_actor` of `events-merge.tsv`).
    public let describedActors: Bool

    public init(
        toleranceDays: Int = 1, maxDays: Int = 7, spanDays: Int = 7, requireSite: Bool = true, actorsMustBeEqual: Bool = false, corroborateOtherDays: Bool = true,
        joinUndatedWeekdays: Bool = true, agreeingRoles: Int = 2, spelling: NameKey.Spelling = NameKey.Spelling(), undatedDays: Int = 3,
        describedActors: Bool = false
    ) {
        self.describedActors = describedActors
        self.undatedDays = undatedDays
        self.agreeingRoles = agreeingRoles
        self.spelling = spelling
        self.toleranceDays = toleranceDays
        self.maxDays = maxDays
        self.spanDays = spanDays
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
            guard ["tolerance_days", "max_days", "require_site", "actor", "other_days", "undated_weekday", "agreeing_roles", "name_articles", "name_vowels", "undated_days", "span_days", "described_actor"].contains(key) else {
                throw LexiconError(file: "Lexicons/\(table.name)", line: row.line, message: "unknown setting '\(key)'")
            }
            settings[key] = value
        }
        guard let tolerance = Int(settings["tolerance_days"] ?? "1"), let maxDays = Int(settings["max_days"] ?? "7"),
            let agreeing = Int(settings["agreeing_roles"] ?? "2"), (0...4).contains(agreeing),
            let undated = Int(settings["undated_days"] ?? "3"), undated >= 0, let span = Int(settings["span_days"] ?? "7"), span >= 0,
            ["yes", "no"].contains(settings["require_site"] ?? "yes"), ["compatible", "equal"].contains(settings["actor"] ?? "compatible"),
            ["corroborated", "any"].contains(settings["other_days"] ?? "corroborated"), ["unique", "no"].contains(settings["undated_weekday"] ?? "unique"),
            ["agrees", "no"].contains(settings["described_actor"] ?? "no")
        else {
            throw LexiconError(
                file: "Lexicons/\(table.name)", line: 0,
                message:
                    "tolerance_days, max_days, span_days and undated_days must be numbers, agreeing_roles 0 to 4, require_site yes or no, actor compatible or equal, other_days corroborated or any, undated_weekday unique or no, described_actor agrees or no")
        }
        self.init(
            toleranceDays: tolerance, maxDays: maxDays, spanDays: span, requireSite: settings["require_site"] != "no", actorsMustBeEqual: settings["actor"] == "equal",
            corroborateOtherDays: settings["other_days"] != "any", joinUndatedWeekdays: settings["undated_weekday"] != "no", agreeingRoles: agreeing,
            spelling: NameKey.Spelling(table: table), undatedDays: undated,
            describedActors: settings["described_actor"] == "agrees")
    }

    /// Whether a frame may join an event: the type, dates, actor and place agree.
    func compatible(_ candidate: Candidate, _ event: Event) -> Bool {
        compatible(Keyed(candidate, NameKeyCache(spelling: spelling)), event)
    }

    func compatible(_ keyed: Keyed, _ event: Event) -> Bool {
        let candidate = keyed.candidate
        guard let days = candidate.days, let eventDays = event.days, candidate.type == event.members[0].type else { return false }
        guard days.first <= eventDays.last + toleranceDays, eventDays.first <= days.last + toleranceDays else { return false }
        if let earliest = event.earliestDay, days.first > earliest + spanDays { return false }
        let sites = event.sites
        if requireSite {
            guard let site = candidate.site, sites.contains(site) else { return false }
        } else if !agree(keyed, event) {
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
        agree(Keyed(candidate, NameKeyCache(spelling: spelling)), event)
    }

    /// A frame's name keys, made once and compared with every event it might join.
    struct Keyed {
        let candidate: Candidate
        let actor: NameKey?
        let target: NameKey?
        let location: NameKey?
        /// The wider place a frame names after its town or facility ("Tower 22", then "Jordan").
        let outerLocation: NameKey?
        let site: NameKey?
        /// The actor's description, when the frame names no actor.
        let described: NameKey?

        init(_ candidate: Candidate, _ keys: NameKeyCache) {
            self.candidate = candidate
            actor = candidate.actor.map(keys.key)
            target = candidate.fields["target"].map(keys.key)
            location = candidate.fields["location"].map(keys.key)
            outerLocation = candidate.fields["outer_location"].map(keys.key)
            site = candidate.site.map(keys.key)
            described = candidate.actor == nil ? candidate.fields["actor"].map(keys.key) : nil
        }
    }

    func agree(_ keyed: Keyed, _ event: Event) -> Bool {
        let candidate = keyed.candidate
        var agreeing = 0
        if let key = keyed.actor, !event.actorKeys.isEmpty {
            guard event.actorKeys.contains(where: { $0.isCompatible(with: key) }) else { return false }
            agreeing += 1
        }
        func meets(_ key: NameKey?) -> Bool { key.map { key in event.placeKeys.contains { $0.isCompatible(with: key) } } ?? false }
        let target = meets(keyed.target)
        let location = meets(keyed.location) || meets(keyed.outerLocation)
        // Two different towns are two attacks; a base and the country it is in may be one.
        if candidate.site != nil, !event.sites.isEmpty, !target, !location, !meets(keyed.site),
            candidate.siteType.map(event.siteTypes.contains) ?? true
        {
            return false
        }
        agreeing += (target ? 1 : 0) + (location ? 1 : 0)
        if let weapon = candidate.fields["weapon"], event.weapons.contains(weapon) { agreeing += 1 }
        if describedActorsAgree(keyed, event) { agreeing += 1 }
        return agreeing >= agreeingRoles
    }

    /// "A suicide bomber" and "a vehicle-borne suicide bomber": where neither side names its
    /// actor, actors told by compatible descriptions agree, unless the two place the attack in
    /// different countries or different towns ("gunmen" raid villages in many places on one day).
    func describedActorsAgree(_ keyed: Keyed, _ event: Event) -> Bool {
        guard describedActors, keyed.actor == nil, event.actorKeys.isEmpty, let described = keyed.described,
            event.describedActorKeys.contains(where: { $0.isCompatible(with: described) })
        else { return false }
        let candidate = keyed.candidate
        if let country = candidate.fields["country"], !event.countries.isEmpty, !event.countries.contains(country) { return false }
        if candidate.fields["geo_level"] == "town", let site = keyed.site, !event.townKeys.isEmpty,
            !event.townKeys.contains(where: { $0.isCompatible(with: site) })
        {
            return false
        }
        return true
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

    /// Merges `candidates`, which must come sorted by type then first day (a frame dated only
    /// by its article's days, `undatedDays` before it, at its article's day; frames with no
    /// usable date last within their type); each finished event goes to `emit` once, and an
    /// undated frame that joins an emitted event goes to `join` with that event's id.
    public func merge<S: Sequence>(
        _ candidates: S, emit: (Event) throws -> Void, join: (Candidate, String) throws -> Void
    ) rethrows where S.Element == Candidate {
        // Open events by id (ids grow, so sorting them gives the order they opened in), filed
        // under their blocking keys so a frame meets only the events it could join.
        var open: [Int: Event] = [:]
        var keysOf: [Int: Set<String>] = [:]
        var index = EventKeyIndex(pairs: !requireSite && agreeingRoles >= 2)
        let names = NameKeyCache(spelling: spelling)
        var nextID = 0
        var scannedDay: Int? = nil
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
        func closeAll() throws {
            for id in open.keys.sorted() { try close(open[id]!) }
            open = [:]
            keysOf = [:]
            index = EventKeyIndex(pairs: index.pairs)
            scannedDay = nil
        }
        for candidate in candidates {
            if candidate.type != currentType {
                try closeAll()
                byWeekday = [:]
                currentType = candidate.type
            }
            guard let days = candidate.days, days.length <= maxDays else {
                // Undated frames come after every dated one of their type: all events are closed.
                if candidate.days == nil { try closeAll() }
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
            let keyed = Keyed(candidate, names)
            let keys = blockingKeys(keyed)
            // A frame with nothing to agree on can join nothing: it is its own event at once,
            // and never lengthens what later frames are compared with.
            if keys.isEmpty || (index.pairs && keys.count < 2 && !keys.contains(where: { $0.hasPrefix(EventKeyIndex.placePrefix) })) {
                try emit(Event(keyed, days: days, spelling: spelling))
                continue
            }
            // Events the window has passed can take no later frame; frames come by first day, so
            // the scan runs once a day, not once a frame. A report dated only by its article may
            // start `undatedDays` before the frame read last: the span test leaves it that margin.
            if scannedDay != days.first {
                scannedDay = days.first
                for id in open.keys.sorted()
                where open[id]!.days!.last + toleranceDays < days.first - maxDays
                    || open[id]!.earliestDay.map({ $0 + spanDays + undatedDays < days.first }) == true
                {
                    index.remove(id)
                    keysOf[id] = nil
                    try close(open.removeValue(forKey: id)!)
                }
            }
            let matches = index.events(sharing: keys).filter { compatible(keyed, open[$0]!) }
            if let first = matches.first {
                open[first]!.add(keyed)
                open[first]!.days = Self.narrower(open[first]!.days!, days)
                var merged = keysOf[first]!
                // A report that fits two open events bridges them when their named actors agree:
                // "Tower 22" and "in Jordan" told apart until one outlet says "Tower 22 in Jordan".
                if !requireSite {
                    for other in matches.dropFirst() where Self.actorsAgree(open[first]!, open[other]!) {
                        let absorbed = open.removeValue(forKey: other)!
                        open[first]!.absorb(absorbed)
                        open[first]!.days = Self.narrower(open[first]!.days!, absorbed.days!)
                        merged.formUnion(keysOf.removeValue(forKey: other)!)
                        index.remove(other)
                    }
                }
                if !keys.isSubset(of: merged) || merged.count != keysOf[first]!.count {
                    merged.formUnion(keys)
                    keysOf[first] = merged
                    index.file(first, keys: merged)
                }
            } else {
                open[nextID] = Event(keyed, days: days, spelling: spelling)
                keysOf[nextID] = keys
                index.file(nextID, keys: keys)
                nextID += 1
            }
        }
        try closeAll()
    }

    /// What a frame is filed and found under: its site when the site is required; else the
    /// words of its named actor's and places' name keys and its weapon ("*" when nothing must
    /// agree).
    func blockingKeys(_ keyed: Keyed) -> Set<String> {
        let candidate = keyed.candidate
        if requireSite { return candidate.site.map { ["s:" + $0] } ?? [] }
        if agreeingRoles == 0 { return ["*"] }
        var keys: Set<String> = []
        if let actor = keyed.actor { for word in actor.words { keys.insert("a:" + word) } }
        for place in [keyed.target, keyed.location, keyed.outerLocation, keyed.site] { for word in place?.words ?? [] { keys.insert(EventKeyIndex.placePrefix + word) } }
        if let weapon = candidate.fields["weapon"] { keys.insert("w:" + weapon) }
        if describedActors, let described = keyed.described { for word in described.words { keys.insert("d:" + word) } }
        return keys
    }
}
