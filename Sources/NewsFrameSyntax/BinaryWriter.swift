import Foundation

/// Little-endian writing of the model file: fixed-width integers and length-prefixed UTF-8.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ string: String) {
        let utf8 = Array(string.utf8)
        write(UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    mutating func write(_ strings: [String]) {
        write(UInt32(strings.count))
        for string in strings { write(string) }
    }

    var data: Data { Data(bytes) }
}

/// Reads what `BinaryWriter` wrote; a short or malformed file is an error, never a crash.
struct BinaryReader {
    enum Failure: Error, CustomStringConvertible {
        case truncated(at: Int)
        case corrupt(String)

        var description: String {
            switch self {
            case .truncated(let offset): "the file ends early (at byte \(offset))"
            case .corrupt(let message): message
            }
        }
    }

    private let storage: [UInt8]
    private(set) var position = 0

    init(_ data: Data) { storage = [UInt8](data) }

    var isAtEnd: Bool { position >= storage.count }

    /// Concrete readers rather than one generic: they stay fast in debug builds too, where a
    /// generic read of every weight would look its type up each time.
    mutating func read(_: UInt8.Type) throws -> UInt8 { UInt8(truncatingIfNeeded: try bytes(1)) }
    mutating func read(_: UInt16.Type) throws -> UInt16 { UInt16(truncatingIfNeeded: try bytes(2)) }
    mutating func read(_: UInt32.Type) throws -> UInt32 { UInt32(truncatingIfNeeded: try bytes(4)) }
    mutating func read(_: UInt64.Type) throws -> UInt64 { try bytes(8) }

    /// The next `count` (1 to 8) bytes as a little-endian number.
    private mutating func bytes(_ count: Int) throws -> UInt64 {
        guard position + count <= storage.count else { throw Failure.truncated(at: position) }
        var value: UInt64 = 0
        storage.withUnsafeBufferPointer { buffer in
            for index in stride(from: count - 1, through: 0, by: -1) { value = value << 8 | UInt64(buffer[position + index]) }
        }
        position += count
        return value
    }

    mutating func readString() throws -> String {
        let count = Int(try read(UInt32.self))
        guard position + count <= storage.count else { throw Failure.truncated(at: position) }
        let string = String(decoding: storage[position..<(position + count)], as: UTF8.self)
        position += count
        return string
    }

    mutating func readStrings() throws -> [String] {
        let count = Int(try read(UInt32.self))
        guard count <= storage.count else { throw Failure.corrupt("a list of \(count) strings cannot fit the file") }
        return try (0..<count).map { _ in try readString() }
    }
}
