/// The weights of an averaged perceptron while it learns: one dense row of class weights
/// per feature that was ever updated, with the running sums that averaging needs.
///
/// Averaging (the mean of the weights over every training step, Collins 2002) is what makes
/// a greedy perceptron generalize; it is computed lazily: `accumulated` holds the sum of
/// `step * change`, and the average is `weights - accumulated / step` (Daumé's trick).
final class PerceptronTrainer {
    let classCount: Int
    private var rows: [UInt64: Int] = [:]
    private var weights: [Float] = []
    private var accumulated: [Double] = []
    /// Training steps so far; one step per decision the learner makes.
    private(set) var step: Double = 1

    init(classCount: Int) { self.classCount = classCount }

    /// Fills `scores` (one per class) with the current, unaveraged weights.
    func score(_ features: [UInt64], into scores: inout [Float]) {
        for index in 0..<classCount { scores[index] = 0 }
        weights.withUnsafeBufferPointer { weights in
            for feature in features {
                guard let row = rows[feature] else { continue }
                for index in 0..<classCount { scores[index] += weights[row + index] }
            }
        }
    }

    /// Moves the weights of `features` towards `truth` and away from `guess`.
    func update(_ features: [UInt64], truth: Int, guess: Int) {
        guard truth != guess else { return }
        for feature in features {
            let row = rowIndex(feature)
            weights[row + truth] += 1
            weights[row + guess] -= 1
            accumulated[row + truth] += step
            accumulated[row + guess] -= step
        }
    }

    func tick() { step += 1 }

    private func rowIndex(_ feature: UInt64) -> Int {
        if let row = rows[feature] { return row }
        let row = weights.count
        rows[feature] = row
        weights.append(contentsOf: repeatElement(0, count: classCount))
        accumulated.append(contentsOf: repeatElement(0, count: classCount))
        return row
    }

    /// The averaged weights, with entries whose magnitude is below `threshold` dropped: the
    /// model that ships. Features are written in ascending order, so the same training run
    /// gives the same bytes whatever order the dictionary holds them in.
    func averaged(threshold: Float) -> SparseWeights {
        var builder = SparseWeights.Builder(classCount: classCount)
        for feature in rows.keys.sorted() {
            let row = rows[feature]!
            var entries: [(UInt8, Float)] = []
            for index in 0..<classCount {
                let value = Float(Double(weights[row + index]) - accumulated[row + index] / step)
                if abs(value) >= threshold { entries.append((UInt8(index), value)) }
            }
            builder.add(feature: feature, entries: entries)
        }
        return builder.build()
    }
}
