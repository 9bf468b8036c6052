import NewsFrameStore

/// The changes of a `diff`, with a removal and an addition of the same span in the same run and
/// document paired into one change ("Ain al-Asad Air Base" → "Ain al-Assad Air Base"), so an
/// edited canonical name or value reads as what it is rather than as a loss and a gain.
struct ChangeList {
    struct Entry {
        /// `+` added, `-` removed, `~` changed (`previous` holds the old label and rule).
        var change: String
        var current: CorpusStore.AnnotationChange
        var previous: CorpusStore.AnnotationChange?
    }

    let entries: [Entry]

    init(_ changes: [CorpusStore.AnnotationChange]) {
        struct Key: Hashable {
            var run: Int64
            var doc: String
            var kind: String
            var start: Int
            var end: Int
        }
        func key(_ change: CorpusStore.AnnotationChange) -> Key {
            Key(run: change.runID, doc: change.docID, kind: change.kind, start: change.start, end: change.end)
        }
        // Removals waiting for an addition of the same span; each pairs once.
        var removed: [Key: [Int]] = [:]
        for (index, change) in changes.enumerated() where change.change == "-" { removed[key(change), default: []].append(index) }
        var paired: [Int: Int] = [:]
        var consumed: Set<Int> = []
        for (index, change) in changes.enumerated() where change.change == "+" {
            guard var waiting = removed[key(change)], !waiting.isEmpty else { continue }
            let partner = waiting.removeFirst()
            removed[key(change)] = waiting
            paired[index] = partner
            consumed.insert(partner)
        }
        var entries: [Entry] = []
        for (index, change) in changes.enumerated() where !consumed.contains(index) {
            if let partner = paired[index] {
                entries.append(Entry(change: "~", current: change, previous: changes[partner]))
            } else {
                entries.append(Entry(change: change.change, current: change, previous: nil))
            }
        }
        self.entries = entries
    }
}
