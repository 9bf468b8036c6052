import NewsFrameCore

/// One document in brat's standoff format: the text file and its `.ann` file. Entities and
/// time expressions are text-bound annotations (a timex's type and value go into an
/// annotator note), quotations are `Quotation` annotations with a `Kind` attribute, a `Cue`
/// note and a `Speaker` relation to the speaker's span. Offsets are code points, as brat's
/// server counts them; a span crossing a line break is written as brat's fragments.
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

        [relations]
        Said Arg1:Quotation, Arg2:<ENTITY>

        [events]

        [attributes]
        Kind Arg:Quotation, Value:direct|indirect

        """

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
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    /// The span cut at line breaks (brat's fragments), blank pieces left out.
    static func fragments(_ span: Span, _ text: ScalarText) -> [Span] {
        var parts: [Span] = []
        var start = span.start
        for position in span.start..<span.end where text.scalars[position] == "\n" {
            if position > start { parts.append(Span(start, position)) }
            start = position + 1
        }
        if span.end > start { parts.append(Span(start, span.end)) }
        return parts
    }
}
