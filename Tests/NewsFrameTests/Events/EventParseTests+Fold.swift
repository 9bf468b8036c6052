import NewsFrameCore
import Testing

/// When two mentions are one attack and when two (each sentence written for this project).
extension EventParseTests {
    @Test("a span of time before 'after' parts two events even when the first tells harm: 'killed six soldiers on Sunday, two weeks after an assault'")
    func durationPartsHarmFromEarlierAttack() throws {
        let frames = try attacks(in: "Gunmen killed six soldiers on Sunday, two weeks after an assault by separatists on a train.", dct: "2024-05-13")
        #expect(frames.count == 2, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("actor")?.canonical == "Gunmen", "\(frames.map(\.arguments))")
        #expect(frames.last?.first("actor")?.canonical == "separatists", "\(frames.map(\.arguments))")
        // Harm told right after its attack stays one event.
        let one = try attacks(in: "Six guards were killed after gunmen stormed a checkpoint on Sunday.", dct: "2024-05-13")
        #expect(one.count == 1, "\(one.map(\.arguments))")
    }

    @Test("an attack told as the time before another ('came two days after a truck bomb killed 12') is its own frame, and what follows goes on telling of the other")
    func backgroundAttackStaysApart() throws {
        let text = "Two bombs exploded at a market in Kolbe on Sunday, killing five people. The explosions came two days after a truck bomb killed 12 people at a checkpoint in Tamsar."
        let frames = try attacks(in: text, dct: "2024-05-13")
        #expect(frames.count == 2, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("killed")?.count == 5 && frames.last?.first("killed")?.count == 12, "\(frames.map(\.arguments))")
        // Undated, the truck bomb takes the day two days before Sunday's explosions.
        #expect(frames.last?.first("time")?.value == "2024-05-10" && frames.last?.first("time")?.rule == "events/time-apart", "\(frames.map(\.arguments))")
        let focus = try attacks(
            in: "A drone struck a car in Kolbe on Tuesday, killing three fighters. The strike came two days after an earlier raid killed a guard. A paramedic was injured when the drone fired more missiles.",
            dct: "2024-05-13")
        #expect(focus.count == 2, "\(focus.map(\.arguments))")
        #expect(focus.first?.first("injured")?.count == 1 && focus.last?.first("injured") == nil, "\(focus.map(\.arguments))")
    }

    @Test("'the incident' tells where and when of the attack told before and makes no frame of its own; 'a separate incident' keeps its date for its own attack")
    func incidentPointsBack() throws {
        let frames = try attacks(in: "Gunmen attacked an army convoy in Burkina Faso, killing five soldiers. The incident happened on Monday in the village of Tandigou.", dct: "2024-05-01")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("time")?.value == "2024-04-29" && frames.first?.first("location")?.canonical == "Tandigou", "\(frames.map(\.arguments))")
        #expect(try attacks(in: "The incident happened on Monday in the village of Tandigou.", dct: "2024-05-01").isEmpty)
        let separate = try attacks(in: "Gunmen attacked an army convoy near Dori on Sunday. In a separate incident on Monday, two gunmen shot dead a teacher in Kaya.", dct: "2024-05-01")
        #expect(separate.contains { $0.first("time")?.value == "2024-04-29" && $0.first("location")?.canonical == "Kaya" }, "\(separate.map(\.arguments))")
    }

    @Test("a weapon that is a dateline's subject or a participle's noun still arms the attack, and 'the bomb' after 'a car bomb' is one weapon, so the mentions fold")
    func bombToldTwiceFolds() throws {
        let frames = try attacks(in: "DORI — A car bomb exploded beside a crowded market in a northern town early Sunday, killing at least five people, medics said.\nThe bomb exploded near a school in the town of Tandigou.", dct: "2024-05-13")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("weapon")?.canonical == "car bomb" && frames.first?.first("location")?.canonical == "Tandigou", "\(frames.map(\.arguments))")
    }

    @Test("striking several places is one attack; 'several times' is a run of them")
    func severalTargetsIsOneAttack() throws {
        #expect(try attacks(in: "Warplanes struck several camps near Dori on Monday.", dct: "2024-05-13").count == 1)
        #expect(try attacks(in: "Militants attacked the base several times in May.", dct: "2024-06-13").isEmpty)
    }

    @Test("the sentence right after the lead may name the town in the country the lead named: one attack, in the town; a town told later in another country is another")
    func leadThenTown() throws {
        let frames = try attacks(in: "Gunmen killed five people when they raided a market town in central Mali, officials said.\nDozens of gunmen riding motorbikes stormed the town of Djenne on Saturday night.", dct: "2024-05-13")
        #expect(frames.count == 1 && frames.first?.first("location")?.canonical == "Djenne", "\(frames.map(\.arguments))")
        let apart = try attacks(in: "Gunmen killed five people when they raided a market town in central Mali, officials said.\nDozens of gunmen riding motorbikes stormed the village of Kaya on Saturday night.", dct: "2024-05-13")
        #expect(apart.count == 2, "\(apart.map(\.arguments))")
    }

    @Test("'the Tuesday night attack' points back to the attack told before, with its day and its town in the state told first")
    func datedDefiniteFolds() throws {
        let frames = try attacks(in: "4 killed in shooting at party in Texas home\n\nA man with a rifle shot dead four guests at a birthday party in Texas, police said Wednesday.\n\nOfficers said the shooter fled on foot.\n\nThey were hunting him after the Tuesday night attack on a house in Austin.", dct: "2024-05-15")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("time")?.value?.hasPrefix("2024-05-14") == true && frames.first?.first("location")?.canonical == "Austin", "\(frames.map(\.arguments))")
        // A calendar date there names an event of its own, whose day the frame does not take.
        // (Undated, as reports without a date line come in.)
        let text = "Militants used two drones to attack the garrison at Kolbe.\n\nThe group praised the 7 October attack but said it had no part in planning it."
        let named = (try TestSupport.analyze(text).annotations.events ?? []).filter { $0.type == "ATTACK" }
        #expect(named.allSatisfy { $0.first("time") == nil }, "\(named.map(\.arguments))")
    }

    @Test("a definite description of the actor told before points back to its attack")
    func definiteActorPointsBack() throws {
        let text = "Bandits kill four in Kolbe community raid\n\nGunmen on motorbikes raided Kolbe, a farming village in Zhob district, local officials said. Police have sent a patrol to the area.\n\nResidents said the bandits killed four farmers on Tuesday when they stormed the village."
        let frames = try attacks(in: text, dct: "2024-05-16")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("time")?.value == "2024-05-14" && frames.first?.first("killed")?.count == 4, "\(frames.map(\.arguments))")
    }

    @Test("a headline's town and its lead's country, in the next sentence, place one attack")
    func headlineTownLeadCountry() throws {
        let text = "Burkina Faso market attack: JNIM fighters kill 12 traders in Dori\n\nJNIM fighters said in a statement that they had raided a market in northern Burkina Faso, killing 12 traders."
        let frames = try attacks(in: text, dct: "2024-05-16")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("actor")?.canonical == "Jama'at Nusrat al-Islam wal-Muslimin" && frames.first?.first("location")?.canonical == "Dori", "\(frames.map(\.arguments))")
        #expect(frames.first?.first("killed")?.count == 12, "\(frames.map(\.arguments))")
    }

    @Test("a named place or thing told later replaces the bare noun told first that it is one of")
    func namedTargetReplacesBareNoun() throws {
        let frame = try attack("Warplanes bombed a village in the far north on Thursday, killing eight civilians. The attack on Kolbe village, near the border, also wounded 20 people.", dct: "2024-01-21")
        #expect(frame.first("target")?.canonical == "Kolbe village", "\(frame.arguments)")
    }

    @Test("a named target in one country and a town in another are two attacks, though told on one day")
    func placesInTwoCountriesAreTwoAttacks() throws {
        let text = "Militants fired missiles at an airbase in western Iraq on Saturday. The attack on Al Asad airbase wounded two soldiers. An Israeli airstrike killed five officers in Damascus on Saturday."
        let frames = try attacks(in: text, dct: "2024-01-21")
        #expect(frames.count == 2, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("target")?.canonical == "Al Asad airbase", "\(frames.map(\.arguments))")
    }

    @Test("under a headline, the sentence after the lead is the one after the first telling: its town, which no gazetteer lists, places the attack the lead put in a country")
    func townAfterLeadUnderHeadline() throws {
        let text = "Gang attack in Mali kills nine\n\nBAMAKO, Mali — Gunmen in Mali killed nine people in the newest wave of gang violence there, a village chief said Wednesday.\n\nLate on Tuesday the gang attacked in the town of Tamsar in central Mali, a farmers' leader told reporters."
        let frames = try attacks(in: text, dct: "2024-05-02")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("location")?.canonical == "Tamsar" && frames.first?.first("time")?.value == "2024-04-30", "\(frames.map(\.arguments))")
    }

    @Test("a dated attack noun in a sentence of harm points back, and so does its sentence; a mention naming a place points to the frame at that place, not the latest")
    func datedMentionInHarmPointsBack() throws {
        let text = "Jihadists attacked a military base in eastern Mali on Thursday, killing 11 soldiers.\n\nAircraft killed 15 fighters as they fled after Thursday's attack in Tamsar, the army said.\n\nLast week, almost 60 people died in raids on farms across the country.\n\nThis attack in Tamsar shows the reach of the militants, an analyst said."
        let frames = try attacks(in: text, dct: "2024-05-06")
        #expect(frames.count == 2, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("location")?.canonical == "Tamsar" && frames.first?.first("killed")?.count == 11, "\(frames.map(\.arguments))")
        #expect(frames.last?.first("location") == nil, "\(frames.map(\.arguments))")
    }

    @Test("an attack noun a word of otherness modifies ('another bomb blast') is an event besides the one told, never folded into it")
    func anotherIsApart() throws {
        let frames = try attacks(in: "A bomb blast killed six guards in Tamsar on 2024-03-02. Two more guards were killed in another bomb blast, police said.", dct: "2024-03-03")
        #expect(frames.count == 2 && frames.first?.first("killed")?.count == 6 && frames.last?.first("killed")?.count == 2, "\(frames.map(\.arguments))")
        // Before a number it counts weapons, not attacks: one strike, told again in a quotation.
        let one = try attacks(
            in: "A drone strike hit a house in Kolbe on Monday, killing nine fighters, officials said.\n\n“One rocket hit the house and another two struck a car parked outside,” an official said.",
            dct: "2024-03-05")
        #expect(one.count == 1, "\(one.map(\.arguments))")
    }

    @Test("a clock time that names no day dates only the report: the lead's own day folds the headline's 'midnight attack', and an attack told 'last month' stays apart")
    func clockTimeIsReportDay() throws {
        let headline = "Gunmen kill four guards in midnight attack on police post\n\nFour guards died after gunmen stormed a police post in Kolbe early on Sunday, officials said."
        let frames = try attacks(in: headline, dct: "2024-05-13")
        #expect(frames.count == 1 && frames.first?.first("time")?.value == "2024-05-12", "\(frames.map(\.arguments))")
        let older = try attacks(in: "A missile hit a school in Kolbe at 9.45 pm, killing three people, police said. At least 40 people died last month as a missile struck a market.", dct: "2024-05-13")
        #expect(older.count == 2 && older.last?.first("killed")?.count == 40, "\(older.map(\.arguments))")
    }

    @Test("a verb coordinated with the one the attack noun is the subject of, with no subject of its own, dates the attack")
    func coordinatedVerbDates() throws {
        let text = "A suspected raid on a police base in Kolbe left one officer dead, radio reports said.\n\nThe raid, carried out by the group's northern unit, happened early Sunday near Tamsar."
        let frames = try attacks(in: text, dct: "2012-01-16")
        #expect(frames.count == 1 && frames.first?.first("time")?.value == "2012-01-15", "\(frames.map(\.arguments))")
    }

    @Test("a tally of many events told between is no event a later mention goes on telling of")
    func tallyTakesNoMention() throws {
        let text = "Gunmen attacked an army camp in Kolbe on Thursday, killing three soldiers, police said. Officials say more than 170 rebels and troops have been killed in fighting this year. The incident, near the Tamsar border post, also injured two guards."
        let frames = try attacks(in: text, dct: "2024-05-10")
        #expect(frames.count == 1 && frames.first?.first("injured")?.count == 2, "\(frames.map(\.arguments))")
    }

    @Test("an attack told as an earlier one ('in an earlier attack') is its own, and does not take the focus: 'the latest attack' after it is the one told first")
    func earlierAttackKeepsFocus() throws {
        let text = "Gunmen killed two guards at a market in Kolbe, officials said on Tuesday. Four traders died in an earlier raid, on Sunday, at a well near Tamsar. The latest attack was on the market's main gate."
        let frames = try attacks(in: text, dct: "2024-05-08")
        #expect(frames.count == 2 && frames.first?.first("killed")?.count == 2 && frames.last?.first("killed")?.count == 4, "\(frames.map(\.arguments))")
        let latest = text.unicodeScalars.count - "attack was on the market's main gate.".unicodeScalars.count
        #expect(frames.first?.mentions.contains { $0.start == latest } == true, "\(frames.map(\.mentions))")
    }

    @Test("a numbered member of a series told right after the mention that counts it takes that mention's doer and day")
    func seriesMemberSharesUmbrella() throws {
        let text = "On 2024-01-05 the Kolbe Front attacked three army posts with drones. The first attack targeted the Tamsar post in the north, while the second and third attacks hit the Dori post and the Kaya post."
        let frames = try attacks(in: text, dct: "2024-01-08")
        let first = frames.first { $0.first("target").map { words($0, of: text) } == "Tamsar post" }
        #expect(first?.first("actor")?.canonical == "Kolbe Front" && first?.first("time")?.value == "2024-01-05", "\(frames.map(\.arguments))")
    }

    @Test("an event told again only as the time before another stays below it in focus: what follows tells of the other")
    func backgroundEventStaysBelow() throws {
        let text = "Raiders kill nine farmers in Nigeria\n\nThe raid came a day after bandits gunned down 14 mourners in a nearby hamlet.\n\nArmed raiders in central Nigeria have killed nine farmers, district officials said Wednesday.\n\nThe Monday raid came a day after bandits gunned down 14 mourners in a nearby hamlet, they said.\n\nThey fired on farmhands at dusk and burned a granary, a councillor said."
        let frames = try attacks(in: text, dct: "2024-05-08")
        #expect(frames.count == 2, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("target").map { words($0, of: text) } == "farmhands", "\(frames.map(\.arguments))")
        #expect(frames.last?.arguments.contains { words($0, of: text) == "farmhands" } == false, "\(frames.map(\.arguments))")
    }

    @Test("a named place told later, sentences apart, is the bare noun an attack hit before: one attack")
    func namedPlaceFoldsIntoBareNoun() throws {
        let text = "Warplanes struck a hamlet in the hills, killing seven people, villagers said on Thursday.\nThe army has fought several armed groups in the hills for years.\nMonitors say the air force often bombs settlements it believes shelter fighters.\nTwo jets dropped four bombs on Dembelo Kora hamlet in the Maradi region on Wednesday evening, a villager said."
        let frames = try attacks(in: text, dct: "2024-05-09")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("location")?.canonical == "Dembelo Kora hamlet" && frames.first?.first("time")?.value == "2024-05-08TEV", "\(frames.map(\.arguments))")
    }

    @Test("an ordinal that counts the doers ('the first of whom') numbers no attack")
    func ordinalOfDoersIsNoSeries() throws {
        let text = "The Kolbe Front said two suicide bombers staged the raid on the Dori market on Friday, the first of whom then blew himself up inside a truck, while the other set off his own belt at the gate."
        let frames = try attacks(in: text, dct: "2024-05-11")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
    }

    @Test("a town in the country told first, on the same day, is the same attack, sentences apart")
    func sameDayTownInCountry() throws {
        let text = "Two soldiers died and four were hurt when an army convoy struck a mine in northern Mali late on Tuesday, an officer said.\n\nNobody has said who laid it. Armed groups still roam the desert north.\n\n“Early today on the road to Ansongo, a truck in the convoy was hit by a buried charge,” the officer said."
        let frames = try attacks(in: text, dct: "2024-05-07")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("location")?.canonical == "Ansongo" && frames.first?.first("killed")?.count == 2, "\(frames.map(\.arguments))")
        // (Told as a separate incident, it stays apart.)
        let apart = try attacks(in: text.replacingOccurrences(of: "“Early today", with: "In a separate incident, “early today"), dct: "2024-05-07")
        #expect(apart.count == 2, "\(apart.map(\.arguments))")
    }

    @Test("a date before the trigger that a verb of saying sets apart dates the report, and gives way to the event's own day")
    func reportedOnDayGivesWay() throws {
        let text = "The defence ministry said on Saturday that ten of its troops died in an ambush close to the Malian border.\n\nIts statement added that 13 more were wounded in the Friday attack and 16 were missing."
        let frames = try attacks(in: text, dct: "2023-02-12")
        #expect(frames.count == 1 && frames.first?.first("time")?.value == "2023-02-10", "\(frames.map(\.arguments))")
    }

    @Test("a named ship or facility told later replaces the bare noun of a thing told first; words no lexicon lists never match each other")
    func namedThingReplacesBareThing() throws {
        let text = "Rebels fired two missiles at shipping off Kolbe on Wednesday, killing three sailors, the navy said. The attack on the MV Dembelo Star set the bulk carrier on fire."
        let frames = try attacks(in: text, dct: "2024-03-07")
        #expect(frames.count == 1 && frames.first?.first("target")?.canonical == "MV Dembelo Star", "\(frames.map(\.arguments))")
        // (A named base and two facilities hit before share no head: another attack.)
        let apart = try attacks(in: "Warplanes struck two facilities in eastern Kolbe last week. On Wednesday its fighters targeted the Al-Dembelo base in Kolbe with two drones.", dct: "2024-03-07")
        #expect(apart.count == 2, "\(apart.map(\.arguments))")
    }

    @Test("a period that ranks the attack ('this year's bloodiest raid') dates nothing, and the mention folds into the attack it ranks")
    func rankingPeriodIsNoDate() throws {
        let frames = try attacks(
            in: "Rebels storm army camp near Kolbe\n\nRebels with mortars stormed an army camp outside Kolbe on Monday, killing seven soldiers, the army said.\n\nFour more soldiers were hurt in this year's bloodiest raid on the camp.",
            dct: "2024-05-13")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("time")?.value == "2024-05-13", "\(frames.map(\.arguments))")
        #expect(frames.first?.first("injured")?.count == 4, "\(frames.map(\.arguments))")
        // A day's possessive names the day; a ranking period gives way to the clause's own date.
        let sunday = try attack("Sunday's deadliest strike hit a market in Kolbe, killing 20 people.", dct: "2024-05-15")
        #expect(sunday.first("time")?.value == "2024-05-12", "\(sunday.arguments)")
        let dated = try attack("This year's deadliest attack killed 40 people at a market in Kolbe on March 3.", dct: "2024-05-15")
        #expect(dated.first("time")?.value == "2024-03-03", "\(dated.arguments)")
    }

    @Test("a date after a phrase that a word of time order opens ('since the close of its campaign … last month') dates that point, not the attack")
    func dateOfTheReferencePoint() throws {
        let frames = try attacks(
            in: "Gunmen ambushed a convoy near Dori, killing two guards, police said.\n\nThe attack was the costliest for the army on that road since the close of its campaign in Dori last month.",
            dct: "2024-05-13")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("time") == nil, "\(frames.map(\.arguments))")
        // The event's own time after such a word stays its time.
        let dawn = try attack("Militants with rockets attacked a police post in Kolbe before dawn on Monday, killing ten officers, officials said.", dct: "2024-05-13")
        #expect(dawn.first("time")?.value == "2024-05-13", "\(dawn.arguments)")
        // "after the evening prayers on Friday": after, not since, tells the attack's own day.
        let prayers = try attack("Gunmen stormed a mosque in Kano after the evening prayers on Friday, killing 12 worshippers.", dct: "2024-05-15")
        #expect(prayers.first("time")?.value == "2024-05-10", "\(prayers.arguments)")
    }

    @Test("'a similar attack' is another attack: its rockets and house stay out of the bombing told before")
    func similarAttackIsAnother() throws {
        let frames = try attacks(
            in: "KOLBE — A suicide bombing at the busiest checkpoint on the road to Dori killed at least 18 police officers Thursday, officials said.\n\nPolice told of a similar attack later that day in the same district. Officials said three rockets were fired at a farmer's house, killing about eight people.",
            dct: "2024-03-08")
        #expect(frames.count == 2, "\(frames.map(\.arguments))")
        let bombing = try #require(frames.first)
        // (Its own weapon is the suicide bomb its trigger names; the rockets are the other attack's.)
        #expect(bombing.arguments.allSatisfy { $0.role != "weapon" || $0.canonical != "rocket" } && bombing.first("target")?.canonical == "busiest checkpoint", "\(bombing.arguments)")
    }
}
