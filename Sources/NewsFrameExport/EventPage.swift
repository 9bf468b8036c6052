import Foundation
import NewsFrameCore

/// The HTML report's page for one merged event: what the event is (date, type, actor,
/// target, place and country, weapon, killed and injured, status, where the sources
/// disagree), then every source frame side by side: outlet, date, the URL as a link, the
/// sentence with the trigger and the arguments marked, and a link to the article's page.
public enum EventPage {
    /// The file name of an event's page, beside the article pages.
    public static func fileName(_ eventID: String) -> String {
        HTMLReport.fileName("event-" + eventID)
    }

    /// A link to a source only when it is a web address: a `javascript:` URL stays text.
    static func link(_ url: String) -> String {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return XMLText.escape(url) }
        return "<a href=\"\(XMLText.escape(url))\" rel=\"noreferrer\">\(XMLText.escape(url))</a>"
    }

    public static func page(_ event: MergedEventRow, sources: [EventSource]) -> String {
        var body = "<p><a href=\"index.html\">← corpus</a></p>\n"
        body += "<h1>\(XMLText.escape(event.type)) \(XMLText.escape(event.date ?? "undated"))</h1>\n"
        body += "<p>event <code>\(XMLText.escape(event.eventID))</code> · reported by \(event.sources) frame\(event.sources == 1 ? "" : "s")</p>\n"
        let place = [event.locationText ?? event.location, event.admin1, event.country].compactMap { $0 }.joined(separator: ", ")
            + (event.geoLevel.map { " (placed to the \($0 == "near" ? "town it is near" : $0))" } ?? "")
        let rows: [(String, String?)] = [
            ("date", event.date.map { $0 + (event.datePrecision.map { " (\($0))" } ?? "") }), ("actor", event.actor), ("backed by", event.sponsor),
            ("target", event.target),
            ("place", place.isEmpty ? nil : place), ("weapon", event.weapon), ("killed", event.killed.map(String.init)),
            ("injured", event.injured.map(String.init)), ("status", event.status),
        ]
        body += "<table class=\"event\">\n" + rows.map { name, value in
            "<tr><th>\(name)</th><td>\(XMLText.escape(value ?? "—"))</td></tr>"
        }.joined(separator: "\n") + "\n</table>\n"
        if let disagreements = event.disagreements, !disagreements.isEmpty {
            body += "<h2>Where the sources disagree</h2>\n<ul>\n"
            for item in disagreements.split(separator: ";") { body += "<li>\(XMLText.escape(item.trimmingCharacters(in: .whitespaces)))</li>\n" }
            body += "</ul>\n"
        }
        body += "<h2>Sources</h2>\n<table class=\"sources\"><tr><th>outlet</th><th>date</th><th>what it says</th><th>killed</th><th>injured</th></tr>\n"
        for source in sources {
            body += "<tr><td>\(XMLText.escape(source.outlet ?? source.docID))<br><a href=\"\(XMLText.escape(HTMLReport.fileName(source.docID)))\">"
            body += "\(XMLText.escape(source.title ?? source.docID))</a>" + (source.url.map { "<br>" + link($0) } ?? "") + "</td>"
            body += "<td>\(XMLText.escape(source.dct ?? "—"))</td><td>\(marked(source))</td>"
            body += "<td>\(source.killed.map(String.init) ?? "")</td><td>\(source.injured.map(String.init) ?? "")</td></tr>\n"
        }
        body += "</table>\n"
        return HTMLReport.page("\(event.type) \(event.date ?? "") \(event.eventID)", body)
    }

    /// The sentence with the trigger and each argument inside it marked, role as the label.
    static func marked(_ source: EventSource) -> String {
        let text = ScalarText(source.sentence)
        var marks: [(span: Span, type: String, title: String)] = []
        func local(_ span: Span) -> Span? {
            let start = span.start - source.sentenceStart
            let end = span.end - source.sentenceStart
            return start >= 0 && end <= text.count && start < end ? Span(start, end) : nil
        }
        if let trigger = local(source.trigger) { marks.append((trigger, "EVENT", "trigger")) }
        for argument in source.arguments {
            guard let span = local(argument.span), !marks.contains(where: { $0.span.overlaps(span) }) else { continue }
            marks.append((span, argument.role, argument.role))
        }
        marks.sort { $0.span < $1.span }
        var output = ""
        var position = 0
        for mark in marks {
            output += XMLText.escape(text.slice(position, mark.span.start))
            output += "<mark style=\"background:\(HTMLPalette.colours[mark.type] ?? "#ffd27f")\" title=\"\(XMLText.escape(mark.title))\">"
            output += XMLText.escape(text.slice(mark.span.start, mark.span.end)) + "<span class=\"lbl\">\(XMLText.escape(mark.type))</span></mark>"
            position = mark.span.end
        }
        return output + XMLText.escape(text.slice(position, text.count))
    }
}
