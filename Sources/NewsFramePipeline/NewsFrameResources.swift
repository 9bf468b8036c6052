import Foundation

/// Where the lexicons and pipelines that ship with NewsFrame are found at run time.
///
/// The top-level `Lexicons/` and `Pipelines/` folders are the source of truth. A binary looks
/// for them, in order: in `$NEWSFRAME_HOME` (a folder holding `Pipelines/` and `Lexicons/`),
/// beside the executable (the layout `scripts/bundle.sh` makes), in SwiftPM's resource bundle
/// beside the executable (where a build puts a flattened copy), and in the source checkout
/// the binary was built from. SwiftPM's own accessor (`Bundle.module`) stops the process when
/// its bundle is missing, so it is never called: a binary copied alone says what to pass.
public enum NewsFrameResources {
    /// The folders found: pipelines and lexicons (the same folder in SwiftPM's bundle).
    public struct Location: Sendable {
        public var pipelines: URL
        public var lexicons: URL
        /// Which place they were found in, for `--version`.
        public var origin: String
    }

    public struct NotFound: Error, CustomStringConvertible {
        public var description: String
    }

    static let bundleName = "NewsFrame_NewsFramePipeline.resources"

    /// `$NEWSFRAME_HOME` when it is set: a setting that names a folder without NewsFrame's
    /// files is an error, never passed over.
    static var home: URL? {
        guard let home = ProcessInfo.processInfo.environment["NEWSFRAME_HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true)
    }

    /// The first place holding the default pipeline, or nil.
    public static let location: Location? = {
        var candidates: [Location] = []
        if let root = home {
            let location = Location(pipelines: root.appendingPathComponent("Pipelines"), lexicons: root.appendingPathComponent("Lexicons"), origin: "NEWSFRAME_HOME")
            return FileManager.default.fileExists(atPath: location.pipelines.appendingPathComponent("default.yaml").path) ? location : nil
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let beside = executable.deletingLastPathComponent()
        candidates.append(Location(pipelines: beside.appendingPathComponent("Pipelines"), lexicons: beside.appendingPathComponent("Lexicons"), origin: "beside the executable"))
        if let main = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            let bundle = main.appendingPathComponent(bundleName)
            candidates.append(Location(pipelines: bundle, lexicons: bundle, origin: "the build's resource bundle"))
        }
        let bundle = beside.appendingPathComponent(bundleName)
        candidates.append(Location(pipelines: bundle, lexicons: bundle, origin: "the build's resource bundle"))
        // Sources/NewsFramePipeline/NewsFrameResources.swift → the checkout's root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(Location(pipelines: root.appendingPathComponent("Pipelines"), lexicons: root.appendingPathComponent("Lexicons"), origin: "the source checkout"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.pipelines.appendingPathComponent("default.yaml").path) }
    }()

    /// The location, or an error that says what to pass.
    public static func locate() throws -> Location {
        if location == nil, let home {
            throw NotFound(description: "NEWSFRAME_HOME is \(home.path), which holds no Pipelines/default.yaml: point it at the folder holding Pipelines/ and Lexicons/ (a bundle's folder)")
        }
        guard let location else {
            throw NotFound(description: """
                cannot find NewsFrame's pipelines and lexicons (looked in $NEWSFRAME_HOME, beside the executable, \
                in \(bundleName) beside it, and in the source checkout): give --pipeline FILE and --lexicons DIR, \
                or set NEWSFRAME_HOME to the folder holding Pipelines/ and Lexicons/
                """)
        }
        return location
    }
}
