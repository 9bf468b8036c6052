import Foundation
import NewsFrameCore
import NewsFramePipeline

/// What `newsframe --version` prints: the release, the commit the binary was built from and
/// the fingerprint of the lexicons it would run with, so a result can be traced to all three.
/// The commit comes from the `VERSION` file `scripts/bundle.sh` writes beside a bundle's
/// binary, else from the source checkout's git (a development build).
enum VersionInfo {
    static let release = "0.10.0"

    static func line() -> String {
        let location = NewsFrameResources.location
        var text = "newsframe \(release)"
        text += ", commit \(commit(location) ?? "unknown")"
        if let location {
            let fingerprint = (try? Pipeline.load()).map { pipeline -> String in
                var hash = StableHash()
                for spec in pipeline.specs { hash.combine(spec.name + "=" + spec.fingerprint) }
                return String(hash.hexDigest.prefix(16))
            }
            text += ", lexicons \(fingerprint ?? "unreadable") (\(location.origin): \(location.lexicons.path))"
        } else {
            text += ", no lexicons found (set NEWSFRAME_HOME or pass --lexicons)"
        }
        return text
    }

    private static func commit(_ location: NewsFrameResources.Location?) -> String? {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let file = executable.deletingLastPathComponent().appendingPathComponent("VERSION")
        if let text = try? String(contentsOf: file, encoding: .utf8) {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let location, location.origin == "the source checkout" || location.origin == "the build's resource bundle" else { return nil }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) else { return nil }
        let process = Foundation.Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path, "rev-parse", "--short=12", "HEAD"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) + " (a development build)"
    }
}
