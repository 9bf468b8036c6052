import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so a dump of any size
/// is streamed. A line longer than `maxLineBytes` is skipped without being held in memory,
/// and reported as such.
struct LineReader {
    enum Line {
        case text(number: Int, bytes: ArraySlice<UInt8>)
        case tooLong(number: Int, bytes: Int)
    }

    let handle: FileHandle
    let maxLineBytes: Int
    var chunkSize = 1 << 20

    func forEachLine(_ body: (Line) throws -> Void) throws {
        var pending: [UInt8] = []
        var lineNumber = 0
        var discarding = 0
        while true {
            let chunk = try handle.read(upToCount: chunkSize) ?? Data()
            if chunk.isEmpty { break }
            let bytes = [UInt8](chunk)
            var start = 0
            while let newline = bytes[start...].firstIndex(of: 0x0A) {
                lineNumber += 1
                if discarding > 0 {
                    try body(.tooLong(number: lineNumber, bytes: discarding + newline - start))
                    discarding = 0
                } else if pending.isEmpty {
                    if newline - start > maxLineBytes {
                        try body(.tooLong(number: lineNumber, bytes: newline - start))
                    } else {
                        try body(.text(number: lineNumber, bytes: bytes[start..<newline]))
                    }
                } else {
                    pending.append(contentsOf: bytes[start..<newline])
                    if pending.count > maxLineBytes {
                        try body(.tooLong(number: lineNumber, bytes: pending.count))
                    } else {
                        try body(.text(number: lineNumber, bytes: pending[...]))
                    }
                    pending.removeAll(keepingCapacity: true)
                }
                start = newline + 1
            }
            if discarding > 0 {
                discarding += bytes.count - start
            } else {
                pending.append(contentsOf: bytes[start...])
                if pending.count > maxLineBytes {
                    discarding = pending.count
                    pending.removeAll()
                }
            }
        }
        if discarding > 0 {
            try body(.tooLong(number: lineNumber + 1, bytes: discarding))
        } else if !pending.isEmpty {
            try body(.text(number: lineNumber + 1, bytes: pending[...]))
        }
    }
}
