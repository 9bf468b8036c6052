import ArgumentParser
import NewsFrameStore

/// `--db`, shared by every command that touches a corpus store.
public struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The corpus store file (SQLite, WAL mode).")
    public var db: String = "newsframe.sqlite"

    public init() {}

    /// The store for a command that writes: created and migrated when needed, and held
    /// against other writing commands until this one ends (`WriterLock`).
    func open() throws -> CorpusStore {
        do {
            let lock = try WriterLock(store: db) { Console.error($0) }
            return try CorpusStore(path: db, lock: lock)
        } catch {
            throw StoreOpenError(path: db, reason: "\(error)")
        }
    }

    /// The store for a command that only reads: never created, migrated or written.
    func openForReading() throws -> CorpusStore {
        do {
            return try CorpusStore(readingFrom: db)
        } catch let error as StoreAccessError {
            throw StoreOpenError(path: db, reason: error.description)
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
