import NewsFrameCore

/// A frame while the stage builds it: arguments still as token ranges, statuses as a set,
/// and the rules that shaped it, so folding and claim links can still change it.
struct FrameDraft {
    struct Argument {
        var role: String
        var range: Range<Int>
        var canonical: String?
        var value: String?
        var count: Int?
        /// The entity type behind the argument, for choosing the most specific place.
        var entityType: String?
        var rule: String
    }

    var mention: TriggerMention
    var entry: EventLexicon.Trigger
    var type: String
    var rules: [String]
    var arguments: [Argument] = []
    var status: Set<String> = []
    /// The draft (after folding: the frame) a claim claims.
    var attack: Int? = nil
    /// Trigger ranges of mentions folded into this frame, for claim links.
    var folded: [Range<Int>] = []
    /// A mention that only tells more of an event told before ("the bombings" with no place or
    /// party of their own): it folds into an earlier frame or is dropped, never a frame alone.
    var foldOnly = false
    /// A definite or dated nominal of its own sentence folded into it ("killed 15 fighters after
    /// Thursday's attack in Kolbe"): the sentence tells of an event told before.
    var pointsBackInSentence = false
    /// Mentions of its own sentence a word of time order sets apart from it ("came a day after"):
    /// it never folds into a frame that holds one.
    var apartFrom: [Range<Int>] = []
    /// The span of time that sets it apart, as days from the event it is told against (negative:
    /// before it), and the words of that span: "came two days after a truck bomb …" dates the
    /// truck bomb two days before the explosions.
    var apartBy: (days: Int, words: Range<Int>)? = nil
    /// Who its harm befell ("killed five students", "a ranger was killed"): the target when
    /// no mention of the attack names what was hit (`ANNOTATION.md`: victims are target).
    /// (The parse word heading them; read into an argument only for a frame left with no target.)
    var victims: Int? = nil

    init(mention: TriggerMention, entry: EventLexicon.Trigger, rules: [String]) {
        self.mention = mention
        self.entry = entry
        self.type = mention.type
        self.rules = rules
        status = Set(entry.status)
    }

    func first(_ role: String) -> Argument? { arguments.first { $0.role == role } }

    /// A more specific place as the first location, before the wider one it lies in.
    mutating func insertLocation(_ place: Argument) {
        guard !arguments.contains(where: { $0.role == "location" && ($0.range == place.range || $0.canonical == place.canonical) }) else { return }
        arguments.insert(place, at: arguments.firstIndex { $0.role == "location" } ?? arguments.count)
    }

    /// One party is not both: a headline's "X Targeted in Drone Attacks" read as active makes X
    /// the actor of its own attack, while the passive reading (or another mention) makes it the
    /// target; the target stands.
    mutating func dropActorThatIsTarget() {
        let targets = arguments.filter { $0.role == "target" }
        arguments.removeAll { actor in
            actor.role == "actor" && targets.contains { $0.range == actor.range || ($0.canonical != nil && $0.canonical == actor.canonical) }
        }
    }

    /// Adds an argument unless the role already holds the same thing.
    mutating func add(_ argument: Argument) {
        if arguments.contains(where: { $0.role == argument.role && ($0.range == argument.range || ($0.canonical != nil && $0.canonical == argument.canonical)) }) {
            return
        }
        arguments.append(argument)
    }

    /// The place that identifies the event: a facility or named place target, else the
    /// location (`ANNOTATION.md`: "same target or location").
    var site: String? { siteArgument?.canonical }

    /// Site types, the most specific first.
    static let siteTypes = ["FAC", "LOC", "GPE"]

    /// The argument `site` comes from, with its entity type.
    var siteArgument: Argument? {
        // (Asked of every frame pair the fold compares: no array is made for it.)
        for type in Self.siteTypes {
            if let place = arguments.first(where: { ($0.role == "target" || $0.role == "location") && $0.canonical != nil && $0.entityType == type }) {
                return place
            }
        }
        return nil
    }

    /// Where the event happened: the first place the gazetteer resolved inside the location,
    /// else inside the site, else a town or region inside a target ("a base in Syria's Hasakah
    /// province"), else the one country of every town and region the document names.
    func place(_ tokens: EventTokens) -> Place? {
        let ordered = arguments.filter { $0.role == "location" } + [siteArgument].compactMap { $0 } + arguments.filter { $0.role == "target" }
        for argument in ordered {
            for token in argument.range {
                guard let index = tokens.base.mentionAt[token], let country = tokens.base.mentions[index].country else { continue }
                // Inside a target only a town or region says where: a country there is whose the
                // target is ("US forces at Erbil airport"), unless the country is the target.
                if argument.role == "target", tokens.base.mentions[index].admin1 == nil, tokens.base.mentionTokens[index] != argument.range {
                    continue
                }
                // A flag or a backer is no place: "the Barbados-flagged tanker", "Iran-backed".
                let after = tokens.base.mentionTokens[index].upperBound
                if after < tokens.count, tokens.lower[after] == "-" { continue }
                let mention = tokens.base.mentions[index]
                let level = Self.level(mention, near: Self.isNear(tokens.base.mentionTokens[index].lowerBound, tokens))
                return Place(country: country, admin1: mention.admin1, lat: mention.lat, lon: mention.lon, level: level)
            }
        }
        // A report whose towns and regions all lie in one country tells where the event was, to
        // the country (no region, no point to draw). Countries themselves do not count: "U.S.
        // officials said" names who spoke, not where it happened.
        let countries = tokens.regionCountries
        return countries.count == 1 ? Place(country: countries.first!, level: "country") : nil
    }

    /// An area only the text names, by its area noun ("Kolbe district"): no gazetteer says
    /// which towns it holds, so across reports it tells no attack apart from one placed in a
    /// town (in one report, `EventStage.conflict` lets such a place meet a listed one likewise).
    func isTextArea(_ argument: Argument, _ tokens: EventTokens) -> Bool {
        argument.entityType == "GPE" && argument.range.contains { tokens.has($0, "place_noun") }
            && !argument.range.contains { token in tokens.base.mentionAt[token].map { tokens.base.mentions[$0].feature != EntityMention.unlisted } ?? false }
    }

    /// How closely a place mention says where the event was: a town or facility is the
    /// place itself (`near` when a vicinity word governs it), a first-level region, sea or
    /// other area is a region, a country is a country; an unlisted settlement is a town. Hand-written gazetteer lines give no
    /// feature: a located GPE or FAC stands for a town, a LOC for a region.
    static func level(_ mention: EntityMention, near: Bool) -> String {
        let feature = mention.feature ?? (mention.type == "LOC" ? "region" : mention.admin1 == nil && mention.type == "GPE" ? "country" : "town")
        switch feature {
        case "town", EntityMention.unlisted: return near ? "near" : "town"
        case "region": return "region"
        default: return "country"
        }
    }

    /// Whether the closest preposition before a place is a vicinity word ("near", "outside",
    /// "north of", "off"): the nearest `place` or `vicinity` word within a few tokens decides.
    static func isNear(_ start: Int, _ tokens: EventTokens) -> Bool {
        var position = start - 1
        while position >= max(0, start - 6) {
            let length = tokens.length(position, "vicinity")
            if length > 0, position + length <= start { return true }
            if tokens.has(position, "place") || tokens.has(position, "clause") { return false }
            position -= 1
        }
        return false
    }

    func frame(_ tokens: EventTokens, attackSpan: Span?) -> EventFrame {
        var result: [EventArgument] = arguments.map {
            let span = tokens.span($0.range)
            return EventArgument(role: $0.role, start: span.start, end: span.end, canonical: $0.canonical, value: $0.value, count: $0.count, rule: $0.rule)
        }
        if let attackSpan { result.append(EventArgument(role: "attack", start: attackSpan.start, end: attackSpan.end, rule: "events/claim-link")) }
        // By position, but the locations as the draft holds them: the most specific first.
        let byPosition = result.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
        result = EventArgument.inRoleOrder(byPosition.filter { $0.role != "location" } + result.filter { $0.role == "location" })
        let trigger = tokens.span(mention.range)
        var frame = EventFrame(
            type: type, trigger: trigger, arguments: result, status: EventLexicon.statusOrder.filter(status.contains), rule: rules.joined(separator: " "),
            site: siteArgument.map { isTextArea($0, tokens) } == true ? nil : site,
            namedActor: arguments.first { $0.role == "actor" && $0.entityType != nil }?.canonical, siteType: siteArgument?.entityType)
        frame.mentions = folded.map { tokens.span($0) }
        frame.place = place(tokens)
        return frame
    }
}
