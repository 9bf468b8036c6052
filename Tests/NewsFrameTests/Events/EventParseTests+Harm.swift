import NewsFrameCore
import Testing

/// Tolls read from the parse and events a sentence says are separate (each sentence written
/// for this project).
extension EventParseTests {
    @Test("'stabbed to death' kills its victims; named people count one each; a casualty word coordinated with the victims is its own count")
    func deathsOfNamedAndResultPhrases() throws {
        #expect(try attack("A student was stabbed to death in Kolbe on Friday.", dct: "2024-05-13").first("killed")?.count == 1)
        #expect(try attack("Ana Ruiz and Luis Vega were shot dead in Kolbe on Friday.", dct: "2024-05-13").first("killed")?.count == 2)
        let both = try attack("The shelling of Kolbe on Friday caused the death of one villager and nine injuries.", dct: "2024-05-13")
        #expect(both.first("killed")?.count == 1 && both.first("injured")?.count == 9, "\(both.arguments)")
    }

    @Test("a sentence that opens 'In a separate incident' tells another attack, whatever it shares with the one before")
    func separateIncidentStaysApart() throws {
        let frames = try attacks(
            in: "Gunmen attacked a checkpoint in Kolbe on Saturday, killing two guards. In a separate incident on Saturday, a grenade was thrown at a police post in Kolbe, wounding a constable.",
            dct: "2024-05-13")
        #expect(frames.count == 2, "\(frames.map(\.arguments))")
        #expect(frames.first?.first("injured") == nil, "\(frames.map(\.arguments))")
    }

    @Test("a number the parser hung on a compound of the victims' noun counts them: 'Two police officers'")
    func numberOnACompound() throws {
        let frame = try attack("Two police officers were killed on Monday when gunmen raided a station in Dori.", dct: "2024-05-13")
        #expect(frame.first("killed")?.count == 2, "\(frame.arguments)")
    }

    @Test("what the attackers used or carried, told in a sentence of its own and in the past, is the weapon of the attack told before")
    func attackersUsedWeapons() throws {
        let used = try attack("Militants ambushed a supply convoy near Kolbe on Monday, killing four soldiers. The militants used rockets and rifles, officials said.", dct: "2024-05-14")
        #expect(used.arguments.filter { $0.role == "weapon" }.compactMap(\.canonical) == ["rocket", "rifle"], "\(used.arguments)")
        // A parsed sentence (two proper nouns in a row ask for a parse).
        let carried = try attack("Gunmen raided a market near Kolbe on Monday, killing four traders. The gunmen carried rifles, Ali Musa told reporters.", dct: "2024-05-14")
        #expect(carried.first("weapon")?.canonical == "rifle", "\(carried.arguments)")
        let habit = try attack("Gunmen raided a market near Kolbe on Monday, killing four traders. Analysts say militants are using bigger bombs.", dct: "2024-05-14")
        #expect(habit.first("weapon") == nil, "\(habit.arguments)")
    }

    @Test("a weapon that is the subject of a clause of time on a verb of harm did the harm")
    func weaponOfHarmClause() throws {
        let text = "At least four people were killed and nine others were hurt after mortar rounds landed near a market in Kolbe on Thursday, police said."
        let frame = try attack(text, dct: "2024-05-10")
        #expect(frame.first("weapon").map { words($0, of: text) } == "mortar rounds", "\(frame.arguments)")
        #expect(frame.first("weapon")?.rule == "events/parse-harm-clause-weapon", "\(frame.arguments)")
    }

    @Test("a participle of means later in the attack verb's sentence names the weapon, however the parser hung it")
    func deepParticipleOfMeans() throws {
        let text = "Gunmen dressed as soldiers attacked the army’s 21 Rifles Battalion on Dori’s outskirts at 4.15 am, throwing grenades and shooting at the guards."
        let frame = try attack(text, dct: "2024-05-10")
        #expect(frame.first("weapon").map { words($0, of: text) } == "grenades", "\(frame.arguments)")
    }

    @Test("a verb's 'on' phrase before it is no target, however the parser hangs it")
    func onPhraseBeforeVerbIsNoTarget() throws {
        let frame = try attack("A man who pulled up near the church on a scooter opened fire when guards stopped him in Kolbe on Friday.", dct: "2024-05-04")
        #expect(frame.first("target") == nil, "\(frame.arguments)")
        // (One after it still is: "opened fire on a bus".)
        let text = "A man who pulled up near the church on a scooter opened fire on a bus when guards stopped him in Kolbe on Friday."
        let bus = try attack(text, dct: "2024-05-04")
        #expect(bus.first("target").map { words($0, of: text) } == "bus", "\(bus.arguments)")
    }

    @Test("a road a verb's 'on' names is the way along which it happened, not what was hit")
    func roadIsNoTarget() throws {
        let text = "Officials said that on the road to Tamsar, a truck of the convoy was hit by a mine on Tuesday."
        let frame = try attack(text, dct: "2024-05-08")
        #expect(!frame.arguments.contains { $0.role == "target" && words($0, of: text) == "road" }, "\(frame.arguments)")
    }

    @Test("the end of the one who carried out the attack is neither its target nor one of its dead")
    func perpetratorsEndIsNoToll() throws {
        let text = "A gunman opened fire outside a clinic in Dori on Tuesday, wounding four people before he was shot. The assailant was shot dead by a guard who heard the gunfire."
        let frame = try attack(text, dct: "2024-05-08")
        #expect(frame.first("killed") == nil && frame.first("injured")?.count == 4, "\(frame.arguments)")
        #expect(frame.first("target").map { words($0, of: text) } == "four people", "\(frame.arguments)")
        // (One who killed an attacker keeps him as the target.)
        let other = try attack("A settler shot dead an assailant near Dori on Friday. The assailant had been armed with a knife.", dct: "2024-05-11")
        #expect(other.first("killed")?.count == 1, "\(other.arguments)")
        // A headline that tells the attacker's end beside the attack names the attack's doer, not
        // those who stopped him.
        let report = "Armed Guards Killed the Gunman in a Dori Clinic Shooting\n\nA gunman who opened fire at a clinic in Dori on Tuesday was killed after guards returned fire. Two nurses were wounded in the shooting."
        let shooting = try attacks(in: report, dct: "2024-05-08")
        #expect(shooting.count == 1 && shooting.first?.first("actor").map { words($0, of: report) } == "gunman", "\(shooting.map(\.arguments))")
    }

    @Test("a noun of a set counts no one by its article, and the end of the attackers is no toll")
    func collectivesAndAttackersCountNone() throws {
        let stormed = try attack("Gunmen stormed a depot near Dori on Sunday, and guards may have shot dead an unknown number of the gunmen, officials said.", dct: "2024-05-08")
        #expect(stormed.first("killed") == nil, "\(stormed.arguments)")
        let village = try attack("Gunmen attacked a village near Dori on Sunday, injuring a group of farmers.", dct: "2024-05-08")
        #expect(village.first("injured") == nil, "\(village.arguments)")
        // (One of a set is still one: "a member of the patrol".)
        let member = try attack("Gunmen attacked a patrol near Dori on Sunday, killing a member of the patrol.", dct: "2024-05-08")
        #expect(member.first("killed")?.count == 1, "\(member.arguments)")
    }

    @Test("a tally in a sentence a mention folds from is no harm of the attack: 'a war which has killed more than 30,000'")
    func tallyIsNoHarm() throws {
        let text = "A drone hit a cargo ship off Kolbe on Tuesday, officials said.\n\nThe group says its raids on shipping seek to force the government to end its war in the north, which has killed more than 30,000 people there."
        let frame = try attack(text, dct: "2024-05-08")
        #expect(frame.first("killed") == nil && frame.first("casualties") == nil, "\(frame.arguments)")
    }

    @Test("a toll in the sentence after the attack's counts it only when that sentence is not dated over a week before the report")
    func tollOfAnOlderEvent() throws {
        let attackText = "Nine soldiers were shot dead in an ambush on Saturday near Kolbe, officials said. They spoke at the funeral of the commander of the targeted unit."
        let older = try attack(attackText + "\nBack in March, unrest across the villages of the district had a death toll of 141 people.", dct: "2024-05-02")
        #expect(older.first("killed")?.count == 9, "\(older.arguments)")
        let later = try attack(attackText + "\nOn Sunday the death toll rose to 14 people.", dct: "2024-05-02")
        #expect(later.first("killed")?.count == 14, "\(later.arguments)")
        // An attack dated long before the report takes the toll of a sentence of its own time.
        let old = try attack(
            "Nine soldiers were shot dead in an ambush on March 3 near Kolbe, officials said. They spoke at the funeral of the commander of the targeted unit.\nBy March 10 the toll stood at 14 dead.",
            dct: "2024-05-02")
        #expect(old.first("killed")?.count == 14, "\(old.arguments)")
    }

    @Test("'Twenty-five people' counts 25 wherever the parser puts the number, and 'a total of 18 people' counts 18, not the article")
    func hyphenatedAndTotalCounts() throws {
        let hyphen = try attack("Twenty-five people were killed when gunmen attacked a market in Kolbe on Monday.", dct: "2024-05-15")
        #expect(hyphen.first("killed")?.count == 25, "\(hyphen.arguments)")
        let lower = try attack("Gunmen killed twenty-five villagers in Kolbe on Monday.", dct: "2024-05-15")
        #expect(lower.first("killed")?.count == 25, "\(lower.arguments)")
        let total = try attack("A total of 18 traders were shot dead by rebels at a market in Kolbe on Monday.", dct: "2024-05-15")
        #expect(total.first("killed")?.count == 18, "\(total.arguments)")
        // A dateline the parser made the subject hangs the victims under it.
        let dateline = try attack(
            "Herders shot dead near Dori\n\nKOLBE, Tamsaria - A total of 12 herders were shot dead on Sunday at a camp near Dori, police said.", dct: "2024-05-15")
        #expect(dateline.first("killed")?.count == 12, "\(dateline.arguments)")
    }
}
