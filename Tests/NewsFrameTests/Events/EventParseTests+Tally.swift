import NewsFrameCore
import Testing

/// Tolls that count many events are no attack frame (each sentence written for this project).
extension EventParseTests {
    @Test("a toll in the hundreds over a month, or in the thousands, told by harm alone is a tally; a smaller one may be one massacre")
    func tallyIsNoAttack() throws {
        #expect(try attacks(in: "About 800 residents were killed in the province during March, officials said.", dct: "2024-05-13").isEmpty)
        #expect(try attacks(in: "Some 30,000 villagers have been killed over two decades of insurgency.", dct: "2024-05-13").isEmpty)
        let massacre = try attacks(in: "In March some 60 farmers were killed in two hamlets near the river.", dct: "2024-05-13")
        #expect(massacre.count == 1, "\(massacre.map(\.arguments))")
        // A place, an actor or a weapon makes it one event told.
        let placed = try attacks(in: "About 800 residents were killed during March when militants stormed the town of Kolbe.", dct: "2024-05-13")
        #expect(placed.count == 1, "\(placed.map(\.arguments))")
    }

    @Test("hundreds killed over a year or more, or thousands at any time, are a tally whoever did it and wherever; a massacre of a day is not")
    func yearTallyWithActor() throws {
        #expect(try attacks(in: "Rebels killed some 400 farmers around Kaya last year.", dct: "2024-05-13").isEmpty)
        #expect(try attacks(in: "Over 5,000 civilians were killed in Kolbe by the rebels.", dct: "2024-05-13").isEmpty)
        #expect(try attacks(in: "Rebels killed more than 150 villagers in Kaya on Saturday.", dct: "2024-05-13").count == 1)
    }

    @Test("a perfect whose doer is a count of attacks is a run of them, not one")
    func perfectBySeveralAttacks() throws {
        let frame = try attack("Nine soldiers were killed on Monday in an ambush near Dori. Tandigou, a garrison town by the border, has been targeted by many jihadist raids.", dct: "2024-05-13")
        #expect(frame.first("target")?.canonical == "Nine soldiers", "\(frame.arguments)")
    }

    @Test("an invasion of a whole country is a war, no attack; gunmen invading a village attack it")
    func invasionOfACountryIsAWar() throws {
        for text in ["Russian forces invaded Ukraine in February 2022.", "Since the invasion of Ukraine, drones have flown over the border.", "Russia invaded its neighbour in 2022."] {
            let document = try TestSupport.analyze(text, dct: "2024-05-14")
            let frames = (document.annotations.events ?? []).filter { $0.type == "ATTACK" && document.text.slice($0.trigger).lowercased().hasPrefix("inva") }
            #expect(frames.isEmpty, "\(text)")
        }
        let raid = try attack("Gunmen invaded Kolbe village on Friday, killing 11 farmers.", dct: "2024-05-14")
        #expect(raid.first("target")?.canonical == "Kolbe village", "\(raid.arguments)")
    }

    @Test("a quantity of the doers before a verb counts people, not deeds; one of the deeds counts deeds")
    func quantityOfDoers() throws {
        let raid = try attacks(in: "Dozens of gunmen raided a police post in Tamsar on Monday.", dct: "2024-05-14")
        #expect(raid.count == 1 && raid.first?.first("actor")?.canonical == "gunmen", "\(raid.map(\.arguments))")
        #expect(try attacks(in: "Dozens of attacks hit the region in May.", dct: "2024-06-14").isEmpty)
    }

    @Test("a quantified object under the perfect is a tally, unless the deed was at one place")
    func tallyAtOnePlace() throws {
        let raid = try attacks(in: "Rebels have killed more than 40 farmers at a camp near Tamsar, residents told reporters.", dct: "2024-05-14")
        #expect(raid.count == 1 && raid.first?.first("killed")?.count == 40, "\(raid.map(\.arguments))")
        #expect(try attacks(in: "The group has killed more than 6,000 people in the country since 2009.", dct: "2024-05-14").isEmpty)
    }

    @Test("a number before a quantity word counts it: 'two dozen' is 24")
    func numberTimesQuantity() throws {
        let frame = try attack("Two guards died and two dozen were hurt when a drone hit a depot in Tamsar on Sunday.", dct: "2024-05-14")
        #expect(frame.first("killed")?.count == 2 && frame.first("injured")?.count == 24, "\(frame.arguments)")
    }
}
