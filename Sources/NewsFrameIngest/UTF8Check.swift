/// Finds the first byte that breaks UTF-8, so a reject can say where the damage is.
public enum UTF8Check {
    /// The offset of the first invalid byte, or nil when `bytes` is valid UTF-8.
    public static func firstInvalidOffset<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: return index - bytes.startIndex
            }
            if index + length > end { return index - bytes.startIndex }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return index - bytes.startIndex }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return index - bytes.startIndex
            }
            minimum = 0
            index += length
        }
        return nil
    }

    /// The 1-based line of a byte offset.
    static func line<Bytes: Collection>(of offset: Int, in bytes: Bytes) -> Int where Bytes.Element == UInt8 {
        1 + bytes.prefix(offset).reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
