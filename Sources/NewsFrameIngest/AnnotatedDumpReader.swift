import Foundation
import NewsFrameCore

/// Reads the lines of annotated JSONL (`annotate`'s output, Spark's output folders of part
/// files, gzip-compressed or not) for `load`: one line at a time, with its file and number,
/// however large the dump. In a folder, Spark's markers (`_SUCCESS`, `*.crc`, hidden files)
/// are left out; every other regular file is read.
public struct AnnotatedDumpReader: Sendable {
    public var maxLineBytes: Int

    public init(maxLineBytes: Int = 16 * 1024 * 1024) {
        self.maxLineBytes = maxLineBytes
    }

    public func read(
        paths: [String], line: (ArraySlice<UInt8>, _ file: String, _ number: Int) throws -> Void, reject: (RejectRecord) throws -> Void
    ) throws {
        try InputWalk.files(paths) { url, named in
            guard let url else {
                try readLines(FileHandle.standardInput, name: "<stdin>", line: line, reject: reject)
                return
            }
            let name = url.lastPathComponent
            if !named, name.hasPrefix("_") || name.hasSuffix(".crc") { return }
            if url.pathExtension.lowercased() == "gz" {
                try readCompressed(url, line: line, reject: reject)
                return
            }
            guard let handle = FileHandle(forReadingAtPath: url.path) else {
                try reject(RejectRecord(code: "NF008", sourceFile: url.path, line: nil, message: "cannot open the file for reading"))
                return
            }
            defer { try? handle.close() }
            try readLines(handle, name: url.path, line: line, reject: reject)
        } reject: { try reject($0) }
    }

    /// A `.gz` file, decompressed by the system's `gzip` as it is read.
    private func readCompressed(
        _ url: URL, line: (ArraySlice<UInt8>, String, Int) throws -> Void, reject: (RejectRecord) throws -> Void
    ) throws {
        let gzip = ["/usr/bin/gzip", "/bin/gzip"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let gzip else {
            try reject(RejectRecord(code: "NF008", sourceFile: url.path, line: nil, message: "cannot read a .gz file: no gzip program in /usr/bin or /bin"))
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gzip)
        process.arguments = ["-dc", url.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        try readLines(output.fileHandleForReading, name: url.path, line: line, reject: reject)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            try reject(RejectRecord(
                code: "NF008", sourceFile: url.path, line: nil,
                message: "gzip could not read the whole file: \(message.trimmingCharacters(in: .whitespacesAndNewlines))"))
        }
    }

    private func readLines(
        _ handle: FileHandle, name: String, line: (ArraySlice<UInt8>, String, Int) throws -> Void, reject: (RejectRecord) throws -> Void
    ) throws {
        try LineReader(handle: handle, maxLineBytes: maxLineBytes).forEachRecord(name: name, limitOption: "--max-line-bytes", reject: reject) {
            try line($0, name, $1)
        }
    }
}
