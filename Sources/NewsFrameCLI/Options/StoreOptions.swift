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
            throw ValidationError("cannot open the store '\(db)': \(error)")
        }
    }
}
