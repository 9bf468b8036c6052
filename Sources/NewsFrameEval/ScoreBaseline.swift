import Foundation

/// Committed scores that a rule change must not lower: `eval --baseline FILE` compares the
/// current scores with them and fails on any drop larger than the tolerance, which is what
/// keeps a regression from landing.
public struct ScoreBaseline: Sendable {
    public struct Regression: Sendable, CustomStringConvertible {
        public var metric: String
        public var baseline: Double
        public var current: Double

        public var description: String {
            String(format: "%@: %.2f → %.2f (%.2f points)", metric, baseline, current, current - baseline)
        }
    }

    public var scores: [String: Double]

    public init(scores: [String: Double]) {
        self.scores = scores
    }

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
        }
        scores = object.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }

    /// Scores in percent, two decimals, sorted keys: a stable file that diffs well.
    public func write(to path: String) throws {
        var lines: [String] = []
        for key in scores.keys.sorted() {
            lines.append("  \"\(key)\": \(String(format: "%.2f", scores[key]!))")
        }
        try Data(("{\n" + lines.joined(separator: ",\n") + "\n}\n").utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Metrics of the baseline that `current` lowers by more than `tolerance` points, or lacks.
    public func regressions(in current: [String: Double], tolerance: Double) -> [Regression] {
        scores.keys.sorted().compactMap { metric in
            let base = scores[metric]!
            let now = current[metric] ?? 0
            return now < base - tolerance ? Regression(metric: metric, baseline: base, current: now) : nil
        }
    }
}
