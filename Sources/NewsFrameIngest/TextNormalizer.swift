import CICU

/// Unicode NFC through ICU, so that "é" typed two ways is one string and one offset scheme.
/// Text below U+0300 (most English news) is recognized as NFC without converting it.
public enum TextNormalizer {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func nfc(_ text: String) throws -> String {
        var copy = text
        return try copy.withUTF8 { bytes -> String in
            var output: UnsafeMutablePointer<CChar>? = nil
            var error = [CChar](repeating: 0, count: 256)
            let length = bytes.withMemoryRebound(to: CChar.self) { chars in
                nf_nfc_utf8(chars.baseAddress, Int32(chars.count), &output, &error, 256)
            }
            if length < 0 {
                throw Failure(description: "NFC normalization failed: " + error.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
            }
            guard length > 0, let output else { return text }
            defer { nf_free(output) }
            return output.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                String(decoding: UnsafeBufferPointer(start: $0, count: Int(length)), as: UTF8.self)
            }
        }
    }
}
