import ArgumentParser
import Foundation

/// A buffered writer to a file or standard output, so exports stream in large writes.
final class OutputSink {
    private let handle: FileHandle
    private let ownsHandle: Bool
    private var buffer = Data()

    init(path: String?) throws {
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw ValidationError("cannot write '--out \(path)'; check the folder exists and is writable")
            }
            self.handle = handle
            ownsHandle = true
        } else {
            handle = FileHandle.standardOutput
            ownsHandle = false
        }
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { drain() }
    }

    func close() {
        drain()
        if ownsHandle { try? handle.close() }
    }

    private func drain() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
