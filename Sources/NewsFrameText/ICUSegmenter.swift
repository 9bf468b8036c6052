import CICU
import NewsFrameCore

/// ICU's word and sentence break iterators over a document, reported in scalar offsets.
///
/// ICU counts UTF-16 units; NewsFrame counts scalars. The two agree until the first
/// character outside the Basic Multilingual Plane, so the map is built only when one occurs.
struct ICUSegmenter {
    struct Segment {
        var start: Int
        var end: Int
        var status: Int32
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let utf16: [UInt16]
    private let scalarOffset: [Int]?

    init(text: String) {
        var copy = text
        let units = copy.withUTF8 { bytes -> [UInt16] in
            [UInt16](unsafeUninitializedCapacity: bytes.count + 1) { buffer, count in
                let written = bytes.withMemoryRebound(to: CChar.self) { chars in
                    nf_utf8_to_utf16(chars.baseAddress, Int32(chars.count), buffer.baseAddress, Int32(buffer.count))
                }
                count = max(0, Int(written))
            }
        }
        utf16 = units
        if units.contains(where: { UTF16.isLeadSurrogate($0) }) {
            var map = [Int](repeating: 0, count: units.count + 1)
            var scalar = 0
            for index in 0..<units.count {
                map[index] = scalar
                if !UTF16.isLeadSurrogate(units[index]) { scalar += 1 }
            }
            map[units.count] = scalar
            scalarOffset = map
        } else {
            scalarOffset = nil
        }
    }

    func segments(_ kind: nf_break_kind, locale: String) throws -> [Segment] {
        if utf16.isEmpty { return [] }
        var boundaries = [Int32](repeating: 0, count: utf16.count + 1)
        var statuses = [Int32](repeating: 0, count: utf16.count + 1)
        var error = [CChar](repeating: 0, count: 256)
        let count = utf16.withUnsafeBufferPointer { text in
            nf_break_boundaries(kind, locale, text.baseAddress, Int32(text.count), &boundaries, &statuses, &error, 256)
        }
        if count < 0 {
            let message = error.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw Failure(description: "ICU break iterator for locale '\(locale)': \(message)")
        }
        var result: [Segment] = []
        result.reserveCapacity(Int(count))
        var previous = 0
        for index in 0..<Int(count) {
            let boundary = Int(boundaries[index])
            result.append(Segment(start: scalar(previous), end: scalar(boundary), status: statuses[index]))
            previous = boundary
        }
        return result
    }

    private func scalar(_ utf16Offset: Int) -> Int {
        scalarOffset?[utf16Offset] ?? utf16Offset
    }
}
