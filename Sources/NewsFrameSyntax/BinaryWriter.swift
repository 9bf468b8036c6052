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

    private let bytes: [UInt8]
    private(set) var position = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    var isAtEnd: Bool { position >= bytes.count }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard position + size <= bytes.count else { throw Failure.truncated(at: position) }
        var value: T = 0
        for index in 0..<size { value |= T(truncatingIfNeeded: bytes[position + index]) << (index * 8) }
        position += size
        return value
    }

    mutating func readString() throws -> String {
        let count = Int(try read(UInt32.self))
        guard position + count <= bytes.count else { throw Failure.truncated(at: position) }
        let string = String(decoding: bytes[position..<(position + count)], as: UTF8.self)
        position += count
        return string
    }

    mutating func readStrings() throws -> [String] {
        let count = Int(try read(UInt32.self))
        guard count <= bytes.count else { throw Failure.corrupt("a list of \(count) strings cannot fit the file") }
        return try (0..<count).map { _ in try readString() }
    }
}
