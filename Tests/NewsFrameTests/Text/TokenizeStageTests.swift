@testable import NewsFrameText
import NewsFrameCore
import Testing

@Suite("tokenize: words and sentences")
struct TokenizeStageTests {
    func sentences(_ text: String) throws -> [String] {
        let document = try TestSupport.analyze(text)
        return TestSupport.texts(document.annotations.sentences!, in: document)
    }

    func tokens(_ text: String) throws -> [String] {
        let document = try TestSupport.analyze(text)
        return document.annotations.tokens!.map { document.text.slice($0.start, $0.end) }
    }

    @Test("a month abbreviation before a day does not end the sentence")
    func monthAbbreviation() throws {
        #expect(try sentences("The outpost is seen on Oct. 22, 2018. It was quiet.") == [
            "The outpost is seen on Oct. 22, 2018.", "It was quiet.",
        ])
    }

    @Test("stacked titles before a name stay in one sentence")
    func stackedTitles() throws {
        #expect(try sentences("Brig. Gen. Pat Ryder spoke on Friday. Reporters asked questions.") == [
            "Brig. Gen. Pat Ryder spoke on Friday.", "Reporters asked questions.",
        ])
    }

    @Test("U.S. before a noun continues, U.S. before a sentence starter ends")
    func unitedStates() throws {
        #expect(try sentences("The U.S. military said so. Bases in the U.S. The group left.") == [
            "The U.S. military said so.", "Bases in the U.S.", "The group left.",
        ])
        #expect(try sentences("A spokesman from U.S. Central Command spoke.") == ["A spokesman from U.S. Central Command spoke."])
    }

    @Test("abbreviations keep their period as one token; other periods are tokens")
    func abbreviationTokens() throws {
        #expect(try tokens("Gen. Voss left the U.S. base.") == ["Gen.", "Voss", "left", "the", "U.S.", "base", "."])
        #expect(try tokens("J. Smith and Iran-backed groups") == ["J.", "Smith", "and", "Iran", "-", "backed", "groups"])
    }

    @Test("token kinds: word, number, punctuation, symbol; no whitespace tokens")
    func tokenKinds() throws {
        let document = try TestSupport.analyze("Fired 3 rockets — at 4 a.m. $5 \n\n done")
        let kinds = document.annotations.tokens!.map { "\(document.text.slice($0.start, $0.end))/\($0.kind.name)" }
        #expect(kinds == ["Fired/word", "3/number", "rockets/word", "—/punct", "at/word", "4/number", "a.m./word", "$/symbol", "5/number", "done/word"])
    }

    @Test("paragraph breaks end sentences, even without a period (headlines, bylines)")
    func paragraphs() throws {
        #expect(try sentences("Militia claims attack\n\nBy Leila Haddad\n\nThe group said it fired.") == [
            "Militia claims attack", "By Leila Haddad", "The group said it fired.",
        ])
    }

    @Test("offsets are Unicode scalar offsets, also after characters outside the BMP")
    func astralOffsets() throws {
        let text = "Drones 🚁🚁 struck. Café attacked at 5 p.m. today."
        let document = try TestSupport.analyze(text)
        let scalars = Array(text.unicodeScalars)
        for token in document.annotations.tokens! {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(view) == document.text.slice(token.start, token.end))
        }
        let words = document.annotations.tokens!.map { document.text.slice($0.start, $0.end) }
        #expect(words.contains("Café"))
        #expect(words.contains("p.m."))
        #expect(try sentences(text) == ["Drones 🚁🚁 struck.", "Café attacked at 5 p.m. today."])
    }

    @Test("empty and whitespace-only text produce no tokens and no sentences")
    func emptyText() throws {
        let document = try TestSupport.analyze("   \n ")
        #expect(document.annotations.tokens == [])
        #expect(document.annotations.sentences == [])
    }
}

@Suite("tokenize: character classes")
struct CharacterClassTests {
    @Test("the ASCII fast paths agree with Unicode's categories for every ASCII character")
    func asciiFastPaths() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            let category = scalar.properties.generalCategory
            let punctuation = [
                Unicode.GeneralCategory.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation,
            ].contains(category)
            #expect(TokenizeStage.isPunctuation(scalar) == punctuation, "U+\(String(value, radix: 16))")
            #expect(TokenizeStage.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            let text = "\(scalar)x\(scalar)"
            #expect(TextCase.lowercased(text) == text.lowercased(), "U+\(String(value, radix: 16))")
            #expect(TextCase.hasLowercase(String(scalar)) == scalar.properties.isLowercase, "U+\(String(value, radix: 16))")
            #expect(TextCase.startsUppercase(String(scalar)) == scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
        }
        // Beyond ASCII the Unicode tables answer.
        #expect(TextCase.lowercased("ÉTAT Über") == "état über")
        // Capitals only: letters, all uppercase; punctuation does not count, and no letter is no acronym.
        #expect(TextCase.isCapitalsOnly("KLF-DMV") && TextCase.isCapitalsOnly("J") && TextCase.isCapitalsOnly("ÉTAT"))
        #expect(!TextCase.isCapitalsOnly("Kessen") && !TextCase.isCapitalsOnly("-") && !TextCase.isCapitalsOnly("J&k"))
        #expect(TextCase.hasLowercase("ÉTAT") == false && TextCase.hasLowercase("ÉTAt") && TextCase.hasLowercase("ñ"))
        #expect(TextCase.startsUppercase("Über") && !TextCase.startsUppercase("über"))
        // Possessives: straight and curly, not on short words or other endings.
        #expect(LexiconPhrase.strippingPossessive("Syria's", kind: .word) == ("Syria", true))
        #expect(LexiconPhrase.strippingPossessive("Syria\u{2019}s", kind: .word) == ("Syria", true))
        #expect(LexiconPhrase.strippingPossessive("Ré's", kind: .word) == ("Ré", true))
        // Three characters in five bytes: too short to be a possessive.
        #expect(LexiconPhrase.strippingPossessive("é's", kind: .word) == ("é's", false))
        #expect(LexiconPhrase.strippingPossessive("Kata'ib", kind: .word) == ("Kata'ib", false))
        #expect(LexiconPhrase.strippingPossessive("Syria's", kind: .symbol) == ("Syria's", false))
    }
}
