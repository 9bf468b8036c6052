/// A half-open range of Unicode scalar offsets into a document's text.
public struct Span: Sendable, Hashable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
