import Foundation
import Logging
import NewsFrameCore

/// Where diagnostics go: one swift-log logger writing bare messages to standard error, so a
/// reject reads `file:line: warning NF009: …` whatever the level, and `--quiet`/`--verbose`
/// (`LogOptions`) decide which are written. Results stay on standard output (`Console`).
enum Diagnostics {
    static let logger = Logger(label: "newsframe")

    static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { _ in
            var handler = PlainHandler()
            handler.logLevel = level
            return handler
        }
    }

    /// A reject or warning found while reading or running.
    static func report(_ reject: RejectRecord) {
        if reject.severity == .warning {
            logger.warning("\(reject)")
        } else {
            logger.error("\(reject)")
        }
    }

    static func debug(_ message: @autoclosure () -> String) {
        logger.debug("\(message())")
    }

    /// Whether warnings are written (not under `--quiet`).
    static var showsWarnings: Bool { logger.logLevel <= .warning }

    /// The message alone, on standard error.
    struct PlainHandler: LogHandler {
        var logLevel: Logger.Level = .info
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            FileHandle.standardError.write(Data("\(event.message)\n".utf8))
        }
    }
}
