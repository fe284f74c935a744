/// What a date rule reads in the words, before the publication date or an earlier date in the
/// text places it: "March 12" still needs a year, "a year earlier" the date it counts from.
enum TimexMeaning: Sendable, Equatable {
    /// A stretch the words give whole: "March 1996", "1990", "the 1990s".
    case stated(TimexPoint)
    /// "March 12": the year comes from the publication date.
    case monthDay(month: Int, day: Int)
    /// "in April", "last April" (direction -1), "next April" (+1).
    case month(Int, direction: Int?)
    /// "that June": the month in the year of the date the text last gave.
    case monthOfReference(Int)
    /// "the following spring" (direction +1), "the previous summer" (-1): the first such season
    /// after (or the last before) the date the text last gave; "that fall" (0): the one in its
    /// year.
    case seasonOfReference(Int, direction: Int)
    /// "the third quarter", "the first half", "this summer" without a year.
    case part(TimexPoint.Granularity, Int)
    /// "Friday", "last Friday" (direction -1), "next Friday" (+1), "this Friday" (0, the one in
    /// publication's week); with a time of day, "Friday morning".
    case weekday(Int, direction: Int?, clock: String?)
    /// "the weekend", "last weekend" (offset -1), "this weekend" (0); nil: the one the tense
    /// points to.
    case weekend(offset: Int?)
    /// Counted from the publication date in the calendar's own steps: "yesterday" (day, -1),
    /// "last year" (year, -1), "this week" (week, 0), "tonight" (day, 0, NI).
    case deictic(TimexPoint.Granularity, offset: Int, clock: String?)
    /// "two years ago" (from publication) or "a year earlier" (from the date the text last gave).
    case shift(TimexUnit, amount: Int, fromEarlierDate: Bool)
    /// "that year" (0), "the following month" (+1), "the previous year" (-1): the stretch of
    /// the date the text last gave.
    case anaphor(TimexPoint.Granularity, offset: Int)
    /// "July last year" (month 7, -1), "last spring" (season 1, -1): a part of a year counted
    /// from publication.
    case partOfYear(TimexPoint.Granularity, Int, yearOffset: Int)
    /// "a five-year-old case": how old, as a duration.
    case age(TimexUnit, Int)
    /// "three-quarters of", "a quarter of": a share, not a stretch of time; it keeps the words
    /// from being read as a duration and is not reported.
    case fraction
    /// "Christmas", "Thanksgiving": a day of a year worked out like `monthDay`.
    case holiday(String)
    /// "10:35 a.m." alone: that time on the publication day.
    case clock(String)
    /// "5 p.m. EST Nov. 9": a time on the day the inner meaning (always a day's) places.
    indirect case atClock(String, on: TimexMeaning)
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    case reference(String)
    /// A value the words give in full: `P3Y`, `PXM`.
    case duration(String)
    /// A recurrence: `P1D`, `XXXX-WXX-4`.
    case set(String)

    var isAge: Bool {
        if case .age = self { true } else { false }
    }

    var type: TimexType {
        switch self {
        case .duration, .age: .duration
        case .set: .set
        case .clock, .atClock: .time
        case .weekday(_, _, let clock), .deictic(_, _, let clock): clock == nil ? .date : .time
        default: .date
        }
    }
}

/// The four TIMEX3 types.
public enum TimexType: String, Sendable, Hashable, Codable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}
