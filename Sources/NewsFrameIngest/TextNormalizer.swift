import CICU

/// Unicode NFC through ICU, so that "é" typed two ways is one string and one offset scheme.
public enum TextNormalizer {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func nfc(_ text: String) throws -> String {
        let units = Array(text.utf16)
        if units.isEmpty || nf_is_nfc(units, Int32(units.count)) == 1 { return text }
        var capacity = units.count + 16
        var error = [CChar](repeating: 0, count: 256)
        for _ in 0..<2 {
            var output = [UInt16](repeating: 0, count: capacity)
            let written = nf_normalize_nfc(units, Int32(units.count), &output, Int32(capacity), &error, 256)
            if written == Int32.min {
                throw Failure(description: "NFC normalization failed: " + error.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
            }
            if written >= 0 { return String(decoding: output[0..<Int(written)], as: UTF16.self) }
            capacity = Int(-written - 1)
        }
        throw Failure(description: "NFC normalization failed: buffer size")
    }
}
