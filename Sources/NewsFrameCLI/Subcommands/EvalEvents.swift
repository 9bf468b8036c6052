import ArgumentParser
import Foundation
import NewsFrameCore
import NewsFrameEval
import NewsFramePipeline

struct EvalEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-events",
        abstract: "Score attack arguments on RAMS- or WikiEvents-style gold JSONL.",
        discussion: """
            Each gold attack is matched to the system ATTACK frame whose trigger, or a later mention \
            folded into it, overlaps its trigger, \
            else to one in the same sentence. Roles map attacker→actor, target→target, place→location, \
            instrument and explosivedevice→weapon; an argument is right when its span overlaps the gold \
            span. A frame that several gold mentions match (NewsFrame folds mentions of one event \
            into one frame) is scored once, against the union of their arguments. Precision counts \
            the arguments of matched frames only, so it measures argument extraction on events found; \
            unmatched events count as missed arguments.
            """)

    @OptionGroup var pipeline: PipelineOptions
    @Argument(help: "Gold JSONL file (RAMS: trigger/arguments with char_start; WikiEvents: events).") var gold: String
    @Flag(name: .long, help: "List missed and wrong arguments.") var errors = false

    static let roleMap = ["attacker": "actor", "target": "target", "place": "location", "instrument": "weapon", "explosivedevice": "weapon"]

    struct GoldEvent {
        var trigger: Span
        var arguments: [(role: String, span: Span, text: String)]
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: gold) else { throw ValidationError("cannot read \(gold)") }
        let built = try pipeline.load()
        var byRole: [String: PRF] = [:]
        var events = 0
        var matchedEvents = 0
        var problems: [String] = []
        for (index, line) in data.split(separator: 0x0A).enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = object["text"] as? String else {
                throw ValidationError("\(gold):\(index + 1): expected an object with text and a trigger or events")
            }
            let goldEvents = Self.events(object)
            let result = try built.process(AnalyzedDocument(document: Document(id: "\(index)", text: text)))
            let frames = (result.annotations.events ?? []).filter { $0.type == "ATTACK" }
            let sentences = result.annotations.sentences ?? []
            func sentence(_ offset: Int) -> Int? { sentences.firstIndex { $0.start <= offset && offset < $0.end } }
            let docID = object["id"] as? String ?? "\(index)"
            // Gold events by the frame they match: a frame that folded several mentions of one
            // event is scored once, against the arguments of all of them.
            var byFrame: [Int: [GoldEvent]] = [:]
            for event in goldEvents {
                events += 1
                // A later mention folded into a frame is that frame's event.
                let frame = frames.firstIndex { $0.trigger.overlaps(event.trigger) || $0.mentions.contains { $0.overlaps(event.trigger) } }
                    ?? frames.firstIndex { sentence($0.trigger.start) != nil && sentence($0.trigger.start) == sentence(event.trigger.start) }
                guard let frame else {
                    for argument in event.arguments { byRole[argument.role, default: PRF(truePositives: 0, systemCount: 0, goldCount: 0)].goldCount += 1 }
                    problems.append("\(docID) missed event '\(result.text.slice(event.trigger))'")
                    continue
                }
                matchedEvents += 1
                byFrame[frame, default: []].append(event)
            }
            for (frameIndex, matched) in byFrame.sorted(by: { $0.key < $1.key }) {
                var remaining: [(role: String, span: Span, text: String)] = []
                for argument in matched.flatMap(\.arguments) where !remaining.contains(where: { $0.role == argument.role && $0.span == argument.span }) {
                    remaining.append(argument)
                    byRole[argument.role, default: PRF(truePositives: 0, systemCount: 0, goldCount: 0)].goldCount += 1
                }
                for argument in frames[frameIndex].arguments where Set(Self.roleMap.values).contains(argument.role) {
                    byRole[argument.role, default: PRF(truePositives: 0, systemCount: 0, goldCount: 0)].systemCount += 1
                    if let found = remaining.firstIndex(where: { $0.role == argument.role && $0.span.overlaps(argument.span) }) {
                        remaining.remove(at: found)
                        byRole[argument.role]!.truePositives += 1
                    } else {
                        problems.append("\(docID) wrong \(argument.role) '\(result.text.slice(argument.span))' [\(argument.rule)]")
                    }
                }
                for argument in remaining { problems.append("\(docID) missed \(argument.role) '\(argument.text)'") }
            }
        }
        let all = byRole.values.reduce(PRF(truePositives: 0, systemCount: 0, goldCount: 0)) {
            PRF(truePositives: $0.truePositives + $1.truePositives, systemCount: $0.systemCount + $1.systemCount, goldCount: $0.goldCount + $1.goldCount)
        }
        Console.out("attacks: \(events) gold, \(matchedEvents) matched to an ATTACK frame (\(ScoreTable.percent(events == 0 ? 0 : Double(matchedEvents) / Double(events))))")
        Console.out(ScoreTable.header)
        Console.out(ScoreTable.row("arguments", all))
        for role in ["actor", "target", "location", "weapon"] where byRole[role] != nil { Console.out(ScoreTable.row("  \(role)", byRole[role]!)) }
        if errors { for problem in problems { Console.out(problem) } }
    }

    /// RAMS records have one `trigger` and `arguments` with `char_start`/`char_end`; WikiEvents
    /// records have `events`, each with a `trigger` and `arguments` with `start`/`end`.
    static func events(_ object: [String: Any]) -> [GoldEvent] {
        func span(_ item: [String: Any]) -> Span? {
            if let start = item["char_start"] as? Int, let end = item["char_end"] as? Int { return Span(start, end) }
            if let start = item["start"] as? Int, let end = item["end"] as? Int { return Span(start, end) }
            return nil
        }
        func arguments(_ items: [[String: Any]]) -> [(role: String, span: Span, text: String)] {
            items.compactMap { item in
                guard let role = (item["role"] as? String).flatMap({ roleMap[$0.lowercased()] }), let span = span(item) else { return nil }
                return (role, span, item["text"] as? String ?? "")
            }
        }
        if let trigger = object["trigger"] as? [String: Any], let triggerSpan = span(trigger) {
            return [GoldEvent(trigger: triggerSpan, arguments: arguments(object["arguments"] as? [[String: Any]] ?? []))]
        }
        return (object["events"] as? [[String: Any]] ?? []).compactMap { event in
            guard let trigger = event["trigger"] as? [String: Any], let triggerSpan = span(trigger) else { return nil }
            return GoldEvent(trigger: triggerSpan, arguments: arguments(event["arguments"] as? [[String: Any]] ?? []))
        }
    }
}
