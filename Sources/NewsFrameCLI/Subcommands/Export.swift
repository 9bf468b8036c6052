import ArgumentParser
import Foundation
import NewsFrameExport

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the annotated corpus, streaming.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
    }

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .jsonl
    @Option(name: .long, help: "Output file (default: standard output).") var out: String?
    @Option(name: .long, parsing: .upToNextOption, help: "Only these document ids.") var id: [String] = []
    @Flag(name: .long, help: "Leave tokens out of the JSONL (much smaller).") var noTokens = false

    func run() throws {
        let corpus = try store.open()
        let sink = try OutputSink(path: out)
        var count = 0
        try corpus.forEachDocument(ids: id.isEmpty ? nil : id) { document, annotations in
            sink.write(DocumentJSON.line(document, annotations, includeTokens: !noTokens) + "\n")
            count += 1
        }
        sink.close()
        if out != nil { Console.error("exported \(count) documents to \(out!)") }
    }
}
