import NewsFrameCore
@testable import NewsFrameEntities
import Testing

/// The ambiguity policy of docs/GAZETTEERS.md on sentences where a common word, a given name or
/// a surname is also a town, and the whereabouts places carry.
@Suite("entities: world gazetteers and their ambiguity policy")
struct GazetteerPolicyTests {
    func mentions(_ text: String) throws -> [EntityMention] {
        try TestSupport.analyze(text).annotations.entities ?? []
    }

    func found(_ text: String) throws -> [String] {
        let document = try TestSupport.analyze(text)
        return (document.annotations.entities ?? []).map { "\(document.text.slice($0.start, $0.end))/\($0.type)" }
    }

    @Test("towns named like English words never fire: Hope, Mission, Police, University, May")
    func commonWordTowns() throws {
        let text = "Hope is fading, the Mission chief said in May, as Police searched the University grounds."
        #expect(try found(text).filter { $0.hasSuffix("/GPE") } == [])
    }

    @Test("a small town is a place only with context: a cue before it, its country after a comma, or the document")
    func contextBoundTowns() throws {
        #expect(try found("Sebba residents fled.") == [])
        #expect(try found("Gunmen killed four traders in Sebba on Sunday.") == ["Sebba/GPE"])
        #expect(try found("Gunmen struck Sebba, Burkina Faso, on Sunday.") == ["Sebba/GPE", "Burkina Faso/GPE"])
        // A settlement or area noun right after the name is context too.
        #expect(try found("Gunmen stormed Sebba village at dusk.") == ["Sebba/GPE"])
        #expect(try found("Troops patrolled the Ricaurte municipality on Friday.") == ["Ricaurte/GPE"])
        // Named with context once, every mention counts.
        #expect(try found("Sebba residents fled. Gunmen stayed in Sebba.") == ["Sebba/GPE", "Sebba/GPE"])
        // A possessive or a capitalized word after the cue's name is no context.
        #expect(try found("The truck left from Sebba's garage.").filter { $0.hasPrefix("Sebba") } == [])
    }

    @Test("a town inside a longer name, as a speaker or as a known surname is the person")
    func townsThatArePeople() throws {
        #expect(try found("Gentil Duarte led the dissidents.") == ["Gentil Duarte/PERSON"])
        #expect(try found("Juan Manuel Santos signed the accord.") == ["Juan Manuel Santos/PERSON"])
        let austin = try found("Defense Secretary Lloyd Austin met the envoy. Austin said the talks went well.")
        #expect(austin == ["Lloyd Austin/PERSON", "Austin/PERSON"])
        #expect(try found("\"We saw him,\" Elliott said.").contains("Elliott/PERSON"))
    }

    @Test("the names the issue asks for: Eilat, Biden, Harris, Besham-size towns of any country")
    func namesInTheNews() throws {
        let names = try found("President Biden spoke with Vice President Harris about Eilat. Fighting spread to Kupiansk and Djibo.")
        #expect(names == ["Biden/PERSON", "Harris/PERSON", "Eilat/GPE", "Kupiansk/GPE", "Djibo/GPE"])
    }

    @Test("a hand-written subdivision no gazetteer line locates is a region of the country its attributes name")
    func subdivisionsByAttributes() throws {
        let found = try mentions("Shelling was reported in Ingushetia and in Dnipropetrovsk Oblast on Monday.")
        let republic = try #require(found.first { $0.canonical == "Ingushetia" })
        #expect(republic.feature == "region" && republic.country == "RU", "\(republic)")
        #expect(found.first { $0.canonical == "Dnipropetrovsk Oblast" }.map { $0.feature == "region" && $0.country == "UA" } == true)
        // A hand-written world place with attributes: a town when its level says so.
        let world = try mentions("Fighting spread from Fallujah to Chechnya.")
        #expect(world.first { $0.canonical == "Fallujah" }.map { $0.feature == "town" && $0.country == "IQ" } == true, "\(world)")
        #expect(world.first { $0.canonical == "Chechnya" }.map { $0.feature == "region" && $0.country == "RU" } == true, "\(world)")
        #expect(EntityLexicon.attribute("country", in: "country=Russia;level=federal subject") == "Russia")
        #expect(EntityLexicon.attribute("level", in: "country=Russia") == nil)
    }

    @Test("a settlement noun makes an unknown name an unlisted place; a known name keeps its entry; a hyphen joins a name")
    func unlistedSettlements() throws {
        let found = try mentions("Gunmen attacked Kelbongaro village near Djibo on Monday.")
        let village = try #require(found.first { $0.canonical == "Kelbongaro village" })
        #expect(village.type == "GPE" && village.feature == EntityMention.unlisted && village.country == nil)
        #expect(found.first { $0.canonical == "Djibo" }?.country == "BF")
        #expect(try self.found("Bandits raided Kamwenge district at dawn.").contains("Kamwenge/GPE"))
        #expect(try self.found("Fighters pushed into the city of Umbaro-Nkeli on Friday.").contains("Umbaro-Nkeli/GPE"))
        // A known town that is only the first of the name's words is no entry of the name; a
        // nationality is no settlement's name.
        #expect(try self.found("Gunmen stormed Kaya Dembelo village at dusk.") == ["Kaya Dembelo village/GPE"])
        #expect(try self.found("Gunmen stormed a French Dembelo village at dusk.") == ["French/NORP"])
        // Areas too: a province, a municipality, a commune, a prefecture.
        #expect(try self.found("Troops were ambushed in Kelbo Sur province before dawn.") == ["Kelbo Sur province/GPE"])
        // (A region's name may begin a longer one: "Northern" is a region of some countries.)
        #expect(try self.found("Rebels ambushed troops in Northern Dembelo province on Monday.") == ["Northern Dembelo province/GPE"])
    }

    @Test("a region the gazetteer names with its noun capitalized is meant when the noun is in lower case")
    func regionsWithLowercaseNouns() throws {
        let found = try mentions("Gunmen attacked a village in Kaduna state, and later Kaduna itself.")
        #expect(found.map(\.canonical) == ["Kaduna State", "Kaduna"])
        #expect(found.map { $0.feature ?? "" } == ["region", "town"])
    }

    @Test("places carry country, first-level region and coordinates; hand-written lines take them from the geo files")
    func whereabouts() throws {
        let found = try mentions("Militants attacked Kaya in Burkina Faso.")
        let kaya = try #require(found.first { $0.canonical == "Kaya" })
        #expect(kaya.country == "BF" && kaya.admin1 == "Centre-Nord")
        #expect(abs((kaya.lat ?? 0) - 13.09) < 0.01 && abs((kaya.lon ?? 0) + 1.08) < 0.01)
        #expect(found.first { $0.canonical == "Burkina Faso" }?.country == "BF")
        #expect(try mentions("Drones hit Sumy overnight.").first { $0.canonical == "Sumy" }?.country == "UA")
        // A village named "Russia" in Ohio does not locate the country.
        #expect(try mentions("Russia fired missiles.").first?.country == "RU")
    }

    @Test("proper nouns no list knows: acronyms, names the parse joins, runs after a place cue; capitals alone are no name")
    func properNouns() throws {
        #expect(try found("Leaders of the UNLF met in the capital.").contains("UNLF/ORG"))
        #expect(try found("Sekou Tambadou, a teacher, was among the dead.").contains("Sekou Tambadou/PERSON"))
        #expect(try found("The soldiers were ambushed near Kessenbougou on Tuesday.").contains("Kessenbougou/GPE"))
        // A place cue outranks the parse's flat name, which would make a person of two words.
        #expect(try found("Rebels attacked a base near Puerto Kessen in the east.").contains("Puerto Kessen/GPE"))
        // Capitals alone after a cue are an acronym, a group's more often than a place's.
        #expect(try found("Four guards killed in KLF-DMV ambush in the north").contains { $0.hasSuffix("/GPE") } == false)
        #expect(try found("Residents said the soldiers left. Witnesses said they heard shots.") == [])
        #expect(try found("The group posted the video on X Thursday.").contains { $0.hasPrefix("X Thursday") } == false)
        // A dateline's place in capitals is the place, not an acronym; a body's head noun alone
        // before "said" is no person.
        #expect(try found("KYIV, Ukraine — The sirens sounded at night.").prefix(2) == ["KYIV/GPE", "Ukraine/GPE"])
        #expect(try found("Police said the road was closed.") == [])
        #expect(try found("Officials met at Tindabrou, a border village.").contains("Tindabrou/GPE"))
    }

    @Test("ships by their noun or prefix, and their later bare mentions, are VEHICLE, outranking a town inside the name")
    func vehicles() throws {
        let text = "A missile struck the tanker Marlin Luanda overnight. The Marlin Luanda kept sailing. USS Carney escorted it."
        #expect(try found(text).filter { $0.hasSuffix("/VEHICLE") } == ["Marlin Luanda/VEHICLE", "Marlin Luanda/VEHICLE", "USS Carney/VEHICLE"])
    }

    @Test("a name several countries have is the largest such place, unless the report names the country of another")
    func homonyms() throws {
        #expect(try mentions("Gunmen attacked Hangu overnight.").first?.country == "CN")
        #expect(try mentions("Gunmen attacked Hangu in Khyber Pakhtunkhwa.").first?.country == "PK")
        #expect(try mentions("A blast hit Rafah in Egypt's Sinai.").first?.country == "EG")
        // A name only one country has keeps its place whatever else the report names.
        #expect(try mentions("Drones hit Sumy, U.S. officials said.").first { $0.canonical == "Sumy" }?.country == "UA")
        // A city of a million or more keeps its name unless the namesake's region is named too.
        let moscow = "MOSCOW (NewsFrame Wire) — Officials in the United States condemned the drone strike."
        #expect(try mentions(moscow).first { $0.canonical == "Moscow" }?.country == "RU")
        #expect(try mentions("Police in Moscow, Idaho, and officials in the United States spoke.").first { $0.canonical == "Moscow" }?.admin1 == "Idaho")
        // A small town abroad, told as a place and alone in its country, is an unlisted place of
        // the report's own country; without place context it keeps its entry.
        let salama = try mentions("Gunmen killed four guards at Salama, police in Kenya said.").first { $0.canonical == "Salama" }
        #expect(salama?.feature == EntityMention.unlisted && salama?.country == nil)
        #expect(try mentions("Gunmen killed four guards. Salama wept, police in Kenya said.").first { $0.canonical == "Salama" }?.country == "GT")
    }

    @Test("a large_city or foreign_town that is no number of people stops the pipeline, naming the option")
    func largeCityOption() throws {
        let error = try TestSupport.pipelineError(replacing: "large_city: 1000000", with: "large_city: many")
        #expect(error?.contains("option large_city: 'many' is not a positive number of people") == true, "\(error ?? "accepted")")
        let town = try TestSupport.pipelineError(replacing: "foreign_town: 100000", with: "foreign_town: -5")
        #expect(town?.contains("option foreign_town: '-5' is not a number of people (0: never)") == true, "\(town ?? "accepted")")
    }

    @Test("a place says what kind it is (town, region, country), hand-written lines too; a town lends over a region of its name")
    func placeKinds() throws {
        let found = try mentions("Drones hit Erbil and Babil province in Iraq, and Kaduna in Nigeria.")
        let kinds = Dictionary(found.map { ($0.canonical, $0.feature) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Erbil"] == "town" && kinds["Babil"] == "region" && kinds["Iraq"] == "country" && kinds["Kaduna"] == "town", "\(kinds)")
    }

    @Test("an event is where its location is; a flag or a backer is no place")
    func eventPlaces() throws {
        let events = try TestSupport.analyze("Militants attacked a checkpoint near Kaya on Sunday, killing four soldiers.").annotations.events ?? []
        let attack = try #require(events.first { $0.type == "ATTACK" })
        #expect(attack.place?.country == "BF" && attack.place?.admin1 == "Centre-Nord")
        let owned = try TestSupport.analyze("A drone struck U.S. forces near the airport on Tuesday.").annotations.events ?? []
        #expect(owned.first { $0.type == "ATTACK" }.map { $0.place == nil } == true, "\(owned)")
        let flagged = try TestSupport.analyze("A missile struck the Barbados-flagged tanker Sea Lantern on Tuesday.").annotations.events ?? []
        #expect(flagged.first { $0.type == "ATTACK" }.map { $0.place == nil } == true)
        // A facility lies in the country its line's `attributes` name, whatever else the report names.
        let base = try TestSupport.analyze("Drones targeted the al-Tanf garrison on Tuesday, officials in Tehran said.").annotations.events ?? []
        #expect(base.first { $0.type == "ATTACK" }?.place?.country == "SY", "\(base)")
    }

    @Test("a known group's name with more name words joined to it is another group; a people before it, or its own initials after it, is not part of it")
    func longerOrganizations() throws {
        #expect(try found("The Islamic State-Khorasan claimed the blast.").contains("Islamic State-Khorasan/ORG"))
        #expect(try found("Fighters of the Kalbu Boko Haram faction left.").contains("Kalbu Boko Haram/ORG"))
        #expect(try found("Pakistani Taliban fighters fled.").contains("Pakistani Taliban/ORG"))
        // The name's own initials after a hyphen repeat it.
        let initials = try found("Fighters loyal to the Allied Democratic Forces-ADF fled.")
        #expect(initials.contains("Allied Democratic Forces/ORG") && !initials.contains("Allied Democratic Forces-ADF/ORG"), "\(initials)")
    }

    @Test("regions speak for their country where no country is named; a homonym in a named country wins; an event with no located place takes the one country of the report's towns and regions")
    func documentCountryFallbacks() throws {
        // "Huila" is first a province of Angola; in a report on Colombia it is Colombia's.
        #expect(try mentions("Huila lies in Colombia.").first { $0.canonical == "Huíla" }?.country == "CO")
        let events = try TestSupport.analyze("Gunmen killed seven villagers on Sunday, police in Kaduna said.").annotations.events ?? []
        #expect(events.first { $0.type == "ATTACK" }?.place == Place(country: "NG", level: "country"), "\(events)")
        // A country named as a speaker's or a force's is no place of the event.
        let spoken = try TestSupport.analyze("Rockets hit the garrison on Monday, U.S. officials said.").annotations.events ?? []
        #expect(spoken.first { $0.type == "ATTACK" }.map { $0.place == nil } == true, "\(spoken)")
    }

    @Test("a title that names a department is a title, also before a speech cue; a title word inside a longer title starts none")
    func departmentTitles() throws {
        let austin = try mentions("Secretary of Defense Lloyd Austin said the strike was justified.").first
        #expect(austin?.canonical == "Lloyd Austin" && austin?.title == "Secretary of Defense")
        #expect(try found("Chief of General Staff Ivo Brandt toured the front.") == ["Ivo Brandt/PERSON"])
    }

    @Test("names that open with a particle keep their head noun, whatever person a part of them names")
    func particleNames() throws {
        #expect(try found("Militants fired rockets at al-Assad Airbase in western Iraq.").contains("al-Assad Airbase/FAC"))
    }

    @Test("every country's demonym is a nationality, and an attack by one is the country's (entities-geo-demonyms.tsv)")
    func demonyms() throws {
        let document = try TestSupport.analyze("A Gambian airstrike hit the camp near Kessenbougou on Sunday.")
        let gambian = try #require(document.annotations.entities?.first { $0.canonical == "Gambian" })
        #expect(gambian.type == "NORP")
        let attack = try #require(document.annotations.events?.first { $0.type == "ATTACK" })
        #expect(attack.first("actor")?.canonical == "Gambia", "\(attack.arguments)")
    }

    @Test("a broken gazetteer or cue line is named by file and line")
    func brokenLines() throws {
        let evidence = try TestSupport.pipelineError(appending: "Tindabrou\tGPE\t\t\t\tBF\t\t12.0\t-1.0\tregion\tmaybe", to: "entities-geo-regions.tsv")
        #expect(evidence.error?.contains("Lexicons/entities-geo-regions.tsv:\(evidence.line): evidence must be name or context") == true, "\(evidence.error ?? "built")")
        let degrees = try TestSupport.pipelineError(appending: "Tindabrou\tGPE\t\t\t\tBF\t\t120.0\t-1.0\tregion\tname", to: "entities-geo-regions.tsv")
        #expect(degrees.error?.contains("Lexicons/entities-geo-regions.tsv:\(degrees.line): lat must be a number of degrees") == true, "\(degrees.error ?? "built")")
        let attributes = try TestSupport.pipelineError(appending: "Kolbe Oblast\tGPE\t\t\tcountry=Ruritania;level=oblast\t", to: "entities-subdivisions.tsv")
        #expect(attributes.error?.contains("Lexicons/entities-subdivisions.tsv:\(attributes.line): country=Ruritania names no country") == true, "\(attributes.error ?? "built")")
        let vehicle = try TestSupport.pipelineError(appending: "trawler\tloose\tno\t\t", to: "entities-vehicle-cues.tsv")
        #expect(vehicle.error?.contains("Lexicons/entities-vehicle-cues.tsv:\(vehicle.line): case must be") == true, "\(vehicle.error ?? "built")")
    }
}
