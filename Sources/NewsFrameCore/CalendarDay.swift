/// A proleptic Gregorian day, with the arithmetic TIMEX3 values need: days, months, ISO
/// weeks, quarters, weekdays. Kept free of Foundation's calendars so results never depend
/// on the machine's time zone or locale.
package struct CalendarDay: Hashable, Comparable, Sendable {
    package var year: Int
    package var month: Int
    package var day: Int

    package init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    package init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1...12).contains(month), (1...CalendarDay.length(of: month, in: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    package static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    package static func length(of month: Int, in year: Int) -> Int {
        [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    package var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    package init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// ISO weekday: Monday 1 … Sunday 7.
    package var weekday: Int {
        let value = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (4)
        return (value < 0 ? value + 7 : value) + 1
    }

    package func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    package func adding(months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        return CalendarDay(year: newYear, month: newMonth, day: min(day, CalendarDay.length(of: newMonth, in: newYear)))
    }

    /// ISO 8601 week-numbering year and week.
    package var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let firstOfYear = CalendarDay(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.ordinal - firstOfYear.ordinal) / 7 + 1)
    }

    package var quarter: Int { (month - 1) / 3 + 1 }

    /// The weekday (1 = Monday … 7 = Sunday) of a value that names only a weekday
    /// (`XXXX-WXX-2`, `XXXX-WXX-2TNI`): what an undated text says of a day.
    package static func unanchoredWeekday(_ value: String) -> Int? {
        guard value.hasPrefix("XXXX-WXX-"), let digit = value.dropFirst(9).first, let weekday = Int(String(digit)), (1...7).contains(weekday) else {
            return nil
        }
        return weekday
    }

    package static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.ordinal < rhs.ordinal }

    package static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - text.count)) + text
    }

    package var iso: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }
    package var isoMonth: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))" }
    package var isoWeekValue: String {
        let week = isoWeek
        return "\(Self.pad(week.year, 4))-W\(Self.pad(week.week, 2))"
    }
}
