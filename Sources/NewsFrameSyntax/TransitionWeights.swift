/// The parser's weights laid out for its three transitions: each slot holds a 16-bit key
/// and the three weights as 16-bit integers (one scale for the table), eight bytes, so scoring
/// a feature is one memory access where the sparse layout needs two (slot, then entries), and
/// the table is half the size. The parser makes two decisions a word with about eighty
/// features each, most of them absent from the table: this is its hot loop, and it waits on
/// memory, not arithmetic.
///
/// The slot index comes from the hash's low bits and the key from bits 48-63, so two features
/// are confused only if both agree: about one probe in 65,000 that lands on a taken slot.
struct TransitionWeights: Sendable {
    private struct Slot {
        var key: UInt16 = 0
        var shift: Int16 = 0
        var left: Int16 = 0
        var right: Int16 = 0
    }

    private let slots: [Slot]
    private let mask: Int
    private let scale: Float

    @inline(__always) static func key(_ feature: UInt64) -> UInt16 {
        let high = UInt16(truncatingIfNeeded: feature >> 48)
        return high == 0 ? 1 : high
    }

    init(_ sparse: SparseWeights) {
        var rows = SparseWeights.Builder(classCount: 3)
        var lastFeature: UInt64 = 0
        var entries: [(UInt8, Float)] = []
        sparse.forEachEntry { feature, cls, weight in
            if feature != lastFeature, !entries.isEmpty {
                rows.add(feature: lastFeature, entries: entries)
                entries.removeAll(keepingCapacity: true)
            }
            lastFeature = feature
            entries.append((UInt8(cls), weight))
        }
        if !entries.isEmpty { rows.add(feature: lastFeature, entries: entries) }
        self.init(rows: rows)
    }

    /// Places rows read from a model file, in one pass over them.
    init(rows: SparseWeights.Builder) {
        var capacity = 16
        while capacity < rows.features.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        self.mask = mask
        let largest = rows.weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        self.scale = scale
        var slots = [Slot](repeating: Slot(), count: capacity)
        var entry = 0
        for (row, feature) in rows.features.enumerated() {
            var index = Int(truncatingIfNeeded: feature) & mask
            while slots[index].key != 0 { index = (index + 1) & mask }
            var slot = Slot(key: Self.key(feature))
            for _ in 0..<Int(rows.counts[row]) {
                let quantized = Int16(clamping: Int((rows.weights[entry] / scale).rounded()))
                switch rows.classes[entry] {
                case 0: slot.shift = quantized
                case 1: slot.left = quantized
                default: slot.right = quantized
                }
                entry += 1
            }
            slots[index] = slot
        }
        self.slots = slots
    }

    /// Adds the weights of `features` to the three scores. Home slots are loaded in one pass
    /// (independent loads the processor overlaps), keys compared in a second.
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: inout (Float, Float, Float)) {
        let count = features.count
        var shift: Int32 = 0, left: Int32 = 0, right: Int32 = 0
        slots.withUnsafeBufferPointer { slots in
            withUnsafeTemporaryAllocation(of: Slot.self, capacity: count) { home in
                for index in 0..<count { home[index] = slots[Int(truncatingIfNeeded: features[index]) & mask] }
                for index in 0..<count {
                    let key = Self.key(features[index])
                    guard let slot = SlotProbe.find(
                        in: slots, home: home[index], homeIndex: Int(truncatingIfNeeded: features[index]) & mask, mask: mask,
                        matches: { $0.key == key }, isEmpty: { $0.key == 0 })
                    else { continue }
                    shift &+= Int32(slot.shift)
                    left &+= Int32(slot.left)
                    right &+= Int32(slot.right)
                }
            }
        }
        scores = (Float(shift) * scale, Float(left) * scale, Float(right) * scale)
    }
}
