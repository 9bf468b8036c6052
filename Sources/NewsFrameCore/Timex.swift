/// A TIMEX3 time expression as `ANNOTATION.md` defines it.
public struct Timex: Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    public var type: String
    /// The TimeML value (`2023-11-01`, `2023-W44`, `P1W`, `PAST_REF`, `XXXX-10-22`).
    public var value: String
    /// TimeML `mod` (`START`, `END`, `APPROX`, `MORE_THAN`…), when the expression has one.
    public var mod: String?
    /// What a relative value was resolved against: `dct`, or `timex:<start>` for an earlier
    /// expression in the text; nil for absolute values.
    public var anchor: String?
    /// The rule that recognized it, as `file:line`.
    public var rule: String

    public init(
        start: Int, end: Int, type: String, value: String, mod: String? = nil, anchor: String? = nil,
        rule: String
    ) {
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.mod = mod
        self.anchor = anchor
        self.rule = rule
    }

    public var span: Span { Span(start, end) }

    /// A point or stretch of the calendar ("2023-11-02", "2023-11-02TNI", "2023-W44"), which
    /// can date an event; not a duration, a set or a vague reference ("PAST_REF").
    public var isCalendarPoint: Bool {
        (type == "DATE" || type == "TIME") && !value.hasSuffix("_REF")
    }
}
