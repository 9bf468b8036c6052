import Foundation
import NewsFrameCore

/// Document dates supplied beside a dump (`--dates FILE`): one `id<TAB>YYYY-MM-DD` a line,
/// for articles whose dump carries no date. A date inside the dump always wins.
public struct DateTable: Sendable {
    public private(set) var dates: [String: String] = [:]
    /// Lines that could not be read, each with its file and line.
    public private(set) var rejects: [RejectRecord] = []

    public init() {}

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw RejectRecord(code: "NF013", sourceFile: path, line: nil, message: "cannot read the dates file (UTF-8 text expected)")
        }
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine).trimmingPrefixSuffixSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == "," }).map { String($0).trimmingPrefixSuffixSpaces() }
            guard fields.count == 2, let day = DocumentDate.day(from: fields[1]) else {
                rejects.append(RejectRecord(
                    code: "NF013", sourceFile: path, line: index + 1,
                    message: "expected 'id<TAB>YYYY-MM-DD', found '\(line)'; the line was skipped"))
                continue
            }
            dates[fields[0]] = day
        }
    }
}
