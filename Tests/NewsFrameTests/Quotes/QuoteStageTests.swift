import Foundation
import NewsFrameCore
import NewsFrameEval
import Testing

@Suite("quotes: marks, speech or label, speakers, resolution, reported speech")
struct QuoteStageTests {
    struct Found: Equatable, CustomStringConvertible {
        var kind: String
        var text: String
        var speaker: String?
        var canonical: String?
        var cue: String?
        var description: String { "\(kind) '\(text)' by \(speaker ?? "-") → \(canonical ?? "-") (\(cue ?? "-"))" }
    }

    func quotes(_ text: String) throws -> [Found] {
        let document = try TestSupport.analyze(text)
        return (document.annotations.quotes ?? []).map {
            Found(
                kind: $0.kind.rawValue, text: document.text.slice($0.span), speaker: $0.speaker.map(document.text.slice),
                canonical: $0.speakerCanonical, cue: $0.cue)
        }
    }

    @Test("an unclosed mark ends its quotation at the paragraph end and the rest of the document still counts")
    func unbalanced() throws {
        let text = """
            The governor said the new road would be "open to every truck before the harvest starts.

            The farmer Omar Faris said: "We have waited long enough for this road."
            """
        let found = try quotes(text)
        #expect(found.count == 2, "\(found)")
        #expect(found[0].text == "open to every truck before the harvest starts.")
        #expect(found[0].speaker == "The governor")
        #expect(found[1].text == "We have waited long enough for this road.")
        #expect(found[1].speaker == "Omar Faris" && found[1].cue == "said")
    }

    @Test("a paragraph that reopens an unclosed quote continues it: one quotation over two paragraphs")
    func multiParagraph() throws {
        let text = """
            "The river rose a metre in one night," said Mayor Ines Caro. "We moved the families first.

            "Then we moved the animals, and the water followed us up the hill."
            """
        let found = try quotes(text)
        #expect(found.count == 2, "\(found)")
        #expect(found[1].text.hasPrefix("We moved the families first.") && found[1].text.hasSuffix("followed us up the hill."))
        #expect(found[1].canonical == "Ines Caro" && found[1].speaker == "Ines Caro")
    }

    @Test("nested quotes of the other glyph stay inside; mixed straight and curly marks still pair")
    func nesting() throws {
        let found = try quotes(#"The envoy said: "They call it a “temporary pause” but nobody believes that any more," and left."#)
        #expect(found.count == 1, "\(found)")
        #expect(found[0].text == "They call it a “temporary pause” but nobody believes that any more,")
        let mixed = try quotes("“The talks are over for this year.\" The minister Karim Nasser left the room.")
        #expect(mixed.first?.text == "The talks are over for this year.")
    }

    @Test("a possessive written apart from its noun opens no quotation; a straight single quote still does")
    func possessiveApart() throws {
        #expect(try quotes("Gunmen raided Kolbe 's main market at dawn, killing six traders, police said.").filter { $0.kind == "direct" }.isEmpty)
        let quoted = try quotes("'The market is closed until Monday,' the mayor said.")
        #expect(quoted.first?.text == "The market is closed until Monday,", "\(quoted)")
    }

    @Test("names, labels and scare quotes are not quotations")
    func labels() throws {
        let text = """
            The factions formed a "joint command room" last year. Officials called the raid "self-defense" and the group \
            described itself as part of the "Axis of Resistance" in its statement. The missile, designated "351", failed.
            """
        #expect(try quotes(text).filter { $0.kind == "direct" }.isEmpty)
    }

    @Test("speaker patterns: after the quote, inverted, before it, colon, appositive and signature")
    func patterns() throws {
        #expect(try quotes(#""The bridge will hold," the engineer Dana Frey said."#).first?.speaker == "Dana Frey")
        #expect(try quotes(#""The bridge will hold," said Dana Frey, an engineer."#).first?.speaker == "Dana Frey")
        let before = try quotes(#"Senator Ruth Hale told reporters that "nobody in this building wants a wider war.""#)
        #expect(before.first?.speaker == "Ruth Hale" && before.first?.cue == "told reporters")
        let colon = try quotes(#"Governor Tarek Odeh said in a statement: "The curfew ends at dawn on Monday.""#)
        #expect(colon.first?.speaker == "Tarek Odeh")
        let appositive = try quotes(#""We found four rockets in the field," Lina Aziz, a police spokeswoman in Basra, posted on X."#)
        #expect(appositive.first?.speaker == "Lina Aziz" && appositive.first?.cue == "posted")
        let signature = try quotes("“Nobody will stop us from going home.” — Amal Reza, a teacher from Mosul")
        #expect(signature.first?.speaker == "Amal Reza")
    }

    @Test("pronouns and descriptions resolve to the entity they refer to, and say how")
    func resolution() throws {
        let text = """
            U.S. Central Command said its forces shot down two drones near the border.

            "The drones were launched from inside Iraq," a spokesman from U.S. Central Command said. \
            "We will hold the groups responsible," the command added.

            The Tawhid Brigades issued a statement on Sunday. "This is only the start," the group said. \
            It also warned that "the occupiers will find no safe place in the region."
            """
        let found = try quotes(text).filter { $0.kind == "direct" }
        #expect(found.map(\.canonical) == ["U.S. Central Command", "U.S. Central Command", "Tawhid Brigades", "Tawhid Brigades"], "\(found)")
        let document = try TestSupport.analyze(text)
        let rules = (document.annotations.quotes ?? []).compactMap(\.resolution)
        #expect(rules.contains { $0.hasSuffix("resolve/appositive") })
        #expect(rules.contains { $0.hasSuffix("resolve/same-head") })
        #expect(rules.allSatisfy { $0.contains("Lexicons/quotes-cues.tsv:") || $0.hasPrefix("quotes/continuation") }, "\(rules)")
    }

    @Test("bylines, names in a relative clause and the paragraphs between are no obstacle: 'It' is the group")
    func antecedentsAcrossParagraphs() throws {
        let text = """
            By Leila Haddad

            The Tawhid Brigades issued a statement. "We fired at the airport," the group said.

            Pentagon officials said the rockets caused no damage.

            The group, whose members include the Karbala Brigades, has claimed dozens of attacks. \
            It warned that operations "will continue for as long as the occupation stays."
            """
        let found = try quotes(text)
        let warned = try #require(found.first { $0.text.hasPrefix("will continue") })
        #expect(warned.speaker == "It" && warned.canonical == "Tawhid Brigades", "\(found)")
        // A byline names the reporter; "he" finds nothing rather than her.
        let byline = try quotes("By Leila Haddad\n\n\"The river is rising in the valley,\" he said.")
        #expect(!byline.isEmpty && byline.allSatisfy { $0.canonical != "Leila Haddad" }, "\(byline)")
    }

    @Test("reported speech without marks: after the cue, before it, and 'according to'")
    func indirect() throws {
        let found = try quotes("""
            Defense Minister Hadi Amiri said the troops would stay until the spring. Two villages were cut off by the floods, \
            aid workers said on Monday. According to the Red Cross, more than a thousand families had no shelter.
            """)
        let indirect = found.filter { $0.kind == "indirect" }
        #expect(indirect.map(\.text) == [
            "the troops would stay until the spring", "Two villages were cut off by the floods",
            "more than a thousand families had no shelter",
        ], "\(found)")
        #expect(indirect.map(\.speaker) == ["Hadi Amiri", "aid workers", "Red Cross"])
        // "claimed responsibility" reports no speech; "claimed that" does.
        #expect(try quotes("The Tawhid Brigades claimed responsibility for the blast at the depot.").isEmpty)
    }

    @Test("a date with a comma after a cue ends the search for a tail (it once recursed without end)")
    func dateWithCommaAfterCue() throws {
        let found = try quotes("The ministry, a branch of the government, announced a loan of 6 million dinars due Oct. 15, 2024.")
        #expect(found.allSatisfy { !$0.text.isEmpty })
        let document = try TestSupport.analyze(
            "Kata'ib Hezbollah, an armed group, announced the release of its statement for the press due Oct. 15, 2024.", dct: "2024-10-01")
        #expect(document.annotations.timexes?.count == 1)
    }

    @Test("the corpus gold scores as the committed baseline says; the PolNeAR-style scorer counts fragments")
    func scorer() {
        var score = QuoteScore()
        let gold = [QuoteScore.Item(span: Span(0, 100), speaker: Span(110, 113), canonical: nil, text: "g")]
        let system = [
            QuoteScore.Item(span: Span(1, 40), speaker: Span(110, 113), canonical: nil, text: "a"),
            QuoteScore.Item(span: Span(60, 99), speaker: nil, canonical: nil, text: "b"),
            QuoteScore.Item(span: Span(200, 240), speaker: nil, canonical: nil, text: "c"),
        ]
        score.add(gold: gold, system: system, criterion: .halfShorter, fragments: true)
        #expect(score.quotes.truePositives == 1 && score.fragments == 1 && score.quotes.systemCount == 2)
        #expect(score.speakerAccuracy == 1 && score.spurious.map(\.text) == ["c"])
        var strict = QuoteScore()
        strict.add(gold: gold, system: system, criterion: .halfGold)
        #expect(strict.quotes.truePositives == 0, "no found span covers half the gold span")
    }

    @Test("a broken quotes lexicon line is named by file and line")
    func brokenLexicon() throws {
        let (error, line) = try TestSupport.pipelineError(appending: "whom\tpronoun-ish\t\t\t\t", to: "quotes-words.tsv")
        #expect(error?.contains("Lexicons/quotes-words.tsv:\(line): class must be") == true, "\(error ?? "built")")
    }
}
