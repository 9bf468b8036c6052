import Foundation
import NewsFrameCore

/// Reads a file or standard input line by line in fixed-size chunks, so a dump of any size
/// is streamed. A line longer than `maxLineBytes` is skipped without being held in memory,
/// and reported as such. Lines end at LF, CRLF or a lone CR (old Mac files), so a file of CR
/// line ends is not read as one line. A file that starts with a UTF-16 byte-order mark is
/// reported as such and not read.
struct LineReader {
    enum Line {
        case text(number: Int, bytes: ArraySlice<UInt8>)
        case tooLong(number: Int, bytes: Int)
        /// The file starts with a UTF-16 byte-order mark (FF FE little-endian, FE FF big-endian).
        case utf16(bigEndian: Bool)
    }

    let handle: FileHandle
    let maxLineBytes: Int
    var chunkSize = 1 << 20

    /// Each line that holds more than spaces, with its number; a line over the limit and a
    /// UTF-16 file are rejects naming `name` and the line (`limitOption` is the option that
    /// sets the limit, for the message).
    func forEachRecord(
        name: String, limitOption: String, reject: (RejectRecord) throws -> Void, _ body: (ArraySlice<UInt8>, Int) throws -> Void
    ) throws {
        try forEachLine { line in
            switch line {
            case .tooLong(let number, let bytes):
                try reject(RejectRecord(
                    code: "NF007", sourceFile: name, line: number,
                    message: "line of \(bytes) bytes exceeds the limit of \(maxLineBytes) bytes (\(limitOption))"))
            case .utf16(let bigEndian):
                try reject(RejectRecord(
                    code: "NF014", sourceFile: name, line: 1,
                    message: "the file is UTF-16 (\(bigEndian ? "big" : "little")-endian byte-order mark), not UTF-8; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"))
            case .text(let number, let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
                try body(bytes, number)
            }
        }
    }

    func forEachLine(_ body: (Line) throws -> Void) throws {
        var pending: [UInt8] = []
        var lineNumber = 0
        var discarding = 0
        var first = true
        // A CR ended the last line; an LF right after it belongs to that line end (CRLF).
        var afterCR = false
        while true {
            let chunk = try handle.read(upToCount: chunkSize) ?? Data()
            if chunk.isEmpty { break }
            let bytes = [UInt8](chunk)
            var start = 0
            if first {
                first = false
                if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
                    try body(.utf16(bigEndian: bytes[0] == 0xFE))
                    return
                }
            }
            if afterCR, bytes.first == 0x0A { start = 1 }
            afterCR = false
            while let newline = bytes[start...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
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
                if bytes[newline] == 0x0D {
                    if start < bytes.count {
                        if bytes[start] == 0x0A { start += 1 }
                    } else {
                        afterCR = true
                    }
                }
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
