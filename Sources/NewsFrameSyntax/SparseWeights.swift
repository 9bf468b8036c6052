/// Frozen perceptron weights for decoding: an open-addressing table from feature hash to a
/// short run of (class, weight) entries. Most features carry weight for a few classes only,
/// so sparse rows keep a tagger of a hundred classes small on disk and in cache, and scoring
/// a feature is one probe and a few adds, with no allocation.
public struct SparseWeights: Sendable {
    public let classCount: Int
    private let mask: Int
    private let keys: [UInt64]
    private let starts: [UInt32]
    private let counts: [UInt8]
    private let entryClasses: [UInt8]
    private let entryWeights: [Float]

    public var featureCount: Int { counts.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }
    public var entryCount: Int { entryWeights.count }

    struct Builder {
        let classCount: Int
        var features: [UInt64] = []
        var counts: [UInt8] = []
        var classes: [UInt8] = []
        var weights: [Float] = []

        init(classCount: Int) { self.classCount = classCount }

        mutating func add(feature: UInt64, entries: [(UInt8, Float)]) {
            guard !entries.isEmpty else { return }
            features.append(feature)
            counts.append(UInt8(entries.count))
            for (cls, weight) in entries {
                classes.append(cls)
                weights.append(weight)
            }
        }

        func build() -> SparseWeights {
            SparseWeights(classCount: classCount, features: features, counts: counts, classes: classes, weights: weights)
        }
    }

    init(classCount: Int, features: [UInt64], counts: [UInt8], classes: [UInt8], weights: [Float]) {
        self.classCount = classCount
        var capacity = 16
        while capacity < features.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var starts = [UInt32](repeating: 0, count: capacity)
        var slotCounts = [UInt8](repeating: 0, count: capacity)
        var offset: UInt32 = 0
        for (index, feature) in features.enumerated() {
            var slot = Int(truncatingIfNeeded: feature) & (capacity - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = feature
            starts[slot] = offset
            slotCounts[slot] = counts[index]
            offset += UInt32(counts[index])
        }
        self.keys = keys
        self.starts = starts
        self.counts = slotCounts
        self.entryClasses = classes
        self.entryWeights = weights
    }

    /// Adds the weights of `features` to `scores` (one per class, zeroed by the caller).
    @inline(__always)
    public func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        keys.withUnsafeBufferPointer { keys in
            starts.withUnsafeBufferPointer { starts in
                counts.withUnsafeBufferPointer { counts in
                    entryClasses.withUnsafeBufferPointer { classes in
                        entryWeights.withUnsafeBufferPointer { weights in
                            for feature in features {
                                var slot = Int(truncatingIfNeeded: feature) & mask
                                while true {
                                    let key = keys[slot]
                                    if key == feature {
                                        let start = Int(starts[slot])
                                        for entry in start..<(start + Int(counts[slot])) {
                                            scores[Int(classes[entry])] += weights[entry]
                                        }
                                        break
                                    }
                                    if key == 0 { break }
                                    slot = (slot + 1) & mask
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // MARK: Serialization

    /// Writes the features in slot order with their entries; weights as 16-bit floats, which
    /// halves the model at no measurable cost in accuracy.
    func write(to writer: inout BinaryWriter) {
        writer.write(UInt32(classCount))
        var used: [Int] = []
        for slot in 0..<keys.count where keys[slot] != 0 { used.append(slot) }
        used.sort { keys[$0] < keys[$1] }
        writer.write(UInt32(used.count))
        for slot in used {
            writer.write(keys[slot])
            writer.write(counts[slot])
            let start = Int(starts[slot])
            for entry in start..<(start + Int(counts[slot])) {
                writer.write(entryClasses[entry])
                writer.write(Float16(entryWeights[entry]).bitPattern)
            }
        }
    }

    static func read(from reader: inout BinaryReader) throws -> SparseWeights {
        let classCount = Int(try reader.read(UInt32.self))
        let featureCount = Int(try reader.read(UInt32.self))
        var builder = Builder(classCount: classCount)
        builder.features.reserveCapacity(featureCount)
        for _ in 0..<featureCount {
            let feature = try reader.read(UInt64.self)
            let count = Int(try reader.read(UInt8.self))
            builder.features.append(feature)
            builder.counts.append(UInt8(count))
            for _ in 0..<count {
                let cls = try reader.read(UInt8.self)
                guard Int(cls) < classCount else { throw BinaryReader.Failure.corrupt("class \(cls) out of range") }
                builder.classes.append(cls)
                builder.weights.append(Float(Float16(bitPattern: try reader.read(UInt16.self))))
            }
        }
        return builder.build()
    }
}
