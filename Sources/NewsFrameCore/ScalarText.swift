/// A document body addressed by Unicode scalar offsets, the unit every NewsFrame span uses.
/// Swift strings index by grapheme; ICU by UTF-16; exports by code point. Holding the scalars
/// and their UTF-8 positions once per document makes slicing by offset a copy of bytes,
/// which every stage and every export does for every span.
public struct ScalarText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]
    private let utf8: [UInt8]
    /// UTF-8 offset of each scalar, plus one entry for the end.
    private let utf8Offsets: [Int32]

    public init(_ string: String) {
        self.string = string
        let utf8 = Array(string.utf8)
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(utf8.count)
        var offsets: [Int32] = []
        offsets.reserveCapacity(utf8.count + 1)
        var position = 0
        for scalar in string.unicodeScalars {
            scalars.append(scalar)
            offsets.append(Int32(position))
            position += UTF8.width(scalar)
        }
        offsets.append(Int32(position))
        self.scalars = scalars
        self.utf8 = utf8
        self.utf8Offsets = offsets
    }

    public var count: Int { scalars.count }

    /// The text of `[start, end)`; offsets outside the text are clamped.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return String(decoding: utf8[Int(utf8Offsets[lower])..<Int(utf8Offsets[upper])], as: UTF8.self)
    }

    public func slice(_ span: Span) -> String { slice(span.start, span.end) }

    /// Calls `body` with each token's index, the token and its UTF-8 bytes, without making a
    /// string: every stage looks each token up in its lexicons this way.
    public func forEachToken(_ tokens: [Token], _ body: (Int, Token, UnsafeBufferPointer<UInt8>) -> Void) {
        utf8.withUnsafeBufferPointer { bytes in
            utf8Offsets.withUnsafeBufferPointer { offsets in
                for (index, token) in tokens.enumerated() {
                    let lower = max(0, min(token.start, scalars.count))
                    let upper = max(lower, min(token.end, scalars.count))
                    body(index, token, UnsafeBufferPointer(rebasing: bytes[Int(offsets[lower])..<Int(offsets[upper])]))
                }
            }
        }
    }
}
