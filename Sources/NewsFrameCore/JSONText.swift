/// A JSON value written by hand rather than through `JSONSerialization`, for two reasons:
/// exports must keep a stable, documented key order, and writing millions of spans must not
/// build Foundation object graphs.
public indirect enum JSONText: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONText])
    case fields([Field])

    public struct Field: Sendable, Hashable {
        public var key: String
        public var value: JSONText

        public init(_ key: String, _ value: JSONText) {
            self.key = key
            self.value = value
        }
    }

    /// An object with its keys sorted, for dictionaries whose order means nothing.
    public static func object(_ dictionary: [String: JSONText]) -> JSONText {
        .fields(dictionary.keys.sorted().map { Field($0, dictionary[$0]!) })
    }

    public static func optional(_ value: String?) -> JSONText {
        value.map(JSONText.string) ?? .null
    }

    public static func optional(_ value: Int?) -> JSONText {
        value.map(JSONText.int) ?? .null
    }

    public var rendered: String {
        var output = ""
        write(to: &output)
        return output
    }

    public func write(to output: inout String) {
        switch self {
        case .string(let value): Self.writeString(value, to: &output)
        case .int(let value): output += String(value)
        case .double(let value): output += value.isFinite ? String(value) : "null"
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.write(to: &output)
            }
            output += "]"
        case .fields(let fields):
            output += "{"
            for (index, field) in fields.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(field.key, to: &output)
                output += ":"
                field.value.write(to: &output)
            }
            output += "}"
        }
    }

    public static func writeString(_ value: String, to output: inout String) {
        output += "\""
        var plainStart = value.unicodeScalars.startIndex
        let scalars = value.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{2028}": escape = "\\u2028"
            case "\u{2029}": escape = "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                output.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                output += escape
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        output.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        output += "\""
    }
}
