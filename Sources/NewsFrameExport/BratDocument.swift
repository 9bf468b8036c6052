import NewsFrameCore

/// One document in brat's standoff format: the text file and its `.ann` file. Entities and
/// time expressions are text-bound annotations (a timex's type and value go into an
/// annotator note), quotations are `Quotation` annotations with a `Kind` attribute, a `Cue`
/// note and a `Speaker` relation to the speaker's span. Event frames are brat events: the
/// trigger is a text-bound annotation of the frame's type, each argument a role pointing at
/// its span (an entity, a `Participant` no lexicon names, a `TIMEX3`, a `Casualties` or
/// `Quotation` span, or the claimed
/// attack's event), and a note carries the event id, status and rules. Offsets are code
/// points, as brat's server counts them; a span crossing a line break is written as brat's
/// fragments.
public enum BratDocument {
    /// `annotation.conf` for a collection of exported documents.
    public static let configuration = """
        [entities]
        PERSON
        ORG
        GPE
        LOC
        FAC
        NORP
        WEAPON
        TIMEX3
        Quotation
        Speaker
        Participant
        Casualties

        [relations]
        Said Arg1:Quotation, Arg2:<ENTITY>

        [events]
        ATTACK Actor*:<ENTITY>, Target*:<ENTITY>, Place*:<ENTITY>, Time*:TIMEX3, Instrument*:<ENTITY>, Casualties*:Casualties
        THREAT Actor*:<ENTITY>, Target*:<ENTITY>, Time*:TIMEX3
        CLAIM Actor*:<ENTITY>, Attack*:ATTACK, Time*:TIMEX3
        STATEMENT Actor*:<ENTITY>, Time*:TIMEX3, Quote*:Quotation
        SEIZURE Actor*:<ENTITY>, Instrument*:<ENTITY>, Place*:<ENTITY>, Time*:TIMEX3
        ALLIANCE Actor*:<ENTITY>, Time*:TIMEX3

        [attributes]
        Kind Arg:Quotation, Value:direct|indirect

        """

    /// brat role names for the frame roles of `ANNOTATION.md`.
    static let roleNames = [
        "actor": "Actor", "target": "Target", "location": "Place", "time": "Time", "weapon": "Instrument", "casualties": "Casualties",
        "attack": "Attack", "quote": "Quote",
    ]

    /// `visual.conf`: one colour per type, the same as the HTML report's.
    public static var visualConfiguration: String {
        var lines = ["[labels]", "", "[drawing]"]
        for (type, colour) in HTMLPalette.colours.sorted(by: { $0.key < $1.key }) { lines.append("\(type)\tbgColor:\(colour)") }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func annotations(_ document: Document, _ annotations: AnnotationSet) -> String {
        let text = ScalarText(document.text)
        var lines: [String] = []
        var next = (t: 1, note: 1, attribute: 1, relation: 1)
        var spanIDs: [Span: String] = [:]
        func textBound(_ type: String, _ span: Span) -> String {
            if let id = spanIDs[span], type == "Speaker" || lines.contains(where: { $0.hasPrefix("\(id)\t\(type) ") }) { return id }
            let id = "T\(next.t)"
            next.t += 1
            let pieces = fragments(span, text)
            // brat's text column for fragments: their texts joined by one space.
            let shown = pieces.map { text.slice($0) }.joined(separator: " ")
            lines.append("\(id)\t\(type) \(pieces.map { "\($0.start) \($0.end)" }.joined(separator: ";"))\t\(shown)")
            spanIDs[span] = id
            return id
        }
        func note(_ id: String, _ value: String) {
            lines.append("#\(next.note)\tAnnotatorNotes \(id)\t\(value)")
            next.note += 1
        }
        for mention in annotations.entities ?? [] {
            let id = textBound(mention.type, mention.span)
            var parts = ["canonical=\(mention.canonical)"]
            if let title = mention.title { parts.append("title=\(title)") }
            if let count = mention.count { parts.append("count=\(count)") }
            parts.append("rule=\(mention.rule)")
            note(id, parts.joined(separator: "; "))
        }
        for timex in annotations.timexes ?? [] {
            let id = textBound("TIMEX3", timex.span)
            note(id, "\(timex.type) \(timex.value)" + (timex.mod.map { " mod=\($0)" } ?? "") + "; rule=\(timex.rule)")
        }
        for quote in annotations.quotes ?? [] {
            let id = textBound("Quotation", quote.span)
            lines.append("A\(next.attribute)\tKind \(id) \(quote.kind.rawValue)")
            next.attribute += 1
            var parts: [String] = []
            if let cue = quote.cue { parts.append("cue=\(cue)") }
            if let canonical = quote.speakerCanonical { parts.append("speaker=\(canonical)") }
            parts.append("rule=\(quote.rule)")
            note(id, parts.joined(separator: "; "))
            if let speaker = quote.speaker {
                let speakerID = spanIDs[speaker] ?? textBound("Speaker", speaker)
                lines.append("R\(next.relation)\tSaid Arg1:\(id) Arg2:\(speakerID)")
                next.relation += 1
            }
        }
        let frames = annotations.events ?? []
        // Event ids first, so a claim can point at the attack it claims whatever their order.
        let eventIDs = frames.indices.map { "E\($0 + 1)" }
        for (index, frame) in frames.enumerated() {
            let trigger = textBound(frame.type, frame.trigger)
            var roles: [String] = []
            var seen: [String: Int] = [:]
            for argument in frame.arguments {
                guard let name = roleNames[argument.role] else { continue }
                let target: String
                switch argument.role {
                case "attack":
                    guard let attack = frames.firstIndex(where: { $0.type == "ATTACK" && $0.trigger == argument.span }) else { continue }
                    target = eventIDs[attack]
                case "time": target = spanIDs[argument.span] ?? textBound("TIMEX3", argument.span)
                case "casualties": target = textBound("Casualties", argument.span)
                case "quote": target = spanIDs[argument.span] ?? textBound("Quotation", argument.span)
                default:
                    if let id = spanIDs[argument.span] {
                        target = id
                    } else {
                        // A pronoun or description: its span, with the entity it resolves to as a note.
                        target = textBound(argument.role == "weapon" ? "WEAPON" : "Participant", argument.span)
                        if let canonical = argument.canonical { note(target, "canonical=\(canonical); rule=\(argument.rule)") }
                    }
                }
                // brat numbers a repeated role: Instrument, Instrument2, …
                seen[name, default: 0] += 1
                roles.append("\(name)\(seen[name]! > 1 ? String(seen[name]!) : ""):\(target)")
            }
            lines.append("\(eventIDs[index])\t\(([frame.type + ":" + trigger] + roles).joined(separator: " "))")
            var parts: [String] = []
            if let eventID = frame.eventID { parts.append("event_id=\(eventID)") }
            if !frame.status.isEmpty { parts.append("status=\(frame.status.joined(separator: ","))") }
            parts.append("rule=\(frame.rule)")
            note(eventIDs[index], parts.joined(separator: "; "))
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    /// The span cut at line breaks (brat's fragments), blank pieces left out.
    static func fragments(_ span: Span, _ text: ScalarText) -> [Span] {
        var parts: [Span] = []
        // A span past the text's end (a store written before ingest replaced U+0000, whose
        // text SQLite cuts there) keeps what the text has.
        let end = min(span.end, text.scalars.count)
        var start = min(span.start, end)
        for position in start..<end where text.scalars[position] == "\n" {
            if position > start { parts.append(Span(start, position)) }
            start = position + 1
        }
        if end > start { parts.append(Span(start, end)) }
        return parts
    }
}
