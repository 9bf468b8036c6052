import Foundation
import NewsFrameCore
import NewsFrameStore
import Testing

/// Event arguments read from the parse, the errors that misled analysts on real reports
/// (each sentence written for this project), and the merge across outlets by agreement.
@Suite("events read from the parse, and the merge by agreement")
struct EventParseTests {
    /// Processes a dump of (id, date, text) records with the CLI; the scratch folder and the
    /// merged attacks of its store.
    func processed(_ records: [(String, String, String)]) throws -> (URL, [MergedEventRow]) {
        let folder = try TestSupport.scratch()
        let dump = folder.appendingPathComponent("dump.jsonl")
        try TestSupport.write(records.map { "{\"id\": \"\($0.0)\", \"date\": \"\($0.1)\", \"text\": \"\($0.2)\"}\n" }.joined(), to: dump)
        #expect(try TestSupport.run(["process", "--quiet", dump.path], in: folder).status == 0)
        let store = try CorpusStore(path: folder.appendingPathComponent("newsframe.sqlite").path)
        var events: [MergedEventRow] = []
        try store.mergedEvents(type: "ATTACK") { events.append($0) }
        return (folder, events)
    }

    /// The ATTACK frames of a text.
    func attacks(in text: String, dct: String = "2024-03-08") throws -> [EventFrame] {
        (try TestSupport.analyze(text, dct: dct).annotations.events ?? []).filter { $0.type == "ATTACK" }
    }

    /// The words of `text` an argument spans.
    func words(_ argument: EventArgument, of text: String) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[argument.start..<argument.end]))
    }

    func attack(_ text: String, dct: String = "2024-03-08") throws -> EventFrame {
        let document = try TestSupport.analyze(text, dct: dct)
        return try #require((document.annotations.events ?? []).first { $0.type == "ATTACK" }, "no attack in: \(text)")
    }

    @Test("the agent of a passive is the actor and its backer the sponsor, never the actor")
    func passiveAgentWithSponsor() throws {
        let frame = try attack("The drone was launched by Iran-backed militants on Sunday.")
        #expect(frame.first("actor")?.canonical != "Iran")
        #expect(frame.first("sponsor")?.canonical == "Iran")
    }

    @Test("victims in a passive subject are no actor, and their number is the killed count")
    func victimsAreNotActors() throws {
        let frame = try attack("Two Syrian guards were killed and 17 were injured in a rocket attack on Sunday.")
        #expect(frame.first("actor") == nil, "\(frame.arguments)")
        #expect(frame.first("killed")?.count == 2)
        #expect(frame.first("injured")?.count == 17)
        #expect(frame.first("weapon")?.canonical == "rocket")
    }

    @Test("a participle of harm takes the subject its clause shares through coordination")
    func harmParticipleSharesCoordinatedSubject() throws {
        let frame = try attack("Raiders stormed a grain depot and opened fire on the guards, killing four of them on Tuesday.")
        #expect(frame.first("actor")?.canonical == "Raiders", "\(frame.arguments)")
        // "stormed" tells the attack first: the depot is what it hit.
        #expect(frame.first("target")?.canonical == "grain depot", "\(frame.arguments)")
        #expect(frame.first("killed")?.count == 4)
    }

    @Test("a weapon a participle on the target names is the weapon, not part of the target")
    func targetParticipleNamesTheMeans() throws {
        let frame = try attack("Militants attacked a minibus using a roadside bomb near Garissa on Friday.")
        #expect(frame.first("target")?.canonical == "minibus", "\(frame.arguments)")
        #expect(frame.first("weapon")?.rule.contains("events/parse-target-means") == true)
        let kept = try attack("Gunmen ambushed a convoy carrying Chinese engineers on Friday.")
        #expect(kept.first("target")?.canonical == "convoy carrying Chinese engineers")
    }

    @Test("the means a participle of the verb names is the weapon; the armed are the actor, with their arms")
    func meansAndArms() throws {
        let means = try attack("Gunmen attacked the post on Monday, using hand grenades.")
        #expect(means.first("weapon")?.canonical == "grenade", "\(means.arguments)")
        #expect(means.first("weapon")?.rule.contains("events/parse-verb-means") == true)
        let armed = try attack("Three gunmen armed with rifles attacked a checkpoint in Kirkuk on Monday.")
        #expect(armed.first("actor")?.rule.contains("events/parse-armed-subject") == true, "\(armed.arguments)")
        #expect(armed.first("weapon")?.canonical == "rifle")
        #expect(armed.first("target")?.canonical == "checkpoint")
        // A clause on any other head is no arming.
        let landed = try attack("Three mortar shells fell beside a police post in Kirkuk, killing three guards.")
        #expect(landed.arguments.allSatisfy { !$0.rule.contains("events/parse-armed") }, "\(landed.arguments)")
        // A place no gazetteer lists, before the attack noun, is where it was, not who did it.
        let ambush = try attack("Nine soldiers killed in Kalbangor ambush")
        #expect(ambush.first("actor") == nil && ambush.first("location")?.canonical == "Kalbangor", "\(ambush.arguments)")
    }

    @Test("a manner adverb or result word of harm counts the verb's victims")
    func fatalAdverbCountsVictims() throws {
        let stabbing = try attack("A man fatally stabbed two passengers on a train near Hamburg on Monday.")
        #expect(stabbing.first("killed")?.count == 2, "\(stabbing.arguments)")
        let shooting = try attack("A farmer was shot dead by militants near Shopian on Tuesday.")
        #expect(shooting.first("killed")?.count == 1, "\(shooting.arguments)")
    }

    @Test("a place no gazetteer lists does not tell a mention of the attack from the attack told before")
    func unlistedPlaceFolds() throws {
        let attacks = try self.attacks(in: "Gunmen killed nine traders at a market in Djibo on Monday. The attack in the town's Tandigou neighbourhood also wounded four guards.",
            dct: "2024-03-08")
        #expect(attacks.count == 1, "\(attacks.map(\.arguments))")
        #expect(attacks.first?.first("killed")?.count == 9)
        #expect(attacks.first?.first("injured")?.count == 4)
    }

    @Test("a toll under the perfect with a quantifier on its number is a tally, not an attack to fold")
    func perfectTallyIsNoAttack() throws {
        let attacks = try self.attacks(in: "A roadside bomb exploded near a school in Yala on Monday. Separatist fighters in the south have killed more than 7,000 people.", dct: "2024-03-08")
        #expect(attacks.count == 1)
        #expect(attacks.first?.first("killed") == nil, "\(attacks.map(\.arguments))")
    }

    @Test("a report's date dates the event only when nothing else does, and keeps no mention apart")
    func reportDate() throws {
        let alone = try attack("Gunmen killed nine guests at a wedding near Kaya, officials said Tuesday.", dct: "2023-12-20")
        #expect(alone.first("time")?.rule == "events/time-report", "\(alone.arguments)")
        let attacks = try self.attacks(in: "Gunmen killed nine guests at a wedding near Kaya on Sunday, the army said. The attackers fled on motorbikes after they killed nine guests, officials said Tuesday.",
            dct: "2023-12-20")
        #expect(attacks.count == 1, "\(attacks.map(\.arguments))")
        #expect(attacks.first?.first("time")?.value == "2023-12-17")
    }

    @Test("a pronoun that resolves to a town is no actor")
    func pronounToTownIsNoActor() throws {
        let document = try TestSupport.analyze("Kaya residents met on Monday, the mayor said. On Tuesday they attacked a convoy near the town.", dct: "2023-12-20")
        let attack = try #require((document.annotations.events ?? []).first { $0.type == "ATTACK" })
        #expect(attack.first("actor") == nil, "\(attack.arguments)")
    }

    @Test("the night of a date is no target (the victims are); a dateline hung on the subject is no part of the actor")
    func timeNounAndDatelineStayOut() throws {
        let night = try attack("Rebels opened fire on the night of Sunday near Kelbongaro village, killing six farmers.")
        #expect(night.first("target")?.canonical == "six farmers", "\(night.arguments)")
        #expect(night.first("actor")?.canonical == "Rebels")
        let dateline = try attack("Pemba — Terrorists murdered and beheaded four farmers on Sunday near Quissanga.")
        #expect(dateline.first("actor")?.canonical == "Terrorists", "\(dateline.arguments)")
    }

    @Test("a mention pointing back does not take the headline's place: the lead still folds into it")
    func headlineWaitsForItsLead() throws {
        let attacks = try self.attacks(in: "Suicide bomb blast in Kismayo market kills 9\n\nThe mayor confirmed the toll in the district where the bombing happened\n\nOn Sunday a suicide car bomb exploded at a market in Kismayo, killing nine people.",
            dct: "2024-03-05")
        #expect(attacks.count == 1, "\(attacks.map(\.arguments))")
        #expect(attacks.first?.first("killed")?.count == 9)
    }

    @Test("a dateline's date is the report's; a village told later replaces the country alone")
    func datelineDateAndVillage() throws {
        let attacks = try self.attacks(in: "KANO, March 4 (NewsFrame Wire) — Gunmen killed nine people in Nigeria, residents said.\n\nA teacher died in the raid in the village of Tanjol late Sunday, a youth leader said.",
            dct: "2024-03-04")
        #expect(attacks.count == 1, "\(attacks.map(\.arguments))")
        #expect(attacks.first?.first("time")?.value?.hasPrefix("2024-03-03") == true)
        #expect(attacks.first?.first("location")?.canonical == "Tanjol")
    }

    @Test("a facility where the attack was is what it hit, unless the attack was only near it (then the victims are)")
    func siteIsTarget() throws {
        let at = try attack("Two guards were wounded in a drone attack at Harir Air Base on Monday.")
        #expect(at.first("target")?.rule.contains("events/site-target") == true, "\(at.arguments)")
        let near = try attack("Two guards were wounded in a drone attack near Harir Air Base on Monday.")
        #expect(near.first("target")?.canonical == "Two guards", "\(near.arguments)")
    }

    @Test("a person who claims an attack speaks for its attackers and is not its actor")
    func personClaimantIsNoActor() throws {
        let document = try TestSupport.analyze("A bomb exploded at a checkpoint in Kunduz on Monday. The militia's spokesman, Yusuf Hamdi, claimed the attack.")
        let attack = try #require((document.annotations.events ?? []).first { $0.type == "ATTACK" })
        #expect(attack.status.contains("claimed"))
        #expect(attack.first("actor") == nil, "\(attack.arguments)")
    }

    @Test("an attack carried out by someone, even as a belief, has that agent as its actor")
    func passiveLightVerbAgent() throws {
        let plain = try attack("The bombing at the bus station was staged by the separatist group ETA.")
        #expect(plain.first("actor")?.canonical == "ETA", "\(plain.arguments)")
        let raised = try attack("The bombing is widely said to have been staged by the separatist group ETA.")
        #expect(raised.first("actor")?.rule.contains("events/parse-light-verb-agent") == true, "\(raised.arguments)")
    }

    @Test("what came under attack is the target, its 'by' phrase the actor; a pronoun is no country hit")
    func cameUnderAttack() throws {
        let patrol = try attack("A police patrol came under attack by gunmen near Kirkuk on Monday.")
        #expect(patrol.first("target")?.canonical == "police patrol", "\(patrol.arguments)")
        #expect(patrol.first("actor")?.canonical == "gunmen")
        let attacks = try self.attacks(in: "Two French soldiers died there in 2019. On Sunday the Malian troops left the camp, and soon they came under fire from armed men.")
        #expect(attacks.allSatisfy { $0.first("target")?.canonical != "France" }, "\(attacks.map(\.arguments))")
        #expect(attacks.first?.first("actor")?.rule.contains("events/parse-fire-from") == true)
        let hill = try attack("The convoy came under fire from a hill near Gao.")
        #expect(hill.first("origin")?.canonical == "hill" && hill.first("actor") == nil)
    }

    @Test("a launch site is the origin, never the target; the thing struck is the target")
    func originIsNotTarget() throws {
        let frame = try attack("A rocket launched from a Houthi-held village struck the fuel depot on Wednesday.")
        #expect(frame.arguments("target").allSatisfy { $0.canonical != "Houthis" }, "\(frame.arguments)")
        #expect(frame.first("target")?.canonical == "fuel depot")
        #expect(frame.first("origin") != nil)
    }

    @Test("a state before a force noun is the actor; the facility the forces are at is the target")
    func stateForcesAndFacility() throws {
        let frame = try attack("U.S. warplanes struck the radar site near Hodeidah on Thursday.")
        #expect(frame.first("actor")?.canonical == "United States")
        #expect(frame.first("target")?.canonical == "radar site")
    }

    @Test("an activity begun, an attack repeated and a campaign are no one event")
    func habitualMentions() throws {
        for text in [
            "The rebels began firing rockets at border posts in the spring.", "The depot has been struck repeatedly over the years.",
            "The coalition began an airstrike campaign in March.",
        ] {
            let document = try TestSupport.analyze(text, dct: "2024-03-08")
            #expect((document.annotations.events ?? []).allSatisfy { $0.type != "ATTACK" }, "\(text)")
        }
    }

    @Test("one attack told in a headline and two body sentences is one frame")
    func foldsMentions() throws {
        let attacks = try self.attacks(in: "Drone strike kills three soldiers at Tower 22\n\nA drone struck the Tower 22 outpost in Jordan on Sunday. Three soldiers were killed in the drone attack, officials said.",
            dct: "2024-01-29")
        #expect(attacks.count == 1, "\(attacks.map { $0.trigger })")
    }

    @Test("transliterations of one place meet through the name key; different places do not")
    func nameKeys() {
        let spelling = NameKey.Spelling(articles: ["al", "el", "the"], vowels: Set("aeiouy".unicodeScalars))
        let full = NameKey("Ain al-Asad Air Base", spelling: spelling)
        #expect(full.isCompatible(with: NameKey("Al Asad airbase", spelling: spelling)))
        #expect(full.isCompatible(with: NameKey("Ayn al-Assad", spelling: spelling)))
        #expect(!full.isCompatible(with: NameKey("al-Harir Air Base", spelling: spelling)))
        #expect(!NameKey("Tower 22", spelling: spelling).isCompatible(with: NameKey("Tower 23", spelling: spelling)))
    }

    @Test("across outlets, two agreeing roles merge; a different town or a lone weapon does not")
    func mergeByAgreement() {
        let merger = EventMerger(requireSite: false, agreeingRoles: 2, spelling: NameKey.Spelling(articles: ["al"], vowels: Set("aeiouy".unicodeScalars)))
        func candidate(_ doc: String, actor: String? = nil, site: String? = nil, target: String? = nil, weapon: String? = nil) -> EventMerger.Candidate {
            var fields: [String: String] = [:]
            if let target { fields["target"] = target }
            if let weapon { fields["weapon"] = weapon }
            return EventMerger.Candidate(docID: doc, index: 0, type: "ATTACK", days: DayRange(value: "2024-01-20"), actor: actor, site: site, fields: fields)
        }
        var events: [[String]] = []
        merger.merge([
            candidate("a", actor: "Islamic Resistance in Iraq", site: "Ain al-Asad Air Base", target: "Ain al-Asad Air Base", weapon: "ballistic missile"),
            candidate("b", site: "Al Asad airbase", target: "Al Asad airbase", weapon: "ballistic missile"),
            candidate("c", actor: "Islamic Resistance in Iraq", weapon: "ballistic missile"),
            candidate("d", actor: "Islamic Resistance in Iraq", site: "Erbil", target: "Erbil", weapon: "ballistic missile"),
            candidate("e", weapon: "ballistic missile"),
        ]) { events.append($0.members.map(\.docID)) } join: { _, _ in }
        #expect(events.contains(["a", "b", "c"]), "\(events)")
        #expect(events.contains(["d"]) && events.contains(["e"]), "\(events)")
        // A base and the country it is in are one attack when actor and weapon agree; two bases are two.
        func sited(_ doc: String, _ site: String, _ type: String) -> EventMerger.Candidate {
            EventMerger.Candidate(
                docID: doc, index: 0, type: "ATTACK", days: DayRange(value: "2024-01-28"), actor: "Islamic Resistance in Iraq", site: site, siteType: type,
                fields: ["location": site, "weapon": "drone"])
        }
        var sitedEvents: [[String]] = []
        merger.merge([sited("f", "Tower 22", "FAC"), sited("g", "Jordan", "GPE"), sited("h", "al-Tanf garrison", "FAC")]) {
            sitedEvents.append($0.members.map(\.docID))
        } join: { _, _ in }
        #expect(sitedEvents.contains(["f", "g"]) && sitedEvents.contains(["h"]), "\(sitedEvents)")
        // "Tower 22" and "Jordan" apart, until a report naming both bridges them.
        func place(_ doc: String, target: String?, location: String?, site: String, type: String) -> EventMerger.Candidate {
            var fields = ["weapon": "drone"]
            if let target { fields["target"] = target }
            if let location { fields["location"] = location }
            return EventMerger.Candidate(
                docID: doc, index: 0, type: "ATTACK", days: DayRange(value: "2024-01-28"), actor: nil, site: site, siteType: type, fields: fields)
        }
        var bridged: [[String]] = []
        merger.merge([
            place("p", target: nil, location: "Tower 22", site: "Tower 22", type: "FAC"), place("q", target: nil, location: "Jordan", site: "Jordan", type: "GPE"),
            place("r", target: "Tower 22", location: "Jordan", site: "Tower 22", type: "FAC"),
        ]) { bridged.append($0.members.map(\.docID).sorted()) } join: { _, _ in }
        #expect(bridged == [["p", "q", "r"]], "\(bridged)")
    }

    @Test("where neither outlet names the attacker, compatible descriptions agree, unless the attack is placed in two countries or two towns")
    func describedActorsAgree() {
        func candidate(_ doc: String, actor: String, named: Bool = false, country: String? = nil, town: String? = nil) -> EventMerger.Candidate {
            var fields = ["actor": actor, "target": "convoy"]
            if let country { fields["country"] = country }
            if let town {
                fields["location"] = town
                fields["geo_level"] = "town"
            }
            return EventMerger.Candidate(
                docID: doc, index: 0, type: "ATTACK", days: DayRange(value: "2024-03-26"), actor: named ? actor : nil, site: town,
                siteType: town == nil ? nil : "GPE", fields: fields)
        }
        func merged(_ candidates: [EventMerger.Candidate], _ merger: EventMerger = EventMerger(requireSite: false, agreeingRoles: 2, describedActors: true)) -> [[String]] {
            var events: [[String]] = []
            merger.merge(candidates) { events.append($0.members.map(\.docID)) } join: { _, _ in }
            return events
        }
        #expect(merged([candidate("a", actor: "suicide bomber"), candidate("b", actor: "vehicle-borne suicide bomber", country: "PK")]) == [["a", "b"]])
        #expect(merged([candidate("a", actor: "gunmen", country: "NG"), candidate("b", actor: "gunmen", country: "NE")]).count == 2)
        #expect(merged([candidate("a", actor: "gunmen", town: "Gusau"), candidate("b", actor: "gunmen", town: "Kaura Namoda")]).count == 2)
        // A named actor is compared as a name, never as a description.
        #expect(merged([candidate("a", actor: "suicide bomber"), candidate("b", actor: "Jaish Brigade", named: true)]).count == 2)
        // The setting off: descriptions count for nothing.
        #expect(merged([candidate("a", actor: "suicide bomber"), candidate("b", actor: "suicide bomber")], EventMerger(requireSite: false, agreeingRoles: 2)).count == 2)
    }

    @Test("a place the parser hangs on a passive's agent is where the attack was; a date on another clause's verb dates nothing of it")
    func agentPlaceAndOtherClauseDates() throws {
        let frame = try attack("Two guards were wounded when their truck was attacked by a gunman near Peshawar on Friday.")
        #expect(frame.first("location")?.canonical == "Peshawar", "\(frame.arguments)")
        #expect(frame.first("location")?.rule.contains("events/parse-agent-place") == true, "\(frame.arguments.map(\.rule))")
        // The report's day, on the verb of a clause about the report, is not the attack's.
        let killed = try attack("A guard was among the three people killed in the Kabal attack, revealed a police report submitted to the governor on Sunday.", dct: "2024-04-08")
        #expect(killed.first("time") == nil, "\(killed.arguments)")
        // The clause that reports the attack dates it as before ("…, officials said Monday").
        let said = try attack("A drone strike destroyed a fuel depot near the border, killing two workers, officials said Monday.", dct: "2024-04-08")
        #expect(said.first("time")?.value == "2024-04-08", "\(said.arguments)")
    }

    @Test("the article's only frame so far, with nothing said of who, where or when, is the attack the next sentence tells")
    func bareFrameTakesTheAttackTold() throws {
        let document = try TestSupport.analyze(
            "Five engineers were among the people killed in the Kabal attack, a police report revealed on Sunday. A suicide bomber targeted their convoy near Peshawar on March 26.",
            dct: "2024-04-08")
        let frames = (document.annotations.events ?? []).filter { $0.type == "ATTACK" }
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("time")?.value == "2024-03-26" && frames.first?.first("location")?.canonical == "Peshawar", "\(frames.map(\.arguments))")
    }

    @Test("a tens word joined to a unit by a hyphen counts as one number; a clock time with a zone is no year")
    func hyphenatedTollsAndZonedClocks() throws {
        let frame = try attack("Forty-two people were killed when a bomb exploded at a market near Kaduna on Friday.")
        #expect(frame.first("killed")?.count == 42, "\(frame.arguments)")
        let night = try attack("A missile struck a depot near Kharkiv on Thursday evening (2145 GMT), officials said.")
        #expect(night.first("time")?.value?.hasPrefix("2024-03-07") == true, "\(night.arguments)")
    }

    @Test("a doer noun before a participle misread as modifying it is the actor: 'said suspected bandits attacked X'")
    func misreadParticipleDoer() throws {
        let text = "Police said suspected bandits attacked Gadra police post in Zamfara on Tuesday, injuring three policemen."
        let frame = try attack(text)
        let actor = try #require(frame.first("actor"), "\(frame.arguments)")
        #expect(words(actor, of: text) == "suspected bandits")
        #expect(actor.rule.hasPrefix("events/parse-modified-noun") && frame.first("target") != nil, "\(frame.arguments)")
        // A wh-adverb the parser hangs inside the phrase stays out of it.
        let clause = "Two soldiers were killed and another hurt last night when suspected rebels detonated a mine near the camp, officials said Friday."
        let ambush = try attack(clause, dct: "2013-05-24")
        let doer = try #require(ambush.first("actor"), "\(ambush.arguments)")
        #expect(words(doer, of: clause) == "suspected rebels")
        // Nor does a phrase with a preposition and comma of its own that the parser hangs on the noun.
        let according = "According to police, shooters fired on farm workers near Kessen on Friday, killing two of them."
        let shooting = try attack(according)
        let shooters = try #require(shooting.first("actor"), "\(shooting.arguments)")
        #expect(words(shooters, of: according) == "shooters")
    }

    @Test("one sentence naming the country and then a town of it tells one attack: 'killed in Ecuador following an attack … in Guayaquil'")
    func countryAndTownInOneSentence() throws {
        let frames = try attacks(in: "Six people have been killed in Peru following a raid by gunmen on a family in Trujillo on Sunday, officials said.")
        #expect(frames.count == 1, "\(frames)")
        #expect(frames.first?.first("location")?.canonical == "Trujillo" && frames.first?.first("killed")?.count == 6, "\(frames)")
        // Two towns in one sentence stay two attacks.
        let two = try attacks(in: "Gunmen killed five people in Kaduna on Friday, a day after bandits attacked a village near Kaya.")
        #expect(two.count == 2, "\(two)")
    }

    @Test("a mention dated over a week before the report is another attack than the undated one told first")
    func olderDatedMentionStaysApart() throws {
        let text = "A roadside bomb planted by Boko Haram killed two soldiers guarding a highway in Borno, the army said. "
            + "At least 15 people were wounded in two explosions blamed on Boko Haram near a mosque in May."
        let frames = try attacks(in: text, dct: "2024-08-10")
        #expect(frames.count == 2, "\(frames)")
        #expect(frames.contains { $0.first("injured")?.count == 15 && $0.first("killed") == nil }, "\(frames)")
    }

    @Test("a nominal a date possesses points back to the attack of that day, which stays in focus over a tally told between")
    func datedPossessiveRefocuses() throws {
        let text = "Gunmen killed a farmer near a checkpoint outside Kessen, police said. "
            + "In the region, 40 people had been killed in such incidents as of Tuesday, the monitor said. "
            + "Police said Thursday's attack happened by the main gate. The gunmen fired at cars waiting in line."
        let frames = try attacks(in: text, dct: "2024-02-22")
        let attack = try #require(frames.first { $0.first("killed")?.count == 1 }, "\(frames)")
        #expect(attack.first("time")?.value == "2024-02-22", "\(attack.arguments)")
        #expect(attack.first("target") != nil, "\(attack.arguments)")
        #expect(frames.filter { $0.first("target")?.canonical == "cars" }.count == 1, "\(frames)")
    }

    @Test("the victims are the target when nothing else hit is named; a thing hit stays the target; attackers and bare plurals are no victims")
    func victimsAsTarget() throws {
        let text = "Gunmen killed five high school students in Kessen on Monday, police said."
        let students = try attack(text)
        let target = try #require(students.first("target"), "\(students.arguments)")
        #expect(target.rule.hasPrefix("events/harm-victims"))
        #expect(words(target, of: text) == "five high school students")
        let depot = try attack("Police said the attack on the depot killed three guards on Monday.")
        #expect(depot.first("target")?.rule.hasPrefix("events/parse-target-preposition") == true, "\(depot.arguments)")
        let attackers = try attacks(in: "Two of the gunmen were shot dead by police after the raid on Monday.")
        #expect(!attackers.contains { $0.first("target")?.rule.hasPrefix("events/harm-victims") == true }, "\(attackers)")
    }

    @Test("the toll is read past a dateline the parser makes a subject; a number told later replaces a quantity word's bound")
    func tollPastDatelineAndVagueBound() throws {
        let dateline = try attack("KESSEN, Mali - At least 12 people were killed when a car bomb exploded near a market on Sunday, police said.")
        #expect(dateline.first("killed")?.count == 12, "\(dateline.arguments)")
        let frames = try attacks(in: "Dozens of people were killed when a car bomb went off at a market in Kessen on Tuesday. "
            + "Police said the blast left 46 people dead and over 80 hurt.")
        #expect(frames.count == 1 && frames.first?.first("killed")?.count == 46, "\(frames)")
    }

    @Test("what the attackers were armed with, told in a sentence of its own, is the weapon of the attack told before")
    func armedAttackersSentence() throws {
        let frame = try attack("Gunmen attacked a bus near Kessen on Wednesday, killing seven passengers. The attackers were armed with Kalashnikovs, police said.")
        #expect(frame.first("weapon")?.canonical == "rifle" && frame.first("weapon")?.rule == "events/armed-attackers", "\(frame.arguments)")
        // The guards' arms are no attacker's.
        let guards = try attack("Gunmen attacked a bus near Kessen on Wednesday, killing seven passengers. The guards were armed with rifles, police said.")
        #expect(guards.first("weapon") == nil, "\(guards.arguments)")
        // Attackers right before a verb of use the parser read as a participle of the weapon.
        let used = try attack("Militants attacked a police post in Tamsar on Sunday. Masked assailants used hand grenades before they fled.")
        #expect(used.first("weapon")?.rule == "events/armed-attackers", "\(used.arguments)")
        // A participle that describes the attackers tells what they bore.
        let using = try attack("Rebels stormed a border post near Kolbe on Thursday, police said. Two gunmen using rifles and grenades came over the wall at night.")
        #expect(using.arguments.filter { $0.role == "weapon" }.compactMap(\.canonical) == ["rifle", "grenade"], "\(using.arguments)")
    }

    @Test("a named actor inside another's name is no other actor: the headline and the lead stay one attack")
    func actorNameInsideAnother() throws {
        let frames = try attacks(in: "Governor: one man dead after a Ukrainian Armed Forces rocket strike on Kursk\n\n"
            + "One man died overnight in a heavy rocket strike on Kursk that the Armed Forces of Ukraine launched. The governor wrote so on Telegram.",
            dct: "2023-12-29")
        #expect(frames.count == 1, "\(frames.map(\.arguments))")
    }

    @Test("an outlet is no antecedent of a description of attackers: 'the insurgents' after 'told AFP' stand for themselves")
    func outletIsNoAntecedent() throws {
        let frames = try attacks(in: "Six people died in the raid, a resident told AFP on Monday. The insurgents attacked a farm near Kessen on Sunday, he said.")
        let actors = frames.compactMap { $0.first("actor") }
        #expect(!actors.isEmpty && actors.allSatisfy { $0.canonical == "insurgents" }, "\(frames.map(\.arguments))")
    }

    @Test("capitals alone are no place no gazetteer knows: 'in KLF-DMV ambush', a letter split off 'J&K'")
    func capitalsAreNoUnknownPlace() throws {
        let acronym = try attack("Four guards killed in KLF-DMV ambush in Dorvo province")
        #expect(acronym.first("location")?.canonical == "Dorvo province", "\(acronym.arguments)")
        let letter = try attack("A soldier was killed when rebels attacked a convoy in J&K's Poonch on Saturday.")
        #expect(letter.first("location")?.canonical != "J", "\(letter.arguments)")
    }

    @Test("the sentence right after a lead dated only by its report gives the event's own day, and tells the same attack")
    func nextSentenceDatesTheLead() throws {
        let frames = try attacks(in: "Gunmen killed four shoppers in the north of the country, officials said on Tuesday.\n\n"
            + "Witnesses said shooters fired on a crowd at a bus stop on Monday, killing four.", dct: "2024-06-04")
        #expect(frames.count == 1 && frames.first?.first("time")?.value == "2024-06-03", "\(frames.map(\.arguments))")
        // A day more than a week before the report is another event's.
        let older = try attacks(in: "Gunmen killed four shoppers in the north of the country, officials said on Tuesday.\n\n"
            + "Shooters fired on a crowd at a bus stop on May 2, killing four.", dct: "2024-06-04")
        #expect(older.count == 2, "\(older.map(\.arguments))")
    }

    @Test("a plural attack nominal in a clause a fronted date dates is a specific attack")
    func frontedDateMakesPluralSpecific() throws {
        let frame = try attack("On Friday, the rebels staged arson attacks in a hamlet near Kessen, a farmer said.", dct: "2024-06-04")
        #expect(frame.first("actor")?.canonical == "rebels" && frame.first("time")?.value == "2024-05-31", "\(frame.arguments)")
        let undated = try attacks(in: "The rebels have staged arson attacks in hamlets near Kessen, a farmer said.", dct: "2024-06-04")
        #expect(undated.isEmpty, "\(undated.map(\.arguments))")
    }

    @Test("a definite mention dated years before the report is another attack than the undated one told first")
    func olderDatedDefiniteStaysApart() throws {
        let frames = try attacks(in: "Men on motorbikes machine-gunned farmers digging a trench near Dori, residents said. "
            + "The region's deadliest raid, the attack on Tanga in June 2021, killed 160 people.", dct: "2024-08-27")
        #expect(frames.count == 2, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("time") == nil, "\(frames.map(\.arguments))")
    }

    @Test("a verb's form of several words is the verb however its first word is tagged, and no word of it joins a description")
    func phrasalVerbFormAndDescription() throws {
        let text = "Gunmen shot dead a police officer in Kessen."
        let frame = try attack(text)
        let target = try #require(frame.first("target"), "\(frame.arguments)")
        #expect(words(target, of: text) == "a police officer")
        let separate = try attacks(in: "In another incident on Monday, a gunman shot dead a police chief outside Kessen.", dct: "2024-06-04")
        #expect(separate.count == 1, "\(separate.map(\.arguments))")
    }

    @Test("a weapon the attacker is 'with' is the weapon")
    func attackerWithWeapon() throws {
        let frame = try attack("A man with a knife attacked shoppers at a market in Dorvo on Friday.")
        #expect(frame.first("weapon")?.canonical == "knife" && frame.first("weapon")?.rule == "events/parse-actor-with", "\(frame.arguments)")
    }

    @Test("the subject of a bare participle of harm in a headline is its victims, never the actor")
    func bareHarmParticipleSubject() throws {
        let frame = try attack("Six officials killed as gunmen ambush convoy near Kessen", dct: "2024-06-04")
        #expect(frame.first("actor")?.canonical != "Six officials" && frame.first("killed")?.count == 6, "\(frame.arguments)")
    }

    @Test("a settlement only the text names places the attack when a mention names it, and a listed town outranks it")
    func placeNoGazetteerKnows() throws {
        let cue = try attack(
            "An ambush on an army convoy in central Mali left 20 soldiers dead, officials said. Six soldiers escaped the attack on Sunday at Kessen Wouro, they said.",
            dct: "2024-05-13")
        #expect(cue.first("location")?.canonical == "Kessen Wouro" && cue.first("location")?.rule == "events/nearby-place", "\(cue.arguments)")
        let listed = try attack(
            "Gunmen killed nine villagers in northern Burkina Faso on Sunday, in the Tamba neighbourhood of Kaya.", dct: "2024-05-13")
        #expect(listed.first("location")?.canonical == "Kaya", "\(listed.arguments)")
        // A frame placed in a region takes a town of that region, not one elsewhere.
        let region = try attack("Gunmen killed six soldiers in Chandel district of Manipur on Thursday.", dct: "2024-05-13")
        #expect(region.first("location")?.canonical == "Chandel", "\(region.arguments)")
        let elsewhere = try attack("Gunmen killed six soldiers in Manipur on Thursday, a week after a raid near Kaya.", dct: "2024-05-13")
        #expect(elsewhere.first("location")?.canonical == "Manipur", "\(elsewhere.arguments)")
    }

    @Test("an attack word is violence only with something physical in its frame: criticism and campaigns make no frame")
    func figurativeAttacks() throws {
        for text in [
            "Senator Vale attacked the housing program as a waste of money on Tuesday.",
            "The governor's new ads attack her rival's record on taxes.",
            "The mayor complained that the new tax rules targeted small shop owners.",
        ] {
            let events = try TestSupport.analyze(text, dct: "2024-03-08").annotations.events ?? []
            #expect(!events.contains { $0.type == "ATTACK" }, "\(text): \(events)")
        }
        for text in [
            "A man attacked two women near the river on Sunday.",
            "Gunmen attacked a police post near Kaduna on Monday.",
            "A militia said on Thursday that it had attacked the garrison.",
        ] {
            let events = try TestSupport.analyze(text, dct: "2024-03-08").annotations.events ?? []
            #expect(events.contains { $0.type == "ATTACK" }, "\(text): \(events)")
        }
    }

    @Test("an actor noun's group is named by its 'of' phrase, not by a noun deeper in another phrase")
    func affiliationByOfPhrase() throws {
        let of = try attack("Fighters of the Islamic State attacked a convoy near Raqqa on Monday.", dct: "2024-03-07")
        #expect(of.first("actor")?.canonical == "Islamic State", "\(of.arguments)")
        let deeper = try attack("Fighters in the war on Hamas attacked a convoy near Rafah on Monday.", dct: "2024-03-07")
        #expect(deeper.first("actor")?.canonical != "Hamas", "\(deeper.arguments)")
    }

    @Test("who a clause on the weapon says used it is the actor; a town named on a weapon is its model, not its owner")
    func weaponUser() throws {
        let frame = try attack("Two soldiers were killed by a bomb believed to have been planted by Abu Sayyaf militants near a bus station on Sunday.", dct: "2024-03-18")
        #expect(frame.first("actor")?.canonical == "Abu Sayyaf" && frame.first("actor")?.rule.contains("events/parse-weapon-user") == true, "\(frame.arguments)")
        // A town's name on a weapon is its model, not its owner; a country's is the owner.
        let model = try attack("An Iskander-K missile struck a school in Kramatorsk overnight.", dct: "2023-02-02")
        #expect(model.first("actor") == nil, "\(model.arguments)")
        let owned = try attack("U.S. warplanes struck three depots near Deir ez-Zor on Friday.", dct: "2024-02-03")
        #expect(owned.first("actor")?.canonical == "United States", "\(owned.arguments)")
    }

    @Test("an indefinite description is a new participant; a pronoun hit is no actor named before")
    func descriptionsAndPronouns() throws {
        let frame = try attack(
            "The army said on Saturday that an Iran-backed militia had targeted Erbil International Airport with two rockets.")
        #expect(frame.first("actor")?.canonical == "Iran-backed militia", "\(frame.arguments)")
        let ship = try attack("The Houthis said they fired a missile. The ship was sailing to Jeddah when it was attacked on Wednesday.")
        #expect(ship.arguments("target").allSatisfy { $0.canonical != "Houthis" }, "\(ship.arguments)")
    }

    @Test("a harm or quantity line that is malformed is an error naming the file and line")
    func harmLexiconErrors() throws {
        let folder = try TestSupport.scratch()
        let lexicons = try TestSupport.copyOfLexicons(in: folder)
        let file = lexicons.appendingPathComponent("events-words.tsv")
        let original = try String(contentsOf: file, encoding: .utf8)
        for (line, message) in [("killed\tcasualty\t\t\t\tmaimed", "harm must be killed or injured"), ("dozens\tquantity\t\t\t\t\tmany", "a quantity word needs a whole-number value")] {
            try TestSupport.write(original + line + "\n", to: file)
            let lineNumber = original.split(separator: "\n", omittingEmptySubsequences: false).count
            do {
                _ = try TestSupport.defaultPipeline(lexicons: lexicons)
                Issue.record("accepted: \(line)")
            } catch {
                #expect("\(error)".contains("Lexicons/events-words.tsv:\(lineNumber): \(message)"), "\(error)")
            }
        }
    }

    @Test("tolls are numbers in the events table and CSV; where outlets differ the event takes the lowest and lists the dispute")
    func tollsAcrossOutlets() throws {
        let (folder, events) = try processed([
            ("a", "2024-02-20", "Kata'ib Hezbollah fired rockets at the al-Tanf garrison on Monday. Three soldiers were killed in the attack."),
            ("b", "2024-02-20", "Kata'ib Hezbollah attacked the al-Tanf garrison with rockets on Monday, killing two soldiers."),
        ])
        let event = try #require(events.first, "no merged attack")
        #expect(events.count == 1 && event.sources == 2, "\(events.map(\.documents))")
        #expect(event.killed == 2)
        #expect(event.disagreements?.contains("killed: ") == true, "\(event.disagreements ?? "none")")
        let csv = try TestSupport.run(["export", "--format", "csv", "--table", "events"], in: folder)
        #expect(csv.stdout.split(separator: "\n").first?.contains("weapon_count,killed,injured,casualties,status") == true)
        #expect(csv.stdout.contains(",2,,"), "\(csv.stdout)")
    }

    @Test("an infinitive of purpose under a past verb is a deed with the user as actor; one of intent is none")
    func purposeClauses() throws {
        let frame = try attack("Kata'ib Hezbollah used two drones to strike the al-Tanf garrison on Thursday.")
        #expect(frame.first("actor")?.canonical == "Kata'ib Hezbollah", "\(frame.arguments)")
        #expect(frame.first("target")?.canonical == "al-Tanf garrison")
        #expect(frame.first("weapon")?.canonical == "drone")
        let vow = try TestSupport.analyze("Kata'ib Hezbollah vowed to strike the garrison again.", dct: "2024-03-08")
        #expect((vow.annotations.events ?? []).allSatisfy { $0.type != "ATTACK" })
    }

    @Test("a participle with an object of its own is read as active, not as a passive reduced clause")
    func participleWithObject() throws {
        let document = try TestSupport.analyze(
            "The first raid targeted al-Harir Air Base near Erbil, while a later raid hit a depot.",
            dct: "2024-01-06")
        let targets = (document.annotations.events ?? []).filter { $0.type == "ATTACK" }.flatMap { $0.arguments("target") }.compactMap(\.canonical)
        #expect(targets.contains("al-Harir Air Base"), "\(targets)")
    }

    @Test("a negated subject or verb makes no frame, however far the negation is from the trigger")
    func negationFromTheParse() throws {
        for text in [
            "No faction has yet claimed the bombing of the Quetta checkpoint on Friday.",
            "The militia has so far not claimed the attack on the convoy.",
        ] {
            let document = try TestSupport.analyze(text, dct: "2024-03-08")
            #expect((document.annotations.events ?? []).allSatisfy { $0.type != "CLAIM" }, "\(text)")
        }
    }

    @Test("a nationality as the attacker stands for its country; a group of believers does not")
    func nationalityActors() throws {
        let israeli = try attack("An Israeli airstrike hit a building in Damascus on Monday.")
        #expect(israeli.first("actor")?.canonical == "Israel", "\(israeli.arguments)")
        let russian = try attack("A Russian drone attack hit a high-rise building on Thursday.")
        #expect(russian.first("actor")?.canonical == "Russia", "\(russian.arguments)")
        let shia = try attack("Shia militias attacked the convoy on Monday.")
        #expect(shia.first("actor")?.canonical != nil && shia.first("actor")?.canonical != "Iraq", "\(shia.arguments)")
    }

    @Test("status comes from the words that govern the trigger: a negated claim is unclaimed, an interception elsewhere thwarts nothing")
    func statusFromGoverningWords() throws {
        let unclaimed = try attack("The rocket attack on the base on Sunday has never been officially claimed.")
        #expect(unclaimed.status.contains("unclaimed") && !unclaimed.status.contains("claimed"), "\(unclaimed.status)")
        let document = try TestSupport.analyze(
            "A rocket struck the airport on Sunday, hours before air defenses intercepted a drone over Erbil.", dct: "2024-03-12")
        let attacks = (document.annotations.events ?? []).filter { $0.type == "ATTACK" }
        let struck = try #require(attacks.first { document.text.slice($0.trigger) == "struck" })
        #expect(!struck.status.contains("thwarted"), "\(struck.status)")
        #expect(attacks.count == 2, "two attacks, one before the other: \(attacks.map { document.text.slice($0.trigger) })")
    }

    @Test("runs and tallies are no one attack: a perfect with a span, a launch of no weapon, a role noun after a copula")
    func runsAndTallies() throws {
        let cases: [(String, String)] = [
            ("The rebels have fired rockets at the border since last spring.", "fired"),
            ("Trade has slowed since the rebels launched their campaign along the coast.", "launched"),
            ("The bridge has been targeted by insurgents in the past.", "targeted"),
            ("The building was the target of a drone attack on Thursday.", "target"),
        ]
        for (text, trigger) in cases {
            let document = try TestSupport.analyze(text, dct: "2024-03-08")
            let frames = (document.annotations.events ?? []).filter { $0.type == "ATTACK" && document.text.slice($0.trigger) == trigger }
            #expect(frames.isEmpty, "\(text)")
        }
        let fired = try attack("Rockets fired at al-Tanf garrison; no casualties reported")
        #expect(fired.first("target")?.canonical == "al-Tanf garrison", "\(fired.arguments)")
    }

    @Test("a report that gives no date joins the attack its article's days allow, and lends the event no date")
    func undatedReportsJoin() throws {
        let (_, events) = try processed([
            ("a", "2024-02-20", "Kata'ib Hezbollah fired rockets at the al-Tanf garrison on Monday."),
            ("b", "2024-02-21", "Kata'ib Hezbollah fired rockets at the al-Tanf garrison, U.S. officials said."),
            ("c", "2024-03-30", "Kata'ib Hezbollah fired rockets at the al-Tanf garrison, U.S. officials said."),
            // A later dated report of the type must not close the window before the undated ones are read.
            ("d", "2024-05-02", "Kata'ib Hezbollah fired rockets at the al-Tanf garrison on Wednesday."),
        ])
        #expect(events.contains { $0.documents == ["a", "b"] && $0.date == "2024-02-19" }, "\(events.map { ($0.documents, $0.date) })")
        #expect(events.contains { $0.documents == ["d"] }, "\(events.map(\.documents))")
        #expect(events.contains { $0.documents == ["c"] && $0.date == nil }, "a month later is another attack: \(events.map(\.documents))")
    }

    @Test("a named place deep in the phrase of the thing hit is the location; a facility there is not")
    func placeInsideTarget() throws {
        let frame = try attack("Militants attacked an important site for the army on the shore of the Dead Sea on Thursday.")
        #expect(frame.first("location")?.canonical == "Dead Sea", "\(frame.arguments)")
    }

    @Test("victims named together add up; victims of another harm in coordination do not")
    func coordinatedVictims() throws {
        let together = try attack("The blast killed a teacher and four other villagers on Monday.")
        #expect(together.first("killed")?.count == 5, "\(together.arguments)")
        let apart = try attack("The rocket strike on an apartment block killed seven people and injured 12 others on Thursday.")
        #expect(apart.first("killed")?.count == 7 && apart.first("injured")?.count == 12, "\(apart.arguments)")
    }

    @Test("a name no gazetteer knows after a place word is the location; a month after 'in' is not")
    func unknownPlaceNames() throws {
        let frame = try attack("Gunmen attacked a checkpoint near Tindabrou on Saturday, killing four soldiers.")
        #expect(frame.first("location")?.canonical == "Tindabrou", "\(frame.arguments)")
        let month = try attack("Gunmen attacked a checkpoint in January, killing four soldiers.")
        #expect(month.first("location") == nil, "\(month.arguments)")
    }

    @Test("a definite plural with no date folds into the attack told before, else makes no frame; 'May' the month is no modal; a town before a nominal trigger is where, not who; 'shot himself' is no attack")
    func foldOnlyPluralsMonthsTownsReflexives() throws {
        let folded = try TestSupport.analyze(
            "A car bomb exploded at a market in Kaduna on 2024-02-06, killing four people. Police said the bombings were the work of a local cell.",
            dct: "2024-02-08")
        let frames = (folded.annotations.events ?? []).filter { $0.type == "ATTACK" }
        #expect(frames.count == 1 && frames.first?.rule.contains("events/fold") == true, "\(frames)")
        #expect(frames.first?.first("weapon")?.canonical == "car bomb")
        let alone = try TestSupport.analyze("Officials discussed the bombings.", dct: "2024-02-08")
        #expect((alone.annotations.events ?? []).isEmpty)
        let month = try attack("A convoy was attacked in May near Kaduna, officials said.", dct: "2024-06-20")
        #expect(month.first("target")?.canonical == "convoy" && month.first("time")?.value == "2024-05", "\(month.arguments)")
        let town = try attack("The Kaduna bombing killed four people on 2024-02-06.", dct: "2024-02-08")
        #expect(town.first("location")?.canonical == "Kaduna" && town.first("actor") == nil, "\(town.arguments)")
        let reflexive = try TestSupport.analyze("A former soldier shot himself outside a hospital on 2024-02-06.", dct: "2024-02-08")
        #expect((reflexive.annotations.events ?? []).allSatisfy { $0.type != "ATTACK" })
    }


    @Test("numbered attacks of a series are frames of their own; one ordinal alone ranks an attack and folds as usual; a facility inside a target's description is the target")
    func seriesAndFacilities() throws {
        let series = try TestSupport.analyze(
            "Gunmen attacked two checkpoints near Kaduna on 2024-02-06. The first attack targeted a police post in Zaria, while the second attack targeted an army post in Kafanchan.",
            dct: "2024-02-08")
        let places = (series.annotations.events ?? []).filter { $0.type == "ATTACK" }.compactMap { $0.first("location")?.canonical }
        #expect(places == ["Kaduna", "Zaria", "Kafanchan"], "\(places)")
        let ranked = try TestSupport.analyze(
            "Rebels attacked a ferry near Mokha on 2024-02-06. It was the group's first fatal attack on shipping.", dct: "2024-02-08")
        #expect((ranked.annotations.events ?? []).filter { $0.type == "ATTACK" }.count == 1)
        let facility = try attack("Militants shelled an outpost in Syria's al-Tanf area on Wednesday.", dct: "2023-11-02")
        #expect(facility.site == "al-Tanf garrison" && facility.first("location")?.canonical == "Syria's al-Tanf area", "\(facility.arguments)")
        #expect(facility.place?.country == "SY")
    }


    @Test("an outlet is never an actor, however near the pronoun or description it stands; a reported clause's 'it' is the reporter's subject")
    func outletsAreNoActors() throws {
        let near = try attack("Two officials spoke to the Associated Press on Monday. The militants attacked a checkpoint in Kaduna on Sunday.", dct: "2024-02-08")
        #expect(near.first("actor")?.canonical != "Associated Press", "\(near.arguments)")
        let reported = try attack("Kataib Hezbollah told Reuters in a statement that it attacked a U.S. base near Erbil on Monday.", dct: "2024-02-08")
        #expect(reported.first("actor")?.canonical == "Kata'ib Hezbollah", "\(reported.arguments)")
    }


    @Test("a dateline ended by a hyphen, two hyphens or a colon is no participant, and the lead's real subject is the actor; a name in capitals before a verb opens none")
    func datelines() throws {
        let hyphen = try attack("GAO (NewsFrame Wire) - Gunmen raided a customs post east of the river on Sunday, wounding four guards.", dct: "2024-03-18")
        #expect(hyphen.first("actor")?.canonical == "Gunmen", "\(hyphen.arguments)")
        let country = try attack("AGADEZ, Niger -- Gunmen attacked a fuel convoy north of the town on Sunday.", dct: "2024-03-18")
        #expect(country.first("actor")?.canonical == "Gunmen", "\(country.arguments)")
        let colon = try attack("KISMAYO: Militants shelled a market near the port on Sunday.", dct: "2024-03-18")
        #expect(colon.first("actor")?.canonical == "Militants", "\(colon.arguments)")
        let acronym = try attack("ISIS gunmen attacked a checkpoint near Raqqa on Sunday: four soldiers died.", dct: "2024-03-18")
        #expect(acronym.first("actor")?.canonical == "Islamic State", "\(acronym.arguments)")
        // In ordinary case: a known place, a comma, the country or its code, a colon.
        for text in ["Agadez, Niger: Gunmen attacked a fuel convoy north of the town on Sunday.", "Agadez, (NE): Gunmen attacked a fuel convoy north of the town on Sunday."] {
            let plain = try attack(text, dct: "2024-03-18")
            #expect(plain.first("actor")?.canonical == "Gunmen", "\(text): \(plain.arguments)")
        }
        // A place that opens a sentence with no mark after it stays in the sentence.
        let opening = try attack("Agadez, a desert town, saw gunmen attack a fuel convoy on Sunday.", dct: "2024-03-18")
        #expect(opening.first("actor")?.canonical != "Agadez", "\(opening.arguments)")
    }


    @Test("harm told with a definite nominal in its sentence ('were wounded in that raid') is the event told before, whatever date the sentence gives")
    func harmPointingBack() throws {
        let document = try TestSupport.analyze(
            "Jihadists attacked the town of Djibo on Saturday. In June, 60 villagers were wounded in that raid, officials said.", dct: "2024-07-02")
        let frames = (document.annotations.events ?? []).filter { $0.type == "ATTACK" }
        #expect(frames.count == 1, "\(frames.map { ($0.trigger, $0.arguments.map(\.role)) })")
        #expect(frames.first?.first("injured")?.count == 60)
    }


    @Test("a verb of occurrence says where and when its subject, the attack, was; a definite mention placed in a town of the country told first folds")
    func occurrencePlacesTheAttack() throws {
        let text = "The strike took place in Kolbe village on Thursday."
        let frame = try attack(text, dct: "2024-03-08")
        #expect(frame.first("location").map { words($0, of: text) } == "Kolbe village", "\(frame.arguments)")
        #expect(frame.first("location")?.rule == "events/parse-place")
        let document = try TestSupport.analyze(
            "Gunmen ambushed a police patrol in Pakistan on Friday, the provincial police chief said. The ambush happened near the port of Gwadar, he added.",
            dct: "2023-11-03")
        let frames = (document.annotations.events ?? []).filter { $0.type == "ATTACK" }
        #expect(frames.count == 1, "\(frames.map { ($0.trigger, $0.arguments.map(\.canonical)) })")
        #expect(frames.first?.first("location")?.canonical == "Gwadar", "\(frames.first?.arguments ?? [])")
    }

    @Test("a headline's country keeps no town of it apart from the lead; a definite mention that gives only a place is an account of the attack told before")
    func countryAndTownFold() throws {
        let headline = try attacks(in: "Gunman opens fire in France\n\nA gunman opened fire on shoppers in the town of Tours on Monday, killing two people.", dct: "2024-03-05")
        #expect(headline.count == 1, "\(headline.map(\.arguments))")
        #expect(headline.first?.first("location")?.canonical == "Tours")
        let disputed = try attacks(
            in: "Rebels shelled an army post in Mali on Monday, the ministry said. The governor said the attack took place in Niger, across the border.", dct: "2024-03-05")
        #expect(disputed.count == 1, "\(disputed.map(\.arguments))")
        #expect(disputed.first?.first("location")?.canonical == "Mali")
    }

    @Test("a frame's wider place joins reports that name only it: 'Tower 22' then 'Jordan' meets 'in Jordan'")
    func outerLocationMerges() {
        let merger = EventMerger(requireSite: false)
        let named = EventMerger.Candidate(
            docID: "a", index: 0, type: "ATTACK", days: DayRange(value: "2024-01-28"), actor: nil, site: "Tower 22", siteType: "FAC",
            fields: ["location": "Tower 22", "outer_location": "Jordan", "target": "Tower 22", "weapon": "drone"])
        let wide = EventMerger.Candidate(
            docID: "b", index: 0, type: "ATTACK", days: DayRange(value: "2024-01-28"), actor: nil, site: "Jordan", siteType: "GPE",
            fields: ["location": "Jordan", "weapon": "drone"])
        var events: [[String]] = []
        merger.merge([named, wide]) { events.append($0.members.map(\.docID)) } join: { _, _ in Issue.record("no frame is undated") }
        #expect(events == [["a", "b"]], "\(events)")
        var alone = named
        alone.fields["outer_location"] = nil
        events = []
        merger.merge([alone, wide]) { events.append($0.members.map(\.docID)) } join: { _, _ in Issue.record("no frame is undated") }
        #expect(events.count == 2, "without the wider place only the weapon agrees: \(events)")
    }
}
