import NewsFrameCore
import Testing

/// The actor a sentence of blame or responsibility gives an attack told as a noun (each
/// sentence written for this project).
extension EventParseTests {
    @Test("whom a verb of accusation blames for an attack, or a relative clause puts it on, did it; so does the subject of 'behind' or 'involved in'")
    func blameNamesTheActor() throws {
        let blamed = try attack("Officials blamed the Kolbe Front for Monday's attack on a village near Dori.", dct: "2024-05-13")
        #expect(blamed.first("actor")?.canonical == "Kolbe Front" && blamed.first("actor")?.rule == "events/parse-blamed-for", "\(blamed.arguments)")
        let relative = try attack("Five soldiers were killed in an attack that officials blamed on the Kolbe Front.", dct: "2024-05-13")
        #expect(relative.first("actor")?.canonical == "Kolbe Front", "\(relative.arguments)")
        let behind = try attack("Police suspect rebels were behind the bombing of a bus in Dori on Monday.", dct: "2024-05-13")
        #expect(behind.first("actor")?.canonical == "rebels" && behind.first("actor")?.rule.hasPrefix("events/parse-agency") == true, "\(behind.arguments)")
        // A question or a denial blames no one.
        let asked = try attacks(in: "Asked whether the Kolbe Front was behind the attack on a bus in Dori on Monday, police said they were still assessing.", dct: "2024-05-13")
        #expect(asked.allSatisfy { $0.first("actor")?.canonical != "Kolbe Front" }, "\(asked.map(\.arguments))")
        // The one who blames is no actor.
        #expect(blamed.arguments.allSatisfy { $0.canonical != "Officials" }, "\(blamed.arguments)")
    }

    @Test("the active subject of a verb coordinated with the attack, and the weapon that verb acts on, are the attack's; a passive subject is its victim")
    func coordinatedVerbGivesActorAndWeapon() throws {
        let frame = try attack("A man pulled a knife and attacked two guards at a bank in Kolbe on Monday.", dct: "2024-05-13")
        #expect(frame.first("actor")?.canonical == "man" && frame.first("weapon")?.canonical == "knife", "\(frame.arguments)")
        let victim = try attack("A 52-year-old man was then shot and killed near a market in Kolbe.", dct: "2024-05-13")
        #expect(victim.first("actor") == nil, "\(victim.arguments)")
    }
}

/// Session 25's rules: who confessed, objects shared by coordinated verbs, and definite nouns
/// that point back to a mention that was no attack (each sentence written for this project).
extension EventParseTests {
    @Test("one who confessed to an attack did it, a person too, and a group's claim does not replace them; the subject a coordinated verb shares counts")
    func confessionNamesThePerson() throws {
        let frame = try attack(
            "A 30-year-old man went to a police station and confessed to the knife attack at a market in Dori on Friday. The Kolbe Front claimed responsibility for the attack.",
            dct: "2024-05-13")
        #expect(frame.first("actor")?.canonical == "30-year-old man" && frame.first("actor")?.rule.hasPrefix("events/parse-agency") == true, "\(frame.arguments)")
        #expect(frame.status.contains("claimed"), "\(frame.status)")
        // A description of a group still gives way to the group that claims; so do armed men
        // named as the subject of the attack, not as the ones the words say did it.
        let group = try attack("Militants attacked a police post in Dori on Friday. The Kolbe Front claimed responsibility for the attack.", dct: "2024-05-13")
        #expect(group.first("actor")?.canonical == "Kolbe Front", "\(group.arguments)")
        let men = try attack("Unidentified armed men attacked the village of Tamsar on Friday. The Kolbe Front claimed responsibility for the attack.", dct: "2024-05-13")
        #expect(men.first("actor")?.canonical == "Kolbe Front", "\(men.arguments)")
        // Who holds another responsible is no actor: the complement's subject is the accuser.
        let held = try attacks(
            in: "A bomb exploded at an army base near Kolbe on Friday. Israel holds Hezbollah responsible for the attack on the base.",
            dct: "2024-05-13")
        #expect(held.allSatisfy { $0.first("actor")?.canonical != "Israel" }, "\(held.map(\.arguments))")
    }

    @Test("a verb with no object joined to the next verb shares its object: the victims of 'murdered and beheaded five people' are the target, not the killers")
    func coordinatedVerbsShareTheObject() throws {
        let frame = try attack("Insurgents murdered and beheaded five farmers near Kolbe on Tuesday.", dct: "2024-05-13")
        #expect(frame.first("target")?.canonical == "five farmers" && frame.first("target")?.rule.hasPrefix("events/harm-victims") == true, "\(frame.arguments)")
        #expect(frame.first("actor")?.canonical == "Insurgents", "\(frame.arguments)")
        // (The killers are no casualties either.)
        let text = "Insurgents murdered and beheaded five farmers near Kolbe on Tuesday."
        #expect(frame.first("casualties").map { words($0, of: text) } == "murdered and beheaded five farmers", "\(frame.arguments)")
        // A phrase of the first verb keeps it complete: "fired at the post and killed two".
        let phrase = try attack("Gunmen fired at a police post and killed two officers in Kolbe on Tuesday.", dct: "2024-05-13")
        #expect(phrase.first("target")?.canonical == "police post", "\(phrase.arguments)")
        // An object no attack hits is not shared: "took control of a police post".
        let control = try attack("Gunmen attacked and took control of a police post in Dori on Friday.", dct: "2024-05-13")
        #expect(control.arguments.allSatisfy { $0.rule != "events/parse-shared-object" }, "\(control.arguments)")
    }

    @Test("a verb with no subject takes the noun right before it that a clause word introduces, misread as its preposition's ('after a gang raided a bar')")
    func clauseWordMisreadAsPreposition() throws {
        let frame = try attack("Nine people died and three were hurt after a gang raided a bar in Kolbe on Sunday.", dct: "2024-05-13")
        #expect(frame.first("actor")?.rule.hasPrefix("events/parse-clause-noun-subject") == true, "\(frame.arguments)")
        #expect(frame.first("target")?.canonical == "bar", "\(frame.arguments)")
    }

    @Test("'the interception' after troops intercepted a truck of food tells of that interception, no attack; after drones were intercepted it is the attack")
    func definiteNounOfAMentionThatWasNoAttack() throws {
        let none = try attacks(
            in: "Troops intercepted a truck carrying food for the rebels near Kolbe. The interception took place in the village of Tamsar on Friday.", dct: "2024-05-13")
        #expect(none.isEmpty, "\(none.map(\.arguments))")
        let stopped = try attacks(in: "Air defences intercepted two drones over Kolbe on Friday. The interception was confirmed by the army.", dct: "2024-05-13")
        #expect(stopped.count == 1 && stopped.first?.status.contains("thwarted") == true, "\(stopped.map(\.arguments))")
        // A noun that names its own weapon is an attack whatever was foiled before it.
        let own = try attacks(
            in: "Police foiled a plot to bomb a church in Dori on Monday. On Friday, the interception of two drones over Kolbe was confirmed by the army.",
            dct: "2024-05-13")
        #expect(own.count == 1 && own.first?.status.contains("thwarted") == true, "\(own.map(\.arguments))")
    }

    @Test("the group that members belong to acts ('ambushed by alleged members of the Kolbe Front'); members of no group stay no actor")
    func membersOfAGroup() throws {
        let frame = try attack("Two guards were wounded when they were ambushed by alleged members of the Kolbe Front outside Tamsar on Tuesday.", dct: "2024-05-13")
        #expect(frame.first("actor")?.canonical == "Kolbe Front", "\(frame.arguments)")
        #expect(frame.first("actor")?.rule.hasSuffix("events/parse-affiliation") == true, "\(frame.arguments)")
        // The family's members are victims: "of" a family names no group that acts.
        let victims = try attack("Gunmen shot dead three members of a family in Kolbe on Tuesday.", dct: "2024-05-13")
        #expect(victims.first("actor")?.canonical != "family", "\(victims.arguments)")
        // Members who blame or criticize are handed no attack.
        let critics = try attack("Members of the UN Security Council criticized Israel for attacking a hospital in Gaza on Monday.", dct: "2024-05-15")
        #expect(critics.first("actor")?.canonical != "UN Security Council" && critics.first("actor")?.canonical != "Security Council", "\(critics.arguments)")
    }

    @Test("the agent of a light verb's participle on an attack noun did it ('an attack carried out by militants'), not the agent of a verb of saying")
    func agentOfALightParticiple() throws {
        let carried = try attack("A soldier was killed in a raid carried out by militants near Kolbe on Monday.", dct: "2024-05-13")
        #expect(carried.first("actor")?.rule.hasPrefix("events/parse-light-participle-agent") == true, "\(carried.arguments)")
        #expect(carried.first("actor")?.canonical == "militants", "\(carried.arguments)")
        let laid = try attack("Two officers died in an ambush laid by gunmen near Dori on Monday.", dct: "2024-05-13")
        #expect(laid.first("actor")?.canonical == "gunmen", "\(laid.arguments)")
        let announced = try attacks(in: "Russia's ministry said a drone attack announced by the ministry hit a depot in Kolbe on Monday.", dct: "2024-05-13")
        #expect(announced.allSatisfy { $0.arguments.allSatisfy { $0.rule != "events/parse-light-participle-agent" } }, "\(announced.map(\.arguments))")
    }

    @Test("an earlier attack stays apart when a name and a weapon stand between 'earlier' and the noun")
    func earlierAttackWithANameBetween() throws {
        let frames = try attacks(
            in: "A drone strike by the militia killed 15 people at a market in Kolbe on Monday.\n\nTwo farmers were killed in an earlier Kata'ib Hezbollah rocket attack on a village, police said.",
            dct: "2024-05-13")
        #expect(frames.count == 2, "\(frames.map(\.arguments))")
        let main = try #require(frames.first)
        #expect(main.first("target")?.canonical == "market" && main.arguments.allSatisfy { $0.role != "weapon" || $0.canonical == "drone" }, "\(main.arguments)")
        #expect(frames.last?.first("actor")?.canonical == "Kata'ib Hezbollah", "\(frames.last?.arguments ?? [])")
    }

    @Test("a description ends at its noun phrase: no mark or participle left hanging by a cut, no cue of speech, no clause with its own subject")
    func descriptionEndsAtItsPhrase() throws {
        let hanging = try attack("Gunmen shot the guests and waiters resulting in four killed at a wedding in Dori on Friday.", dct: "2024-05-13")
        #expect(hanging.first("target")?.canonical == "guests and waiters", "\(hanging.arguments)")
        let ferry = try attack("A ferry with forty passengers was attacked by government forces while it was docking at Tamsar on Friday.", dct: "2024-05-13")
        #expect(ferry.first("actor")?.canonical == "government forces", "\(ferry.arguments)")
        let told = try attack(
            "A sniper opened fire near a checkpoint in Kolbe on Friday, wounding at least one Iraqi, according to the country's interior minister.", dct: "2024-05-13")
        #expect(told.first("target")?.canonical == "one Iraqi", "\(told.arguments)")
    }

    @Test("a headline's participle and weapon read as one name ('Downed Drone Kills Two') give the weapon, not an actor")
    func headlineWeaponReadAsAName() throws {
        let frames = try attacks(
            in: "Downed Drone Kills Two in Kolbe, Officials Say\n\nWreckage from a drone shot down over Kolbe fell on a house and killed two people, officials said on Monday.",
            dct: "2024-05-13")
        let headline = try #require(frames.first)
        #expect(headline.arguments.allSatisfy { $0.role != "actor" || !($0.canonical ?? "").lowercased().contains("drone") }, "\(headline.arguments)")
        #expect(headline.first("weapon")?.canonical == "drone", "\(headline.arguments)")
    }

    @Test("a party asked about ('which group was behind the attack') is no one named")
    func questionedPartyIsNoActor() throws {
        let asked = try attack(
            "Eight police officers were killed on Friday in an attack with an explosive device on a road near Kolbe. Police did not know which group was behind the attack.",
            dct: "2024-05-13")
        #expect(asked.first("actor") == nil, "\(asked.arguments)")
        let named = try attack(
            "Eight police officers were killed on Friday in an attack with an explosive device on a road near Kolbe. Police said the Kolbe Front was behind the attack.",
            dct: "2024-05-13")
        #expect(named.first("actor")?.canonical == "Kolbe Front", "\(named.arguments)")
        // A relative clause on the party names it.
        let relative = try attack("The Kolbe Front, which was behind the bombing of a bus in Dori on Monday, has been banned.", dct: "2024-05-15")
        #expect(relative.first("actor")?.canonical == "Kolbe Front", "\(relative.arguments)")
    }
}
