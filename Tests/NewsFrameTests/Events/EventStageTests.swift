import Foundation
import NewsFrameCore
import NewsFramePipeline
import NewsFrameStore
import Testing

@testable import NewsFrameCLI

@Suite("event frames and the merge")
struct EventStageTests {
    func frames(_ text: String, dct: String?) throws -> (AnalyzedDocument, [EventFrame]) {
        let document = try TestSupport.analyze(text, dct: dct)
        return (document, document.annotations.events ?? [])
    }

    @Test("a thwarted drone attack: place, date from the weekday, weapon with its count, status")
    func thwartedAttack() throws {
        let (document, frames) = try frames(
            "On Wednesday, two drones targeting the al-Tanf garrison in eastern Syria were intercepted, Iraqi officials said.", dct: "2023-11-03")
        let attack = try #require(frames.first { $0.type == "ATTACK" })
        #expect(document.text.slice(attack.trigger) == "targeting")
        #expect(attack.first("target")?.canonical == "al-Tanf garrison")
        #expect(attack.first("time")?.value == "2023-11-01")
        #expect(attack.first("weapon")?.canonical == "drone" && attack.first("weapon")?.count == 2)
        #expect(attack.status.contains("thwarted"))
        #expect(attack.site == "al-Tanf garrison")
    }

    @Test("a pronoun actor in a claim resolves to the group, and the claim links to its attack")
    func claimLinksAttack() throws {
        let (document, frames) = try frames(
            "Kata'ib Hezbollah issued a statement on Monday. It claimed it attacked Ain al-Asad air base with rockets.", dct: "2024-02-07")
        let claim = try #require(frames.first { $0.type == "CLAIM" })
        let attack = try #require(frames.first { $0.type == "ATTACK" })
        #expect(claim.first("actor")?.canonical == "Kata'ib Hezbollah")
        #expect(claim.first("attack").map { document.text.slice($0.span) } == "attacked")
        #expect(attack.first("actor")?.canonical == "Kata'ib Hezbollah")
        #expect(attack.status.contains("claimed"))
        #expect(attack.first("weapon")?.canonical == "rocket")
    }

    @Test("generic, negated and hypothetical mentions make no frame; a later definite mention folds into the first")
    func notEvents() throws {
        let (_, frames) = try frames(
            """
            Militias have claimed dozens of attacks since October. No group attacked the base on Monday. \
            Officials fear attacks if the talks fail. A rocket struck the Victory Base Complex on 2024-02-04. \
            The attack caused no casualties.
            """, dct: "2024-02-06")
        #expect(frames.count == 1, "\(frames.map(\.type))")
        #expect(frames.first?.first("casualties") != nil)
    }

    @Test("merge: two reports of one attack share an event id; rerunning adds nothing; a third report joins")
    func mergeAcrossDocuments() throws {
        let folder = try TestSupport.scratch()
        let dump = folder.appendingPathComponent("dump.jsonl")
        func record(_ id: String, _ date: String, _ text: String) -> String {
            "{\"id\": \"\(id)\", \"date\": \"\(date)\", \"text\": \"\(text)\"}\n"
        }
        try TestSupport.write(
            record("a", "2024-02-20", "Three rockets were fired at the al-Tanf garrison early Monday, the Pentagon said.")
                + record("b", "2024-02-21", "The Islamic Resistance in Iraq said it attacked the al-Tanf garrison with rockets on Monday."),
            to: dump)
        #expect(try TestSupport.run(["process", "--quiet", dump.path], in: folder).status == 0)
        let store = try CorpusStore(path: folder.appendingPathComponent("newsframe.sqlite").path)
        var events: [MergedEventRow] = []
        try store.mergedEvents(type: "ATTACK") { events.append($0) }
        #expect(events.count == 1 && events.first?.sources == 2, "\(events.map(\.documents))")
        let id = try #require(events.first?.eventID)
        #expect(try TestSupport.run(["merge"], in: folder).status == 0)
        events = []
        try store.mergedEvents(type: "ATTACK") { events.append($0) }
        #expect(events.count == 1 && events.first?.eventID == id)
        let more = folder.appendingPathComponent("more.jsonl")
        try TestSupport.write(record("c", "2024-02-22", "A drone was not involved; rockets hit the al-Tanf garrison on Monday, U.S. officials said."), to: more)
        #expect(try TestSupport.run(["process", "--quiet", more.path], in: folder).status == 0)
        events = []
        try store.mergedEvents(type: "ATTACK") { events.append($0) }
        #expect(events.count == 1 && events.first?.sources == 3 && events.first?.eventID == id, "\(events.map(\.documents))")
        let csv = try TestSupport.run(["export", "--format", "csv", "--table", "events"], in: folder)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("event_id,date,date_precision,type,actor") == true)
        #expect(lines.contains { $0.hasPrefix(id) && $0.contains("2024-02-19") && $0.contains(",3,a b c") })
        let listed = try TestSupport.run(["events", id], in: folder)
        #expect(listed.status == 0 && listed.stdout.contains("al-Tanf garrison"))
    }

    @Test("the merge compares only frames within the date window, in date order")
    func mergeWindow() {
        let merger = EventMerger()
        func candidate(_ doc: String, _ day: String, _ site: String?) -> EventMerger.Candidate {
            EventMerger.Candidate(docID: doc, index: 0, type: "ATTACK", days: DayRange(value: day), actor: nil, site: site)
        }
        var events: [[String]] = []
        merger.merge([
            candidate("a", "2024-01-01", "X"), candidate("b", "2024-01-02", "X"), candidate("c", "2024-01-05", "X"),
            candidate("d", "2024-01-05", "Y"), candidate("e", "2024-W01", "X"), candidate("f", "2024-01", "X"),
        ].sorted { ($0.days!.first, $0.docID) < ($1.days!.first, $1.docID) }) { events.append($0.members.map(\.docID)) }
        // The week (Jan 1-7) overlaps both; a month is too wide to merge.
        #expect(events.contains(["a", "b", "e"]) || events.contains(["e", "a", "b"]) || events.contains { Set($0) == ["a", "b", "e"] })
        #expect(events.contains(["c"]) && events.contains(["d"]) && events.contains(["f"]))
    }

    @Test("a broken events lexicon line is named by file and line")
    func brokenLexicon() throws {
        let folder = try TestSupport.scratch()
        let lexicons = try TestSupport.copyOfLexicons(in: folder)
        let triggers = lexicons.appendingPathComponent("events-triggers.tsv")
        try TestSupport.write(try String(contentsOf: triggers, encoding: .utf8) + "riot\tRIOT\tverb\triot|rioted\t\t\t\t\t\t\t\n", to: triggers)
        let lines = try String(contentsOf: triggers, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count - 1
        do {
            _ = try TestSupport.defaultPipeline(lexicons: lexicons)
            Issue.record("the pipeline built")
        } catch {
            #expect("\(error)".contains("Lexicons/events-triggers.tsv:\(lines): type must be"), "\(error)")
        }
    }

    @Test("DayRange reads days, weeks and months and writes days back")
    func dayRange() {
        #expect(DayRange(value: "2023-11-01")?.length == 1)
        #expect(DayRange(value: "2023-11-02TNI") == DayRange(value: "2023-11-02"))
        let week = DayRange(value: "2023-W44")!
        #expect(DayRange.string(week.first) == "2023-10-30" && week.length == 7)
        #expect(DayRange(value: "2024-02")?.length == 29)
        #expect(DayRange(value: "XXXX-10-22") == nil && DayRange(value: "P1W") == nil)
    }
}
