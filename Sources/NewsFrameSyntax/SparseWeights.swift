/// Frozen perceptron weights for decoding: an open-addressing table from feature hash to a
/// short run of (class, weight) entries. Most features carry weight for a few classes only,
/// so sparse rows keep a tagger of a hundred classes small on disk and in cache, and scoring
/// a feature is one probe and a few adds, with no allocation.
public struct SparseWeights: Sendable {
    public let classCount: Int
    private let mask: Int
    /// The key (the feature hash's high 32 bits; the low bits chose the slot) and the first
    /// entry and entry count packed in 32 bits (count in the low byte): eight bytes, so a probe
    /// touches one cache line and eight slots share it. Two features of one table collide
    /// only if both halves of their hashes agree.
    private struct Slot {
        var key: UInt32 = 0
        var packed: UInt32 = 0
        var start: Int { Int(packed >> 8) }
        var count: Int { Int(packed & 0xFF) }
    }

    @inline(__always) public static func key(_ feature: UInt64) -> UInt32 {
        let high = UInt32(truncatingIfNeeded: feature >> 32)
        return high == 0 ? 1 : high
    }
    /// A class and its weight as a 16-bit integer (one scale for the table): four bytes.
    private struct Entry {
        var cls: UInt16
        var weight: Int16
    }
    private let scale: Float
    private let slots: [Slot]
    private let entries: [Entry]

    public var featureCount: Int { slots.reduce(0) { $0 + ($1.key != 0 ? 1 : 0) } }
    /// Rebuilding from the file gives the slots again; the full hashes are not kept.
    private let slotFeatures: [UInt64]
    public var entryCount: Int { entries.count }

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
        var slots = [Slot](repeating: Slot(), count: capacity)
        var slotFeatures = [UInt64](repeating: 0, count: capacity)
        var offset: UInt32 = 0
        for (index, feature) in features.enumerated() {
            var slot = Int(truncatingIfNeeded: feature) & (capacity - 1)
            while slots[slot].key != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(key: Self.key(feature), packed: offset << 8 | UInt32(counts[index]))
            slotFeatures[slot] = feature
            offset += UInt32(counts[index])
        }
        precondition(offset < 1 << 24, "a weight table holds at most 16 million entries")
        self.slots = slots
        self.slotFeatures = slotFeatures
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        self.scale = scale
        self.entries = zip(classes, weights).map { Entry(cls: UInt16($0), weight: Int16(clamping: Int(($1 / scale).rounded()))) }
    }

    /// The class with the highest score for `features` (the first on a tie).
    ///
    /// Three passes, because decoding is bound by cache misses, not arithmetic: first every
    /// feature's home slot is loaded (independent loads the processor overlaps), then keys are
    /// compared (probing on only where a slot is taken by another feature), then the entries
    /// of the hits are added, as the 16-bit integers they are stored as (the scale changes no
    /// ranking). On real news most features of a decision are absent from the table, and the
    /// first pass alone settles them.
    @inline(__always)
    public func best(_ features: UnsafeBufferPointer<UInt64>) -> Int {
        let count = features.count
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: classCount) { scores in
                    scores.initialize(repeating: 0)
                    withUnsafeTemporaryAllocation(of: Slot.self, capacity: count) { home in
                        for index in 0..<count {
                            home[index] = slots[Int(truncatingIfNeeded: features[index]) & mask]
                        }
                        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { hits in
                            var hitCount = 0
                            for index in 0..<count {
                                let key = Self.key(features[index])
                                guard let slot = SlotProbe.find(
                                    in: slots, home: home[index], homeIndex: Int(truncatingIfNeeded: features[index]) & mask, mask: mask,
                                    matches: { $0.key == key }, isEmpty: { $0.key == 0 })
                                else { continue }
                                hits[hitCount] = slot.packed
                                hitCount += 1
                            }
                            for hit in 0..<hitCount {
                                let packed = hits[hit]
                                let start = Int(packed >> 8)
                                for entry in start..<(start + Int(packed & 0xFF)) {
                                    scores[Int(entries[entry].cls)] &+= Int32(entries[entry].weight)
                                }
                            }
                        }
                    }
                    var best = 0
                    for cls in 1..<classCount where scores[cls] > scores[best] { best = cls }
                    return best
                }
            }
        }
    }

    /// The number of features, and every (feature, class, weight) entry, in slot order.
    var rowCount: Int { slots.reduce(0) { $0 + ($1.key != 0 ? 1 : 0) } }
    var largestWeight: Float { entries.reduce(Float(0)) { max($0, abs(Float($1.weight) * scale)) } }
    func forEachEntry(_ body: (UInt64, Int, Float) -> Void) {
        for index in slots.indices where slots[index].key != 0 {
            let slot = slots[index]
            for entry in slot.start..<(slot.start + slot.count) {
                body(slotFeatures[index], Int(entries[entry].cls), Float(entries[entry].weight) * scale)
            }
        }
    }

    // MARK: Serialization

    /// Writes the features in slot order with their entries; weights as 16-bit floats, which
    /// halves the model at no measurable cost in accuracy.
    func write(to writer: inout BinaryWriter) {
        writer.write(UInt32(classCount))
        let used = slots.indices.filter { slots[$0].key != 0 }.sorted { slotFeatures[$0] < slotFeatures[$1] }
        writer.write(UInt32(used.count))
        for index in used {
            let slot = slots[index]
            writer.write(slotFeatures[index])
            writer.write(UInt8(slot.count))
            for entry in slot.start..<(slot.start + slot.count) {
                writer.write(UInt8(entries[entry].cls))
                writer.write(Float16(Float(entries[entry].weight) * scale).bitPattern)
            }
        }
    }

    static func read(from reader: inout BinaryReader) throws -> SparseWeights {
        try readRows(from: &reader).build()
    }

    /// The rows of a weight table as the file lists them, not yet placed in slots: the parser
    /// places them in its own layout directly.
    static func readRows(from reader: inout BinaryReader) throws -> Builder {
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
                builder.weights.append(Self.float(half: try reader.read(UInt16.self)))
            }
        }
        return builder
    }

    /// A 16-bit float's value, by its bits: the platform's conversion is a library call on
    /// this processor, and a model has millions of weights.
    static func float(half bits: UInt16) -> Float {
        let sign = UInt32(bits & 0x8000) << 16
        let exponent = UInt32(bits >> 10) & 0x1F
        let mantissa = UInt32(bits & 0x3FF)
        if exponent == 0 {
            let magnitude = Float(mantissa) * (1.0 / 16_777_216.0)  // 2^-24
            return sign == 0 ? magnitude : -magnitude
        }
        if exponent == 0x1F { return Float(bitPattern: sign | 0x7F80_0000 | mantissa << 13) }
        return Float(bitPattern: sign | (exponent + 112) << 23 | mantissa << 13)
    }
}
