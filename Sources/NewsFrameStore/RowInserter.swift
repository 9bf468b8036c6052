import Foundation
import GRDB
import GRDBSQLite

/// One value of a row to insert. An enum rather than `DatabaseValueConvertible` existentials:
/// boxing every value of every annotation row cost the single writer more than SQLite did.
enum SQLValue {
    case integer(Int)
    case text(String)
    case real(Double)
    case blob(Data)
    case null

    init(_ value: Int?) { self = value.map { .integer($0) } ?? .null }
    init(_ value: Int64?) { self = value.map { .integer(Int($0)) } ?? .null }
    init(_ value: String?) { self = value.map { .text($0) } ?? .null }
    init(_ value: Double?) { self = value.map { .real($0) } ?? .null }
}

/// Inserts rows through one prepared statement, binding values with SQLite's own calls.
///
/// The writer thread is the pipeline's one serial step, and it writes every annotation of
/// every document: this is its hot loop. The statement comes from GRDB (cached per
/// connection) and is reset after each row, so GRDB finds it as it left it.
struct RowInserter {
    private let statement: Statement

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
    }

    func insert(_ values: [SQLValue]) throws {
        let handle = statement.sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .integer(let number):
                code = sqlite3_bind_int64(handle, index, Int64(number))
            case .text(let text):
                var copy = text
                code = copy.withUTF8 { bytes in
                    guard let base = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
                    return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                        sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
                    }
                }
            case .real(let number):
                code = sqlite3_bind_double(handle, index, number)
            case .blob(let data):
                code = data.withUnsafeBytes { bytes in
                    sqlite3_bind_blob(handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), Self.transient)
                }
            case .null:
                code = sqlite3_bind_null(handle, index)
            }
            if code != SQLITE_OK { throw error(code) }
        }
        let code = sqlite3_step(handle)
        if code != SQLITE_DONE { throw error(code) }
    }

    private func error(_ code: Int32) -> DatabaseError {
        let message = sqlite3_db_handle(statement.sqliteStatement).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }

    /// SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
