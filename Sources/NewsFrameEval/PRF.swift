/// Precision, recall and F1 from counts, the figures every evaluation reports.
public struct PRF: Sendable, Codable, Equatable {
    public var truePositives: Int
    public var systemCount: Int
    public var goldCount: Int

    public init(truePositives: Int, systemCount: Int, goldCount: Int) {
        self.truePositives = truePositives
        self.systemCount = systemCount
        self.goldCount = goldCount
    }

    public var precision: Double { systemCount == 0 ? 0 : Double(truePositives) / Double(systemCount) }
    public var recall: Double { goldCount == 0 ? 0 : Double(truePositives) / Double(goldCount) }
    public var f1: Double {
        let p = precision
        let r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}
