import Foundation
import NewsFrameCore

/// Progress of a long run on standard error: a redrawn bar with documents per second on a
/// terminal, plain log lines every few seconds otherwise (CI logs, pipes).
public final class ProgressReporter: @unchecked Sendable {
    private let interactive: Bool
    private let started = Date()
    private var lastLine: Date
    private var drewBar = false
    private let lock = NSLock()

    public init(interactive: Bool = isatty(STDERR_FILENO) == 1) {
        self.interactive = interactive
        // Log lines start after the first interval; a bar draws at once.
        lastLine = interactive ? .distantPast : Date()
    }

    public func update(done: Int, total: Int) {
        let now = Date()
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        if interactive {
            guard now.timeIntervalSince(lastLine) > 0.1 || done == total else { return }
            lastLine = now
            let width = 30
            let filled = total > 0 ? min(width, width * done / total) : width
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            write("\r[\(bar)] \(done)/\(total) docs  \(Int(rate)) docs/s")
            drewBar = true
        } else if now.timeIntervalSince(lastLine) >= 5 {
            lastLine = now
            write("progress: \(done)/\(total) documents, \(Int(rate)) docs/s\n")
        }
    }

    /// Progress while a dump streams in (`process`): documents and input bytes so far, and,
    /// when the input's size is known, a bar and the time left.
    public func streamed(documents: Int, bytes: Int, totalBytes: Int?) {
        lock.withLock {
            let now = Date()
            let elapsed = max(now.timeIntervalSince(started), 0.001)
            let rate = Double(documents) / elapsed
            let megabytes = Double(bytes) / 1e6 / elapsed
            var parts = ["\(documents) docs", "\(Int(rate)) docs/s", String(format: "%.1f MB/s", megabytes)]
            var bar = ""
            if let totalBytes, totalBytes > 0 {
                let fraction = min(1, Double(bytes) / Double(totalBytes))
                let width = 30
                let filled = Int(Double(width) * fraction)
                bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
                parts.insert(String(format: "%.0f%%", fraction * 100), at: 0)
                if bytes > 0, fraction < 1 { parts.append("ETA " + Self.duration(elapsed * (1 - fraction) / fraction)) }
            }
            if interactive {
                guard now.timeIntervalSince(lastLine) > 0.1 else { return }
                lastLine = now
                write("\r" + bar + parts.joined(separator: "  ") + "   ")
                drewBar = true
            } else if now.timeIntervalSince(lastLine) >= 5 {
                lastLine = now
                write("progress: " + parts.joined(separator: ", ") + "\n")
            }
        }
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600 ? "\(whole / 3600)h\(String(format: "%02d", whole % 3600 / 60))m"
            : whole >= 60 ? "\(whole / 60)m\(String(format: "%02d", whole % 60))s" : "\(whole)s"
    }

    public func report(_ reject: RejectRecord) {
        lock.withLock {
            if drewBar {
                write("\n")
                drewBar = false
            }
            write("\(reject)\n")
        }
    }

    public func finish() {
        lock.withLock {
            if drewBar { write("\n") }
            drewBar = false
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
