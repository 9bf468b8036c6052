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
}
