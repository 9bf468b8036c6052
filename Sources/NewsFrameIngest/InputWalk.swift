import Foundation
import NewsFrameCore

/// The files under the paths a user names, one policy for every reader: a folder is read
/// whole, in name order, hidden files left out; anything in it that is not a regular file (a
/// FIFO, socket or device, which would block the batch) is skipped with NF011; a path that
/// does not exist is NF008.
enum InputWalk {
    /// Calls `file` with each regular file (and whether the user named it), nil for `-`
    /// (standard input); `reject` with what cannot be read.
    static func files(
        _ paths: [String], file: (URL?, _ named: Bool) throws -> Void, reject: (RejectRecord) throws -> Void
    ) throws {
        for path in paths {
            if path == "-" {
                try file(nil, true)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try reject(RejectRecord(code: "NF008", sourceFile: path, line: nil, message: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                try walk(URL(fileURLWithPath: path), file: file, reject: reject)
            } else {
                try file(URL(fileURLWithPath: path), true)
            }
        }
    }

    private static func walk(_ directory: URL, file: (URL?, Bool) throws -> Void, reject: (RejectRecord) throws -> Void) throws {
        let entries: [URL]
        do {
            entries = try FileManager.default.contentsOfDirectory(
                at: directory, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
        } catch {
            try reject(RejectRecord(code: "NF008", sourceFile: directory.path, line: nil, message: "cannot list directory: \(error.localizedDescription)"))
            return
        }
        for entry in entries.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            if (try? entry.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                try walk(entry, file: file, reject: reject)
            } else if isRegularFile(entry) {
                try file(entry, false)
            } else {
                try reject(RejectRecord(
                    severity: .warning, code: "NF011", sourceFile: entry.path, line: nil,
                    message: "skipped: not a regular file (a FIFO, socket or device)"))
            }
        }
    }

    /// Whether `url` is (or links to) a regular file; asked without opening it.
    static func isRegularFile(_ url: URL) -> Bool {
        let type = (try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path))?[.type] as? FileAttributeType
        return type == .typeRegular
    }
}
