import Foundation
import NewsFrameCore

/// Progress of a long run on standard error: a redrawn bar with documents per second on a
/// terminal, plain log lines every few seconds otherwise (CI logs, pipes).
public final class ProgressReporter: @unchecked Sendable {
    private let interactive: Bool
    private let started = Date()
    private var lastLine: Date
    private var drewBar = false

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

    public func report(_ reject: RejectRecord) {
        if drewBar {
            write("\n")
            drewBar = false
        }
        write("\(reject)\n")
    }

    public func finish() {
        if drewBar { write("\n") }
        drewBar = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
