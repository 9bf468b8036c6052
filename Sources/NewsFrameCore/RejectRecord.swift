/// Input that was refused (or accepted with a warning), located by file and line.
public struct RejectRecord: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    /// A stable code (`NF003`) that documentation and scripts can refer to.
    public var code: String
    public var sourceFile: String?
    public var line: Int?
    public var docID: String?
    public var message: String

    public init(severity: Severity = .error, code: String, sourceFile: String?, line: Int?, docID: String? = nil, message: String) {
        self.severity = severity
        self.code = code
        self.sourceFile = sourceFile
        self.line = line
        self.docID = docID
        self.message = message
    }

    public var description: String {
        var location = sourceFile ?? "<input>"
        if let line { location += ":\(line)" }
        let id = docID.map { " (id \($0))" } ?? ""
        return "\(location): \(severity.rawValue) \(code): \(message)\(id)"
    }
}
