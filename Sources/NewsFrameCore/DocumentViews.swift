import Foundation

/// Views of one document that two stages would build alike from the same annotations: the
/// quotation stage's token view, which the events stage reads too, cost the events stage a
/// fifth of its time when it built its own. The first stage keeps its view here and the later
/// one takes it instead of building it again.
///
/// A view is handed over only while the document still holds the very annotation arrays it
/// was read from (compared by storage, which the entry holds on to so that it cannot be
/// reused), and only under the key its builder names (the lexicon files it read): a stage in
/// between that replaces the entities, or a stage with other lexicons, builds its own, so
/// what a stage produces never depends on whether a view was shared.
public final class DocumentViews: @unchecked Sendable {
    private struct Entry {
        let view: AnyObject
        let source: AnnotationSet
        let kinds: Set<AnnotationKind>
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    public init() {}

    /// Keeps `view`, read from the `kinds` of `annotations`, for a later stage to take.
    public func keep(_ view: AnyObject, key: String, readFrom annotations: AnnotationSet, kinds: Set<AnnotationKind>) {
        let entry = Entry(view: view, source: annotations.keeping(kinds), kinds: kinds)
        lock.withLock { entries[key] = entry }
    }

    /// Takes (and forgets) the view kept under `key` when `annotations` still hold what it was
    /// read from; nil otherwise, and the caller builds its own.
    public func take<View: AnyObject>(_ type: View.Type, key: String, for annotations: AnnotationSet) -> View? {
        guard let entry = lock.withLock({ entries.removeValue(forKey: key) }) else { return nil }
        guard annotations.sharesStorage(with: entry.source, of: entry.kinds) else { return nil }
        return entry.view as? View
    }

    /// Whether no view is kept (a document that left the pipeline, or whose views were taken).
    public var isEmpty: Bool { lock.withLock { entries.isEmpty } }

    /// Forgets every view: a document leaving the pipeline carries none to the store's writer.
    public func removeAll() {
        lock.withLock { entries.removeAll() }
    }
}

extension AnnotationSet {
    /// Whether each of `kinds` is the same array here and in `other`: the same storage, or
    /// absent or empty in both.
    func sharesStorage(with other: AnnotationSet, of kinds: Set<AnnotationKind>) -> Bool {
        kinds.allSatisfy { kind in
            switch kind {
            case .tokens: Self.same(tokens, other.tokens)
            case .sentences: Self.same(sentences, other.sentences)
            case .syntax: Self.same(syntax, other.syntax)
            case .timexes: Self.same(timexes, other.timexes)
            case .entities: Self.same(entities, other.entities)
            case .quotes: Self.same(quotes, other.quotes)
            case .events: Self.same(events, other.events)
            }
        }
    }

    private static func same<Element>(_ first: [Element]?, _ second: [Element]?) -> Bool {
        switch (first, second) {
        case (nil, nil): return true
        case let (first?, second?):
            guard first.count == second.count else { return false }
            if first.isEmpty { return true }
            return first.withUnsafeBufferPointer { one in second.withUnsafeBufferPointer { other in one.baseAddress == other.baseAddress } }
        default: return false
        }
    }
}
