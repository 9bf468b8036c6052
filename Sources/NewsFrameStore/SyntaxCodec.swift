import Foundation
import NewsFrameCore

/// Packs a document's syntactic words into one blob, like `TokenCodec`: a table of the
/// distinct strings (tags, relations, lemmas, lemma rules) once, then per word a few LEB128
/// varints: the gap from the previous word's end, its length, its token step, its head as a
/// zigzag distance, and five string numbers. News words take about eight bytes each.
public enum SyntaxCodec {
    /// The `rule` of a document's syntax row: the trained model, whose file the stage's
    /// fingerprint (in `runs`) hashes; each word's lemma carries its own rule.
    public static let rule = "model"

    public static func encode(_ words: [SyntaxWord]) -> Data {
        var strings: [String] = []
        var numbers: [String: Int] = [:]
        func number(_ string: String) -> Int {
            if let known = numbers[string] { return known }
            numbers[string] = strings.count
            strings.append(string)
            return strings.count - 1
        }
        var body: [UInt8] = []
        body.reserveCapacity(words.count * 10)
        var previousEnd = 0
        var previousToken = 0
        for (index, word) in words.enumerated() {
            Varint.append(UInt64(max(0, word.start - previousEnd)), to: &body)
            Varint.append(UInt64(max(0, word.end - word.start)), to: &body)
            Varint.append(UInt64(max(0, word.token - previousToken)), to: &body)
            Varint.append(Varint.zigzag(word.head < 0 ? 0 : word.head - index + (word.head >= index ? 1 : 0)), to: &body)
            for string in [word.upos, word.xpos, word.lemma, word.deprel, word.lemmaRule] {
                Varint.append(UInt64(number(string)), to: &body)
            }
            previousEnd = word.end
            previousToken = word.token
        }
        var bytes: [UInt8] = []
        Varint.append(UInt64(strings.count), to: &bytes)
        for string in strings {
            let utf8 = Array(string.utf8)
            Varint.append(UInt64(utf8.count), to: &bytes)
            bytes.append(contentsOf: utf8)
        }
        bytes.append(contentsOf: body)
        return Data(bytes)
    }

    /// Decodes a blob `encode` made; a damaged blob yields the words before the damage.
    public static func decode(_ data: Data) -> [SyntaxWord] {
        var words: [SyntaxWord] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var position = 0
            guard let stringCount = Varint.read(raw, &position), stringCount <= UInt64(raw.count) else { return }
            var strings: [String] = []
            strings.reserveCapacity(Int(stringCount))
            for _ in 0..<stringCount {
                guard let length = Varint.read(raw, &position), position + Int(length) <= raw.count else { return }
                strings.append(String(decoding: UnsafeRawBufferPointer(rebasing: raw[position..<(position + Int(length))]), as: UTF8.self))
                position += Int(length)
            }
            var previousEnd = 0
            var previousToken = 0
            while position < raw.count {
                var fields: [UInt64] = []
                for _ in 0..<9 {
                    guard let value = Varint.read(raw, &position) else { return }
                    fields.append(value)
                }
                let names = fields[4...].map { Int($0) < strings.count ? strings[Int($0)] : "" }
                let index = words.count
                let distance = Varint.unzigzag(fields[3])
                let head = distance == 0 ? -1 : index + distance - (distance > 0 ? 1 : 0)
                let start = previousEnd + Int(fields[0])
                let token = previousToken + Int(fields[2])
                words.append(SyntaxWord(
                    start: start, end: start + Int(fields[1]), token: token, upos: names[0], xpos: names[1], lemma: names[2],
                    head: head, deprel: names[3], lemmaRule: names[4]))
                previousEnd = start + Int(fields[1])
                previousToken = token
            }
        }
        return words
    }
}

/// LEB128 varints and zigzag signed numbers, shared by the blob codecs.
enum Varint {
    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    static func read(_ raw: UnsafeRawBufferPointer, _ position: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < raw.count, shift < 64 {
            let byte = raw[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    static func zigzag(_ value: Int) -> UInt64 { UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))) }
    static func unzigzag(_ value: UInt64) -> Int { Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)) }
}
