import Foundation
import GRDB
import GRDBSQLite

/// The user's `--where` condition on the `documents` table, kept inside a subquery so that it
/// cannot change the query around it (`1=1) OR (1=1` must not escape the paging condition),
/// checked before use so a broken one is refused with a clear reason, and run under a time
/// limit so a costly one cannot stall an export for ever.
public struct DocumentCondition: Sendable {
    public struct Refused: Error, CustomStringConvertible {
        public var description: String
    }

    public let expression: String
    /// At most this many seconds for any one query the condition takes part in.
    public let timeLimit: Double

    /// Refuses a condition whose parentheses do not pair outside quoted text, or that holds a
    /// statement separator: a condition is one expression, never a way out of it.
    public init(_ expression: String, timeLimit: Double = 60) throws {
        var depth = 0
        var quote: Character? = nil
        for character in expression {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "'", "\"", "`": quote = character
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth < 0 { throw Refused(description: "--where: a ')' closes a parenthesis the condition never opened; give one expression on the documents table") }
            case ";": throw Refused(description: "--where: ';' ends a statement; give one expression on the documents table")
            default: break
            }
        }
        if quote != nil { throw Refused(description: "--where: a quoted string is not closed") }
        if depth != 0 { throw Refused(description: "--where: a '(' is never closed") }
        guard timeLimit > 0 else { throw Refused(description: "--where-timeout: give a number of seconds above 0") }
        self.expression = expression
        self.timeLimit = timeLimit
    }

    /// `SELECT columns FROM documents` narrowed to the rows the condition keeps, as a table
    /// expression for the FROM clause of the query that pages through them.
    var subquery: String { "(SELECT * FROM documents WHERE (\(expression)))" }

    /// Runs `body` with SQLite's progress handler checking the clock, so a query past the
    /// time limit is interrupted and reported as such.
    func limited<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let deadline = Deadline(Date().addingTimeInterval(timeLimit))
        let context = Unmanaged.passRetained(deadline)
        sqlite3_progress_handler(db.sqliteConnection, 20_000, { pointer in
            guard let pointer else { return 0 }
            return Date() > Unmanaged<Deadline>.fromOpaque(pointer).takeUnretainedValue().date ? 1 : 0
        }, context.toOpaque())
        defer {
            sqlite3_progress_handler(db.sqliteConnection, 0, nil, nil)
            context.release()
        }
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw Refused(description: "--where: the condition took more than \(timeLimit) s for one page of documents and was stopped (--where-timeout raises the limit; an index on the columns it reads makes it faster)")
        }
    }

    private final class Deadline: @unchecked Sendable {
        let date: Date
        init(_ date: Date) { self.date = date }
    }
}
