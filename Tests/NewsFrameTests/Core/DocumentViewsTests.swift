import NewsFrameCore
import Testing

/// A view kept by one stage is handed to a later one only while the document still holds what
/// it was read from, and only once.
@Suite("document views shared between stages")
struct DocumentViewsTests {
    final class View {
        let name: String
        init(_ name: String) { self.name = name }
    }

    static func document() -> AnalyzedDocument {
        var document = AnalyzedDocument(document: Document(id: "v", text: "Gunmen attacked Gao."))
        document.annotations.tokens = [Token(start: 0, end: 6, kind: .word), Token(start: 7, end: 15, kind: .word), Token(start: 16, end: 19, kind: .word)]
        document.annotations.entities = [EntityMention(start: 16, end: 19, type: "GPE", canonical: "Gao", rule: "test")]
        return document
    }

    @Test("taken once, under its key, while the annotations it read are unchanged")
    func handover() {
        let document = Self.document()
        document.views.keep(View("quotes"), key: "k", readFrom: document.annotations, kinds: [.tokens, .entities])
        #expect(!document.views.isEmpty)
        #expect(document.views.take(View.self, key: "other", for: document.annotations) == nil)
        // A copy of the document (as each stage receives it) reaches the same views.
        let copy = document
        #expect(copy.views.take(View.self, key: "k", for: copy.annotations)?.name == "quotes")
        #expect(document.views.take(View.self, key: "k", for: document.annotations) == nil)
        #expect(document.views.isEmpty)
    }

    @Test("a stage in between that replaces what the view read makes the taker build its own")
    func replacedAnnotations() {
        var document = Self.document()
        document.views.keep(View("quotes"), key: "k", readFrom: document.annotations, kinds: [.tokens, .entities])
        // Equal contents in a new array are still another stage's output.
        document.annotations.entities = Array(document.annotations.entities!)
        document.annotations.entities!.append(EntityMention(start: 0, end: 6, type: "PERSON", canonical: "Gunmen", rule: "test"))
        #expect(document.views.take(View.self, key: "k", for: document.annotations) == nil)
        // Kinds the view did not read may change freely.
        document.views.keep(View("again"), key: "k", readFrom: document.annotations, kinds: [.tokens, .entities])
        document.annotations.quotes = []
        #expect(document.views.take(View.self, key: "k", for: document.annotations)?.name == "again")
        // A kind the view read that was absent and is now present: a stage produced it since.
        document.views.keep(View("no timexes"), key: "k", readFrom: document.annotations, kinds: [.timexes])
        document.annotations.timexes = []
        #expect(document.views.take(View.self, key: "k", for: document.annotations) == nil)
        // Empty then and empty now: nothing the view could have read differs.
        document.views.keep(View("empty timexes"), key: "k", readFrom: document.annotations, kinds: [.timexes])
        document.annotations.timexes = [Timex]()
        #expect(document.views.take(View.self, key: "k", for: document.annotations)?.name == "empty timexes")
    }
}
