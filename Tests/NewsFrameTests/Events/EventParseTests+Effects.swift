import NewsFrameCore
import Testing

/// Session 27's rules: subjects a verb shares (negated, passive, a device's), adjectives of
/// kind, what a passive verb of damage acted on, and an event kept apart from what it led to
/// or answered (each sentence written for this project).
extension EventParseTests {
    @Test("a claim whose shared subject is negated ('no group had yet claimed') makes no claimant and leaves the attack unclaimed")
    func negatedSharedSubjectClaimsNothing() throws {
        let frames = try TestSupport.analyze(
            "A parcel bomb exploded outside a bakery in Dori on Friday, wounding six people. Officials said no militia had yet claimed responsibility for Friday's bombing.",
            dct: "2024-05-13"
        ).annotations.events ?? []
        let attack = try #require(frames.first { $0.type == "ATTACK" })
        #expect(attack.first("actor") == nil, "\(attack.arguments)")
        #expect(attack.status.contains("unclaimed") && !attack.status.contains("claimed"), "\(attack.status)")
        #expect(!frames.contains { $0.type == "CLAIM" }, "\(frames.map(\.type))")
    }

    @Test("a bare participle joined to a passive shares its voice; the subject of a device's verb ('it exploded, killing') is no actor")
    func sharedSubjectOfPassiveAndDevice() throws {
        let driven = try attack("Police said the van was driven into the square in Dori and detonated on Friday.", dct: "2024-05-13")
        #expect(driven.first("actor") == nil, "\(driven.arguments)")
        let device = try attack("As a patrol reached the gate of the depot in Kolbe on Friday, it exploded, killing two guards.", dct: "2024-05-13")
        #expect(device.first("actor") == nil, "\(device.arguments)")
        // (An active pair keeps its subject: "had planted a bomb and then blown up a car".)
        let active = try attack("Rebels had planted a bomb and then blown up a car near Dori on Friday.", dct: "2024-05-13")
        #expect(active.first("actor")?.canonical == "Rebels", "\(active.arguments)")
    }

    @Test("an adjective of kind ('a terrorist attack') names no actor, yet keeps the attack apart from another actor's and gives way to a group the text names")
    func adjectiveOfKindIsNoActor() throws {
        // (The tagger may read "terrorist" as a noun: a word of class `violent` is one of kind too.)
        let plain = try attack("Two guards were killed in a terrorist attack on a checkpoint near Dori on Friday.", dct: "2024-05-13")
        #expect(plain.first("actor") == nil, "\(plain.arguments)")
        // A noun still describes who: "a rebel attack".
        let rebel = try attack("Two guards were killed in a rebel attack on a checkpoint near Dori on Friday.", dct: "2024-05-13")
        #expect(rebel.first("actor")?.canonical == "rebel", "\(rebel.arguments)")
        // The kind keeps a state's strikes and a bombing apart in one sentence.
        let two = try attacks(
            in: "Army jets struck camps of the Kolbe Front on Friday, two weeks after terrorist bombings killed 40 people in Dori.", dct: "2024-05-13")
        #expect(two.count == 2, "\(two.map(\.arguments))")
        #expect(two.allSatisfy { $0.first("actor")?.canonical != "terrorist" }, "\(two.map(\.arguments))")
    }

    @Test("what a passive verb of damage or impact whose agent is the attack acted on is the target; a relative pronoun stands for its noun")
    func passiveDamageSubjectIsTheTarget() throws {
        let hall = try attack("The town hall in Kolbe was shattered by an explosion on Friday morning.", dct: "2024-05-13")
        #expect(hall.first("target")?.canonical == "town hall" && hall.first("target")?.rule.hasPrefix("events/parse-damage-subject") == true, "\(hall.arguments)")
        let hit = try attack("A clinic in Dori was hit by an airstrike on Friday.", dct: "2024-05-13")
        #expect(hit.first("target")?.canonical == "clinic", "\(hit.arguments)")
        let relative = try attacks(in: "Rescuers searched the school in Dori, which was damaged by an airstrike on Friday.", dct: "2024-05-13")
        #expect(relative.allSatisfy { frame in frame.arguments.allSatisfy { $0.canonical != "which" } }, "\(relative.map(\.arguments))")
    }

    @Test("an event and what it led to or answered ('prompting airstrikes', 'in retaliation for an ambush') are two frames; the harm told across the word stays with its own")
    func effectIsAnotherEvent() throws {
        let text = "Gunmen killed six guards in Tamsar on Friday, prompting airstrikes on their camps."
        let prompted = try attacks(in: text, dct: "2024-05-13")
        #expect(prompted.count == 2, "\(prompted.map(\.arguments))")
        let strikes = try #require(prompted.first(where: { $0.trigger.start == scalarOffset(of: "airstrikes", in: text) }))
        #expect(strikes.first("killed") == nil && strikes.first("actor") == nil, "\(strikes.arguments)")
        let answer = "Warplanes struck a camp near Dori on Friday in retaliation for an ambush by the Kolbe Front."
        let answered = try attacks(in: answer, dct: "2024-05-13")
        let struck = try #require(answered.first(where: { $0.trigger.start == scalarOffset(of: "struck", in: answer) }))
        #expect(struck.first("actor")?.canonical != "Kolbe Front", "\(struck.arguments)")
    }

    @Test("a hazard of nature or a whole conflict as the doer of an attack verb ('floods killing', 'hit by a rebellion') makes no attack; a weapon named with such a word does")
    func nonAgentMakesNoAttack() throws {
        #expect(try attacks(in: "Floods killing nine herders near Tamsar last month closed the road to Dori.", dct: "2024-05-13").isEmpty)
        #expect(try attacks(in: "The northern districts hit by a long insurgency have few clinics.", dct: "2024-05-13").isEmpty)
        #expect(try attacks(in: "Unrest in the province killed more than 900 people in 2023.", dct: "2024-05-13").isEmpty)
        // (Whatever the parser made of the subject: read as passive, though the verb has an object.)
        #expect(try attacks(in: "Violence linked to gangs and village militias killed about 1,500 people in the country in 2023 and displaced many more.", dct: "2024-05-13").isEmpty)
        let bomb = try attack("A car bomb killed a judge of the war crimes court in Dori on Friday.", dct: "2024-05-13")
        #expect(bomb.first("weapon") != nil, "\(bomb.arguments)")
    }

    @Test("hundreds killed 'since' a date months before the report are a tally, which a later attack does not fold into")
    func tollSinceADateIsATally() throws {
        let frames = try attacks(
            in: "Rebels kill five in Dori\n\nAbout 400 people have been killed in raids in the province since March 2021.\n\nFive farmers were hacked to death in an attack by rebels near Dori on Monday, officials said.",
            dct: "2024-05-14")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("killed")?.count == 5 && frames.first?.first("actor")?.canonical?.lowercased() == "rebels", "\(frames.map(\.arguments))")
        // (A toll told against a date is no tally: "the deadliest attack since March".)
        let one = try attack("Gunmen killed 12 people in Tamsar on Sunday, the deadliest attack since March.", dct: "2024-05-14")
        #expect(one.first("killed")?.count == 12, "\(one.arguments)")
    }

    @Test("a name of a gathering before an attack noun ('the Kolbe Marathon bombing') is no actor; 'were retaliation for' parts two attacks")
    func gatheringAndRetaliation() throws {
        let marathon = try attack("Two runners were hurt in the Kolbe Marathon bombing on Monday.", dct: "2024-05-14")
        #expect(marathon.first("actor") == nil, "\(marathon.arguments)")
        let text = "Twin bombs exploded near a market in Dori on Monday, killing four people. A letter sent to a radio station called the blasts retaliation for the army's killing of herders near Tamsar."
        let frames = try attacks(in: text, dct: "2024-05-14")
        let bombs = try #require(frames.first(where: { $0.trigger.start == scalarOffset(of: "exploded", in: text) }))
        #expect(bombs.arguments.allSatisfy { $0.canonical != "Tamsar" && $0.canonical != "army" }, "\(bombs.arguments)")
        #expect(frames.count == 2, "\(frames.map(\.arguments))")
    }

    @Test("a name past a common noun's phrase names that noun, and a place past a place names where it lies: neither is the target the head noun names")
    func appositionPastAPhrase() throws {
        let bakery = try attack("Blast in Kolbe\n\nThe explosion targeted a cafe on the central avenue Rue Jean Moulin on Friday.", dct: "2024-05-14")
        #expect(bakery.first("target")?.canonical == "cafe", "\(bakery.arguments)")
        let consulate = try attack("Blast in Kolbe\n\nFour guards died in the 2012 raid on the French consulate in Dori, Mali.", dct: "2024-05-14")
        #expect(consulate.first("target")?.canonical == "French consulate", "\(consulate.arguments)")
    }

    @Test("a verb whose subject is a relative pronoun shares no subject with the verb the parser joined it to")
    func relativeSubjectSharesNothing() throws {
        let frame = try attack("Blast in Kolbe\n\nHe spoke of the attack on the French embassy in Dori, Mali, which killed four guards.", dct: "2024-05-14")
        #expect(frame.first("actor") == nil, "\(frame.arguments)")
    }

    @Test("an infinitive after a word of intent ('the plan by the militants to target') is an aim, not a deed of the verb before it")
    func aimAfterAWordOfIntent() throws {
        let frames = try attacks(
            in: "Police report\n\nIncidentally, the raid comes barely a day after the governor raised the alarm over plans by the militants to target schools in Kolbe.",
            dct: "2024-05-14")
        #expect(frames.allSatisfy { $0.first("target")?.canonical != "schools" }, "\(frames.map(\.arguments))")
    }

    @Test("the actor's arms: what a participle of means on the actor acts on, a weapon hyphened to a modifier of its noun; not a weapon's own modifier")
    func actorsArms() throws {
        let using = try attack("Two gunmen using rifles and grenades entered an army camp near Dori and killed three soldiers on Monday.", dct: "2024-05-14")
        #expect(using.first("weapon")?.canonical?.contains("rifle") == true, "\(using.arguments)")
        let wielding = try attack("A machete-wielding man attacked two guards at a clinic in Dori on Friday.", dct: "2024-05-14")
        #expect(wielding.first("weapon")?.canonical == "machete", "\(wielding.arguments)")
        let laden = try attack("Two explosive-laden drones struck a gas plant near Dori on Friday.", dct: "2024-05-14")
        #expect(laden.arguments.filter { $0.role == "weapon" }.allSatisfy { $0.rule.hasPrefix("events/parse-actor-modifier-weapon") == false }, "\(laden.arguments)")
    }

    @Test("a claim by a negated agent ('was claimed by no group') leaves the attack unclaimed, with no claimant")
    func claimByNoOne() throws {
        let frame = try attack("A bomb blast wounded six people in Dori on Monday. The blast was claimed by no group.", dct: "2024-05-14")
        #expect(frame.status.contains("unclaimed") && !frame.status.contains("claimed") && frame.first("actor") == nil, "\(frame.status) \(frame.arguments)")
    }

    @Test("a relative clause of occurrence on the attack noun says where it was ('the blast, which occurred in …')")
    func relativeOccurrencePlaces() throws {
        let frame = try attack("Police report\n\nNine traders were hurt in the explosion, which happened in the town of Kolbe, police said.", dct: "2024-05-14")
        // (Read from the clause, not guessed from a place nearby.)
        #expect(frame.first("location")?.canonical == "Kolbe" && frame.first("location")?.rule.hasPrefix("events/parse-place") == true, "\(frame.arguments)")
    }

    @Test("a verb right after a definite noun for the doer ('The bomber blew himself up') tells the attack told before; a phrase past a word of effect tells the other event")
    func definiteDoerAndPhraseOfEffect() throws {
        let bomber = try attacks(
            in: "Police report\n\nA suicide bombing at the old ferry crossing killed nine guards on Thursday. The bomber blew himself up among the tents of the Kolbe checkpoint in northern Mali.",
            dct: "2024-05-14")
        #expect(bomber.count == 1, "\(bomber.map(\.arguments))")
        let raid = try attack(
            "Police report\n\nPolice said they suspected that rebels had carried out the raid in retaliation for army operations against the militia in Dori.", dct: "2024-05-14")
        #expect(raid.first("target") == nil && raid.first("location") == nil, "\(raid.arguments)")
    }

    @Test("a noun of a place that can be hit before the attack noun ('Police station attack', 'a mosque bombing') is the target")
    func siteBeforeTheAttackNoun() throws {
        let station = try attack("Police station attack kills six in Dori\n\nThe toll rose on Friday.", dct: "2024-05-14")
        #expect(station.first("target")?.canonical == "Police station" && station.first("target")?.rule.hasPrefix("events/parse-nominal-site") == true, "\(station.arguments)")
        let mosque = try attack("Six people were killed in a mosque bombing in Dori on Friday.", dct: "2024-05-14")
        #expect(mosque.first("target")?.canonical == "mosque", "\(mosque.arguments)")
        // (A weapon before the noun stays the weapon: "a car bomb attack".)
        let car = try attack("A car bomb attack killed six people in Dori on Friday.", dct: "2024-05-14")
        #expect(car.first("target")?.canonical != "car" && car.first("weapon") != nil, "\(car.arguments)")
    }

    @Test("a bare number after a verb of harm that the parser made a complement counts the dead: 'Car bomb kills 9 at checkpoint'")
    func bareNumberCountsTheDead() throws {
        let frame = try attack("Police report\n\nCar bomb kills 9 at checkpoint in Dori", dct: "2024-05-14")
        #expect(frame.first("killed")?.count == 9, "\(frame.arguments)")
    }

    @Test("a relative 'that' before a verb of harm is no determiner: an earlier attack told with its date stays apart from the day's")
    func relativeThatIsNoDeterminer() throws {
        let frames = try attacks(
            in: "Police report\n\nSeven people were killed after a suicide bomber blew up a car at a police post near Dori today. Past raids, above all a raid on 19 August against two ministries in Kolbe that killed about 90 people, raised doubts.",
            dct: "2009-09-07")
        #expect(frames.count == 2, "\(frames.map(\.arguments))")
        #expect(frames.allSatisfy { frame in !(frame.first("time")?.value == "2009-09-07" && frame.arguments.contains { $0.canonical == "Kolbe" }) }, "\(frames.map(\.arguments))")
    }

    @Test("a noun of an attack is never the target; a headline that drops 'in' ('25 soldiers killed jihadist attack') makes no actor of the dead; a street is where, not what was hit")
    func eventNounsStreetsAndDroppedIn() throws {
        let called = try attack("Police report\n\nA local paper said a senior officer called the shooting an assassination after a gunman killed two officers in Kolbe.", dct: "2024-05-14")
        #expect(called.first("target")?.canonical != "assassination", "\(called.arguments)")
        let headline = try attack("Police report\n\n25 soldiers killed suspected jihadist attack in Northern Mali", dct: "2024-05-14")
        #expect(headline.first("actor")?.canonical != "25 soldiers", "\(headline.arguments)")
        let street = try attack("Police report\n\nThe four women and two men were killed in the street on Saturday night in Dori, the prosecutor said.", dct: "2024-05-14")
        #expect(street.first("target")?.canonical != "street", "\(street.arguments)")
    }

    /// Where a word first begins in `text`, in Unicode scalars.
    func scalarOffset(of word: String, in text: String) -> Int? {
        text.range(of: word).map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0.lowerBound) }
    }
}
