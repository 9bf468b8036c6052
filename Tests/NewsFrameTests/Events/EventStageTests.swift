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

    @Test("the date of a report is not the date of the event it reports; a duration before a trigger dates it from the sentence's day")
    func reportDates() throws {
        let (_, frames) = try frames(
            "The Pentagon on Thursday confirmed that two drones were intercepted near al-Harir Air Base late Tuesday.", dct: "2024-03-15")
        #expect(frames.first { $0.type == "ATTACK" }?.first("time")?.value == "2024-03-12")
        #expect(frames.first { $0.type == "STATEMENT" }?.first("time")?.value == "2024-03-14")
        let (_, later) = try self.frames(
            "Kata'ib Hezbollah announced on Tuesday that it was suspending operations, two days after a drone attack wounded four soldiers in Jordan.",
            dct: "2024-02-01")
        let attack = try #require(later.first { $0.type == "ATTACK" })
        #expect(attack.first("time")?.value == "2024-01-28" && attack.first("time")?.rule == "events/time-offset")
        #expect(attack.first("location")?.canonical == "Jordan")
        #expect(later.first { $0.type == "ALLIANCE" }?.first("time")?.value == "2024-01-30")
    }

    @Test("a pronoun after a cue is the cue's subject; the dateline's agency and a name inside a modifier are never antecedents")
    func pronounActors() throws {
        let (_, frames) = try frames(
            "ERBIL, Iraq (NewsFrame Wire) — A coalition of Iran-aligned militias said it launched two drones at al-Harir Air Base on Tuesday.",
            dct: "2024-03-14")
        let attack = try #require(frames.first { $0.type == "ATTACK" })
        let actor = try #require(attack.first("actor"))
        #expect(actor.canonical == "Iran-aligned militias" && (actor.rule.hasSuffix("resolve/cue-subject") || actor.rule.hasSuffix("resolve/quote-speaker")))
        #expect(attack.namedActor == nil, "a description is no named actor, so it cannot block a merge")
        let (_, asked) = try self.frames(
            "Asked whether Kata'ib Hezbollah was behind the attack on the base, he said officials were still assessing who launched the drones.",
            dct: "2024-03-15")
        #expect(asked.allSatisfy { $0.first("actor")?.canonical != "Kata'ib Hezbollah" })
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

    @Test("attacks in the plural that a verb in the present does are what usually happens: they fold nowhere")
    func habitualPlural() throws {
        let (_, found) = try frames("Gunmen killed five guards in an ambush near Dorvo on Friday. The rebels focus their raids on farming districts.", dct: "2024-03-09")
        #expect(found.count == 1, "\(found.map(\.type))")
        #expect(found.first?.arguments.filter { $0.role == "target" }.count == 1 && found.first?.first("target")?.start == 14, "\(found.first?.arguments ?? [])")
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
        #expect(lines.first?.hasPrefix("event_id,event_date,time_precision,date_precision,event_type,actor1,actor1_sponsor,actor2") == true)
        #expect(lines.first?.contains(",location,location_gazetteer,admin1,country,iso,iso2,latitude,longitude,geo_precision,geo_level,weapon,") == true)
        #expect(lines.contains { $0.hasPrefix(id) && $0.contains("2024-02-19") && $0.contains(#",3,"[""a"",""b"",""c""]","#) })
        let listed = try TestSupport.run(["events", id], in: folder)
        #expect(listed.status == 0 && listed.stdout.contains("al-Tanf garrison"))
    }

    @Test("the merge compares only frames within the date window, in date order")
    func mergeWindow() {
        let merger = EventMerger()
        func candidate(_ doc: String, _ day: String, _ site: String?) -> EventMerger.Candidate {
            EventMerger.Candidate(docID: doc, index: 0, type: "ATTACK", days: DayRange(value: day), actor: nil, site: site, fields: ["weapon": "drone"])
        }
        var events: [[String]] = []
        merger.merge([
            candidate("a", "2024-01-01", "X"), candidate("b", "2024-01-02", "X"), candidate("c", "2024-01-05", "X"),
            candidate("d", "2024-01-05", "Y"), candidate("e", "2024-W01", "X"), candidate("f", "2024-01", "X"),
        ].sorted { ($0.days!.first, $0.docID) < ($1.days!.first, $1.docID) }) { events.append($0.members.map(\.docID)) } join: { _, _ in
            Issue.record("no frame is undated")
        }
        // The week (Jan 1-7) overlaps both; a month is too wide to merge.
        #expect(events.contains(["a", "b", "e"]) || events.contains(["e", "a", "b"]) || events.contains { Set($0) == ["a", "b", "e"] })
        #expect(events.contains(["c"]) && events.contains(["d"]) && events.contains(["f"]))
    }

    @Test("daily reports of one recurring attack do not chain into one event: a frame starting more than span_days after the event's earliest report starts a new one")
    func mergeSpan() {
        let merger = EventMerger(spanDays: 7)
        // One actor hits one site with one weapon every day for three weeks.
        let frames = (1...21).map { day in
            EventMerger.Candidate(
                docID: "d\(day)", index: 0, type: "ATTACK", days: DayRange(value: "2024-03-\(day < 10 ? "0" : "")\(day)"), actor: "Group",
                site: "port", fields: ["weapon": "drone", "target": "port"])
        }
        var events: [[String]] = []
        merger.merge(frames) { events.append($0.members.map(\.docID)) } join: { _, _ in Issue.record("no frame is undated") }
        #expect(events.count == 3, "\(events)")
        #expect(events.allSatisfy { $0.count <= 8 }, "\(events)")
        #expect(events.first == (1...8).map { "d\($0)" }, "the first event takes the reports of its first eight days: \(events)")
    }

    @Test("frames a day apart merge only when an actor or weapon agrees; an undated weekday joins the one matching event")
    func mergeCorroborationAndWeekdays() {
        let merger = EventMerger()
        func candidate(_ doc: String, _ value: String, site: String, weapon: String? = nil, actor: String? = nil) -> EventMerger.Candidate {
            EventMerger.Candidate(
                docID: doc, index: 0, type: "ATTACK", days: DayRange(value: value), actor: actor, site: site, fields: weapon.map { ["weapon": $0] } ?? [:],
                weekday: DayRange.unanchoredWeekday(value))
        }
        var events: [[String]] = []
        var joined: [String: String] = [:]
        var ids: [String: String] = [:]
        // 2024-02-19 is a Monday; "base" has one Monday event, "camp" two.
        let frames = [
            candidate("a", "2024-02-18", site: "base"), candidate("b", "2024-02-19", site: "base", actor: "Group"),
            candidate("c", "2024-02-19", site: "camp", weapon: "rocket"), candidate("d", "2024-02-20", site: "camp", weapon: "rocket"),
            candidate("e", "2024-02-26", site: "camp"),
            candidate("u1", "XXXX-WXX-1", site: "base"), candidate("u2", "XXXX-WXX-1", site: "camp"),
            candidate("u3", "XXXX-WXX-1", site: "base", actor: "Someone Else"),
        ]
        merger.merge(frames) { event in
            events.append(event.members.map(\.docID))
            for member in event.members { ids[member.docID] = event.eventID }
        } join: { candidate, id in
            joined[candidate.docID] = id
        }
        // Adjacent days with nothing else in common stay apart; a shared weapon merges them.
        #expect(events.contains(["a"]) && events.contains(["b"]) && events.contains(["c", "d"]))
        #expect(joined["u1"] == ids["b"], "the only Monday event at the base")
        #expect(joined["u2"] == nil && events.contains(["u2"]), "two Monday events at the camp: ambiguous")
        #expect(joined["u3"] == nil && events.contains(["u3"]), "a named actor other than the event's")
    }

    @Test("a bad merge setting is an error naming the file; the settings file sets what the merger does")
    func mergeSettings() throws {
        let good = try LexiconTable(
            name: "events-merge.tsv", contents: "setting\tvalue\nother_days\tany\nundated_weekday\tno\n", required: ["setting", "value"])
        let merger = try EventMerger(table: good)
        #expect(!merger.corroborateOtherDays && !merger.joinUndatedWeekdays && merger.toleranceDays == 1)
        let bad = try LexiconTable(name: "events-merge.tsv", contents: "setting\tvalue\nother_days\tsometimes\n", required: ["setting", "value"])
        #expect(throws: LexiconError.self) { try EventMerger(table: bad) }
        let unknown = try LexiconTable(name: "events-merge.tsv", contents: "setting\tvalue\nsame_moon\tyes\n", required: ["setting", "value"])
        do {
            _ = try EventMerger(table: unknown)
            Issue.record("an unknown setting was accepted")
        } catch {
            #expect("\(error)".contains("Lexicons/events-merge.tsv:2: unknown setting 'same_moon'"), "\(error)")
        }
    }

    @Test("a broken events lexicon line is named by file and line")
    func brokenLexicon() throws {
        let (error, line) = try TestSupport.pipelineError(appending: "riot\tRIOT\tverb\triot|rioted\t\t\t\t\t\t\t", to: "events-triggers.tsv")
        #expect(error?.contains("Lexicons/events-triggers.tsv:\(line): type must be") == true, "\(error ?? "built")")
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
