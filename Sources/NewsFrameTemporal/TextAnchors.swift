import NewsFrameCore

/// The dates a text has named so far, by how precisely: what an expression that refers
/// back resolves against. "that day" needs the latest full date, but "that year" and "the
/// previous year" take the latest year the text names, even as a bare year ("in 1988 … that
/// year") or a month ("in June 1998 … later that year").
struct TextAnchors {
    /// How precise a date value is; an anchor serves every unit at most as precise as it.
    enum Precision: Int {
        case year = 0, quarter, month, day
    }

    /// The latest anchor of each precision or finer, with the offset of its timex.
    private var latest: [(day: CalendarDay, start: Int)?] = [nil, nil, nil, nil]

    /// Records a DATE value if it names a definite period ("1988", "1988-Q2", "1998-06", "1998-06-12").
    mutating func note(_ value: String, start: Int) {
        guard let (day, precision) = Self.parse(value) else { return }
        for level in 0...precision.rawValue { latest[level] = (day, start) }
    }

    /// The latest anchor precise enough for a shift by `unit` (a TIMEX3 unit code; nil when
    /// the rule names none, which needs a full date).
    func anchor(for unit: String?) -> (day: CalendarDay, start: Int)? {
        latest[Self.precision(of: unit).rawValue]
    }

    static func precision(of unit: String?) -> Precision {
        switch unit {
        case "Y", "DE", "CE": return .year
        case "Q": return .quarter
        case "M": return .month
        default: return .day
        }
    }

    /// The first day of the period a value names, and how precisely it names it.
    static func parse(_ value: String) -> (CalendarDay, Precision)? {
        let scalars = Array(value.unicodeScalars)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var result = 0
            for index in range {
                guard scalars[index].value >= 0x30, scalars[index].value <= 0x39 else { return nil }
                result = result * 10 + Int(scalars[index].value - 0x30)
            }
            return result
        }
        guard let year = number(0..<4) else { return nil }
        if scalars.count == 4 { return (CalendarDay(year: year, month: 1, day: 1), .year) }
        guard scalars[4] == "-" else { return nil }
        if scalars.count == 7, scalars[5] == "Q", let quarter = number(6..<7), (1...4).contains(quarter) {
            return (CalendarDay(year: year, month: quarter * 3 - 2, day: 1), .quarter)
        }
        guard let month = number(5..<7), (1...12).contains(month) else { return (CalendarDay(year: year, month: 1, day: 1), .year) }
        if scalars.count == 7 { return (CalendarDay(year: year, month: month, day: 1), .month) }
        if scalars.count >= 10, scalars[7] == "-", let day = CalendarDay(iso: String(value.prefix(10))) { return (day, .day) }
        return (CalendarDay(year: year, month: month, day: 1), .month)
    }
}
