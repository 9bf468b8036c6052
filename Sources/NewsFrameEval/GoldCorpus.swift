import Foundation
import NewsFrameCore

/// A gold file: JSONL records with `id`, `dct`, `text` and one array per annotation kind,
/// in the export format (`timexes`: `start`, `end`, `type`, `value`, `mod`; `entities`;
/// `quotes`: `start`, `end`, `kind`, `speaker` {start, end} or null, `speaker_canonical`, `cue`). This is both
/// `Corpus/gold/gold.jsonl` and the TempEval-3 data in `../shared/data/timeml/`.
public struct GoldCorpus: Sendable {
    public struct Entry: Sendable {
        public var document: Document
        /// nil when the record has no `timexes` array: that kind is not annotated in it.
        public var timexes: [Timex]?
        /// nil when the record has no `entities` array.
        public var entities: [EntityMention]? = nil
        /// nil when the record has no `quotes` array.
        public var quotes: [Quotation]? = nil
        /// nil when the record has no `events` array; each frame keeps its gold `event_id`.
        public var events: [EventFrame]? = nil
    }

    public var entries: [Entry]

    public struct ReadError: Swift.Error, CustomStringConvertible {
        public var description: String
    }

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(description: "\(path): cannot read the file")
        }
        var entries: [Entry] = []
        for (index, line) in data.split(separator: 0x0A).enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let id = object["id"] as? String, let text = object["text"] as? String
            else {
                throw ReadError(description: "\(path):\(index + 1): expected an object with id, text and timexes")
            }
            let entities = (object["entities"] as? [[String: Any]])?.compactMap { item -> EntityMention? in
                guard let start = item["start"] as? Int, let end = item["end"] as? Int, let type = item["type"] as? String else { return nil }
                return EntityMention(
                    start: start, end: end, type: type, canonical: item["canonical"] as? String ?? "", title: item["title"] as? String,
                    count: item["count"] as? Int, rule: "gold")
            }
            let quotes = (object["quotes"] as? [[String: Any]])?.compactMap { item -> Quotation? in
                guard let start = item["start"] as? Int, let end = item["end"] as? Int else { return nil }
                let speaker = (item["speaker"] as? [String: Any]).flatMap { value -> Span? in
                    guard let start = value["start"] as? Int, let end = value["end"] as? Int else { return nil }
                    return Span(start, end)
                }
                return Quotation(
                    start: start, end: end, kind: Quotation.Kind(rawValue: item["kind"] as? String ?? "direct") ?? .direct, speaker: speaker,
                    speakerCanonical: item["speaker_canonical"] as? String, cue: item["cue"] as? String, rule: "gold")
            }
            let events = (object["events"] as? [[String: Any]])?.compactMap(Self.event)
            guard let rawTimexes = object["timexes"] as? [[String: Any]] else {
                entries.append(Entry(
                    document: Document(id: id, dct: (object["dct"] as? String).map { String($0.prefix(10)) }, text: text), timexes: nil,
                    entities: entities, quotes: quotes, events: events))
                continue
            }
            let timexes = rawTimexes.compactMap { item -> Timex? in
                guard let start = item["start"] as? Int, let end = item["end"] as? Int, let type = item["type"] as? String
                else { return nil }
                let mod = (item["mod"] as? String).flatMap { $0.isEmpty ? nil : $0 }
                return Timex(start: start, end: end, type: type, value: item["value"] as? String ?? "", mod: mod, rule: "gold")
            }
            let dct = (object["dct"] as? String).map { String($0.prefix(10)) }
            entries.append(Entry(document: Document(id: id, dct: dct, text: text), timexes: timexes, entities: entities, quotes: quotes, events: events))
        }
        self.entries = entries
    }

    /// A frame of the interchange format: `type`, `trigger` {start, end}, `arguments` {role:
    /// span or list of spans, with `canonical`, `value`, `count`}, `status`, `event_id`.
    static func event(_ item: [String: Any]) -> EventFrame? {
        guard let type = item["type"] as? String, let trigger = item["trigger"] as? [String: Any], let start = trigger["start"] as? Int,
            let end = trigger["end"] as? Int
        else { return nil }
        var arguments: [EventArgument] = []
        for (role, value) in (item["arguments"] as? [String: Any]) ?? [:] {
            let spans = (value as? [[String: Any]]) ?? [(value as? [String: Any])].compactMap { $0 }
            for span in spans {
                guard let start = span["start"] as? Int, let end = span["end"] as? Int else { continue }
                arguments.append(EventArgument(
                    role: role, start: start, end: end, canonical: span["canonical"] as? String, value: span["value"] as? String,
                    count: span["count"] as? Int, rule: "gold"))
            }
        }
        arguments.sort { ($0.role, $0.start) < ($1.role, $1.start) }
        return EventFrame(
            type: type, trigger: Span(start, end), arguments: arguments, status: item["status"] as? [String] ?? [], rule: "gold",
            eventID: item["event_id"] as? String)
    }
}
