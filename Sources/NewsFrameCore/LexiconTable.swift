import Foundation

/// A line-oriented lexicon file: `#` comment lines (the header that states the format),
/// one tab-separated column-name line, then one entry per line.
///
/// Broken lines are collected in `errors` (file and line) and left out, so one bad entry
/// costs that entry only; callers decide whether errors are fatal.
public struct LexiconTable: Sendable {
    public struct Row: Sendable {
        /// `Lexicons/<name>:<line>`, the provenance every annotation made from it carries.
        public let ruleID: String
        public let line: Int
        public let fields: [String: String]

        public subscript(_ column: String) -> String? {
            guard let value = fields[column], !value.isEmpty else { return nil }
            return value
        }
    }

    public let name: String
    public let columns: [String]
    public let rows: [Row]
    public let errors: [LexiconError]

    /// Parses `contents` of the file called `name`; `required` columns must be non-empty.
    public init(name: String, contents: String, required: [String]) throws {
        self.name = name
        let displayName = "Lexicons/\(name)"
        var columns: [String] = []
        var rows: [Row] = []
        var errors: [LexiconError] = []
        var lineNumber = 0
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if columns.isEmpty {
                columns = cells.map { $0.trimmingCharacters(in: .whitespaces) }
                for column in required where !columns.contains(column) {
                    throw LexiconError(
                        file: displayName, line: lineNumber,
                        message: "the column line lacks required column '\(column)' (found: \(columns.joined(separator: ", ")))")
                }
                continue
            }
            if cells.count > columns.count {
                errors.append(LexiconError(
                    file: displayName, line: lineNumber,
                    message: "expected at most \(columns.count) tab-separated columns (\(columns.joined(separator: ", "))), found \(cells.count)"))
                continue
            }
            var fields: [String: String] = [:]
            for (index, cell) in cells.enumerated() {
                fields[columns[index]] = cell
            }
            if let stray = cells.first(where: { $0 != $0.trimmingCharacters(in: .whitespaces) }) {
                errors.append(LexiconError(
                    file: displayName, line: lineNumber, message: "stray spaces around '\(stray)'"))
                continue
            }
            if let missing = required.first(where: { (fields[$0] ?? "").isEmpty }) {
                errors.append(LexiconError(
                    file: displayName, line: lineNumber, message: "column '\(missing)' is empty"))
                continue
            }
            rows.append(Row(ruleID: "\(displayName):\(lineNumber)", line: lineNumber, fields: fields))
        }
        if columns.isEmpty {
            throw LexiconError(file: displayName, line: 0, message: "no column line: the file is empty or only comments")
        }
        self.columns = columns
        self.rows = rows
        self.errors = errors
    }
}
