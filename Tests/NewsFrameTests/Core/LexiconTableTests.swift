import NewsFrameCore
import Testing

@Suite("lexicon files")
struct LexiconTableTests {
    @Test("a broken line is reported with file and line and only that line is lost")
    func brokenLine() throws {
        let contents = "# header\nform\tclass\nGen.\ttitle\nBad.\ttitle\textra\n Sp.\tgeneral\nOk.\t\nFine.\tgeneral\n"
        let table = try LexiconTable(name: "test.tsv", contents: contents, required: ["form", "class"])
        #expect(table.rows.map { $0["form"]! } == ["Gen.", "Fine."])
        #expect(table.rows.map(\.ruleID) == ["Lexicons/test.tsv:3", "Lexicons/test.tsv:7"])
        #expect(table.errors.map(\.line) == [4, 5, 6])
        #expect(table.errors[0].description.hasPrefix("Lexicons/test.tsv:4: expected at most 2"))
        #expect(table.errors[1].message.contains("stray spaces"))
        #expect(table.errors[2].message == "column 'class' is empty")
    }

    @Test("Windows line ends parse like Unix ones; a non-breaking space around a cell is stray")
    func lineEndsAndSpaces() throws {
        let contents = "# header\r\nform\tclass\r\nGen.\ttitle\r\nRep.\u{00A0}\ttitle\r\n"
        let table = try LexiconTable(name: "crlf.tsv", contents: contents, required: ["form", "class"])
        #expect(table.rows.map { $0["form"]! } == ["Gen."])
        #expect(table.rows.first?["class"] == "title")
        #expect(table.errors.map(\.line) == [4] && table.errors.first?.message.contains("stray spaces") == true)
    }

    @Test("a missing required column is fatal and named")
    func missingColumn() throws {
        #expect(throws: LexiconError.self) {
            try LexiconTable(name: "x.tsv", contents: "form\nGen.\n", required: ["form", "class"])
        }
        do {
            _ = try LexiconTable(name: "x.tsv", contents: "form\nGen.\n", required: ["form", "class"])
        } catch let error as LexiconError {
            #expect(error.description == "Lexicons/x.tsv:1: the column line lacks required column 'class' (found: form)")
        }
    }

    @Test("the content hash is stable and separates fields")
    func stableHash() {
        #expect(StableHash.hex("ab", "c") != StableHash.hex("a", "bc"))
        #expect(StableHash.hex("abc") == StableHash.hex("abc"))
        #expect(StableHash.hex("abc").count == 32)
    }

    @Test("JSON text escapes control characters, quotes and line separators")
    func jsonEscaping() {
        let value = JSONText.fields([.init("a", .string("x\"y\\z\n\u{1}\u{2028}é"))])
        #expect(value.rendered == #"{"a":"x\"y\\z\n\u0001\u2028é"}"#)
    }
}
