import ArgumentParser
import NewsFrameStore

/// `--db`, shared by every command that touches a corpus store.
public struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The corpus store file (SQLite, WAL mode).")
    public var db: String = "newsframe.sqlite"

    public init() {}

    func open() throws -> CorpusStore {
        do {
            return try CorpusStore(path: db)
        } catch {
            throw StoreOpenError(path: db, reason: "\(error)")
        }
    }
}

/// A store that cannot be opened: not a usage error, so no usage banner and exit 1.
struct StoreOpenError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "cannot open the store '\(path)': \(reason)" }
}
