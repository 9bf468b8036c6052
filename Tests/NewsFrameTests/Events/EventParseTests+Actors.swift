import NewsFrameCore
import Testing

/// Who attacked, when the parse hides the name or gives a nationality (each sentence written
/// for this project).
extension EventParseTests {
    @Test("a group's name right after the comma of its description is the actor, whatever the parser hung it on; a 'linked' group's patron is its sponsor")
    func nameAfterDescriptionIsTheActor() throws {
        let frame = try attack("The militants, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), raided an army post near Dori on Monday.", dct: "2024-05-13")
        #expect(frame.first("actor")?.rule.hasSuffix("events/parse-apposition-name") == true, "\(frame.arguments)")
        #expect(frame.first("actor")?.canonical != "al-Qaeda", "\(frame.arguments)")
        let linked = try attack("An al-Qaeda-linked group attacked the army post at Djibo on Monday.", dct: "2024-05-13")
        #expect(linked.first("sponsor")?.canonical == "al-Qaeda" && linked.first("actor")?.canonical == "al-Qaeda-linked group", "\(linked.arguments)")
    }

    @Test("a nationality before a noun for an armed group is not the actor of the attack noun after them; the group's claim names it")
    func nationalityOfAGroupIsNoActor() throws {
        let frame = try attack("Malian Militia Launch Drone Attack on Army Post in Dori\n\nA Malian armed group claimed the drone strike on the army post in Dori on Monday.", dct: "2024-05-13")
        #expect(frame.first("actor")?.canonical == "Malian armed group" && frame.first("actor")?.rule == "events/claimant", "\(frame.arguments)")
        // A state's force keeps its state: "Malian warplanes" are Mali's.
        let force = try attack("A Malian Warplanes Strike on Rebel Camp in Kidal\n\nThe strike hit the camp on Monday.", dct: "2024-05-13")
        #expect(force.first("actor")?.canonical == "Mali", "\(force.arguments)")
    }

    @Test("a group that claims an attack replaces an actor the text gave only as a nationality")
    func claimantReplacesANationality() throws {
        let frame = try attack("Bus carrying Malian military bombed in Dori, kills 4\n\nThe Kolbe Liberation Front claimed responsibility for the bombing.", dct: "2024-05-13")
        #expect(frame.first("actor")?.canonical == "Kolbe Liberation Front" && frame.first("actor")?.rule == "events/claimant", "\(frame.arguments)")
    }

    @Test("a death toll told with a mention or right after it is the frame's killed; one placed or dated wider counts a war")
    func tollGivesTheKilled() throws {
        let later = try attack("A bomb hit a bus in Dori on Monday, killing three soldiers. A fourth soldier died in hospital, raising the death toll to four.", dct: "2024-05-13")
        #expect(later.first("killed")?.count == 4 && later.first("killed")?.rule == "events/harm-toll", "\(later.arguments)")
        let war = try attack("An airstrike killed 12 people in Kolbe on Monday, raising the death toll in the region to 3,000.", dct: "2024-05-13")
        #expect(war.first("killed")?.count == 12, "\(war.arguments)")
        let run = try attack("An airstrike killed 12 people in Kolbe on Monday. The toll of the offensive reached 90, nearly all farmers, since Friday.", dct: "2024-05-13")
        #expect(run.first("killed")?.count == 12, "\(run.arguments)")
        // A lower toll is an earlier count, not the total.
        let lower = try attack("A bomb killed nine people in Dori on Monday. The death toll had stood at six by noon.", dct: "2024-05-13")
        #expect(lower.first("killed")?.count == 9, "\(lower.arguments)")
    }

    @Test("those killed in an attack told before fold into it with their date; a clause an adjective of how often governs is no event")
    func thoseKilledAndWhatIsCommon() throws {
        let frames = try attacks(in: "Some 150 villagers have been killed and 90 hurt in Dori, one more of the raids an armed group has staged there.\n\nTwo teachers were among those killed there on Saturday. It is common for villagers to be attacked by armed groups.", dct: "2024-05-13")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("time")?.value == "2024-05-11" && frames.first?.first("actor") == nil, "\(frames.map(\.arguments))")
    }

    @Test("a town the mentions' own sentences name places the attack before towns the next sentence names")
    func ownSentencePlaceFirst() throws {
        let frame = try attack("Gunmen killed 200 people in Burkina Faso on Saturday.\n\nTwo teachers in Tandigou were among those killed. Tandigou is 20 km from Kaya, on the road the fighters take toward the capital, Ouagadougou.", dct: "2024-05-13")
        #expect(frame.first("location")?.canonical == "Tandigou" && frame.first("location")?.rule == "events/nearby-place", "\(frame.arguments)")
    }

    @Test("an attacker told only by a noun is the one armed group the text names beside such a noun while it tells the attack; not one of another event or of a run of attacks")
    func groupNamedInTheText() throws {
        let frame = try attack("Two suicide attackers stormed a hotel in Dori on Sunday, killing nine people. Fighters of the jihadist group Kolbe Liberation Front had driven in from the north.", dct: "2024-05-13")
        #expect(frame.first("actor")?.canonical == "Kolbe Liberation Front" && frame.first("actor")?.rule == "events/group-in-text", "\(frame.arguments)")
        let threat = try attack("Gunmen killed five soldiers in Dori on Tuesday. The region faces threats from Kolbe Liberation Front fighters.", dct: "2024-05-13")
        #expect(threat.first("actor")?.canonical == "Gunmen", "\(threat.arguments)")
        let habit = try attack("Gunmen killed five soldiers in Dori on Tuesday. Kolbe Liberation Front fighters often attack soldiers in the area.", dct: "2024-05-13")
        #expect(habit.first("actor")?.canonical == "Gunmen", "\(habit.arguments)")
    }

    @Test("a town or province is never an attacker: before an attack noun it is where; a capital may still speak")
    func townIsNoAttacker() throws {
        let headline = try attack("Dori market bomber kills 12\n\nA suicide bomber killed 12 people at a market in Dori on Saturday.", dct: "2024-05-13")
        #expect(headline.first("actor")?.canonical != "Dori" && headline.first("location")?.canonical == "Dori", "\(headline.arguments)")
        let nominal = try attack("Two soldiers killed in Kaya ambush\n\nTwo soldiers were killed on Saturday.", dct: "2024-05-13")
        #expect(nominal.first("actor") == nil && nominal.first("location")?.canonical == "Kaya", "\(nominal.arguments)")
    }

    @Test("a verb's form that modifies an attack noun ('targeted attacks') makes no mention of its own")
    func targetedAttacksIsOneNoun() throws {
        let text = "A bomb blast in Dori wounded four people on Sunday. The province saw a sharp rise in violence this year, with bombings and targeted attacks against soldiers."
        let frames = try attacks(in: text, dct: "2024-05-13")
        let targeted = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: "targeted")!.lowerBound.samePosition(in: text.unicodeScalars)!)
        #expect(frames.allSatisfy { $0.trigger.start != targeted && $0.first("target")?.canonical != "attacks" }, "\(frames.map(\.arguments))")
    }

    @Test("a pronoun no rule resolves names no target")
    func unresolvedPronounIsNoTarget() throws {
        let frame = try attack("The bandits chased the farmers and shot them dead near Dori on Monday.", dct: "2024-05-13")
        #expect(frame.first("target") == nil, "\(frame.arguments)")
    }

    @Test("a description stops before a headline's verb the parser read as its noun; one whose head lies past it names nothing")
    func descriptionStopsAtAVerb() throws {
        let frame = try attack("Russian missile strike on Kolbe apartment block kills 5\n\nA missile hit an apartment block in Kolbe on Monday, killing five people.", dct: "2024-05-13")
        // (The syntax stage now reads "kills" as the headline's verb, so the headline's phrase,
        // which stops before it, is the target.)
        #expect(frame.first("target")?.canonical == "Kolbe apartment block", "\(frame.arguments)")
        // With its closing stop the headline is left as tagged; the description still stops
        // before the verb.
        let stopped = try attack("Russian missile strike on Kolbe apartment block kills 5.\n\nA missile hit an apartment block in Kolbe on Monday, killing five people.", dct: "2024-05-13")
        #expect(stopped.first("target")?.canonical == "apartment block", "\(stopped.arguments)")
    }

    @Test("'No one claimed' makes an attack unclaimed, however the parser hangs the verb on 'no one'")
    func noOneClaimed() throws {
        let frame = try attack("Gunmen killed 20 people in a market in Dori on Saturday. No one claimed responsibility for the attack.", dct: "2024-05-13")
        #expect(frame.status.contains("unclaimed") && !frame.status.contains("claimed"), "\(frame.status)")
    }

    @Test("a phrase after an attack noun that opens with 'by' names the actor whatever relation the labeller gave it")
    func byPhraseOfANounIsTheActor() throws {
        // The parser hangs "by" on "Boko" and calls "insurgents" a relative clause of "attack".
        let frame = try attack("Six loggers were found dead and three more hurt in a new attack by Boko Haram insurgents near Dorvo.", dct: "2024-05-13")
        #expect(frame.first("actor")?.canonical == "Boko Haram insurgents", "\(frame.arguments)")
        #expect(frame.first("target")?.canonical == "Six loggers", "\(frame.arguments)")
    }

    @Test("a country before the attack noun gives way to the actor the rest of the sentence names, and places the attack")
    func countryBeforeAttackNounGivesWay() throws {
        let frames = try attacks(in: "Boko Haram fighters kill six in Niger attack", dct: "2024-05-14")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("actor")?.canonical == "Boko Haram", "\(frames.map(\.arguments))")
        #expect(frames.first?.first("location")?.canonical == "Niger", "\(frames.map(\.arguments))")
    }

    @Test("a weapon the attack is said to be is its weapon")
    func copulaWeapon() throws {
        let frame = try attack("The raid was a car bomb that tore through the market in Dori on Monday, killing nine traders.", dct: "2024-05-14")
        #expect(frame.first("weapon")?.canonical == "car bomb", "\(frame.arguments)")
    }

    @Test("the point a distance is measured from is no launch site")
    func distanceReferenceIsNoOrigin() throws {
        let frame = try attack("A bomb exploded at a checkpoint 40 kilometres from the town of Dori on Monday, killing two guards.", dct: "2024-05-14")
        #expect(frame.first("origin") == nil, "\(frame.arguments)")
        #expect(frame.first("weapon")?.canonical == "bomb", "\(frame.arguments)")
    }

    @Test("a description stops before what the parser hung on its noun as an object ('Troops | regained control')")
    func descriptionTakesNoObjectOfANoun() throws {
        let text = "Gunmen stormed a hotel in Kolbe on Saturday, killing nine guests. Troops regained control of the hotel late on Monday, having killed two gunmen, police said."
        let actors = try attacks(in: text, dct: "2024-05-14").compactMap { $0.first("actor")?.canonical }
        #expect(actors.contains("Troops") && !actors.contains { $0.contains("regained") }, "\(actors)")
    }

    @Test("a determiner the tagger took for a name after a dateline describes no actor")
    func determinerIsNoActor() throws {
        let frame = try attack("DORI - A blast outside a mosque in Dori on Friday killed two men thought to be bombers and hurt 19 worshippers.", dct: "2024-05-14")
        #expect(frame.first("actor") == nil, "\(frame.arguments)")
        #expect(frame.first("location")?.canonical == "Dori", "\(frame.arguments)")
    }

    @Test("a noun of those who attack before the attack noun is the actor, until a phrase of its own or a claimant names them")
    func nominalActorGivesWay() throws {
        #expect(try attack("A militia attack on the village of Tamsar killed five people on Monday.").first("actor")?.canonical == "militia")
        // Of an attack only: an alliance is of no one its noun names.
        let alliance = try TestSupport.analyze("The military alliance was announced in October 2023.", dct: "2024-01-01").annotations.events ?? []
        #expect(alliance.contains { $0.type == "ALLIANCE" } && alliance.allSatisfy { $0.first("actor") == nil }, "\(alliance.map(\.arguments))")
        let told = try attacks(in: "The jihadist assault against an army base near Tamsar killed 11 soldiers on Thursday.\nJihadists in pickup trucks stormed the base at dawn, the army said.", dct: "2024-05-06")
        #expect(told.count == 1 && told.first?.first("actor")?.canonical == "Jihadists", "\(told.map(\.arguments))")
        let claimed = try attacks(
            in: "Militia drone attack hits garrison near Tamsar\n\nA resistance group took responsibility on Friday for the drone strike on the garrison near Tamsar, state media reported.",
            dct: "2024-05-06")
        #expect(claimed.count == 1 && claimed.first?.first("actor")?.canonical == "resistance group", "\(claimed.map(\.arguments))")
    }

    @Test("a phrase the parser hung on a date is the verb's: 'launched a fresh airstrike on Friday | against X'")
    func phraseOnDateIsTheVerbs() throws {
        let frame = try attack("Warplanes launched a fresh airstrike on Friday against the Kolbe Front, a rebel group holding much of the north.", dct: "2024-03-03")
        #expect(frame.first("target")?.canonical == "Kolbe Front", "\(frame.arguments)")
    }

    @Test("what a passive clause of time or cause hit is the subject of the verb it hangs on")
    func passiveClauseTarget() throws {
        let frame = try attack("Nine people died on Sunday when the roof of a school in Tamsar fell in after being hit by a rocket.", dct: "2024-05-13")
        #expect(frame.first("target").map { words($0, of: "Nine people died on Sunday when the roof of a school in Tamsar fell in after being hit by a rocket.") } == "roof of a school", "\(frame.arguments)")
    }

    @Test("an attack noun's 'of' phrase the parser hung on its 'by' agent is what was attacked, no part of who attacked")
    func agentOfObject() throws {
        let text = "Officials condemned a night ambush by masked gunmen of a border guard patrol near Kolbe on Sunday that left four guards dead and three hurt."
        let frame = try attack(text, dct: "2024-05-08")
        #expect(frame.first("actor").map { words($0, of: text) } == "masked gunmen", "\(frame.arguments)")
        #expect(frame.first("target").map { words($0, of: text) } == "border guard patrol", "\(frame.arguments)")
        // (The victims the parser made a bare phrase of "dead" still count.)
        #expect(frame.first("killed")?.count == 4 && frame.first("injured")?.count == 3, "\(frame.arguments)")
    }

    @Test("a headline's bare past form with no object tells what was done to its subject")
    func headlinePastIsPassive() throws {
        let text = "Border guards ambushed near Kolbe\n\nOfficials condemned a night ambush by masked gunmen of a border guard patrol near Kolbe on Sunday that left four guards dead and three hurt."
        let frames = try attacks(in: text, dct: "2024-05-08")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("target").map { words($0, of: text) } == "Border guards", "\(frames.map(\.arguments))")
        #expect(frames.first?.first("actor").map { words($0, of: text) } == "masked gunmen", "\(frames.map(\.arguments))")
        // A "by" agent marks the passive where the headline drops the auxiliary.
        let agent = "Nine killed by gunmen at wedding party in Kolbe"
        #expect(try attack(agent, dct: "2024-05-06").first("actor").map { words($0, of: agent) } == "gunmen")
    }

    @Test("a participle hung on a verb of saying set into the sentence does not take the sayer as its actor")
    func participleAfterInsertedSaying() throws {
        let frame = try attack("A teacher sprayed bullets in a school in Kolbe on Monday, police said, killing four pupils.", dct: "2024-03-05")
        #expect(frame.first("actor") == nil, "\(frame.arguments)")
    }

    @Test("one who attacks, the subject of a clause of time on a verb of harm, is its actor")
    func actorOfHarmClause() throws {
        let text = "At least nine worshippers were killed on Sunday when a suicide bomber dressed as a cleric blew up explosives at a mosque in Dori, police said."
        let frame = try attack(text, dct: "2024-05-11")
        #expect(frame.first("actor").map { words($0, of: text) } == "suicide bomber", "\(frame.arguments)")
        #expect(frame.first("actor")?.rule.hasPrefix("events/parse-harm-clause-actor") == true, "\(frame.arguments)")
        // (However the parser hangs the clause: a complement whose "when" it made the subject's adverb.)
        let hung = "Three guards were killed and four hurt, two of them badly, when rebels on Sunday set off a mine under their truck near Dorvo, an officer said."
        #expect(try attack(hung, dct: "2024-03-05").first("actor").map { words($0, of: hung) } == "rebels")
        // (A place the text calls held by a side is no clause of harm: "rebel-held".)
        let held = try attack("Ten patients were killed on Monday in air strikes on a clinic in the rebel-held Kolbe district.", dct: "2024-05-11")
        #expect(held.first("actor") == nil, "\(held.arguments)")
    }

    @Test("a participle of time with no subject of its own is done by the subject of the verb it hangs on, passive as it may be; a bare result participle is not")
    func clauseDoerOfPassiveVerb() throws {
        let stabbing = try attack("A gunman has been arrested after stabbing four people at a market in Leeds on Friday.", dct: "2024-05-04")
        #expect(stabbing.first("actor")?.canonical == "gunman" && stabbing.first("target") != nil, "\(stabbing.arguments)")
        let document = try TestSupport.analyze("A gunman was shot dead after attacking a mosque in Leeds on Friday.", dct: "2024-05-04")
        let attacking = (document.annotations.events ?? []).first { $0.type == "ATTACK" && $0.trigger.start == 29 }
        #expect(attacking?.first("actor")?.canonical == "gunman", "\(String(describing: attacking?.arguments))")
        let result = try attack("The convoy was attacked near Kolbe, killing three soldiers.", dct: "2024-05-04")
        #expect(result.first("actor") == nil, "\(result.arguments)")
        // "by" is no word of time: what hit is no doer of the hit.
        let shelled = try TestSupport.analyze("A hospital in Kolbe was hit by shelling on Monday, killing two patients.", dct: "2024-05-04")
        #expect(!(shelled.annotations.events ?? []).contains { $0.first("actor")?.canonical == "hospital" }, "\(String(describing: shelled.annotations.events))")
    }

    @Test("a past participle with an object of its own, misread as reduced under a noun for people, is that noun's deed")
    func misreadParticipleOfPerson() throws {
        let frame = try attack("A man stabbed four people in Leeds on Friday.", dct: "2024-05-04")
        #expect(frame.first("actor")?.canonical == "man" && frame.first("actor")?.rule.contains("parse-subject-misread") == true, "\(frame.arguments)")
        // (Without an object it is reduced: the woman was shot.)
        let shot = try TestSupport.analyze("A woman shot in the leg was taken to hospital in Leeds on Friday.", dct: "2024-05-04")
        #expect(!(shot.annotations.events ?? []).contains { $0.first("actor")?.canonical == "woman" })
    }
}

