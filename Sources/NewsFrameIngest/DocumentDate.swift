/// Reduces the dates dumps carry (ISO dates and date-times, RFC 2822) to the `YYYY-MM-DD`
/// document creation time that temporal normalization anchors on.
public enum DocumentDate {
    /// The `YYYY-MM-DD` day of `value`, or nil when it is no date this reader knows.
    public static func day(from value: String) -> String? {
        let trimmed = value.trimmingPrefixSuffixSpaces()
        let scalars = Array(trimmed.unicodeScalars)
        if scalars.count >= 10, let day = isoDay(scalars) {
            if scalars.count == 10 || scalars[10] == "T" || scalars[10] == " " || scalars[10] == "t" { return day }
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

extension String {
    func trimmingPrefixSuffixSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
