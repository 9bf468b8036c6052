import ArgumentParser
import Foundation

/// A buffered writer to a file or standard output, so exports stream in large writes.
///
/// A file is written under a temporary name beside it and renamed at `close()`, so a run that
/// fails (a full disk) leaves nothing under the final name that looks complete. A path that is
/// a character device or a pipe (`/dev/null`, a FIFO) is written through, never replaced; a
/// symbolic link or any other kind of file is refused. Write errors are thrown with the
/// system's message, never trapped.
final class OutputSink {
    private let handle: FileHandle
    private let ownsHandle: Bool
    /// The temporary file and the final path, when writing a regular file.
    private let rename: (temporary: String, final: String)?
    private var buffer = Data()
    private let name: String

    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            ownsHandle = false
            rename = nil
            name = "standard output"
            return
        }
        name = path
        ownsHandle = true
        switch Self.kind(of: path) {
        case .absent, .regular:
            let temporary = "\(path).partial-\(ProcessInfo.processInfo.processIdentifier)"
            guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
                throw ValidationError("cannot write '--out \(path)'; check the folder exists and is writable")
            }
            self.handle = handle
            rename = (temporary, path)
        case .device:
            guard let handle = FileHandle(forWritingAtPath: path) else { throw ValidationError("cannot open '--out \(path)' for writing") }
            self.handle = handle
            rename = nil
        case .other(let what):
            throw ValidationError("'--out \(path)' is \(what); give a new file name, an existing regular file, a device or a pipe")
        }
    }

    enum Kind {
        case absent, regular, device
        case other(String)
    }

    /// What is at `path`, without following a symbolic link.
    static func kind(of path: String) -> Kind {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return .absent }
        switch attributes[.type] as? FileAttributeType {
        case .typeRegular?: return .regular
        case .typeCharacterSpecial?: return .device
        case .typeSymbolicLink?: return .other("a symbolic link")
        case .typeDirectory?: return .other("a directory")
        default:
            // FileManager reports a FIFO as unknown; a FIFO is written through like a device.
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFIFO { return .device }
            return .other("neither a regular file nor a device")
        }
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try drain() }
    }

    /// Writes what is buffered and, for a file, gives it its final name (one `rename`, which
    /// replaces an existing file at once).
    func close() throws {
        try drain()
        if ownsHandle {
            do { try handle.close() } catch {
                discard()
                throw OutputError(name: name, reason: Self.message(error))
            }
        }
        if let rename, Foundation.rename(rename.temporary, rename.final) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError(name: name, reason: reason)
        }
    }

    /// Removes the temporary file of a failed export.
    func discard() {
        if ownsHandle { try? handle.close() }
        if let rename { try? FileManager.default.removeItem(atPath: rename.temporary) }
    }

    private func drain() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            discard()
            throw OutputError(name: name, reason: Self.message(error))
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// The operating system's words for a failed write ("No space left on device").
    private static func message(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return error.localizedDescription
    }
}

/// A failed write of an export: the file and the system's reason. Not a usage error, so the
/// command exits 1 without printing its usage.
struct OutputError: Error, CustomStringConvertible {
    var name: String
    var reason: String
    var description: String { "cannot write to \(name): \(reason)" }
}
