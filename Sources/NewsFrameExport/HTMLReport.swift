import NewsFrameCore

/// A static report a person opens in a browser: one page per document with its entities,
/// time expressions and quotations highlighted by colour (displaCy-like, with a legend and
/// the rule of each annotation on hover), and a corpus page with documents per day on a
/// timeline, a map of the merged events (`WorldMap`), the merged events, the top attackers,
/// targets and speakers, and the tolls by week and country. Self-contained: inline CSS, one
/// inline script (the corpus page's filters of its event timeline), an inline SVG map, no
/// network; every piece of article text goes through `XMLText.escape`.
public enum HTMLReport {
    /// What the corpus page shows, gathered while the documents stream past.
    public struct CorpusSummary: Sendable {
        public var documents: [(id: String, title: String?, dct: String?, entities: Int, timexes: Int, quotes: Int)] = []
        public var totalDocuments = 0
        public var perDay: [String: Int] = [:]
        public var speakers: [String: Int] = [:]
        /// Who attacks and who is hit, by merged events (the caller fills them from the store).
        public var attackers: [(value: String, events: Int)] = []
        public var targets: [(value: String, events: Int)] = []
        /// Events, killed and injured by week and country.
        public var tolls: [(week: String, country: String?, events: Int, killed: Int, injured: Int)] = []
        /// Merged events by date, for the event timeline (the caller fills it from the store).
        public var events: [(date: String?, type: String, summary: String, sources: Int, eventID: String, country: String?, actor: String?)] = []
        /// The map of the merged events, when the world outline was found (the caller fills it).
        public var map: WorldMap?
        /// At most this many documents are listed on the corpus page (all get their own page).
        public var listLimit = 2000

        public init() {}

        public mutating func add(_ document: Document, _ annotations: AnnotationSet) {
            totalDocuments += 1
            if documents.count < listLimit {
                documents.append((
                    document.id, document.title, document.dct, annotations.entities?.count ?? 0, annotations.timexes?.count ?? 0,
                    annotations.quotes?.count ?? 0
                ))
            }
            if let dct = document.dct { perDay[dct, default: 0] += 1 }
            for quote in annotations.quotes ?? [] { if let speaker = quote.speakerCanonical { speakers[speaker, default: 0] += 1 } }
        }
    }

    static let style = """
        body{font:15px/1.6 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
        .text{white-space:pre-wrap}
        mark{padding:0 .2em;border-radius:.3em}
        mark .lbl{font-size:.65em;font-weight:bold;margin-left:.3em;opacity:.7}
        .quote{background:#f0f0a8;border-bottom:2px solid #c8c84a}
        .quote.indirect{background:#f5f5dc;border-bottom:2px dotted #c8c84a}
        .legend span{display:inline-block;margin:0 .4em .4em 0;padding:0 .4em;border-radius:.3em;font-size:.8em}
        table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #ddd;text-align:left}
        .bar{background:#7aecec;height:1em;display:inline-block}
        """

    static func page(_ title: String, _ body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(XMLText.escape(title))</title>
        <style>\(style)</style></head><body>
        \(body)
        </body></html>

        """
    }

    static var legend: String {
        "<p class=\"legend\">" + HTMLPalette.colours.keys.sorted().map { type in
            "<span style=\"background:\(HTMLPalette.colours[type]!)\">\(type)</span>"
        }.joined() + "</p>"
    }

    /// The file name of a document's page (ids are free text; the name is made safe). At most
    /// the first 100 characters of the id are kept, and the hash of the whole id follows, so
    /// a long id still gives a name the file system takes (255 bytes) and two ids two names.
    public static func fileName(_ id: String) -> String {
        let safe = id.unicodeScalars.prefix(100).map {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" ? Character($0) : "_"
        }
        return String(safe) + "-" + String(StableHash.hex(id).prefix(8)) + ".html"
    }

    public static func documentPage(_ document: Document, _ annotations: AnnotationSet) -> String {
        let text = ScalarText(document.text)
        var marks: [(span: Span, type: String, title: String)] = []
        for mention in annotations.entities ?? [] {
            var title = "\(mention.type) · \(mention.canonical)"
            if let count = mention.count { title += " · count \(count)" }
            marks.append((mention.span, mention.type, title + " · \(mention.rule)"))
        }
        for timex in annotations.timexes ?? [] {
            marks.append((timex.span, "TIMEX3", "\(timex.type) \(timex.value)" + (timex.mod.map { " \($0)" } ?? "") + " · \(timex.rule)"))
        }
        // Triggers are marked where no name or date already is ("Drone strike" keeps its weapon).
        for frame in annotations.events ?? [] where !marks.contains(where: { $0.span.overlaps(frame.trigger) }) {
            marks.append((frame.trigger, "EVENT", "\(frame.type) · " + EventDescription.line(frame, text) + " · \(frame.rule)"))
        }
        marks.sort { $0.span < $1.span }
        var body = "<p><a href=\"index.html\">← corpus</a></p>\n"
        body += "<h1>\(XMLText.escape(document.title ?? document.id))</h1>\n"
        body += "<p>id <code>\(XMLText.escape(document.id))</code>" + (document.dct.map { " · dated \(XMLText.escape($0))" } ?? "")
        body += (document.url.map { " · \(XMLText.escape($0))" } ?? "") + "</p>\n" + legend + "\n<div class=\"text\">"
        var position = 0
        for quote in (annotations.quotes ?? []).sorted(by: { $0.start < $1.start }) where quote.start >= position {
            body += inner(text, position, quote.start, marks)
            var title = quote.kind == .direct ? "quotation" : "reported speech"
            if let speaker = quote.speakerCanonical { title += " · \(speaker)" }
            if let cue = quote.cue { title += " · \(cue)" }
            body += "<span class=\"quote \(quote.kind.rawValue)\" title=\"\(XMLText.escape(title + " · " + (quote.resolution ?? quote.rule)))\">"
            body += inner(text, quote.start, quote.end, marks) + "</span>"
            position = quote.end
        }
        body += inner(text, position, text.count, marks) + "</div>\n"
        if let quotes = annotations.quotes, !quotes.isEmpty {
            body += "<h2>Who said what</h2>\n<table><tr><th>speaker</th><th>cue</th><th>kind</th><th>words</th></tr>\n"
            for quote in quotes {
                body += "<tr><td>\(XMLText.escape(quote.speakerCanonical ?? "—"))</td><td>\(XMLText.escape(quote.cue ?? ""))</td>"
                body += "<td>\(quote.kind.rawValue)</td><td>\(XMLText.escape(text.slice(quote.span)))</td></tr>\n"
            }
            body += "</table>\n"
        }
        if let events = annotations.events, !events.isEmpty {
            body += "<h2>What happened</h2>\n<table><tr><th>type</th><th>trigger</th><th>roles</th><th>status</th><th>event</th></tr>\n"
            for frame in events {
                let roles = frame.arguments.map { "\($0.role)=\($0.value ?? $0.canonical ?? text.slice($0.span))" + ($0.count.map { " ×\($0)" } ?? "") }
                body += "<tr><td>\(frame.type)</td><td>\(XMLText.escape(text.slice(frame.trigger)))</td>"
                body += "<td>\(XMLText.escape(roles.joined(separator: "; ")))</td><td>\(frame.status.joined(separator: ", "))</td>"
                body += "<td>" + (frame.eventID.map { "<a href=\"\(XMLText.escape(EventPage.fileName($0)))\"><code>\(XMLText.escape($0))</code></a>" } ?? "—")
                body += "</td></tr>\n"
            }
            body += "</table>\n"
        }
        return page(document.title ?? document.id, body)
    }

    /// Text of `[start, end)` with the entity and timex marks inside it (clipped to it).
    static func inner(_ text: ScalarText, _ start: Int, _ end: Int, _ marks: [(span: Span, type: String, title: String)]) -> String {
        var output = ""
        var position = start
        for mark in marks where mark.span.start >= position && mark.span.start < end {
            let stop = min(mark.span.end, end)
            output += XMLText.escape(text.slice(position, mark.span.start))
            output += "<mark style=\"background:\(HTMLPalette.colours[mark.type] ?? "#ddd")\" title=\"\(XMLText.escape(mark.title))\">"
            output += XMLText.escape(text.slice(mark.span.start, stop)) + "<span class=\"lbl\">\(mark.type)</span></mark>"
            position = stop
        }
        return output + XMLText.escape(text.slice(position, end))
    }

    /// The timeline's filters: a date range, a type, a country, words of the actor and a least
    /// number of sources. A small inline script hides the rows that do not match; nothing is
    /// loaded, so it works from `file://`. Undated events pass a date filter only when it is empty.
    static func filterForm(_ summary: CorpusSummary) -> String {
        func options(_ values: [String]) -> String {
            "<option value=\"\">any</option>" + Set(values).sorted().map { "<option>\(XMLText.escape($0))</option>" }.joined()
        }
        var form = "<form id=\"filters\" onsubmit=\"return false\"><p>"
        form += "from <input type=\"date\" name=\"from\"> to <input type=\"date\" name=\"to\"> "
        form += "type <select name=\"type\">\(options(summary.events.map(\.type)))</select> "
        form += "country <select name=\"country\">\(options(summary.events.compactMap(\.country)))</select> "
        form += "actor <input type=\"text\" name=\"actor\" size=\"14\"> "
        form += "at least <input type=\"number\" name=\"sources\" min=\"1\" value=\"1\" size=\"3\"> sources "
        form += "<span id=\"shown\"></span></p></form>\n"
        return form
    }

    /// The script of the filters, placed after the timeline so its rows exist when it runs.
    /// The filters are read from the page's query (`index.html?type=ATTACK&country=IQ`) and
    /// written back to it, so a filtered view can be bookmarked or sent to a colleague.
    static let filterScript = """
            <script>
            (function () {
              var form = document.getElementById('filters');
              var names = ['from', 'to', 'type', 'country', 'actor', 'sources'];
              var query = new URLSearchParams(location.search);
              names.forEach(function (name) { if (query.has(name)) form.elements[name].value = query.get(name); });
              function remember() {
                var q = new URLSearchParams();
                names.forEach(function (name) {
                  var value = form.elements[name].value;
                  if (value && !(name === 'sources' && value === '1')) q.set(name, value);
                });
                var search = q.toString();
                try { history.replaceState(null, '', search ? '?' + search : location.pathname); } catch (e) {}
              }
              function apply() {
                var f = form.elements, shown = 0;
                var rows = document.querySelectorAll('#events tr.event');
                for (var i = 0; i < rows.length; i++) {
                  var d = rows[i].dataset, ok = true;
                  if (f.from.value && (!d.date || d.date.slice(0, 10) < f.from.value)) ok = false;
                  if (f.to.value && (!d.date || d.date.slice(0, 10) > f.to.value)) ok = false;
                  if (f.type.value && d.type !== f.type.value) ok = false;
                  if (f.country.value && d.country !== f.country.value) ok = false;
                  if (f.actor.value && d.actor.indexOf(f.actor.value.toLowerCase()) < 0) ok = false;
                  if (Number(d.sources) < Number(f.sources.value || 1)) ok = false;
                  rows[i].style.display = ok ? '' : 'none';
                  if (ok) shown++;
                }
                document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' events';
              }
              form.addEventListener('input', function () { apply(); remember(); });
              form.addEventListener('change', function () { apply(); remember(); });
              apply();
            })();
            </script>

            """

    public static func indexPage(_ summary: CorpusSummary) -> String {
        var body = "<h1>NewsFrame corpus report</h1>\n"
        body += "<p>\(summary.totalDocuments) documents.</p>\n"
        if !summary.perDay.isEmpty {
            let peak = summary.perDay.values.max() ?? 1
            body += "<h2>Timeline: documents per day</h2>\n<table>\n"
            for (day, count) in summary.perDay.sorted(by: { $0.key < $1.key }) {
                let width = max(1, count * 300 / peak)
                body += "<tr><td>\(XMLText.escape(day))</td><td><span class=\"bar\" style=\"width:\(width)px\"></span> \(count)</td></tr>\n"
            }
            body += "</table>\n"
        }
        if let map = summary.map { body += map.section() }
        if !summary.events.isEmpty {
            body += "<h2>Timeline: merged events</h2>\n" + filterForm(summary)
            body += "<table id=\"events\"><tr><th>date</th><th>type</th><th>event</th><th>sources</th></tr>\n"
            for event in summary.events {
                let width = min(300, event.sources * 30)
                let data = [
                    ("date", event.date ?? ""), ("type", event.type), ("country", event.country ?? ""), ("actor", (event.actor ?? "").lowercased()),
                    ("sources", String(event.sources)),
                ].map { " data-\($0.0)=\"\(XMLText.escape($0.1))\"" }.joined()
                body += "<tr class=\"event\"\(data)><td style=\"white-space:nowrap\">\(XMLText.escape(event.date ?? "undated"))</td>"
                body += "<td><mark style=\"background:\(HTMLPalette.colours["EVENT"]!)\">\(event.type)</mark></td>"
                body += "<td>\(XMLText.escape(event.summary)) <a href=\"\(XMLText.escape(EventPage.fileName(event.eventID)))\"><code>\(XMLText.escape(event.eventID))</code></a></td>"
                body += "<td><span class=\"bar\" style=\"width:\(width)px\"></span> \(event.sources)</td></tr>\n"
            }
            body += "</table>\n" + filterScript
        }
        for (title, rows) in [("Top attackers", summary.attackers), ("Top targets", summary.targets)] where !rows.isEmpty {
            body += "<h2>\(title)</h2>\n<table><tr><th>named as</th><th>events</th></tr>\n"
            for row in rows { body += "<tr><td>\(XMLText.escape(row.value))</td><td>\(row.events)</td></tr>\n" }
            body += "</table>\n"
        }
        if !summary.tolls.isEmpty {
            body += "<h2>Killed and injured by week and country</h2>\n<table><tr><th>week</th><th>country</th><th>events</th><th>killed</th><th>injured</th></tr>\n"
            for toll in summary.tolls {
                body += "<tr><td>\(XMLText.escape(toll.week))</td><td>\(XMLText.escape(toll.country ?? "—"))</td><td>\(toll.events)</td>"
                body += "<td>\(toll.killed)</td><td>\(toll.injured)</td></tr>\n"
            }
            body += "</table>\n"
        }
        if !summary.speakers.isEmpty {
            body += "<h2>Top speakers</h2>\n<table><tr><th>speaker</th><th>quotations and reported statements</th></tr>\n"
            for (speaker, count) in summary.speakers.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }).prefix(25) {
                body += "<tr><td>\(XMLText.escape(speaker))</td><td>\(count)</td></tr>\n"
            }
            body += "</table>\n"
        }
        body += "<h2>Documents</h2>\n<table><tr><th>date</th><th>document</th><th>entities</th><th>dates</th><th>quotes</th></tr>\n"
        for document in summary.documents {
            body += "<tr><td>\(XMLText.escape(document.dct ?? "—"))</td>"
            body += "<td><a href=\"\(fileName(document.id))\">\(XMLText.escape(document.title ?? document.id))</a></td>"
            body += "<td>\(document.entities)</td><td>\(document.timexes)</td><td>\(document.quotes)</td></tr>\n"
        }
        body += "</table>\n"
        if summary.totalDocuments > summary.documents.count {
            body += "<p>The first \(summary.documents.count) documents are listed; every document has its page.</p>\n"
        }
        return page("NewsFrame corpus report", body)
    }
}
