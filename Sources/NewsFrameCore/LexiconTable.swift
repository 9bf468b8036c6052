import Foundation

/// A line-oriented lexicon file: `#` comment lines (the header that states the format),
/// one tab-separated column-name line, then one entry per line.
///
/// Broken lines are collected in `errors` (file and line) and left out, so one bad entry
/// costs that entry only; callers decide whether errors are fatal.
public struct LexiconTable: Sendable {
    public struct Row: Sendable {
        /// `Lexicons/<name>:<line>`, the provenance every annotation made from it carries
        /// (made when asked: a gazetteer of 200,000 lines need not hold 200,000 such strings).
        public var ruleID: String { "\(file):\(line)" }
        /// `Lexicons/<name>`, one string all rows share.
        public let file: String
        public let line: Int
        /// The line's cells, and the table's column positions (one dictionary all rows share).
        let cells: [String]
        let columnIndex: [String: Int]

        public subscript(_ column: String) -> String? {
            guard let index = columnIndex[column], index < cells.count, !cells[index].isEmpty else { return nil }
            return cells[index]
        }

        /// The cell at a column position `LexiconTable.position(of:)` gave (nil if empty or absent):
        /// for loops over large gazetteers, which would otherwise look each column up by name.
        public func cell(_ index: Int?) -> String? {
            guard let index, index < cells.count, !cells[index].isEmpty else { return nil }
            return cells[index]
        }

        /// Every column of the line by name (cells past the line's end are absent).
        public var fields: [String: String] {
            var result: [String: String] = [:]
            for (column, index) in columnIndex where index < cells.count { result[column] = cells[index] }
            return result
        }
    }

    public let name: String
    public let columns: [String]

    /// The position of a column, for `Row.cell(_:)`.
    public func position(of column: String) -> Int? { columns.firstIndex(of: column) }
    public let rows: [Row]
    public let errors: [LexiconError]

    /// Parses `contents` of the file called `name`; `required` columns must be non-empty.
    ///
    /// Lines and cells are cut on bytes (newline and tab are ASCII), so a gazetteer of a
    /// hundred thousand lines parses in a small fraction of a second.
    public init(name: String, contents: String, required: [String]) throws {
        self.name = name
        let displayName = "Lexicons/\(name)"
        var columns: [String] = []
        var columnIndex: [String: Int] = [:]
        var requiredIndices: [(String, Int)] = []
        var rows: [Row] = []
        var errors: [LexiconError] = []
        var lineNumber = 0
        for rawLine in contents.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine[...]
            if line.first == 0x23 || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let cells = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            if columns.isEmpty {
                columns = cells.map { $0.trimmingCharacters(in: .whitespaces) }
                for column in required where !columns.contains(column) {
                    throw LexiconError(
                        file: displayName, line: lineNumber,
                        message: "the column line lacks required column '\(column)' (found: \(columns.joined(separator: ", ")))")
                }
                for (index, column) in columns.enumerated() where columnIndex[column] == nil { columnIndex[column] = index }
                requiredIndices = required.map { ($0, columnIndex[$0]!) }
                continue
            }
            if cells.count > columns.count {
                errors.append(LexiconError(
                    file: displayName, line: lineNumber,
                    message: "expected at most \(columns.count) tab-separated columns (\(columns.joined(separator: ", "))), found \(cells.count)"))
                continue
            }
            if let stray = cells.first(where: Self.hasStraySpace) {
                errors.append(LexiconError(
                    file: displayName, line: lineNumber, message: "stray spaces around '\(stray)'"))
                continue
            }
            if let missing = requiredIndices.first(where: { $0.1 >= cells.count || cells[$0.1].isEmpty }) {
                errors.append(LexiconError(
                    file: displayName, line: lineNumber, message: "column '\(missing.0)' is empty"))
                continue
            }
            rows.append(Row(file: displayName, line: lineNumber, cells: cells, columnIndex: columnIndex))
        }
        if columns.isEmpty {
            throw LexiconError(file: displayName, line: 0, message: "no column line: the file is empty or only comments")
        }
        self.columns = columns
        self.rows = rows
        self.errors = errors
    }

    /// A cell that starts or ends with a space (what `trimmingCharacters(in: .whitespaces)` trims).
    static func hasStraySpace(_ cell: String) -> Bool {
        func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            if scalar.isASCII { return scalar == " " || scalar == "\t" }
            return scalar.properties.generalCategory == .spaceSeparator
        }
        return isSpace(cell.unicodeScalars.first) || isSpace(cell.unicodeScalars.last)
    }
}
