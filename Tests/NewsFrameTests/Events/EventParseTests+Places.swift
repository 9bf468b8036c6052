import NewsFrameCore
import Testing

/// Where an attack was: the narrowest place its sentences name, kept before the wider one it
/// lies in (each sentence written for this project).
extension EventParseTests {
    /// The places of the text's first attack frame, in order: canonical names, else the words.
    func places(_ text: String, dct: String) throws -> [String] {
        try attack(text, dct: dct).arguments.filter { $0.role == "location" }.map { $0.canonical ?? words($0, of: text) }
    }

    @Test("a frame placed only in its country takes the one town the next sentence names there, not the seat of a government")
    func placeInTheNextSentence() throws {
        let frame = try attack("Gunmen killed nine villagers in northern Burkina Faso on Sunday. Most of the dead were farmers from a hamlet near Kaya.", dct: "2024-05-13")
        #expect(frame.first("location")?.canonical == "Kaya" && frame.first("location")?.rule == "events/nearby-place", "\(frame.arguments)")
        let seat = try attack("Gunmen killed nine villagers in northern Burkina Faso on Sunday. The dead were farmers who opposed the government in Ouagadougou.", dct: "2024-05-13")
        #expect(seat.first("location")?.canonical == "Burkina Faso", "\(seat.arguments)")
    }

    @Test("a place less than a country that no line says the kind of, named before an attack noun, is where it was and not who did it")
    func cityBeforeAttackNoun() throws {
        let frame = try attack("Six marines were killed in a Kashmir ambush on Monday, an officer said.", dct: "2024-05-14")
        #expect(frame.first("location")?.canonical == "Kashmir" && frame.first("location")?.rule == "events/parse-nominal-place", "\(frame.arguments)")
        #expect(frame.first("actor") == nil, "\(frame.arguments)")
    }

    @Test("a road named in an attack noun's \"on\" phrase is the way it happened on, not what was hit")
    func namedRoadIsNoTarget() throws {
        let text = "Four traders were killed in a blast on the Kolbe-Tamsar Highway on Sunday, police said."
        let frame = try attack(text, dct: "2025-03-16")
        let targets = frame.arguments.filter { $0.role == "target" }.map { words($0, of: text) }
        #expect(targets == ["Four traders"], "\(frame.arguments)")
    }

    @Test("a district whose \"of\" phrase names the region the headline told comes before it")
    func districtOfTheRegionToldFirst() throws {
        #expect(try places("Two guards killed by gunmen in Dagestan\n\nTwo guards in the Kolbeyurt District of Russia's Dagestan region were killed on Monday when their post was attacked by gunmen.", dct: "2024-05-14") == ["Kolbeyurt District", "Dagestan"])
    }

    @Test("a later mention's settlement no gazetteer lists comes before the listed town told first")
    func unlistedSettlementAfterTown() throws {
        #expect(try places("A missile hit a tribal leader's home in Marib on Thursday, killing 13 people. The missile struck the house in Al-Kolbiya during a meeting, an official said.", dct: "2021-10-29") == ["Al-Kolbiya", "Marib"])
    }

    @Test("a country before an attack noun of no state's arms is where it was, not who did it; before a strike it is the state")
    func countryBeforeAttackNoun() throws {
        let frame = try attack("Nine killed in Niger terror attack\n\nNine villagers were killed near Tillaberi on Monday, an official said.", dct: "2024-03-05")
        #expect(frame.first("actor") == nil, "\(frame.arguments)")
        // (Before the site hit, too.)
        let site = try attack("Kenya church attack kills 7", dct: "2024-03-05")
        #expect(site.first("actor") == nil && site.first("location")?.canonical == "Kenya", "\(site.arguments)")
        let strike = try attack("Four fighters were killed in U.S. strikes on a militia depot near Dorvo on Monday.", dct: "2024-03-05")
        #expect(strike.first("actor")?.canonical == "United States", "\(strike.arguments)")
    }

    @Test("an area only the text names, told by a later mention after a listed region, comes before it")
    func textAreaAfterRegion() throws {
        #expect(try places("Gunmen attacked a police checkpoint in Nineveh on Monday, officials said. The attack in the Kolbani district killed two policemen.", dct: "2024-03-05") == ["Kolbani district", "Nineveh"])
    }

    @Test("a name written onto a lowercase word by a hyphen places nothing: the next sentence's region does")
    func hyphenGluedName() throws {
        let text = "Gunmen killed a police officer in an attack on a patrol on Monday. The patrol was crossing Ingushetia, next to a region known for an anti-Moscow insurgency."
        let frame = try attack(text, dct: "2024-05-14")
        #expect(frame.first("location")?.canonical == "Ingushetia" && frame.first("location")?.rule == "events/nearby-place", "\(frame.arguments)")
    }

    @Test("a named place after the doers of an attack noun is where the attack was, however the parser hangs it")
    func placeAfterAgent() throws {
        let text = "Nine traders died in an assault by the Kolbe Defence Forces (KDF) in El Fasher on Friday, a local official said."
        let frame = try attack(text, dct: "2024-09-28")
        #expect(frame.first("location")?.canonical == "El Fasher" && frame.first("location")?.rule == "events/parse-agent-place", "\(frame.arguments)")
    }

    @Test("of two listed areas the next sentence names, the one inside the other places the attack")
    func districtInsideProvince() throws {
        let frame = try attack("A roadside bomb killed two soldiers in southeastern Turkey on Wednesday, officials said. Militants had hidden it beside a road in the Derik district of Mardin province.", dct: "2024-05-09")
        #expect(frame.arguments.filter { $0.role == "location" }.map(\.canonical) == ["Derik", "Turkey"], "\(frame.arguments)")
    }

    @Test("an attack word after 'in' is the event, not its place, even capitalized in a headline")
    func attackWordIsNoPlace() throws {
        let frame = try attack("Four Guards Killed In Ambush\n\nGunmen ambushed a police patrol in northern Mali on Tuesday, killing four guards.", dct: "2024-03-20")
        #expect(frame.arguments.filter { $0.role == "location" }.map(\.canonical) == ["Mali"], "\(frame.arguments)")
    }

    @Test("a named site told after a region comes before it: the mention that points back names where in the region")
    func siteBeforeRegion() throws {
        let text = "Gunman kills two in Texas church shooting\n\nA gunman opened fire on a Sunday service in Texas, killing two worshippers.\n\nBoth died in the shooting at Grace Hill Church in the town of Kolbe Springs."
        let frames = try attacks(in: text, dct: "2024-05-06")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.arguments.filter { $0.role == "location" }.map { words($0, of: text) } == ["Grace Hill Church", "Texas"], "\(frames.map(\.arguments))")
    }

    @Test("an attack on a town is placed there first, before the region or district it lies in; a facility hit keeps the place phrase")
    func narrowerPlaceFirst() throws {
        let text = "Gunmen attacked Tamsar village in the Kolbe district on Sunday, killing two guards."
        let frame = try attack(text, dct: "2024-03-18")
        let places = frame.arguments.filter { $0.role == "location" }.map { words($0, of: text) }
        #expect(places == ["Tamsar village", "Kolbe district"], "\(frame.arguments)")
        #expect(frame.arguments.first { $0.role == "location" }?.rule.hasSuffix("events/narrower-place") == true)
        let post = "Gunmen attacked the Tamsar border post in the Kolbe district on Sunday."
        let facility = try attack(post, dct: "2024-03-18")
        #expect(facility.first("target").map { words($0, of: post) } == "Tamsar border post", "\(facility.arguments)")
        #expect(facility.arguments.filter { $0.role == "location" }.map { words($0, of: post) } == ["Kolbe district"], "\(facility.arguments)")
        // A headline's region hit gives way to the town its lead names in that region.
        let report = "Two killed in drone attack on Belgorod region\n\nA drone attack on the town of Shebekino in the Belgorod region on Friday killed two guards, the mayor said."
        let folded = try attack(report, dct: "2024-12-20")
        #expect(folded.first("target").map { words($0, of: report) } == "town of Shebekino", "\(folded.arguments)")
        #expect(folded.first("location")?.canonical == "Shebekino", "\(folded.arguments)")
        // A place only near the thing hit stays the one place.
        let near = try attack("Rebels shelled positions near the Tamsar border post in the Kolbe district on Sunday.", dct: "2024-03-18")
        #expect(near.arguments.filter { $0.role == "location" }.count <= 1, "\(near.arguments)")
    }

    @Test("a town beside the region it lies in places the attack there, and so does a village only the text names in a listed area; the region stays second")
    func townInItsRegion() throws {
        let text = "Gunmen killed six bus passengers in Kenya on Friday. The bus was near Matuga in Kwale County at the time, police said."
        let frame = try attack(text, dct: "2024-05-13")
        #expect(frame.arguments.filter { $0.role == "location" }.compactMap(\.canonical) == ["Matuga", "Kenya"], "\(frame.arguments)")
        #expect(frame.first("location")?.rule == "events/nearby-place")
        let village = try attack("Gunmen killed 22 villagers in western Niger on Sunday. The raid targeted the village of Tamsar in the Tillaberi region.", dct: "2024-05-13")
        #expect(village.first("location")?.canonical == "Tamsar", "\(village.arguments)")
        // A town named as its region may mean either: "Katsina" beside "Katsina State" is no narrower.
        let namesake = try attack("Gunmen killed six bus passengers in Nigeria on Friday. The bus was in Katsina State, and the wounded are in hospital in Katsina.", dct: "2024-05-13")
        #expect(namesake.arguments.filter { $0.role == "location" }.compactMap(\.canonical) == ["Nigeria"], "\(namesake.arguments)")
    }

    @Test("a capital that speaks, a place someone went to or came from does not place the attack told before")
    func speakersAndDestinationsPlaceNothing() throws {
        let speaker = try attack("Drones struck an oil depot in Russia on Sunday. Moscow said the depot was empty.", dct: "2024-05-13")
        #expect(speaker.arguments.filter { $0.role == "location" }.compactMap(\.canonical) == ["Russia"], "\(speaker.arguments)")
        let flown = try attack("Gunmen killed nine villagers in northern Burkina Faso on Sunday. The wounded were flown to the town of Kaya.", dct: "2024-05-13")
        #expect(flown.arguments.filter { $0.role == "location" }.compactMap(\.canonical) == ["Burkina Faso"], "\(flown.arguments)")
        let camp = try attack("A bomber attacked a convoy in Pakistan on Tuesday. The convoy was on its way from Peshawar to a camp near Mardan.", dct: "2024-05-13")
        #expect(camp.arguments.filter { $0.role == "location" }.compactMap(\.canonical) == ["Pakistan"], "\(camp.arguments)")
    }

    @Test("a dateline's place followed by its day and an agency in brackets is no place of the attack")
    func datelineWithDayAndAgency() throws {
        let frame = try attack("Gao, May 22 (NFW) Six soldiers were killed when their convoy was ambushed on Sunday near Ansongo in Mali, officials said.", dct: "2024-05-23")
        #expect(frame.first("location")?.canonical == "Ansongo", "\(frame.arguments)")
        #expect(!frame.arguments.contains { $0.canonical == "Gao" }, "\(frame.arguments)")
    }

    @Test("a place that can be hit, named by no name, where a bomb went off is what it hit, and the name below it where; a named one stays the place")
    func unnamedSiteIsWhatWasHit() throws {
        let text = "A bomb exploded at a crowded market in Kirkuk on Sunday, killing four people."
        let frame = try attack(text, dct: "2024-05-13")
        #expect(frame.first("target").map { words($0, of: text) } == "crowded market" && frame.first("target")?.rule.hasPrefix("events/parse-site-hit") == true, "\(frame.arguments)")
        #expect(frame.first("location")?.canonical == "Kirkuk" && frame.first("killed")?.count == 4, "\(frame.arguments)")
        // One person the verb acts on is what it aimed at.
        let clerk = try attack("A man killed a police clerk at a police station in Rambouillet on Friday.", dct: "2024-05-13")
        #expect(clerk.first("target")?.rule.hasPrefix("events/parse-site-hit") != true, "\(clerk.arguments)")
        let both = try attack("An assailant attacked and killed a police clerk using a machete inside a police station in Lyon.", dct: "2024-05-13")
        #expect(both.first("target")?.rule.hasPrefix("events/parse-site-hit") != true, "\(both.arguments)")
        // Only near it: no hit.
        let near = try attack("A bomb exploded near a market in Kirkuk on Sunday, killing four people.", dct: "2024-05-13")
        #expect(near.first("target")?.rule.hasPrefix("events/parse-site-hit") != true, "\(near.arguments)")
    }

    @Test("a place a force is only near is where, a village beside a town it is only near is the place, and a possessor that owns a place still places")
    func nearForcesVillagesAndPossessors() throws {
        let near = try attack("Gunmen killed six bus passengers in Kenya on Friday. Police said militants near Matuga had been seen that morning.", dct: "2024-05-13")
        #expect(near.first("location")?.canonical == "Matuga", "\(near.arguments)")
        let village = try attack("Gunmen killed 21 villagers in Nigeria on Sunday. The raid on Tamsar village, west of Jos, lasted two hours.", dct: "2024-05-13")
        #expect(village.first("location")?.canonical == "Tamsar village", "\(village.arguments)")
        let owner = try attack("Gunmen killed two rangers in Thailand on Sunday. The rangers were on patrol in Narathiwat's Rangae district.", dct: "2024-05-13")
        #expect(owner.first("location")?.canonical == "Narathiwat", "\(owner.arguments)")
    }

    @Test("a place a distance is measured from, or the country across a border, is not where")
    func referencePointsAreNotWhere() throws {
        let measured = try attack("Gunmen killed 12 people in Mali on Saturday. Tandigou lies 95 kilometres north of the regional capital, Mopti.", dct: "2024-05-13")
        #expect(!measured.arguments.contains { $0.role == "location" && $0.canonical == "Mopti" }, "\(measured.arguments)")
        let across = try attack("Gunmen raided a village near the border with Mali late on Saturday.", dct: "2024-05-13")
        #expect(across.first("location") == nil, "\(across.arguments)")
    }

    @Test("a clock time the temporal stage did not read is no place")
    func clockTimeIsNoPlace() throws {
        let frame = try attack("Gunmen opened fire on a patrol at 7.15pm on Monday, killing two soldiers.", dct: "2024-05-14")
        #expect(frame.first("location") == nil, "\(frame.arguments)")
        #expect(frame.first("killed")?.count == 2, "\(frame.arguments)")
    }

    @Test("where people are stationed places no attack, unless they are what it hit")
    func stationedIsNoPlace() throws {
        let others = try attack("Gunmen killed nine soldiers in Burkina Faso on Sunday. Officials could not say whether any reservists, who are stationed at Kaya, had been killed.", dct: "2024-05-14")
        #expect(others.arguments.filter { $0.role == "location" }.compactMap(\.canonical) == ["Burkina Faso"], "\(others.arguments)")
        let hit = try attack("Gunmen killed nine soldiers in Burkina Faso on Sunday. The soldiers, who were stationed at Kaya, were hit at dawn.", dct: "2024-05-14")
        #expect(hit.first("location")?.canonical == "Kaya", "\(hit.arguments)")
    }

    @Test("a name an apposition calls a settlement is a place, and places the attack on it")
    func appositionSettlement() throws {
        let frame = try attack("Eight herders were killed on Sunday when bandits stormed Kelbo, a pastoral community in Niger.", dct: "2024-05-14")
        #expect(frame.first("location")?.canonical == "Kelbo", "\(frame.arguments)")
    }

    @Test("of places only the text names, a settlement places the attack before the area it lies in")
    func settlementBeforeTextArea() throws {
        let text = "Gunmen killed 17 people in a village in northern Nigeria over the weekend.\n\nOfficers confirmed the incident, which occurred in Tamsar village in the Kolbe district area on Saturday, as men on motorcycles fired at fleeing residents."
        let frames = try attacks(in: text, dct: "2024-05-06")
        #expect(frames.count == 1 && frames.first?.first("location")?.canonical == "Tamsar village", "\(frames.map(\.arguments))")
    }

    @Test("an area only the text names is no site to tell reports apart by; a settlement it names is")
    func textAreaIsNoSite() throws {
        let area = try attack("Gunmen opened fire on a bus in Kolbe district on Tuesday.")
        #expect(area.first("location")?.canonical == "Kolbe district" && area.site == nil, "\(area.arguments) \(String(describing: area.site))")
        let village = try attack("Gunmen opened fire on a bus in Tamsar village on Tuesday.")
        #expect(village.site == "Tamsar village", "\(village.arguments) \(String(describing: village.site))")
    }

    @Test("an area only the text names and a settlement only the text names are no two places: the settlement places the attack, in the area")
    func settlementInTextArea() throws {
        let text = "Eleven civilians died on Tuesday in two air raids in Kolbe Township.\n\nA jet dropped bombs on a school and several homes in Tamsar village, killing ten villagers, an official said."
        let frames = try attacks(in: text, dct: "2023-06-28")
        let places = frames.first.map { frame in frame.arguments.filter { $0.role == "location" }.map { words($0, of: text) } }
        #expect(frames.count == 1 && places == ["Tamsar village", "Kolbe Township"], "\(frames.map(\.arguments))")
    }

    @Test("a place told in a named person's title is whose office it is, not a place of the attack")
    func placeInTitleIsNoPlace() throws {
        let text = "Gunmen on motorcycles overran a gendarmerie post, killing four gendarmes, officials said on Friday.\n\n“There were dozens of them and they overran the post,” at Bassoro, a village near the border in the Maradi region, a councillor said.\n\n“Those who did this will be found,” Maradi regional governor Issa Bako said on state radio after a visit to the post."
        let frame = try attack(text, dct: "2024-05-08")
        let places = frame.arguments.filter { $0.role == "location" }.map { words($0, of: text) }
        #expect(places == ["Bassoro", "Maradi region"], "\(frame.arguments)")
    }

    @Test("a settlement the attack hit comes before a place the nearby rule only guessed")
    func settlementHitBeforeNearbyGuess() throws {
        let text = "Raiders kill Sokoto village chief and four others\n\nRaiders on Tuesday stormed Dembelo village in the north of Sokoto State and killed its chief and four residents, police said."
        let frame = try attack(text, dct: "2022-02-04")
        #expect(frame.first("location")?.canonical == "Dembelo village", "\(frame.arguments)")
    }

    @Test("a frame placed in a town takes a part of that town the next sentence names as such, and keeps the town second")
    func partOfTown() throws {
        let text = "Rebel shelling killed six civilians in Mopti on Monday afternoon, residents said. A rocket came down on a school in the Dembelo district of Mopti."
        let frame = try attack(text, dct: "2024-05-08")
        let places = frame.arguments.filter { $0.role == "location" }.map { words($0, of: text) }
        #expect(places == ["Dembelo district", "Mopti"], "\(frame.arguments)")
        // (A place that is no part of the town named stays out.)
        let otherText = "Rebel shelling killed six civilians in Mopti on Monday afternoon, residents said. A rocket came down on a school in the Dembelo district, far from the city."
        let other = try attack(otherText, dct: "2024-05-08")
        #expect(other.arguments.filter { $0.role == "location" }.map { words($0, of: otherText) } == ["Mopti"], "\(other.arguments)")
    }

    @Test("a country's name before an attack noun is where when the attack's place lies in it; a state's strike and an attack across a border keep it as the actor")
    func countryBeforeAttackNounThatIsWhere() throws {
        let blast = try attack("Pakistan blast kills 12 at a market in Peshawar", dct: "2024-05-02")
        #expect(blast.first("actor") == nil && blast.first("location")?.canonical == "Peshawar", "\(blast.arguments)")
        let strike = try attack("Myanmar air strike kills 20 in a village in Sagaing", dct: "2024-05-02")
        #expect(strike.first("actor")?.canonical == "Myanmar", "\(strike.arguments)")
        let across = try attack("Pakistan attack on border posts in Khost kills 8", dct: "2024-05-02")
        #expect(across.first("actor")?.canonical == "Pakistan", "\(across.arguments)")
        // An attack on a place of its own country may be a state's: "Ukraine attack on Donetsk".
        let own = try attack("Ukraine attack on Donetsk kills 5", dct: "2024-05-02")
        #expect(own.first("actor")?.canonical == "Ukraine", "\(own.arguments)")
    }

    @Test("a country possessing a person tells whose, not where; possessing a place, where")
    func possessorOfPersonIsNoPlace() throws {
        let text = "A car bomb exploded near Beirut on Tuesday, killing two people. Eleven more people were wounded in the explosion, including the son of Peru's consul."
        let document = try TestSupport.analyze(text, dct: "2024-05-08")
        let attacks = (document.annotations.events ?? []).filter { $0.type == "ATTACK" }
        #expect(attacks.count == 1, "\(attacks.map(\.arguments))")
        #expect(attacks.first?.arguments.contains { $0.role == "location" && $0.canonical == "Peru" } == false, "\(attacks.map(\.arguments))")
        let capital = try attack("A missile attack on Ukraine's capital killed three people on Monday.", dct: "2024-05-08")
        #expect(capital.first("location")?.canonical == "Ukraine", "\(capital.arguments)")
    }

    @Test("'the blast was near the gate of the Al-Noor mosque in Kandahar' places the attack told before at the mosque, inside the town")
    func copularPlaceOfALaterMention() throws {
        let frames = try attacks(
            in: "Worshippers killed in Kandahar blast\n\nFour worshippers died when a bomb went off in the city of Kandahar on Sunday, a government spokesman said.\n\nThe blast was near the gate of the Al-Noor mosque in Kandahar, the spokesman said.",
            dct: "2024-05-12")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        let locations = frames.first?.arguments.filter { $0.role == "location" }.map(\.canonical)
        #expect(locations == ["Al-Noor mosque", "Kandahar"], "\(frames.map(\.arguments))")
        // Alone, the copula's place phrase is where the blast was.
        let alone = try attack("The blast was near the gate of the Al-Noor mosque in Kolbe, the spokesman said.", dct: "2024-05-12")
        #expect(alone.first("location")?.rule == "events/parse-place" && alone.first("location")?.canonical == "Al-Noor mosque", "\(alone.arguments)")
        // Denied, it places nothing.
        let denied = try attack("The blast on Monday was not near the U.S. Embassy in Kabul, police said.", dct: "2024-05-15")
        #expect(denied.arguments.allSatisfy { $0.role != "location" || $0.canonical != "U.S. Embassy" }, "\(denied.arguments)")
    }
}
