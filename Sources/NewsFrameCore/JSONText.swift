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

    public static func optional(_ value: Double?) -> JSONText {
        value.map(JSONText.double) ?? .null
    }

    public var rendered: String {
        var output: [UInt8] = []
        write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the JSON text as UTF-8 bytes: exports write millions of strings, and byte
    /// appends are an order of magnitude faster than building a `String` piece by piece.
    public func write(to output: inout [UInt8]) {
        switch self {
        case .string(let value): Self.writeString(value, to: &output)
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .double(let value): output.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case .array(let values):
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                value.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .fields(let fields):
            output.append(UInt8(ascii: "{"))
            for (index, field) in fields.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeString(field.key, to: &output)
                output.append(UInt8(ascii: ":"))
                field.value.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    public static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var copy = value
        copy.withUTF8 { bytes in
            var plainStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var escape: [UInt8]? = nil
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escape = [0x5C, 0x22]
                case UInt8(ascii: "\\"): escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, UInt8(ascii: "n")]
                case 0x0D: escape = [0x5C, UInt8(ascii: "r")]
                case 0x09: escape = [0x5C, UInt8(ascii: "t")]
                case 0x00..<0x20:
                    escape = Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 are valid JSON but break JavaScript readers.
                    escape = Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    width = 3
                default:
                    break
                }
                if let escape {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]))
                    output.append(contentsOf: escape)
                    plainStart = index + width
                }
                index += width
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
