import ArgumentParser
import Foundation
import NewsFrameCore
import NewsFrameExport
import NewsFramePipeline
import NewsFrameStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the annotated corpus, streaming.",
        discussion: """
            jsonl, conll, conllu, csv and geojson (the merged events the gazetteer placed, RFC 7946) \
            write one stream (--out FILE, default standard output); \
            brat, timeml and html write a folder (--out DIR): brat a .txt and .ann per document with \
            annotation.conf and visual.conf, timeml a .tml per document, html index.html (with a \
            map of the merged events on Lexicons/\(WorldOutline.fileName)) and a page per document. \
            Documents stream one page at a time, whatever the corpus size.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, conll, conllu, csv, geojson, brat, timeml, html

        var writesFolder: Bool { [.brat, .timeml, .html].contains(self) }

        /// The kinds the format lays its lines out by, kept whatever '--stage' leaves out:
        /// CoNLL-U writes syntax sentence by sentence, with its tokens' multiword lines.
        var layout: Set<AnnotationKind> { self == .conllu ? [.tokens, .sentences] : [] }
    }

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .jsonl
    @Option(name: .long, help: "Output file, or folder for brat, timeml and html (default: standard output).") var out: String?
    @Option(name: .long, parsing: .upToNextOption, help: "Only these document ids.") var id: [String] = []
    @Option(name: .long, help: "Only documents dated from this day on (YYYY-MM-DD).") var since: String?
    @Option(name: .long, help: "Only documents dated up to this day (YYYY-MM-DD).") var until: String?
    @Flag(name: .long, help: "Leave tokens and syntax words out of the JSONL (much smaller).") var noTokens = false
    @Option(
        name: .long, parsing: .upToNextOption,
        help: "Only what these stages made (\(StageRegistry.stages.map { $0.name }.joined(separator: ", "))) or these kinds (\(AnnotationKind.allCases.map(\.rawValue).joined(separator: ", "))).")
    var stage: [String] = []
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only documents matching this SQL condition on the documents table.",
            discussion: "Columns: id, dct, title, url, source, metadata (JSON), text, char_count, source_file. Example: --where \"source = 'NewsFrame Wire' AND dct >= '2024-01-01'\"."))
    var `where`: String?
    @Option(name: .long, help: "Stop a --where condition that takes longer than this many seconds for one page of documents.")
    var whereTimeout: Double = 60
    @Option(name: .long, help: "For csv: the table, \(CSVTable.allCases.map(\.rawValue).joined(separator: " or ")).")
    var table: String = CSVTable.mentions.rawValue
    @Option(name: .long, help: "For html and the events csv: the lexicon folder holding \(WorldOutline.fileName) (the map's countries) and \(CountryCodes.fileName). Default: the bundled lexicons.")
    var lexicons: String?

    func validate() throws {
        if format.writesFolder, out == nil { throw ValidationError("'--format \(format.rawValue)' writes a folder: give '--out DIR'") }
        if CSVTable(rawValue: table) == nil { throw ValidationError("'--table' must be one of \(CSVTable.allCases.map(\.rawValue).joined(separator: ", "))") }
        let kept = try kinds()
        if format == .conllu, let kept, !kept.contains(.syntax) {
            throw ValidationError("'--format conllu' writes the syntax stage's words: '--stage' must keep syntax")
        }
    }

    /// The annotation kinds `--stage` keeps: a stage's name stands for what it provides.
    func kinds() throws -> Set<AnnotationKind>? {
        guard !stage.isEmpty else { return nil }
        var result: Set<AnnotationKind> = []
        for name in stage.flatMap({ $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }) {
            if let kind = AnnotationKind(rawValue: name) {
                result.insert(kind)
            } else if let type = StageRegistry.stages.first(where: { $0.name == name || $0.qualifiedName == name }) {
                result.formUnion(type.provides)
            } else {
                throw ValidationError(
                    "'--stage \(name)': no such stage or kind; stages: \(StageRegistry.stages.map { $0.name }.joined(separator: ", ")), kinds: \(AnnotationKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        return result
    }

    func run() throws {
        let corpus = try store.openForReading()
        var count = 0
        if format.writesFolder {
            let outline = format == .html ? try worldOutline() : nil
            let folder = URL(fileURLWithPath: out!)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var summary = HTMLReport.CorpusSummary()
            try each(corpus) { document, annotations in
                try write(folder, document, annotations)
                if format == .html { summary.add(document, annotations) }
                count += 1
            }
            switch format {
            case .brat:
                try Data(BratDocument.configuration.utf8).write(to: folder.appendingPathComponent("annotation.conf"), options: .atomic)
                try Data(BratDocument.visualConfiguration.utf8).write(to: folder.appendingPathComponent("visual.conf"), options: .atomic)
            case .html:
                summary.attackers = try corpus.topRoleValues("actor")
                summary.targets = try corpus.topRoleValues("target")
                summary.tolls = try corpus.tollsByWeek()
                summary.map = try outline.map { try worldMap($0, corpus) }
                try corpus.mergedEvents(limit: 2000) { event in
                    // The place only when it says more than the target ("→ al-Tanf garrison @ Syria").
                    let place = event.location.flatMap { $0 == event.target ? nil : $0 }
                    let text = [event.actor ?? "?", "→", event.target ?? "?"].joined(separator: " ") + (place.map { " @ \($0)" } ?? "")
                    summary.events.append((
                        event.date, event.type, text + (event.status.map { " [\($0)]" } ?? ""), event.sources, event.eventID, event.country, event.actor
                    ))
                }
                try Data(HTMLReport.indexPage(summary).utf8).write(to: folder.appendingPathComponent("index.html"), options: .atomic)
                // A page for every merged event, each with its sources side by side.
                var pages = 0
                var last: String? = nil
                while true {
                    let page = try corpus.mergedEventPage(after: last, limit: 500)
                    guard let final = page.last else { break }
                    last = final.eventID
                    for event in page {
                        let sources = try corpus.eventSources(ofEvent: event.eventID)
                        let file = folder.appendingPathComponent(EventPage.fileName(event.eventID))
                        try Data(EventPage.page(event, sources: sources).utf8).write(to: file, options: .atomic)
                        pages += 1
                    }
                }
                Console.error("wrote \(pages) event pages")
            default:
                break
            }
        } else {
            let sink = try OutputSink(path: out)
            // A failed export leaves no file under the final name (`OutputSink`).
            do {
                let csv = CSVTable(rawValue: table)!
                if format == .csv { try sink.write(csv.header) }
                if format == .geojson {
                    // One Point feature per merged event with coordinates, streamed from the store.
                    try sink.write(GeoJSONEvents.header)
                    try corpus.mergedEvents { event in
                        guard let feature = GeoJSONEvents.feature(event, first: count == 0) else { return }
                        try sink.write(feature)
                        count += 1
                    }
                    try sink.write((count == 0 ? "" : "\n") + GeoJSONEvents.footer)
                    try sink.close()
                    if out != nil { Console.error("exported \(count) located events to \(out!)") }
                    return
                }
                if format == .csv, csv == .events {
                    // One row per merged event, streamed from the store.
                    let countries = try CountryCodes(folder: lexicons.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? NewsFrameResources.locate().lexicons)
                    try corpus.mergedEvents(notes: true) { event in
                        try sink.write(CSVTable.eventRow(event, countries: countries))
                        count += 1
                    }
                    try sink.close()
                    if out != nil { Console.error("exported \(count) events to \(out!)") }
                    return
                }
                var unparsed = 0
                var untreed = 0
                try each(corpus) { document, annotations in
                    if format == .conllu, !CoNLLUDocument.hasSyntax(annotations) {
                        unparsed += 1
                        return
                    }
                    switch format {
                    case .conll: try sink.write(CoNLLDocument.render(document, annotations))
                    case .conllu:
                        try sink.write(CoNLLUDocument.render(document, annotations))
                        untreed += (annotations.syntax ?? []).lazy.filter { !$0.isParsed }.count
                    case .csv: try sink.write(csv.rows(document, annotations))
                    default: try sink.write(DocumentJSON.line(document, annotations, includeTokens: !noTokens) + "\n")
                    }
                    count += 1
                }
                try sink.close()
                if untreed > 0 {
                    Console.error("note: \(untreed) word(s) are tagged but not parsed (HEAD and DEPREL '_'): the syntax stage's option 'parse: asked' parses only the sentences a later stage reads a tree of; 'parse: all' in the pipeline file parses every sentence")
                }
                if unparsed > 0 {
                    Console.error("warning: \(unparsed) document(s) have no syntax and were left out of the CoNLL-U; run a pipeline with the syntax stage (newsframe run) first")
                }
            } catch {
                sink.discard()
                throw error
            }
        }
        if out != nil { Console.error("exported \(count) documents to \(out!)") }
    }

    private func each(_ corpus: CorpusStore, _ body: (Document, AnnotationSet) throws -> Void) throws {
        let kept = try kinds()
        let condition = try `where`.map { try DocumentCondition($0, timeLimit: whereTimeout) }
        try corpus.forEachDocument(ids: id.isEmpty ? nil : id, condition: condition) { document, annotations in
            if let since, (document.dct ?? "") < since { return }
            if let until, let dct = document.dct, dct > until { return }
            if until != nil, document.dct == nil { return }
            try body(document, kept.map { annotations.keeping($0.union(format.layout)) } ?? annotations)
        }
    }

    /// Each file is written whole under a temporary name and renamed (`.atomic`): a symbolic
    /// link already in the folder is replaced, never followed to overwrite what it points at.
    private func write(_ folder: URL, _ document: Document, _ annotations: AnnotationSet) throws {
        let stem = HTMLReport.fileName(document.id).replacingOccurrences(of: ".html", with: "")
        switch format {
        case .brat:
            try Data(document.text.utf8).write(to: folder.appendingPathComponent(stem + ".txt"), options: .atomic)
            try Data(BratDocument.annotations(document, annotations).utf8).write(to: folder.appendingPathComponent(stem + ".ann"), options: .atomic)
        case .timeml:
            try Data(TimeMLDocument.render(document, annotations.timexes ?? []).utf8).write(to: folder.appendingPathComponent(stem + ".tml"), options: .atomic)
        case .html:
            try Data(HTMLReport.documentPage(document, annotations).utf8).write(to: folder.appendingPathComponent(HTMLReport.fileName(document.id)), options: .atomic)
        default:
            break
        }
    }
}
