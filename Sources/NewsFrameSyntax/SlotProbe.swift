/// The linear probing both weight tables share: from a feature's home slot (already loaded,
/// see `SparseWeights.best`), the slot holding its key, or nil when an empty slot comes
/// first. Inlined into each table's loop, so the closures cost nothing.
enum SlotProbe {
    @inline(__always)
    static func find<Slot>(
        in slots: UnsafeBufferPointer<Slot>, home: Slot, homeIndex: Int, mask: Int, matches: (Slot) -> Bool, isEmpty: (Slot) -> Bool
    ) -> Slot? {
        if matches(home) { return home }
        if isEmpty(home) { return nil }
        var probe = homeIndex
        while true {
            probe = (probe + 1) & mask
            let slot = slots[probe]
            if matches(slot) { return slot }
            if isEmpty(slot) { return nil }
        }
    }
}
