import Foundation
import NewsFrameCore

/// A document for a person at a terminal: its metadata, then one numbered sentence a line
/// with every annotation marked inline, then the annotations listed with their rules.
public struct DocumentRenderer {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ document: Document, _ annotations: AnnotationSet) -> String {
        let text = ScalarText(document.text)
        var lines: [String] = []
        lines.append(bold("\(document.id)") + "  (version \(document.version))")
        if let title = document.title { lines.append("title:  \(title)") }
        lines.append("date:   \(document.dct ?? "(none)")")
        if let source = document.source { lines.append("source: \(source)") }
        if let url = document.url { lines.append("url:    \(url)") }
        lines.append("length: \(text.count) characters, \(annotations.tokens?.count ?? 0) tokens, \(annotations.sentences?.count ?? 0) sentences")
        lines.append("")
        let marks = (annotations.timexes ?? []).map { Mark(start: $0.start, end: $0.end, label: "\($0.type) \($0.value)") }
            + (annotations.entities ?? []).map { mention in
                Mark(start: mention.start, end: mention.end, label: mention.type + (mention.canonical == text.slice(mention.start, mention.end) ? "" : " → \(mention.canonical)"))
            }
        for (index, sentence) in (annotations.sentences ?? []).enumerated() {
            let inside = marks.filter { $0.start >= sentence.start && $0.end <= sentence.end }
            let rule = sentence.rule == "icu/sentence" ? "" : dim("  ⟨\(sentence.rule)⟩")
            lines.append(dim(String(format3(index + 1))) + " " + markup(text, sentence.start, sentence.end, inside) + rule)
        }
        if let timexes = annotations.timexes, !timexes.isEmpty {
            lines.append("")
            lines.append(bold("timexes"))
            for timex in timexes {
                var line = "  \(timex.start)-\(timex.end) \(quoted(text.slice(timex.start, timex.end))) \(timex.type) \(timex.value)"
                if let mod = timex.mod { line += " mod=\(mod)" }
                if let anchor = timex.anchor { line += " anchor=\(anchor)" }
                lines.append(line + dim("  \(timex.rule)"))
            }
        }
        if let entities = annotations.entities, !entities.isEmpty {
            lines.append("")
            lines.append(bold("entities"))
            for mention in entities {
                var line = "  \(mention.start)-\(mention.end) \(quoted(text.slice(mention.start, mention.end))) \(mention.type) → \(mention.canonical)"
                if let title = mention.title { line += " title=\"\(title)\"" }
                if let count = mention.count { line += " count=\(count)" }
                lines.append(line + dim("  \(mention.rule)"))
            }
        }
        if let quotes = annotations.quotes, !quotes.isEmpty {
            lines.append("")
            lines.append(bold("quotes"))
            for quote in quotes {
                let speaker = quote.speaker.map { quoted(text.slice($0)) } ?? "(no speaker)"
                var line = "  \(quote.start)-\(quote.end) \(quote.kind.rawValue) \(quoted(text.slice(quote.span)))"
                line += "\n      by \(speaker) → \(quote.speakerCanonical ?? "?")" + (quote.cue.map { ", cue \(quoted($0))" } ?? "")
                lines.append(line + dim("  \(quote.resolution ?? "") \(quote.rule)"))
            }
        }
        if let events = annotations.events, !events.isEmpty {
            lines.append("")
            lines.append(bold("events"))
            for frame in events {
                var line = "  \(frame.trigger.start)-\(frame.trigger.end) \(frame.type) \(quoted(text.slice(frame.trigger)))"
                if !frame.status.isEmpty { line += " [\(frame.status.joined(separator: ","))]" }
                if let eventID = frame.eventID { line += " " + dim(eventID) }
                for argument in frame.arguments {
                    var value = quoted(text.slice(argument.span))
                    if let canonical = argument.canonical, canonical != text.slice(argument.span) { value += " → \(canonical)" }
                    if let time = argument.value { value += " \(time)" }
                    if let count = argument.count { value += " ×\(count)" }
                    line += "\n      \(argument.role): \(value)" + dim("  \(argument.rule)")
                }
                lines.append(line + "\n" + dim("      \(frame.rule)"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    struct Mark {
        var start: Int
        var end: Int
        var label: String
    }

    private func markup(_ text: ScalarText, _ start: Int, _ end: Int, _ marks: [Mark]) -> String {
        var output = ""
        var cursor = start
        for mark in marks.sorted(by: { $0.start < $1.start }) where mark.start >= cursor {
            output += flat(text.slice(cursor, mark.start))
            output += highlight("[" + flat(text.slice(mark.start, mark.end)) + "]") + dim("{\(mark.label)}")
            cursor = mark.end
        }
        output += flat(text.slice(cursor, end))
        return output
    }

    private func flat(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ⏎ ")
    }

    private func quoted(_ text: String) -> String { "\"\(flat(text))\"" }

    private func format3(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, 3 - text.count)) + text
    }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func dim(_ text: String) -> String { color ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    private func highlight(_ text: String) -> String { color ? "\u{1B}[33m\(text)\u{1B}[0m" : text }
}
