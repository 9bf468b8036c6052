import NewsFrameCore
import NewsFrameQuotes
import Testing

/// Where a dateline ends, which every stage reading speakers and participants skips.
@Suite("datelines: where the place, agency and mark end")
struct DatelineTests {
    func dateline(_ text: String) throws -> [String] {
        let lexicon = try QuoteLexicon(context: StageContext(options: [:], lexiconDirectory: TestSupport.lexicons))
        let tokens = QuoteTokens(try TestSupport.analyze(text), lexicon: lexicon)
        return tokens.texts.indices.filter { tokens.inDateline[$0] }.map { tokens.texts[$0] }
    }

    @Test("a place in capitals whose words a hyphen joins is one name: its hyphens are no dateline mark")
    func hyphenatedPlace() throws {
        #expect(try dateline("PORT-AU-PRINCE, Haiti — Gunmen killed six people on Monday.").joined(separator: " ")
            == "PORT - AU - PRINCE , Haiti —")
        #expect(try dateline("KESSEN, Mali - Gunmen killed six people on Monday.").joined(separator: " ") == "KESSEN , Mali -")
        // A hyphen set apart is the mark itself.
        #expect(try dateline("GAO - Gunmen killed six people on Monday.").joined(separator: " ") == "GAO -")
    }

    @Test("a known place, a comma and a day before a mark or an agency in brackets: the place is the dateline's, the day stays the lead's")
    func placeAndDay() throws {
        #expect(try dateline("Gao, May 22 (NFW) Six soldiers were killed on Sunday.") == ["Gao", ","])
        #expect(try dateline("Gao, Oct. 1: Six soldiers were killed on Sunday.") == ["Gao", ","])
        // An agency of several words ("(NF Wire/Agency)"); words in brackets that are no name are none.
        #expect(try dateline("Gao, May 22 (NF Wire/Agency) Six soldiers were killed on Sunday.") == ["Gao", ","])
        #expect(try dateline("Gao, May 22 (a quiet day) was when six soldiers were killed.").isEmpty)
        // A place and a day that open a sentence with neither are no dateline.
        #expect(try dateline("Gao, May 22 was a quiet day in the town.").isEmpty)
    }
}
