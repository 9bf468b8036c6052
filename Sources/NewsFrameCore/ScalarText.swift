/// A document body addressed by Unicode scalar offsets, the unit every NewsFrame span uses.
/// Swift strings index by grapheme; ICU by UTF-16; exports by code point. Holding the scalars
/// once per document makes slicing by offset constant time for every stage.
public struct ScalarText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    public var count: Int { scalars.count }

    /// The text of `[start, end)`; offsets outside the text are clamped.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    public func slice(_ span: Span) -> String { slice(span.start, span.end) }
}
