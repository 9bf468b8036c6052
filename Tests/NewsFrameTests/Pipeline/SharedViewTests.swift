import NewsFrameCore
import NewsFramePipeline
import Testing

/// The events stage takes the token view the quotation stage built instead of building it again;
/// what it finds must not depend on which it read.
@Suite("events on the quotation stage's view")
struct SharedViewTests {
    static let text = """
        Gunmen kill three officers at police post in Garoowe

        GAROOWE, Somalia — Gunmen stormed a police post in Garoowe on Monday night, killing three \
        officers, the regional governor said.

        "They came at midnight and opened fire on the guards," said Abdi Warsame, the governor. He said \
        the attackers fled north in two pickup trucks.

        The Ras Kamboni militia said it carried out the raid.
        """

    @Test("the same frames from the kept view and from one built anew, and the view taken once")
    func sameFrames() throws {
        let pipeline = try TestSupport.defaultPipeline()
        let events = try #require(pipeline.steps.last)
        #expect(events.name == "events@2")
        var document = AnalyzedDocument(document: Document(id: "shared", dct: "2025-03-11", text: Self.text))
        for step in pipeline.steps.dropLast() { document.annotations.merge(try step.stage.process(document)) }
        #expect(!document.views.isEmpty, "the quotation stage kept its view")
        let fresh = AnalyzedDocument(document: document.document, annotations: document.annotations)
        #expect(fresh.views.isEmpty)
        let shared = try events.stage.process(document)
        #expect(document.views.isEmpty, "the events stage took the view")
        let built = try events.stage.process(fresh)
        let frames = try #require(shared.events)
        #expect(!frames.isEmpty)
        #expect(frames == built.events)
        #expect(try pipeline.process(AnalyzedDocument(document: document.document)).views.isEmpty, "a processed document carries no view on")
    }
}
