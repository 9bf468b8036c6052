import Foundation
import NewsFrameCore

/// Packs a document's tokens into one blob (9 bytes a token: start, end, kind), so a corpus
/// of millions of documents does not need a row per token.
public enum TokenCodec {
    public static func encode(_ tokens: [Token]) -> Data {
        var data = Data(capacity: tokens.count * 9)
        for token in tokens {
            withUnsafeBytes(of: UInt32(token.start).littleEndian) { data.append(contentsOf: $0) }
            withUnsafeBytes(of: UInt32(token.end).littleEndian) { data.append(contentsOf: $0) }
            data.append(token.kind.rawValue)
        }
        return data
    }

    public static func decode(_ data: Data) -> [Token] {
        let bytes = [UInt8](data)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 9)
        var offset = 0
        func word(_ at: Int) -> Int {
            Int(UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24)
        }
        while offset + 9 <= bytes.count {
            tokens.append(Token(
                start: word(offset), end: word(offset + 4), kind: TokenKind(rawValue: bytes[offset + 8]) ?? .symbol))
            offset += 9
        }
        return tokens
    }
}
