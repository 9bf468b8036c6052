import ArgumentParser
import NewsFrameExport

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one document with its sentences and annotations.")

    @OptionGroup var store: StoreOptions
    @Flag(name: .long, help: "Plain text even on a terminal.") var noColor = false
    @Flag(name: .long, help: "Print each sentence's dependency tree instead.") var syntax = false
    @Argument(help: "The document id.") var id: String

    func run() throws {
        guard let (document, annotations) = try store.openForReading().document(id: id) else {
            throw ValidationError("no document with id '\(id)' in \(store.db); 'newsframe status' lists the store")
        }
        if syntax {
            print(SyntaxTreeRenderer().render(document, annotations), terminator: "")
            return
        }
        let renderer = DocumentRenderer(color: Console.stdoutIsTerminal && !noColor)
        print(renderer.render(document, annotations), terminator: "")
    }
}
