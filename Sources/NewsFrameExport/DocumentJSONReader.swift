import Foundation
import NewsFrameCore

/// Reads back what `DocumentJSON` writes: one annotated document per JSONL line, as
/// `annotate` and `export --format jsonl` make it, so `load` can store the output of a
/// distributed run as if its stages had run here. Every field the store keeps is read;
/// an annotation kind absent from the line (`--no-tokens`, `--fields`) stays nil.
public enum DocumentJSONReader {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public struct Line {
        public var document: Document
        public var annotations: AnnotationSet
        /// The stages that made the annotations and their fingerprints (`stages`), when the
        /// line says.
        public var stages: [(name: String, fingerprint: String)]?
        /// Whether the line carries any annotation at all: plain articles carry none.
        public var isAnnotated: Bool
    }

    public static func read(_ bytes: some Collection<UInt8>) throws -> Line {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw Failure(description: "malformed JSON line (\((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"))")
        }
        guard let fields = object as? [String: Any] else { throw Failure(description: "the line is JSON but not an object") }
        guard let id = fields["id"] as? String, !id.isEmpty else { throw Failure(description: "no 'id' string") }
        guard let text = fields["text"] as? String else { throw Failure(description: "no 'text' string") }
        let document = Document(
            id: id, version: fields["version"] as? Int ?? 1, dct: fields["dct"] as? String, title: fields["title"] as? String,
            url: fields["url"] as? String, source: fields["source"] as? String, metadataJSON: fields["metadata_json"] as? String, text: text)
        var annotations = AnnotationSet()
        annotations.sentences = try list(fields, "sentences") { item in
            Sentence(start: try int(item, "start"), end: try int(item, "end"), rule: try string(item, "rule"))
        }
        annotations.tokens = try list(fields, "tokens") { item in
            let name = try string(item, "kind")
            guard let kind = TokenKind.allCases.first(where: { $0.name == name }) else { throw Failure(description: "unknown token kind '\(name)'") }
            return Token(start: try int(item, "start"), end: try int(item, "end"), kind: kind)
        }
        if let words = fields["words"] as? [[String: Any]] {
            annotations.syntax = try syntax(words, tokens: annotations.tokens)
        }
        annotations.timexes = try list(fields, "timexes") { item in
            Timex(
                start: try int(item, "start"), end: try int(item, "end"), type: try string(item, "type"), value: try string(item, "value"),
                mod: item["mod"] as? String, anchor: item["anchor"] as? String, rule: try string(item, "rule"))
        }
        annotations.entities = try list(fields, "entities") { item in
            EntityMention(
                start: try int(item, "start"), end: try int(item, "end"), type: try string(item, "type"), canonical: try string(item, "canonical"),
                title: item["title"] as? String, count: item["count"] as? Int, rule: try string(item, "rule"), country: item["country"] as? String,
                admin1: item["admin1"] as? String, lat: double(item["lat"]), lon: double(item["lon"]), feature: item["feature"] as? String)
        }
        annotations.quotes = try list(fields, "quotes") { item in
            let kindName = try string(item, "kind")
            guard let kind = Quotation.Kind(rawValue: kindName) else { throw Failure(description: "unknown quotation kind '\(kindName)'") }
            let speaker = try (item["speaker"] as? [String: Any]).map { Span(try int($0, "start"), try int($0, "end")) }
            return Quotation(
                start: try int(item, "start"), end: try int(item, "end"), kind: kind, speaker: speaker,
                speakerCanonical: item["speaker_canonical"] as? String, cue: item["cue"] as? String, resolution: item["resolution"] as? String,
                rule: try string(item, "rule"))
        }
        annotations.events = try list(fields, "events", event)
        var stages: [(name: String, fingerprint: String)]? = nil
        if let listed = fields["stages"] as? [[String: Any]] {
            stages = try listed.map { (try string($0, "name"), try string($0, "fingerprint")) }
        }
        return Line(document: document, annotations: annotations, stages: stages, isAnnotated: !AnnotatedFields.names.isDisjoint(with: fields.keys))
    }

    /// The words of the line, numbered within sentences, back to document indices: a head
    /// is the word `head` of the same sentence's run of words, 0 a root (-1 here).
    static func syntax(_ items: [[String: Any]], tokens: [Token]?) throws -> [SyntaxWord] {
        var words: [SyntaxWord] = []
        words.reserveCapacity(items.count)
        var groupStart = 0
        var heads: [Int] = []
        for (index, item) in items.enumerated() {
            let id = try int(item, "id")
            if id == 1 { groupStart = index }
            let head = try int(item, "head")
            heads.append(head == 0 ? -1 : groupStart + head - 1)
            let start = try int(item, "start")
            words.append(SyntaxWord(
                start: start, end: try int(item, "end"), token: tokens.map { tokenIndex(containing: start, in: $0) } ?? 0,
                upos: try string(item, "upos"), xpos: try string(item, "xpos"), lemma: try string(item, "lemma"), head: -1,
                deprel: try string(item, "deprel"), lemmaRule: item["lemma_rule"] as? String ?? ""))
        }
        for index in words.indices {
            guard heads[index] < words.count else { throw Failure(description: "word \(index) has a head outside its sentence") }
            words[index].head = heads[index]
        }
        return words
    }

    /// The index of the token a word starting at `offset` lies in (the last token starting at
    /// or before it).
    public static func tokenIndex(containing offset: Int, in tokens: [Token]) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    static func event(_ item: [String: Any]) throws -> EventFrame {
        guard let trigger = item["trigger"] as? [String: Any] else { throw Failure(description: "an event without a trigger") }
        var arguments: [EventArgument] = []
        for (role, value) in (item["arguments"] as? [String: Any]) ?? [:] {
            for span in (value as? [[String: Any]]) ?? [] {
                arguments.append(EventArgument(
                    role: role, start: try int(span, "start"), end: try int(span, "end"), canonical: span["canonical"] as? String,
                    value: span["value"] as? String, count: span["count"] as? Int, rule: try string(span, "rule")))
            }
        }
        var frame = EventFrame(
            type: try string(item, "type"), trigger: Span(try int(trigger, "start"), try int(trigger, "end")),
            arguments: EventArgument.inRoleOrder(arguments),
            status: item["status"] as? [String] ?? [], rule: try string(item, "rule"), site: item["site"] as? String,
            eventID: item["event_id"] as? String, namedActor: item["named_actor"] as? String, siteType: item["site_type"] as? String)
        if let country = item["country"] as? String {
            frame.place = Place(
                country: country, admin1: item["admin1"] as? String, lat: double(item["lat"]), lon: double(item["lon"]), level: item["geo_level"] as? String)
        }
        return frame
    }

    private static func list<T>(_ fields: [String: Any], _ key: String, _ make: ([String: Any]) throws -> T) throws -> [T]? {
        guard let value = fields[key], !(value is NSNull) else { return nil }
        guard let items = value as? [[String: Any]] else { throw Failure(description: "'\(key)' is not a list of objects") }
        do {
            return try items.map(make)
        } catch let failure as Failure {
            throw Failure(description: "in '\(key)': \(failure.description)")
        }
    }

    private static func int(_ item: [String: Any], _ key: String) throws -> Int {
        guard let value = item[key] as? Int else { throw Failure(description: "'\(key)' is missing or not a whole number") }
        return value
    }

    private static func string(_ item: [String: Any], _ key: String) throws -> String {
        guard let value = item[key] as? String else { throw Failure(description: "'\(key)' is missing or not a string") }
        return value
    }

    private static func double(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue
    }
}
