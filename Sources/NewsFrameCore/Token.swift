/// A word, number, punctuation mark or symbol; whitespace is never a token.
public struct Token: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var kind: TokenKind

    public init(start: Int, end: Int, kind: TokenKind) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    public var span: Span { Span(start, end) }
}

/// What a token is made of; stored as one byte per token.
public enum TokenKind: UInt8, Sendable, CaseIterable, Codable {
    case word = 0
    case number = 1
    case punctuation = 2
    case symbol = 3

    public var name: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .punctuation: "punct"
        case .symbol: "symbol"
        }
    }
}
