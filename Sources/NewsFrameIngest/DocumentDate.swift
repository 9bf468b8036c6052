/// Reduces the dates dumps carry (ISO dates and date-times, RFC 2822) to the `YYYY-MM-DD`
/// document creation time that temporal normalization anchors on.
public enum DocumentDate {
    /// The `YYYY-MM-DD` day of `value`, or nil when it is no date this reader knows.
    public static func day(from value: String) -> String? {
        let trimmed = value.trimmingPrefixSuffixSpaces()
        let scalars = Array(trimmed.unicodeScalars)
        if scalars.count >= 10, let day = isoDay(scalars) {
            if scalars.count == 10 { return day }
            if scalars[10] == "T" || scalars[10] == " " || scalars[10] == "t", isoTime(scalars[11...]) { return day }
            return nil
        }
        return rfc2822Day(trimmed)
    }

    private static func isoDay(_ scalars: [Unicode.Scalar]) -> String? {
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard let digit = scalars[index].properties.numericType == .decimal ? Int(String(scalars[index])) : nil else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard scalars[4] == "-", scalars[7] == "-", let year = digits(0..<4), let month = digits(5..<7),
            let day = digits(8..<10), isValid(year: year, month: month, day: day)
        else { return nil }
        return format(year, month, day)
    }

    /// An ISO 8601 time of day with an optional fraction and zone (`10:00`, `23:59:60.5Z`,
    /// `08:00:00+05:30`): a date-time whose clock is impossible (`25:61`) is no date at all,
    /// since the day it names cannot be trusted either.
    private static func isoTime(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(String.UnicodeScalarView(scalars))
        func number(_ part: Substring.SubSequence, _ range: ClosedRange<Int>) -> Bool {
            part.count == 2 && part.allSatisfy(\.isASCIIDigitCharacter) && range.contains(Int(part)!)
        }
        // The zone: Z, or ±HH:MM / ±HHMM after the last clock field.
        var clock = text[...]
        if clock.hasSuffix("Z") || clock.hasSuffix("z") {
            clock = clock.dropLast()
        } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = clock[clock.index(after: sign)...].replacingOccurrences(of: ":", with: "")
            guard zone.count == 4, zone.allSatisfy(\.isASCIIDigitCharacter), Int(zone.prefix(2))! <= 14, Int(zone.suffix(2))! <= 59
            else { return false }
            clock = clock[..<sign]
        }
        while clock.last == " " { clock = clock.dropLast() }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), number(fields[0], 0...24), number(fields[1], 0...59) else { return false }
        if fields.count == 3 {
            let second = fields[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard number(second[0], 0...60) else { return false }
            if second.count == 2, second[1].isEmpty || !second[1].allSatisfy(\.isASCIIDigitCharacter) { return false }
        }
        return fields[0] != "24" || (fields[1] == "00" && (fields.count == 2 || fields[2].allSatisfy { $0 == "0" || $0 == "." }))
    }

    /// RFC 2822 (`Fri, 03 Nov 2023 10:00:00 GMT`): its month names are fixed by the format.
    private static func rfc2822Day(_ value: String) -> String? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        var parts = value.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = parts.first, Int(first) == nil { parts.removeFirst() }
        guard parts.count >= 3, let day = Int(parts[0]), let monthIndex = months.firstIndex(of: parts[1].lowercased()),
            let year = Int(parts[2]), isValid(year: year, month: monthIndex + 1, day: day)
        else { return nil }
        return format(year, monthIndex + 1, day)
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension String {
    func trimmingPrefixSuffixSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
