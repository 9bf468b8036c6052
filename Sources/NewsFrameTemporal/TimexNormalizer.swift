import Foundation
import NewsFrameCore

/// Turns a rule's value expression and the parts a match bound into a TIMEX3 value.
///
/// A value is either a template (`P{n}D`, `PRESENT_REF`, `XXXX-WXX-{weekday}`) or a function
/// (`@date`, `@weekday(-1)`, `@shift(W,-1)`, `@duration({n},{unit})`, `@halfduration({n},{unit})`,
/// `@quarter`, `@season(-1)`, `@month(-1)`, `@everymonth`, `@pod(0)`, `@time`, `@holiday`, `@year`,
/// `@decade`). Functions resolve against
/// the reference day (the document date, or the text's latest date for text-anchored rules)
/// and return `X` placeholders when there is none.
struct TimexNormalizer {
    enum Tense {
        case past
        case future
        /// No cue near the expression.
        case unknown
    }

    struct Context {
        var reference: CalendarDay?
        /// Finds the tense cue when a value asks for it: most values never do, and the cue
        /// search reads the sentence around the expression.
        var findTense: () -> Tense
        var tense: Tense { findTense() }
        /// The value of the timex before this one in the text, for comparisons ("a year earlier").
        var previous: String? = nil
        /// The weekday (1 = Monday) of the latest bare weekday of an undated text, for day shifts.
        var referenceWeekday: Int? = nil
    }

    let parts: [String: String]
    let context: Context

    /// nil when the parts do not make a valid value (e.g. "February 30").
    func evaluate(_ expression: ValueExpression) -> String? {
        guard let name = expression.function else {
            let expanded = substitute(expression.source)
            return expanded.contains("{") ? nil : expanded
        }
        let arguments = expression.arguments.map(substitute)
        func offset(_ index: Int) -> Int? { index < arguments.count ? Int(arguments[index].replacingPlus) : nil }
        switch name {
        case "date": return date()
        case "century":
            // "the 20th century": TIMEX3 writes a century as its first two digits, 19.
            guard let ordinal = parts["c"].flatMap({ Int($0) }), (1...30).contains(ordinal) else { return nil }
            return CalendarDay.pad(ordinal - 1, 2)
        case "weekof":
            // "the week of March 6": the ISO week of that date.
            return date().flatMap { CalendarDay(iso: String($0.prefix(10))) }.map { $0.isoWeekValue }
        case "weekday": return weekday(offset(0))
        case "shift":
            guard arguments.count == 2 else { return nil }
            return shift(unit: arguments[0], by: arguments[1])
        case "duration":
            guard arguments.count == 2 else { return nil }
            return duration(arguments[0], unit: arguments[1])
        case "halfduration":
            guard arguments.count == 2, let count = Int(arguments[0]) else { return nil }
            return halfDuration(count, unit: arguments[1])
        case "quarter": return quarter(offset(0) ?? 0)
        case "everymonth":
            // "each July": the set of Julys.
            guard let month = parts["month"].flatMap({ Int($0) }), (1...12).contains(month) else { return nil }
            return "XXXX-\(CalendarDay.pad(month, 2))"
        case "season": return season(offset(0) ?? 0)
        case "month": return month(offset(0) ?? 0)
        case "pod": return partOfDay(dayOffset: offset(0) ?? 0, code: arguments.count > 1 ? arguments[1] : nil)
        case "time": return time(hour: offset(0), minute: offset(1))
        case "weekend": return weekend()
        case "compare":
            guard arguments.count == 2 else { return nil }
            return compare(unit: arguments[0], by: arguments[1])
        case "holiday": return holiday()
        case "inyear": return inYear(offset(0) ?? 0)
        case "year": return parts["year"].flatMap { Int($0) }.map { CalendarDay.pad($0, 4) }
        case "decade": return parts["decade"]
        default: return nil
        }
    }

    private func substitute(_ expression: String) -> String {
        guard expression.utf8.contains(UInt8(ascii: "{")) else { return expression }
        // One pass over the expression: each `{name}` of a bound part becomes its value;
        // an unbound one stays as written.
        var result = ""
        var folds = parts.count
        var rest = Substring(expression)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = parts[name] {
                // "--1" (a negative offset written before a part) folds into "1".
                if value.hasPrefix("-"), result.hasSuffix("-"), folds > 0 {
                    result.removeLast()
                    result += value.dropFirst()
                    folds -= 1
                } else {
                    result += value
                }
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    private var podSuffix: String { parts["pod"].map { "T\($0)" } ?? "" }

    private func date() -> String? {
        guard let month = parts["month"].flatMap({ Int($0) }), (1...12).contains(month) else { return nil }
        let explicitYear = parts["year"].flatMap { Int($0) }
        if let day = parts["day"].flatMap({ Int($0) }) {
            if let year = explicitYear {
                guard day <= CalendarDay.length(of: month, in: year) else { return nil }
                return CalendarDay(year: year, month: month, day: day).iso + podSuffix
            }
            guard day <= CalendarDay.length(of: month, in: 2000) else { return nil }
            guard let reference = context.reference else {
                return "XXXX-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))" + podSuffix
            }
            // A month and day without a year: the year that puts them nearest the reference.
            // (Directing it by tense was measured and lost: "extended to Nov. 20" reads past.)
            let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap { year -> CalendarDay? in
                day <= CalendarDay.length(of: month, in: year) ? CalendarDay(year: year, month: month, day: day) : nil
            }
            let nearest = candidates.min { abs($0.ordinal - reference.ordinal) < abs($1.ordinal - reference.ordinal) }
            return nearest.map { $0.iso + podSuffix }
        }
        if let year = explicitYear { return "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))" }
        guard let reference = context.reference else { return "XXXX-\(CalendarDay.pad(month, 2))" }
        var year = reference.year
        switch context.tense {
        case .past: if month > reference.month { year -= 1 }
        case .future: if month < reference.month { year += 1 }
        case .unknown:
            // No cue: the nearest such month, within six months either way.
            if month - reference.month > 6 { year -= 1 }
            if reference.month - month > 6 { year += 1 }
        }
        return "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))"
    }

    private func month(_ offset: Int) -> String? {
        guard let month = parts["month"].flatMap({ Int($0) }), (1...12).contains(month) else { return nil }
        guard let reference = context.reference else { return "XXXX-\(CalendarDay.pad(month, 2))" }
        var year = reference.year
        if offset < 0, month >= reference.month { year -= 1 }
        if offset > 0, month <= reference.month { year += 1 }
        return "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))"
    }

    private func weekday(_ offset: Int?) -> String? {
        guard let weekday = parts["weekday"].flatMap({ Int($0) }), (1...7).contains(weekday) else { return nil }
        guard let reference = context.reference else { return "XXXX-WXX-\(weekday)" + podSuffix }
        var difference = weekday - reference.weekday
        let direction = offset ?? (context.tense == .future ? 1 : context.tense == .past ? 0 : nil)
        guard let direction else {
            // No tense cue: the nearest such day, before or after.
            let back = difference > 0 ? difference - 7 : difference
            let forward = back + 7
            return reference.adding(days: -back < forward ? back : forward).iso + podSuffix
        }
        switch direction {
        case ..<0:
            if difference >= 0 { difference -= 7 }
        case 0:
            // Past tense: the nearest such day on or before the reference.
            if difference > 0 { difference -= 7 }
        default:
            // Future tense: the nearest such day on or after the reference, as past tense
            // takes it on or before ("will meet Friday" written on a Friday is that day);
            // "next Friday" (an explicit offset) is never the same day.
            if difference < 0 || (difference == 0 && offset != nil) { difference += 7 }
        }
        return reference.adding(days: difference).iso + podSuffix
    }

    private func shift(unit: String, by amount: String) -> String? {
        guard let reference = context.reference else {
            if unit == "D", let weekday = context.referenceWeekday, let count = Int(amount.replacingPlus) {
                return "XXXX-WXX-\(((weekday - 1 + count) % 7 + 7) % 7 + 1)" + podSuffix
            }
            return Self.unknown(unit)
        }
        guard let count = Int(amount.replacingPlus) else {
            return amount.contains("X") ? (amount.hasPrefix("-") ? "PAST_REF" : "FUTURE_REF") : nil
        }
        switch unit {
        case "D": return reference.adding(days: count).iso + podSuffix
        case "W": return reference.adding(days: 7 * count).isoWeekValue
        case "WE": return reference.adding(days: 7 * count).isoWeekValue + "-WE"
        case "M": return reference.adding(months: count).isoMonth
        case "Y": return CalendarDay.pad(reference.year + count, 4)
        case "Q":
            let index = reference.year * 4 + reference.quarter - 1 + count
            return "\(CalendarDay.pad(index / 4, 4))-Q\(index % 4 + 1)"
        case "DE": return String(CalendarDay.pad(reference.year + 10 * count, 4).prefix(3))
        case "CE": return String(CalendarDay.pad(reference.year + 100 * count, 4).prefix(2))
        case "H", "MIN": return reference.iso
        default: return nil
        }
    }

    static func unknown(_ unit: String) -> String? {
        switch unit {
        case "D", "H", "MIN": return "XXXX-XX-XX"
        case "W": return "XXXX-WXX"
        case "WE": return "XXXX-WXX-WE"
        case "M": return "XXXX-XX"
        case "Y": return "XXXX"
        case "Q": return "XXXX-QX"
        case "DE": return "XXX"
        case "CE": return "XX"
        default: return nil
        }
    }

    private func duration(_ amount: String, unit: String) -> String? {
        let count = amount == "X" ? "X" : Int(amount).map(String.init)
        guard let count else { return nil }
        switch unit {
        case "H": return "PT\(count)H"
        case "MIN": return "PT\(count)M"
        case "SEC": return "PT\(count)S"
        case "DE": return count == "X" ? "PXDE" : "P\(10 * Int(count)!)Y"
        case "D", "W", "M", "Y", "Q", "CE": return "P\(count)\(unit)"
        case "WE": return "P\(count == "X" ? "X" : String(2 * Int(count)!))D"
        default: return nil
        }
    }

    /// N and a half units ("an hour and a half", "2 1/2 years"): the half in the next smaller
    /// unit where it is whole (P2Y6M, PT1H30M), else as a decimal, as ISO 8601 allows on the
    /// last component (P1.5W).
    private func halfDuration(_ count: Int, unit: String) -> String? {
        switch unit {
        case "Y": return "P\(count)Y6M"
        case "D": return "P\(count)DT12H"
        case "H": return "PT\(count)H30M"
        case "MIN": return "PT\(count)M30S"
        case "SEC": return "PT\(count).5S"
        case "DE": return "P\(10 * count + 5)Y"
        case "M", "W", "Q", "CE": return "P\(count).5\(unit)"
        case "WE": return "P\(2 * count + 1)D"
        default: return nil
        }
    }

    private func quarter(_ offset: Int) -> String? {
        let number = parts["q"].flatMap { Int($0) }
        if let number, !(1...4).contains(number) { return nil }
        if let year = parts["year"].flatMap({ Int($0) }), let number { return "\(CalendarDay.pad(year, 4))-Q\(number)" }
        guard let reference = context.reference else { return "XXXX-Q\(number.map(String.init) ?? "X")" }
        var index: Int
        if let number {
            index = reference.year * 4 + number - 1
            if number > reference.quarter { index -= 4 }
        } else {
            // "the quarter", "the latest quarter": the last one completed.
            index = reference.year * 4 + reference.quarter - 2
        }
        index += offset
        return "\(CalendarDay.pad(index / 4, 4))-Q\(index % 4 + 1)"
    }

    /// "June last year", "this year's third quarter", "the second half of the year": the named
    /// month, quarter or half of the year `offset` years from the reference's.
    private func inYear(_ offset: Int) -> String? {
        let year = context.reference.map { CalendarDay.pad($0.year + offset, 4) } ?? "XXXX"
        if let month = parts["month"].flatMap({ Int($0) }) {
            guard (1...12).contains(month) else { return nil }
            // "June 4 last year": the day too, when the rule binds one.
            if let day = parts["day"].flatMap({ Int($0) }) {
                return (1...31).contains(day) ? "\(year)-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))" : nil
            }
            return "\(year)-\(CalendarDay.pad(month, 2))"
        }
        if let number = parts["q"].flatMap({ Int($0) }) {
            return (1...4).contains(number) ? "\(year)-Q\(number)" : nil
        }
        if let half = parts["h"].flatMap({ Int($0) }) {
            return (1...2).contains(half) ? "\(year)-H\(half)" : nil
        }
        return nil
    }

    private static let seasonIndex = ["SP": 0, "SU": 1, "FA": 2, "WI": 3]

    /// Seasons are counted as year × 4 + index (spring 0 … winter 3, winter starting in
    /// December), so "last fall" in February is the fall of the year before.
    private func season(_ offset: Int) -> String? {
        guard let code = parts["season"], let target = Self.seasonIndex[code] else { return nil }
        if let year = parts["year"] { return "\(year)-\(code)" }
        guard let reference = context.reference else { return "XXXX-\(code)" }
        let month = reference.month
        let current = month <= 2 ? (reference.year - 1) * 4 + 3 : reference.year * 4 + (month == 12 ? 3 : (month - 3) / 3)
        func search(from start: Int, step: Int) -> Int {
            var index = start
            while ((index % 4) + 4) % 4 != target { index += step }
            return index
        }
        let chosen: Int
        switch offset {
        case ..<0: chosen = search(from: current - 1, step: -1)
        case 1...: chosen = search(from: current + 1, step: 1)
        default:
            let back = search(from: current, step: -1)
            let forward = search(from: current, step: 1)
            chosen = current - back <= forward - current ? back : forward
        }
        // Winter belongs to the year it starts in.
        return "\(CalendarDay.pad(chosen / 4, 4))-\(code)"
    }

    private func partOfDay(dayOffset: Int, code: String?) -> String? {
        guard let pod = code ?? parts["pod"] else { return nil }
        guard let reference = context.reference else { return "XXXX-XX-XXT\(pod)" }
        return reference.adding(days: dayOffset).iso + "T\(pod)"
    }

    private func time(hour fixedHour: Int?, minute fixedMinute: Int?) -> String? {
        // A clock time one token spells ("8:50", "8:50:pm" from "8.50pm"; `TemporalClasses`).
        let clock = parts["clock"]?.split(separator: ":").map(String.init) ?? []
        guard var hour = fixedHour ?? (clock.first ?? parts["hour"]).flatMap({ Int($0) }), (0...24).contains(hour) else { return nil }
        let minute = fixedMinute ?? (clock.count > 1 ? clock[1] : parts["minute"]).flatMap { Int($0) } ?? 0
        guard (0...59).contains(minute) else { return nil }
        if let meridiem = clock.count > 2 ? clock[2] : parts["ampm"] {
            guard (1...12).contains(hour) else { return nil }
            if meridiem == "pm", hour < 12 { hour += 12 }
            if meridiem == "am", hour == 12 { hour = 0 }
        }
        let day = parts["month"] != nil ? date() : parts["weekday"] != nil ? weekday(nil) : context.reference?.iso
        return "\(day ?? "XXXX-XX-XX")T\(CalendarDay.pad(hour, 2)):\(CalendarDay.pad(minute, 2))"
    }

    /// A comparison ("a year earlier", "year-ago") keeps the granularity of the period under
    /// discussion: after a quarter it names the same quarter a year before, else it shifts
    /// the reference as `@shift` does.
    private func compare(unit: String, by amount: String) -> String? {
        guard unit == "Y", let previous = context.previous, let count = Int(amount.replacingPlus),
            let year = Int(previous.prefix(4)), previous.count >= 7
        else { return shift(unit: unit, by: amount) }
        let rest = previous.dropFirst(4)
        if rest.hasPrefix("-Q"), previous.count == 7 { return CalendarDay.pad(year + count, 4) + rest }
        return shift(unit: unit, by: amount)
    }

    /// "The weekend": in past tense the latest one that has begun, in future tense the next.
    private func weekend() -> String? {
        guard let reference = context.reference else { return "XXXX-WXX-WE" }
        var weeks = 0
        if context.tense == .past, reference.weekday < 6 { weeks = -1 }
        if context.tense == .future, reference.weekday == 7 { weeks = 1 }
        return reference.adding(days: 7 * weeks).isoWeekValue + "-WE"
    }

    /// Holidays are `MM-DD` (fixed) or `nth:N:WEEKDAY:MONTH` (N = -1 for the last).
    private func holiday() -> String? {
        guard let rule = parts["holiday"] else { return nil }
        let explicitYear = parts["year"].flatMap { Int($0) }
        func day(in year: Int) -> CalendarDay? {
            let fields = rule.split(separator: ":").map(String.init)
            if fields.count == 4, fields[0] == "nth", let n = Int(fields[1]), let weekday = Int(fields[2]), let month = Int(fields[3]) {
                if n > 0 {
                    let first = CalendarDay(year: year, month: month, day: 1)
                    return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
                }
                let last = CalendarDay(year: year, month: month, day: CalendarDay.length(of: month, in: year))
                return last.adding(days: -((last.weekday - weekday + 7) % 7))
            }
            return CalendarDay(iso: "\(CalendarDay.pad(year, 4))-\(rule)")
        }
        if let year = explicitYear { return day(in: year)?.iso }
        guard let reference = context.reference else { return rule.hasPrefix("nth") ? "XXXX-XX-XX" : "XXXX-\(rule)" }
        let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap(day)
        return candidates.min { abs($0.ordinal - reference.ordinal) < abs($1.ordinal - reference.ordinal) }?.iso
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }

    var replacingPlus: String { hasPrefix("+") ? String(dropFirst()) : self }
}
