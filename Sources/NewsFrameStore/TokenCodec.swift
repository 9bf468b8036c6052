import Foundation
import NewsFrameCore

/// Packs a document's tokens into one blob (9 bytes a token: start and end as little-endian
/// UInt32, then the kind), so a corpus of millions of documents needs no row per token.
/// The single writer encodes every page, so this is written for speed.
public enum TokenCodec {
    static let stride = 9

    public static func encode(_ tokens: [Token]) -> Data {
        var bytes = [UInt8](repeating: 0, count: tokens.count * stride)
        bytes.withUnsafeMutableBytes { raw in
            for (index, token) in tokens.enumerated() {
                let offset = index * stride
                raw.storeBytes(of: UInt32(token.start).littleEndian, toByteOffset: offset, as: UInt32.self)
                raw.storeBytes(of: UInt32(token.end).littleEndian, toByteOffset: offset + 4, as: UInt32.self)
                raw[offset + 8] = token.kind.rawValue
            }
        }
        return Data(bytes)
    }

    public static func decode(_ data: Data) -> [Token] {
        let count = data.count / stride
        var tokens: [Token] = []
        tokens.reserveCapacity(count)
        data.withUnsafeBytes { raw in
            for index in 0..<count {
                let offset = index * stride
                let start = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                let end = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
                tokens.append(Token(start: Int(start), end: Int(end), kind: TokenKind(rawValue: raw[offset + 8]) ?? .symbol))
            }
        }
        return tokens
    }
}
