import Foundation

/// One writing command per store at a time. Two `run`s on one store used to race for the same
/// documents and one (sometimes both) failed on a UNIQUE constraint with work half done; the
/// second writer now waits its turn. The lock is `flock` on a file beside the store (`DB.lock`),
/// not on the store itself, whose locks are SQLite's; the system releases it when the process
/// ends in any way, `kill -9` included, so a crashed run never leaves the store locked.
public final class WriterLock: Sendable {
    private let descriptor: Int32
    public let path: String

    /// Takes the lock, calling `waiting` once when another process holds it and then blocking
    /// until that process is done.
    public init(store: String, waiting: (String) -> Void) throws {
        path = store + ".lock"
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StoreAccessError(description: "cannot create the lock file '\(path)': \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting("another NewsFrame command is writing to '\(store)'; waiting for it to finish")
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw StoreAccessError(description: "cannot lock '\(path)': \(reason)")
                }
            }
        }
    }

    deinit {
        close(descriptor)
    }
}
