import Foundation
import NewsFrameCore

/// Packs a document's tokens into one blob, so a corpus of millions of documents needs no
/// row per token, and so the single writer moves few bytes: about two a token.
///
/// Each token is two LEB128 varints: the gap from the previous token's end (from 0 for the
/// first), then `length << 2 | kind`. Most gaps are 0 or 1 and most words are shorter than
/// 32 scalars, so a token usually takes two bytes, against nine for fixed-width offsets
/// (stores made before migration `v8-compact-tokens` are converted by it).
public enum TokenCodec {
    public static func encode(_ tokens: [Token]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tokens.count * 2 + 8)
        var previousEnd = 0
        for token in tokens {
            Varint.append(UInt64(max(0, token.start - previousEnd)), to: &bytes)
            Varint.append(UInt64(max(0, token.end - token.start)) << 2 | UInt64(token.kind.rawValue & 3), to: &bytes)
            previousEnd = token.end
        }
        return Data(bytes)
    }

    /// Decodes a blob `encode` made; a truncated blob yields the tokens before the cut.
    public static func decode(_ data: Data) -> [Token] {
        var tokens: [Token] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            tokens.reserveCapacity(raw.count / 2)
            var position = 0
            var previousEnd = 0
            while position < raw.count {
                guard let gap = Varint.read(raw, &position), let packed = Varint.read(raw, &position) else { break }
                let start = previousEnd + Int(gap)
                let end = start + Int(packed >> 2)
                tokens.append(Token(start: start, end: end, kind: TokenKind(rawValue: UInt8(packed & 3)) ?? .symbol))
                previousEnd = end
            }
        }
        return tokens
    }

    /// The fixed-width layout of stores before `v8-compact-tokens` (start and end as
    /// little-endian UInt32, then the kind byte): read only by that migration.
    static func decodeFixedWidth(_ data: Data) -> [Token] {
        let stride = 9
        var tokens: [Token] = []
        data.withUnsafeBytes { raw in
            for index in 0..<(raw.count / stride) {
                let offset = index * stride
                let start = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                let end = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
                tokens.append(Token(start: Int(start), end: Int(end), kind: TokenKind(rawValue: raw[offset + 8]) ?? .symbol))
            }
        }
        return tokens
    }
}
