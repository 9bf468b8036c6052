import Foundation
import NewsFrameCore

/// Every ISO 3166-1 country's numeric code and NewsFrame's name for it
/// (`Lexicons/export-country-codes.tsv`), so the events table can give ACLED's `country` (a name)
/// and `iso` (the numeric code) beside the alpha-2 code the store keeps.
public struct CountryCodes: Sendable {
    public static let fileName = "export-country-codes.tsv"

    private var byAlpha2: [String: (numeric: Int, name: String)] = [:]

    /// An empty table: every lookup misses (for callers with no lexicon folder).
    public init() {}

    /// Parses the file's contents; a broken line is an error naming the file and line.
    public init(contents: String) throws {
        let table = try LexiconTable(name: Self.fileName, contents: contents, required: ["alpha2", "numeric", "name"])
        if let error = table.errors.first { throw error }
        for row in table.rows {
            guard let alpha2 = row["alpha2"], alpha2.count == 2, let numeric = row["numeric"].flatMap({ Int($0) }), let name = row["name"] else {
                throw LexiconError(file: "Lexicons/\(Self.fileName)", line: row.line, message: "alpha2 must be two letters and numeric a number")
            }
            byAlpha2[alpha2] = (numeric, name)
        }
    }

    /// Reads the table from a lexicon folder.
    public init(folder: URL) throws {
        let file = folder.appendingPathComponent(Self.fileName)
        do {
            try self.init(contents: try String(contentsOf: file, encoding: .utf8))
        } catch let error as LexiconError {
            throw error
        } catch {
            throw LexiconError(file: file.path, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
    }

    public var count: Int { byAlpha2.count }

    public func name(_ alpha2: String?) -> String? { alpha2.flatMap { byAlpha2[$0]?.name } }

    public func numeric(_ alpha2: String?) -> Int? { alpha2.flatMap { byAlpha2[$0]?.numeric } }
}
