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
