/// The days a TIMEX3 date value covers, as day numbers (days since 1970-01-01), so dates of
/// different precision can be compared: `2023-11-01` is one day, `2023-W44` seven, `2023-11`
/// a month. Values with unknown parts (`XXXX-10-22`) or no date (`P1W`) have none.
public struct DayRange: Sendable, Hashable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    public var length: Int { last - first + 1 }

    public init?(value: String) {
        let scalars = Array(value.unicodeScalars)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var result = 0
            for index in range {
                guard let digit = Int(String(scalars[index])) else { return nil }
                result = result * 10 + digit
            }
            return result
        }
        guard let year = number(0..<4), scalars.count >= 7, scalars[4] == "-" else { return nil }
        if scalars[5] == "W", let week = number(6..<8) {
            // ISO week: the week holding January 4th is week 1; weeks start on Monday.
            let january4 = Self.day(year: year, month: 1, day: 4)
            let monday = january4 - Self.weekdayIndex(january4)
            first = monday + (week - 1) * 7
            last = first + 6
            return
        }
        guard let month = number(5..<7), (1...12).contains(month) else { return nil }
        if scalars.count >= 10, scalars[7] == "-", let day = number(8..<10) {
            first = Self.day(year: year, month: month, day: day)
            last = first
            return
        }
        first = Self.day(year: year, month: month, day: 1)
        let next = month == 12 ? Self.day(year: year + 1, month: 1, day: 1) : Self.day(year: year, month: month + 1, day: 1)
        last = next - 1
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    public static func day(year: Int, month: Int, day: Int) -> Int { CalendarDay(year: year, month: month, day: day).ordinal }

    /// 0 for Monday … 6 for Sunday.
    static func weekdayIndex(_ day: Int) -> Int { CalendarDay(ordinal: day).weekday - 1 }

    /// The weekday (1 = Monday … 7 = Sunday) of a day number.
    public static func weekday(_ day: Int) -> Int { weekdayIndex(day) + 1 }

    /// The weekday of a value that names only a weekday (`XXXX-WXX-1`): an undated report's day.
    public static func unanchoredWeekday(_ value: String) -> Int? { CalendarDay.unanchoredWeekday(value) }

    /// `YYYY-MM-DD` of a day number.
    public static func string(_ day: Int) -> String { CalendarDay(ordinal: day).iso }
}
