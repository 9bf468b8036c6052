import NewsFrameCore

/// The entity knowledge of `Lexicons/`: the gazetteers listed in `entities-index.tsv`, the
/// titles, head nouns and name particles that patterns use, and number words for counts.
/// A struct, so that reading its tables costs no exclusivity check (a class's `var`s do).
struct EntityLexicon: @unchecked Sendable {
    struct Entry {
        var canonical: String
        var type: String
        var priority: Int
        /// The lexicon file (one string all its lines share) and line: the rule id is made
        /// only for the mentions an entry makes.
        var file: String
        var line: Int
        var ruleID: String { "\(file):\(line)" }
        var example: String?
        /// Where the place is, for gazetteer lines that say (country, region, coordinates).
        var place: Place?
        /// A form that is a place only with place context (`evidence` = context): small towns,
        /// towns named like a word or a given name, alternate spellings.
        var needsContext = false
    }

    struct Place {
        var country: String
        var admin1: String?
        var lat: Double?
        var lon: Double?
        /// country, region or town (`feature` column; hand-written lines leave it empty).
        var feature: String?
        /// The feature of the gazetteer line a hand-written line took its whereabouts from: what
        /// kind of place it is, for how precisely an event there is placed, without making the
        /// trusted hand-written line a local name that needs context.
        var lentFeature: String?
        /// The people living there (GeoNames), for the namesake policy: a large city keeps its name.
        var population: Int?

        /// What kind of place this is, however the line got its whereabouts.
        var kind: String? { feature ?? lentFeature }

        /// A town or a region: a name small places share with people and other places.
        var isLocal: Bool { feature == "town" || feature == "region" }
    }

    /// A place cue: words right before a name that make it a place ("in", "the town of").
    struct PlaceCue {
        var ruleID: String
        /// Whether the cue also makes a proper noun no gazetteer knows a place ("near X" does,
        /// "according to X" and "from X" do not).
        var namesUnknown: Bool
        var example: String?
        var expect: String?
    }

    struct Head {
        var type: String
        var ruleID: String
        var example: String?
        var expect: String?
    }

    static let types: Set<String> = ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WEAPON", "VEHICLE"]
    static let placeTypes: Set<String> = ["GPE", "LOC", "FAC"]

    /// Every word of every form in the case the lexicon gives; and, apart, the lowercase words
    /// of the case-insensitive tables (cues, particles, weapon nouns, numbers). Apart, because
    /// every token is looked up in both: the small lowercase table stays in the cache while
    /// the world's names fill the large one.
    private(set) var vocabulary = Vocabulary()
    private(set) var lowerVocabulary = Vocabulary()
    private(set) var entries: [Entry] = []
    /// Other places of the same name in other countries, by the entry the trie gives.
    private(set) var alternatives: [Int: [Int]] = [:]
    private(set) var sensitive = WordTrie()
    private(set) var insensitive = WordTrie()
    private(set) var titles: [(ruleID: String, title: String, example: String?, expect: String?)] = []
    private(set) var titleTrie = WordTrie()
    private(set) var heads: [Head] = []
    private(set) var headsSensitive = WordTrie()
    private(set) var headsInsensitive = WordTrie()
    /// By lowercase word id: whether the word is a name particle ("al", "bin").
    private(set) var isParticle: [Bool] = []
    /// Speech cues next to which a capitalized name is a person: cue → (before, after, line).
    private(set) var personCues: [Int32: (before: Bool, after: Bool, byline: Bool, ruleID: String)] = [:]
    private(set) var personCueExamples: [(ruleID: String, text: String, expect: String)] = []
    /// Given names ("Salman", "Timothy") → their lexicon line.
    private(set) var givenNames: [Int32: String] = [:]
    /// The same two tables as arrays by word id, for the per-token lookups.
    private var givenNameByID: [String?] = []
    private var canStartName: [Bool] = []
    private var personCueByID: [(before: Bool, after: Bool, byline: Bool, ruleID: String)?] = []
    private(set) var givenNameExamples: [(ruleID: String, text: String, expect: String)] = []
    /// By word id: capitalized words that never begin a name ("The", "In"):
    /// `sentence-starters.tsv`, weekdays and months.
    private(set) var isNonNameWord: [Bool] = []
    /// Ship nouns and name prefixes that make the name beside them a VEHICLE.
    struct VehicleCue {
        var ruleID: String
        var partOfName: Bool
        var example: String?
        var expect: String?
    }

    private(set) var vehicleCues: [VehicleCue] = []
    private(set) var vehicleCuesSensitive = WordTrie()
    private(set) var vehicleCuesInsensitive = WordTrie()
    /// Words that open a facility's or place's name and belong to it ("Camp", "Calle").
    private(set) var prefixHeads: [Head] = []
    private(set) var prefixTrie = WordTrie()
    /// "known as", "nicknamed": the name after it is the person's before it.
    private(set) var aliasCues: [(ruleID: String, example: String?, expect: String?, canonical: String?)] = []
    private(set) var aliasCueTrie = WordTrie()
    private(set) var placeCues: [PlaceCue] = []
    /// Settlement nouns that, in an apposition after an unknown name ("Kolbe, a farming village
    /// in …"), make the name a place (`entities-apposition-places.tsv`).
    private(set) var appositionPlaces: [PlaceCue] = []
    private(set) var appositionPlaceTrie = WordTrie()
    /// Place cues by their lowercase words, matched so that they end right before a name.
    private(set) var placeCueTrie = WordTrie()
    private(set) var numberTrie = WordTrie()
    private var numberValues: [Int] = []

    /// The population from which a city keeps its name against a namesake (pipeline option
    /// `large_city`; docs/GAZETTEERS.md).
    private(set) var largeCity = 1_000_000
    /// The population below which a town alone in its country in a report that names others
    /// is read as a place no gazetteer lists (pipeline option `foreign_town`; docs/GAZETTEERS.md).
    private(set) var foreignTown = 100_000

    init(context: StageContext) throws {
        let largeCityOption = context.option("large_city", default: "1000000")
        guard let largeCity = Int(largeCityOption), largeCity > 0 else {
            throw StageOptionError(option: "large_city", value: largeCityOption, expected: "a positive number of people")
        }
        self.largeCity = largeCity
        let foreignTownOption = context.option("foreign_town", default: "100000")
        guard let foreignTown = Int(foreignTownOption), foreignTown >= 0 else {
            throw StageOptionError(option: "foreign_town", value: foreignTownOption, expected: "a number of people (0: never)")
        }
        self.foreignTown = foreignTown
        let index = try context.table(context.option("index", default: "entities-index.tsv"), required: ["file", "case", "priority"])
        var subdivisionCountries: [(entry: Int, country: String, kind: String?)] = []
        for row in index.rows {
            let file = row["file"]!
            guard let priority = Int(row["priority"]!), ["sensitive", "insensitive"].contains(row["case"]!) else {
                throw LexiconError(file: "Lexicons/\(index.name)", line: row.line, message: "case must be sensitive or insensitive and priority a number")
            }
            let caseInsensitive = row["case"] == "insensitive"
            let table = try context.table(file, required: ["canonical", "type"])
            if caseInsensitive {
                insensitive.reserve(phrases: 2 * table.rows.count)
            } else {
                sensitive.reserve(phrases: 2 * table.rows.count)
            }
            vocabulary.reserve(4 * table.rows.count)
            let columns = Columns(table)
            for entry in table.rows {
                let type = entry.cell(columns.type)!
                guard Self.types.contains(type) else {
                    throw LexiconError(file: "Lexicons/\(file)", line: entry.line, message: "unknown type '\(type)'; expected one of \(Self.types.sorted().joined(separator: ", "))")
                }
                let canonical = entry.cell(columns.canonical)!
                // (Nationality lines have a `country` column too: the country's name, no place.)
                let place = Self.placeTypes.contains(type) ? try self.place(entry, columns, file: file) : nil
                // (A facility lies in its country as no kind of place: "al-Tanf garrison", Syria.)
                if place == nil, ["GPE", "FAC"].contains(type), let country = Self.attribute("country", in: entry.cell(columns.attributes)) {
                    let town = Self.attribute("level", in: entry.cell(columns.attributes)) == "town"
                    subdivisionCountries.append((entries.count, country, type == "FAC" ? nil : town ? "town" : "region"))
                }
                let evidence = entry.cell(columns.evidence) ?? "name"
                guard ["name", "context", ""].contains(evidence) else {
                    throw LexiconError(file: "Lexicons/\(file)", line: entry.line, message: "evidence must be name or context")
                }
                entries.append(Entry(
                    canonical: canonical, type: type, priority: priority, file: entry.file, line: entry.line,
                    example: entry.cell(columns.example), place: place, needsContext: evidence == "context"))
                let forms = [canonical] + (entry.cell(columns.aliases) ?? "").split(separator: "|").map(String.init)
                for form in forms where !form.isEmpty {
                    if caseInsensitive {
                        insensitive.insert(LexiconPhrase.words(form).map { lowerVocabulary.intern($0.lowercased()) }, payload: entries.count - 1)
                    } else {
                        // Tokens are looked up without a possessive 's, so forms are too ("People's
                        // Defence Force" is "People" "Defence" "Force" to the trie).
                        let ids = LexiconPhrase.internedWords(form, into: &vocabulary)
                        // A form an earlier file has keeps that file's entry; a place the earlier
                        // line did not locate takes this line's whereabouts ("Iraq" → IQ).
                        guard let payload = sensitive.insert(ids, payload: entries.count - 1), let place else { continue }
                        // A place of another country with the same name is its alternative
                        // ("Hangu": China's, else Pakistan's when the report names Pakistan).
                        if let known = entries[payload].place, known.country != place.country, known.feature != "country", place.isLocal {
                            alternatives[payload, default: []].append(entries.count - 1)
                            continue
                        }
                        // Only a place named so wherever written lends its whereabouts: a village
                        // "Russia" in Ohio must not locate the country. (Only where it is: a
                        // hand-written line stays trusted as written.)
                        // A town lends over a region of its name and country: news that writes
                        // "Erbil" means the city unless it says "province".
                        let lentRegion = entries[payload].place.map { $0.lentFeature == "region" && place.feature == "town" && $0.country == place.country } ?? false
                        if evidence != "context", entries[payload].place == nil || lentRegion, entries[payload].type == type {
                            entries[payload].place = place
                            entries[payload].place?.feature = place.feature == "country" ? "country" : nil
                            entries[payload].place?.lentFeature = place.feature
                        }
                    }
                }
            }
        }
        try placeSubdivisions(subdivisionCountries)
        let titleTable = try context.table(context.option("titles", default: "entities-titles.tsv"), required: ["title"])
        for row in titleTable.rows {
            titles.append((row.ruleID, row["title"]!, row["example"], row["expect"]))
            titleTrie.insert(LexiconPhrase.words(row["title"]!).map { vocabulary.intern($0) }, payload: titles.count - 1)
        }
        let headTable = try context.table(context.option("heads", default: "entities-heads.tsv"), required: ["head", "type", "case"])
        for row in headTable.rows {
            heads.append(Head(type: row["type"]!, ruleID: row.ruleID, example: row["example"], expect: row["expect"]))
            let words = LexiconPhrase.words(row["head"]!)
            if row["case"] == "insensitive" {
                headsInsensitive.insert(words.map { lowerVocabulary.intern($0.lowercased()) }, payload: heads.count - 1)
            } else {
                headsSensitive.insert(words.map { vocabulary.intern($0) }, payload: heads.count - 1)
            }
        }
        let particleTable = try context.table(context.option("particles", default: "entities-particles.tsv"), required: ["particle"])
        let particles = particleTable.rows.map { lowerVocabulary.intern($0["particle"]!.lowercased()) }
        let cueTable = try context.table(context.option("person_cues", default: "entities-person-cues.tsv"), required: ["cue", "side"])
        for row in cueTable.rows {
            let side = row["side"]!
            guard ["before", "after", "both", "byline"].contains(side) else {
                throw LexiconError(file: "Lexicons/\(cueTable.name)", line: row.line, message: "side must be before, after, both or byline")
            }
            personCues[lowerVocabulary.intern(row["cue"]!.lowercased())] = (side == "before" || side == "both", side == "after" || side == "both", side == "byline", row.ruleID)
            if let text = row["example"], let expect = row["expect"] { personCueExamples.append((row.ruleID, text, expect)) }
        }
        let givenTable = try context.table(context.option("given_names", default: "entities-given-names.tsv"), required: ["name"])
        for row in givenTable.rows where givenNames[vocabulary.intern(row["name"]!)] == nil {
            givenNames[vocabulary.intern(row["name"]!)] = row.ruleID
            if let text = row["example"], let expect = row["expect"] { givenNameExamples.append((row.ruleID, text, expect)) }
        }
        let starters = try context.table(context.option("non_name_words", default: "sentence-starters.tsv"), required: ["word"])
        var nonNameWords = starters.rows.map { vocabulary.intern($0["word"]!) }
        // Weekdays and months never begin a name ("the Pentagon said Sunday").
        for file in context.option("calendar_words", default: "temporal-weekdays.tsv,temporal-months.tsv").split(separator: ",") {
            let calendar = try context.table(String(file), required: ["form"])
            nonNameWords += calendar.rows.map { vocabulary.intern($0["form"]!) }
        }
        let placeCueTable = try context.table(context.option("place_cues", default: "entities-place-cues.tsv"), required: ["cue"])
        for row in placeCueTable.rows {
            guard ["yes", "no"].contains(row["unknown"] ?? "no") else {
                throw LexiconError(file: "Lexicons/\(placeCueTable.name)", line: row.line, message: "unknown must be yes or no")
            }
            placeCues.append(PlaceCue(ruleID: row.ruleID, namesUnknown: row["unknown"] == "yes", example: row["example"], expect: row["expect"]))
            placeCueTrie.insert(LexiconPhrase.words(row["cue"]!.lowercased()).map { lowerVocabulary.intern($0) }, payload: placeCues.count - 1)
        }
        let appositionTable = try context.table(context.option("apposition_places", default: "entities-apposition-places.tsv"), required: ["noun"])
        for row in appositionTable.rows {
            appositionPlaces.append(PlaceCue(ruleID: row.ruleID, namesUnknown: true, example: row["example"], expect: row["expect"]))
            appositionPlaceTrie.insert(LexiconPhrase.words(row["noun"]!.lowercased()).map { lowerVocabulary.intern($0) }, payload: appositionPlaces.count - 1)
        }
        let prefixTable = try context.table(context.option("prefix_heads", default: "entities-prefix-heads.tsv"), required: ["prefix", "type"])
        for row in prefixTable.rows {
            guard Self.types.contains(row["type"]!) else {
                throw LexiconError(file: "Lexicons/\(prefixTable.name)", line: row.line, message: "unknown type '\(row["type"]!)'")
            }
            prefixHeads.append(Head(type: row["type"]!, ruleID: row.ruleID, example: row["example"], expect: row["expect"]))
            prefixTrie.insert(LexiconPhrase.words(row["prefix"]!).map { vocabulary.intern($0) }, payload: prefixHeads.count - 1)
        }
        let aliasTable = try context.table(context.option("alias_cues", default: "entities-alias-cues.tsv"), required: ["cue"])
        for row in aliasTable.rows {
            aliasCues.append((row.ruleID, row["example"], row["expect"], row["canonical"]))
            aliasCueTrie.insert(LexiconPhrase.words(row["cue"]!.lowercased()).map { lowerVocabulary.intern($0) }, payload: aliasCues.count - 1)
        }
        let vehicleTable = try context.table(context.option("vehicle_cues", default: "entities-vehicle-cues.tsv"), required: ["cue", "case", "part"])
        for row in vehicleTable.rows {
            guard ["sensitive", "insensitive"].contains(row["case"]!), ["yes", "no"].contains(row["part"]!) else {
                throw LexiconError(file: "Lexicons/\(vehicleTable.name)", line: row.line, message: "case must be sensitive or insensitive, part yes or no")
            }
            vehicleCues.append(VehicleCue(ruleID: row.ruleID, partOfName: row["part"] == "yes", example: row["example"], expect: row["expect"]))
            let words = LexiconPhrase.words(row["cue"]!)
            if row["case"] == "insensitive" {
                vehicleCuesInsensitive.insert(words.map { lowerVocabulary.intern($0.lowercased()) }, payload: vehicleCues.count - 1)
            } else {
                vehicleCuesSensitive.insert(words.map { vocabulary.intern($0) }, payload: vehicleCues.count - 1)
            }
        }
        let numberTable = try context.table(context.option("numbers", default: "temporal-numbers.tsv"), required: ["form", "value"])
        for row in numberTable.rows where row["article"] != "yes" {
            guard let value = Int(row["value"]!) else { continue }
            numberValues.append(value)
            numberTrie.insert(LexiconPhrase.words(row["form"]!.lowercased()).map { lowerVocabulary.intern($0) }, payload: numberValues.count - 1)
        }
        // The vocabulary is complete: word tests become array lookups by id.
        isParticle = [Bool](repeating: false, count: lowerVocabulary.count)
        for id in particles { isParticle[Int(id)] = true }
        givenNameByID = [String?](repeating: nil, count: vocabulary.count)
        for (id, rule) in givenNames { givenNameByID[Int(id)] = rule }
        personCueByID = Array(repeating: nil, count: lowerVocabulary.count)
        for (id, cue) in personCues { personCueByID[Int(id)] = cue }
        canStartName = [Bool](repeating: false, count: vocabulary.count)
        for id in sensitive.firstWords where id >= 0 && Int(id) < canStartName.count { canStartName[Int(id)] = true }
        isNonNameWord = [Bool](repeating: false, count: vocabulary.count)
        for id in nonNameWords { isNonNameWord[Int(id)] = true }
    }

    func numberValue(_ payload: Int) -> Int { numberValues[payload] }

    /// Whether a gazetteer form starts with the word of this id: most words start none, and an
    /// array read spares them a probe into the large trie.
    func startsName(_ id: Int32) -> Bool { id >= 0 && canStartName[Int(id)] }

    /// One copy of each region and country string: 226,000 towns share a few thousand.
    private var sharedStrings: [String: String] = [:]

    private mutating func shared(_ text: String) -> String {
        if let known = sharedStrings[text] { return known }
        sharedStrings[text] = text
        return text
    }

    /// Column positions of a gazetteer file, looked up once per file.
    private struct Columns {
        let canonical, type, aliases, example, evidence, country, admin1, lat, lon, feature, population, attributes: Int?

        init(_ table: LexiconTable) {
            canonical = table.position(of: "canonical")
            type = table.position(of: "type")
            aliases = table.position(of: "aliases")
            example = table.position(of: "example")
            evidence = table.position(of: "evidence")
            country = table.position(of: "country")
            admin1 = table.position(of: "admin1")
            lat = table.position(of: "lat")
            lon = table.position(of: "lon")
            feature = table.position(of: "feature")
            population = table.position(of: "population")
            attributes = table.position(of: "attributes")
        }
    }

    /// A value of an `attributes` cell ("country=Russia;level=federal subject").
    static func attribute(_ key: String, in cell: String?) -> String? {
        for pair in (cell ?? "").split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0] == key, !parts[1].isEmpty { return parts[1] }
        }
        return nil
    }

    /// A hand-written place that no gazetteer line located ("Ingushetia", `country=Russia` in
    /// its `attributes`; "Fallujah", `level=town` too) is a region, or a town, of the country
    /// its attributes name, found by that name once every gazetteer is read: so a region is a
    /// wide place where a town the report names may lie, and either is a place of that country
    /// when reports are merged. A facility so marked ("al-Tanf garrison", `country=Syria`) lies
    /// in that country, as no kind of place. A `country=` that names no country of the
    /// gazetteers is an error naming the line.
    private mutating func placeSubdivisions(_ pending: [(entry: Int, country: String, kind: String?)]) throws {
        for (entry, name, kind) in pending {
            let words = LexiconPhrase.internedWords(name, into: &vocabulary)
            guard let (payload, length) = sensitive.longest(words, from: 0), length == words.count,
                let country = entries[payload].place, country.feature == "country"
            else {
                throw LexiconError(file: entries[entry].file, line: entries[entry].line, message: "country=\(name) names no country of the gazetteers")
            }
            if entries[entry].place == nil { entries[entry].place = Place(country: country.country, lentFeature: kind) }
        }
    }

    /// The whereabouts a gazetteer line gives (`country`, `admin1`, `lat`, `lon`), if any.
    private mutating func place(_ row: LexiconTable.Row, _ columns: Columns, file: String) throws -> Place? {
        guard let country = row.cell(columns.country) else { return nil }
        func degrees(_ column: Int?, _ name: String, _ limit: Double) throws -> Double? {
            guard let text = row.cell(column) else { return nil }
            guard let value = Double(text), abs(value) <= limit else {
                throw LexiconError(file: "Lexicons/\(file)", line: row.line, message: "\(name) must be a number of degrees within ±\(Int(limit))")
            }
            return value
        }
        let admin1 = row.cell(columns.admin1).map { shared($0) }
        let feature = row.cell(columns.feature).map { shared($0) }
        guard feature == nil || ["country", "region", "town"].contains(feature!) else {
            throw LexiconError(file: "Lexicons/\(file)", line: row.line, message: "feature must be country, region or town")
        }
        return Place(
            country: shared(country), admin1: admin1, lat: try degrees(columns.lat, "lat", 90), lon: try degrees(columns.lon, "lon", 180), feature: feature,
            population: row.cell(columns.population).flatMap { Int($0) })
    }

    /// The given name's lexicon line, for a word id; nil for unknown words.
    func givenName(_ id: Int32) -> String? { id >= 0 ? givenNameByID[Int(id)] : nil }

    /// The speech cue a lowercase word id is, if any.
    func personCue(_ id: Int32) -> (before: Bool, after: Bool, byline: Bool, ruleID: String)? {
        id >= 0 ? personCueByID[Int(id)] : nil
    }

    /// Whether the word with this id (lowercased) is a name particle; unknown words are not.
    func particle(_ id: Int32) -> Bool { id >= 0 && isParticle[Int(id)] }

    /// Whether the word with this id never begins a name; unknown words may.
    func nonNameWord(_ id: Int32) -> Bool { id >= 0 && isNonNameWord[Int(id)] }
}
