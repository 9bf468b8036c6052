import NewsFrameCore
import NewsFramePipeline
import Testing

@Suite("temporal: recognition and normalization")
struct TemporalStageTests {
    /// The timexes of `text` as "span=value" strings, in text order.
    func timexes(_ text: String, dct: String?) throws -> [String] {
        let document = try TestSupport.analyze(text, dct: dct)
        return (document.annotations.timexes ?? []).map { "\(document.text.slice($0.start, $0.end))=\($0.value)" }
    }

    @Test("weekdays resolve by tense: past before the document date, future after it")
    func weekdays() throws {
        #expect(try timexes("On Wednesday, militants fired two rockets at the base.", dct: "2023-11-03") == ["Wednesday=2023-11-01"])
        #expect(try timexes("The envoy posted the video Thursday night.", dct: "2023-11-03") == ["Thursday night=2023-11-02TNI"])
        #expect(try timexes("The envoy will return to Erbil on Monday.", dct: "2023-11-03") == ["Monday=2023-11-06"])
        #expect(try timexes("The strike came Friday, officials said.", dct: "1998-02-13") == ["Friday=1998-02-13"])
    }

    @Test("relative weeks, months and years follow the document date; modifiers stay in the span")
    func relativeUnits() throws {
        #expect(try timexes("Last week, planes struck two depots.", dct: "2023-11-03") == ["Last week=2023-W43"])
        #expect(try timexes("The group claimed this past week to have attacked.", dct: "2023-11-03") == ["this past week=2023-W44"])
        #expect(try timexes("The militia says talks will resume next week.", dct: "2023-11-03") == ["next week=2023-W45"])
        let document = try TestSupport.analyze("Tensions rose earlier this week.", dct: "2024-01-06")
        let timex = try #require(document.annotations.timexes?.first)
        #expect(document.text.slice(timex.start, timex.end) == "earlier this week")
        #expect(timex.value == "2024-W01" && timex.mod == "START" && timex.anchor == "dct")
    }

    @Test("years in words, as broadcast transcripts write them, are years; other number pairs are not")
    func spokenYears() throws {
        #expect(try timexes("The plant opened in nineteen ninety-six.", dct: "1998-02-27") == ["nineteen ninety-six=1996"])
        #expect(try timexes("Then came January nineteen ninety-seven.", dct: "1998-02-27") == ["January nineteen ninety-seven=1997-01"])
        #expect(try timexes("It froze in the winter of nineteen ninety-four.", dct: "1998-02-23") == ["the winter of nineteen ninety-four=1994-WI"])
        #expect(try timexes("Twenty five men and nineteen others were hurt.", dct: "1998-02-27") == [])
    }

    @Test("clock times one token spells, with a dot or a glued meridiem, are times; a price or a score is none")
    func clockTokens() throws {
        #expect(try timexes("The convoy was hit at 7.40 pm near the bridge.", dct: "2023-11-07") == ["7.40 pm=2023-11-07T19:40"])
        #expect(try timexes("Sirens sounded at 6am and again at 11.05pm.", dct: "2023-11-07") == ["6am=2023-11-07T06:00", "11.05pm=2023-11-07T23:05"])
        #expect(try timexes("The fuel price rose to 8.50 in the capital; the side scored 3pts.", dct: "2023-11-07") == [])
        // No hour past 12 before a meridiem, no minute past 59.
        #expect(try timexes("Codes 14pm and 9.75am were printed on the crate.", dct: "2023-11-07") == [])
    }

    @Test("an infinitive points forward from the verb that governs it; after the expression it is no cue")
    func infinitiveTense() throws {
        // Nearest cue before "Monday" is "to resume": forward, though the sentence is past.
        #expect(try timexes("Militants bombed a car near the talks, set to resume Monday in Belfast.", dct: "1998-03-22") == ["Monday=1998-03-23"])
        // "to buy" follows "June": the cue is "agreed", backward.
        #expect(try timexes("The bank agreed in June to buy the lender.", dct: "1989-10-30") == ["June=1989-06"])
        // "to Thursday" is a preposition (a capital follows), so "bought" decides.
        #expect(try timexes("Traders bought shares from Sept. 14 to Thursday.", dct: "1989-10-30") == ["Sept. 14=1989-09-14", "Thursday=1989-10-26"])
        // "discuss" ends in -ss, which the lexicon lets a bare verb have although -s is a nonverb ending.
        #expect(try timexes("The envoy is to discuss the plan in December.", dct: "2024-02-05") == ["December=2024-12"])
        #expect(try timexes("The envoy is open to talks in December.", dct: "2024-02-05") == ["December=2023-12"])
        // "to the" is no infinitive either.
        #expect(try timexes("Shipments moved to the port on Tuesday, officials said.", dct: "1990-08-16") == ["Tuesday=1990-08-14"])
    }

    @Test("future tense takes a weekday on or after the document date, as past tense takes it on or before")
    func futureSameDay() throws {
        #expect(try timexes("The minister will visit Baghdad on Friday.", dct: "1998-02-13") == ["Friday=1998-02-13"])
        #expect(try timexes("The minister will visit Baghdad next Friday.", dct: "1998-02-13") == ["next Friday=1998-02-20"])
    }

    @Test("a word listed with tense 'none' is no cue although it ends like one")
    func notATenseCue() throws {
        // Without a cue a bare weekday takes the nearest such day; "hundred" must not read as a past verb.
        #expect(try timexes("A convoy of two hundred trucks reaches the border Friday.", dct: "2023-11-07") == ["Friday=2023-11-10"])
    }

    @Test("a past participle after a passive auxiliary is no past: the scan goes on")
    func passiveParticiple() throws {
        #expect(try timexes("The appeal is heard in May.", dct: "2000-03-29") == ["May=2000-05"])
        #expect(try timexes("The appeal was heard in May.", dct: "2000-03-29") == ["May=1999-05"])
        #expect(try timexes("The launch will be held in January.", dct: "1998-03-04") == ["January=1999-01"])
    }

    @Test("an attribution after the expression is no cue for the reported clause")
    func attribution() throws {
        // "said" follows the expression: it attributes the clause and does not set its tense.
        #expect(try timexes("The three join the alliance in early March, an official said.", dct: "1999-02-10") == ["early March=1999-03"])
        #expect(try timexes("An official said in early March the three had joined.", dct: "1999-02-10") == ["early March=1998-03"])
    }

    @Test("an expression that refers back takes the latest date as precise as its unit")
    func textAnchorPrecision() throws {
        // A bare year anchors "that year" and "the previous year"; a day needs a full date.
        #expect(try timexes("Imports totaled $37 million in 1988, a small share of imports that year.", dct: "1989-11-02")
            == ["1988=1988", "that year=1988"])
        #expect(try timexes("He fled in June 1998 and returned later that year.", dct: "2000-01-28") == ["June 1998=1998-06", "later that year=1998"])
        #expect(try timexes("The plant opened in 1995; the previous year it had closed.", dct: "1999-01-01") == ["1995=1995", "the previous year=1994"])
        // "that day" after a bare month has no day to refer to: it resolves against the document date.
        #expect(try timexes("Talks began in March 1999. That day was calm.", dct: "1999-04-10") == ["March 1999=1999-03", "That day=1999-04-10"])
    }

    @Test("a NONE rule wins over a time rule listed before it that matches the same span")
    func noneWinsTies() throws {
        let lexicons = try TestSupport.copyOfLexicons(in: try TestSupport.scratch())
        let rules = lexicons.appendingPathComponent("temporal-rules.tsv")
        let text = "The base gets 40 shipments, then 40 a month."
        let before = try TestSupport.defaultPipeline(lexicons: lexicons).process(AnalyzedDocument(document: Document(id: "t", dct: "1998-02-13", text: text)))
        #expect(before.annotations.timexes?.map(\.value) == ["P1M"])
        try TestSupport.write(try String(contentsOf: rules, encoding: .utf8) + "none-rate\tNONE\t[<n:number>] a <unit:unit>\n", to: rules)
        let after = try TestSupport.defaultPipeline(lexicons: lexicons).process(AnalyzedDocument(document: Document(id: "t", dct: "1998-02-13", text: text)))
        #expect(after.annotations.timexes?.isEmpty == true)
    }

    @Test("a comparison compares with the period the text last named, however many sentences back")
    func comparisonWindow() throws {
        let text = "Net income rose in the third quarter. Sales grew. Costs fell. Margins widened. Net was $3 million a year earlier."
        #expect(try timexes(text, dct: "1989-11-02") == ["the third quarter=1989-Q3", "a year earlier=1988-Q3"])
        // With no quarter named, it is the year.
        #expect(try timexes("Net was $3 million a year earlier.", dct: "1989-11-02") == ["a year earlier=1988"])
    }

    @Test("a clock time with a day anchors a later expression like a date does")
    func timeAnchors() throws {
        #expect(try timexes("The raid began at 9 a.m. Tuesday. Two days later, troops left.", dct: "2000-04-03")
            == ["9 a.m. Tuesday=2000-03-28T09:00", "Two days later=2000-03-30"])
    }

    @Test("a holiday written with a possessive matches, as the text's tokens drop the 's")
    func possessiveHoliday() throws {
        #expect(try timexes("The vote was held on New Year's Day, after a rally on Valentine's Day.", dct: "2013-05-15")
            == ["New Year's Day=2013-01-01", "Valentine's Day=2013-02-14"])
    }

    @Test("a tense cue with an unknown tense is an error with file and line")
    func unknownTense() throws {
        let (error, line) = try TestSupport.pipelineError(appending: "soonish\tlater", to: "temporal-tense.tsv")
        #expect(error?.contains("Lexicons/temporal-tense.tsv:\(line): tense 'later' of 'soonish' must be one of") == true, "\(error ?? "built")")
        // 'verb' names an ending, never a whole word.
        let (verbError, verbLine) = try TestSupport.pipelineError(appending: "discuss\tverb", to: "temporal-tense.tsv")
        #expect(verbError?.contains("Lexicons/temporal-tense.tsv:\(verbLine): tense 'verb' takes an ending") == true, "\(verbError ?? "built")")
    }

    @Test("a rule naming an unknown value function is an error with file and line")
    func unknownValueFunction() throws {
        let (error, line) = try TestSupport.pipelineError(
            appending: "date-typo\tDURATION\t<n:number> fortnights\t@halfdurtion({n},W)", to: "temporal-rules.tsv")
        #expect(error?.contains("Lexicons/temporal-rules.tsv:\(line): unknown value function '@halfdurtion'") == true, "\(error ?? "built")")
    }

    @Test("in all-caps text a possessive 'S is left out of the span like 's")
    func capitalPossessive() throws {
        #expect(try timexes("TROOPS LEFT AFTER FRIDAY'S STRIKE ON THE BASE NEAR THE BORDER.", dct: "2023-11-07") == ["FRIDAY=2023-11-03"])
    }

    @Test("an expression that refers back resolves against the latest date in the text")
    func textAnchor() throws {
        let text = "Militants struck the base on January 28, 2024. Two days after this attack, the group paused."
        let document = try TestSupport.analyze(text, dct: "2024-02-05")
        let values = (document.annotations.timexes ?? []).map { ($0.value, $0.anchor) }
        #expect(values.count == 2)
        #expect(values[1].0 == "2024-01-30")
        #expect(values[1].1 == "timex:\(document.annotations.timexes![0].start)")
    }

    @Test("absolute dates in news formats; a month and day take the year nearest the document date")
    func absoluteDates() throws {
        #expect(try timexes("The outpost was photographed on Oct. 22, 2018.", dct: "2023-10-24") == ["Oct. 22, 2018=2018-10-22"])
        #expect(try timexes("It began on 22 October 2023 and 2023-11-03.", dct: "2023-11-05") == [
            "22 October 2023=2023-10-22", "2023-11-03=2023-11-03",
        ])
        #expect(try timexes("On January 5, drones struck.", dct: "2024-01-06") == ["January 5=2024-01-05"])
        #expect(try timexes("Talks are set for Jan. 2.", dct: "2023-12-28") == ["Jan. 2=2024-01-02"])
        #expect(try timexes("by the end of October", dct: "2023-11-07").first == "the end of October=2023-10")
        #expect(try timexes("The talks ended on the 22nd of October.", dct: "2023-11-07") == ["22nd of October=2023-10-22"])
        #expect(try timexes("The 107mm rockets and 3rd battalion moved.", dct: "2023-11-07") == [])
    }

    @Test("durations, sets, clock times and generic references")
    func otherTypes() throws {
        #expect(try timexes("In the last 24 hours, three drones were downed.", dct: "2023-10-24") == ["the last 24 hours=PT24H"])
        #expect(try timexes("The feud has lasted more than a decade.", dct: "2023-10-24") == ["more than a decade=P10Y"])
        #expect(try timexes("Protesters gather every Friday.", dct: "2023-10-24") == ["every Friday=XXXX-WXX-5"])
        #expect(try timexes("At 3 a.m. local time, rockets fell.", dct: "2024-02-20") == ["3 a.m.=2024-02-20T03:00"])
        #expect(try timexes("The group now has a new missile and recently used it.", dct: "2023-11-07") == [
            "now=PRESENT_REF", "recently=PAST_REF",
        ])
    }

    @Test("numbers inside other things are not times")
    func quantitiesAreNotTimes() throws {
        let text = "The missile flies 2,000 kilometers with a 450 kg warhead; 900 troops and 1500 soldiers guard the T-4 base, type 351."
        #expect(try timexes(text, dct: "2024-01-06") == [])
        #expect(try timexes("A 6-year-old girl was hurt.", dct: "2024-01-06") == [])
    }

    @Test("without a document date, unresolvable parts are X, never a guess")
    func noDocumentDate() throws {
        #expect(try timexes("Last week, on Wednesday, the base was hit; on May 3 talks began.", dct: nil) == [
            "Last week=XXXX-WXX", "Wednesday=XXXX-WXX-3", "May 3=XXXX-05-03",
        ])
    }

    @Test("a participle of plans points forward although it ends in -ed; a plain past participle points back")
    func futureParticiples() throws {
        #expect(try timexes("A decision on the base is expected in January.", dct: "2023-11-10") == ["January=2024-01"])
        #expect(try timexes("The talks, scheduled for Friday, may not happen.", dct: "2023-11-08") == ["Friday=2023-11-10"])
        #expect(try timexes("The base was attacked in January.", dct: "2023-11-10") == ["January=2023-01"])
    }

    @Test("without a document date, a day shift still counts from the latest bare weekday")
    func undatedWeekdayShift() throws {
        #expect(try timexes("The group on Tuesday claimed a rocket attack on the base a day earlier.", dct: nil) == [
            "Tuesday=XXXX-WXX-2", "a day earlier=XXXX-WXX-1",
        ])
        #expect(try timexes("On Monday the talks stalled. Two days earlier, a drone hit the base.", dct: nil) == [
            "Monday=XXXX-WXX-1", "Two days earlier=XXXX-WXX-6",
        ])
    }

    @Test("expressions inside quotations are annotated too")
    func insideQuotes() throws {
        #expect(try timexes("\"We will strike again next week,\" the group said.", dct: "2023-11-03") == ["next week=2023-W45"])
    }

    @Test("every example of every rule and lexicon line passes (same check as newsframe test-rules)")
    func ruleExamples() throws {
        let (checked, failures) = RuleExampleChecker.check(try TestSupport.defaultPipeline())
        #expect(checked > 190)
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }
}
