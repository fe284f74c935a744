/// A stretch of the calendar as TIMEX3 writes it: a century ("19"), a decade ("199"), a year,
/// a half ("1990-H1"), a quarter ("1989-Q3"), a season ("1998-SU"), a month, an ISO week
/// ("2000-W15"), its weekend ("2000-W15-WE"), a day, or a time of a day ("1998-08-07T10:35",
/// "1998-08-07TMO").
public struct TimexPoint: Sendable, Hashable {
    public enum Granularity: Int, Sendable, Hashable, Comparable {
        case century, decade, year, half, quarter, season, month, week, day, time

        public static func < (lhs: Granularity, rhs: Granularity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let granularity: Granularity
    /// For a century or decade, its first year.
    public let year: Int
    /// The half, quarter, month or week number, or the season (1 spring … 4 winter).
    public let part: Int
    /// A day of the calendar, for a day or a time.
    public let day: CalendarDay?
    /// "10:35", "22:00", "MO", "AF", "EV", "NI"; for a week, "WE" when only its weekend is meant.
    public let clock: String?

    private init(_ granularity: Granularity, year: Int, part: Int = 0, day: CalendarDay? = nil, clock: String? = nil) {
        self.granularity = granularity
        self.year = year
        self.part = part
        self.day = day
        self.clock = clock
    }

    public static func century(startingIn year: Int) -> TimexPoint { TimexPoint(.century, year: year - year % 100) }
    public static func decade(startingIn year: Int) -> TimexPoint { TimexPoint(.decade, year: year - year % 10) }
    public static func year(_ year: Int) -> TimexPoint { TimexPoint(.year, year: year) }
    public static func half(_ half: Int, of year: Int) -> TimexPoint { TimexPoint(.half, year: year, part: half) }
    public static func quarter(_ quarter: Int, of year: Int) -> TimexPoint {
        TimexPoint(.quarter, year: year, part: quarter)
    }
    public static func season(_ season: Int, of year: Int) -> TimexPoint {
        TimexPoint(.season, year: year, part: season)
    }
    public static func month(_ month: Int, of year: Int) -> TimexPoint { TimexPoint(.month, year: year, part: month) }
    public static func day(_ day: CalendarDay) -> TimexPoint { TimexPoint(.day, year: day.year, day: day) }
    public static func week(containing day: CalendarDay) -> TimexPoint {
        let (year, week) = Self.isoWeek(of: day)
        return TimexPoint(.week, year: year, part: week, day: day)
    }
    public static func weekend(ofWeekContaining day: CalendarDay) -> TimexPoint {
        let week = Self.week(containing: day)
        return TimexPoint(.week, year: week.year, part: week.part, day: day, clock: "WE")
    }
    public static func time(_ clock: String, on day: CalendarDay) -> TimexPoint {
        TimexPoint(.time, year: day.year, day: day, clock: clock)
    }

    /// The TIMEX3 value.
    public var value: String {
        switch granularity {
        case .century: return String(Self.padded(year, 4).prefix(2))
        case .decade: return String(Self.padded(year, 4).prefix(3))
        case .year: return Self.padded(year, 4)
        case .half: return "\(Self.padded(year, 4))-H\(part)"
        case .quarter: return "\(Self.padded(year, 4))-Q\(part)"
        case .season: return "\(Self.padded(year, 4))-\(Self.seasonCodes[part - 1])"
        case .month: return "\(Self.padded(year, 4))-\(Self.padded(part, 2))"
        case .week: return "\(Self.padded(year, 4))-W\(Self.padded(part, 2))" + (clock.map { "-\($0)" } ?? "")
        case .day: return day!.iso
        case .time:
            let clock = clock!
            return "\(day!.iso)T\(clock)"
        }
    }

    /// The same stretch's day, month or year, for the arithmetic of the rules.
    var firstDay: CalendarDay {
        switch granularity {
        case .century, .decade, .year: return .firstDay(ofYear: year)
        case .half: return .firstDay(ofMonth: part * 6 - 5, year: year)
        case .quarter: return .firstDay(ofMonth: part * 3 - 2, year: year)
        case .season: return .firstDay(ofMonth: [3, 6, 9, 12][part - 1], year: year)
        case .month: return .firstDay(ofMonth: part, year: year)
        case .week, .day, .time: return day!
        }
    }

    /// This stretch moved by `amount` of its own size: the quarter before, the week after.
    func moved(by amount: Int) -> TimexPoint {
        switch granularity {
        case .century: return .century(startingIn: year + 100 * amount)
        case .decade: return .decade(startingIn: year + 10 * amount)
        case .year: return .year(year + amount)
        case .half: return Self.counting(year * 2 + part - 1 + amount, per: 2) { .half($1, of: $0) }
        case .quarter: return Self.counting(year * 4 + part - 1 + amount, per: 4) { .quarter($1, of: $0) }
        case .season: return Self.counting(year * 4 + part - 1 + amount, per: 4) { .season($1, of: $0) }
        case .month: return Self.counting(year * 12 + part - 1 + amount, per: 12) { .month($1, of: $0) }
        case .week: return .week(containing: day!.adding(days: 7 * amount))
        case .day: return .day(day!.adding(days: amount))
        case .time: return .time(clock!, on: day!.adding(days: amount))
        }
    }

    /// The stretch of `granularity` that holds this one's first day: the year of a day, the
    /// quarter of a month.
    func coarsened(to granularity: Granularity) -> TimexPoint {
        let first = firstDay
        switch granularity {
        case .century: return .century(startingIn: first.year)
        case .decade: return .decade(startingIn: first.year)
        case .year: return .year(first.year)
        case .half: return .half((first.month + 5) / 6, of: first.year)
        case .quarter: return .quarter((first.month + 2) / 3, of: first.year)
        case .season:
            return .season(Self.season(ofMonth: first.month), of: first.month < 3 ? first.year - 1 : first.year)
        case .month: return .month(first.month, of: first.year)
        case .week: return .week(containing: first)
        case .day: return .day(first)
        case .time: return self
        }
    }

    private static func counting(_ index: Int, per count: Int, _ make: (Int, Int) -> TimexPoint) -> TimexPoint {
        let year = Int((Double(index) / Double(count)).rounded(.down))
        return make(year, index - year * count + 1)
    }

    private static func season(ofMonth month: Int) -> Int {
        switch month {
        case 3...5: 1
        case 6...8: 2
        case 9...11: 3
        default: 4
        }
    }

    private static let seasonCodes = ["SP", "SU", "FA", "WI"]

    /// ISO 8601: the week with the year's first Thursday is week 1.
    private static func isoWeek(of day: CalendarDay) -> (year: Int, week: Int) {
        let thursday = day.adding(days: 4 - day.weekday)
        let first = CalendarDay.firstDay(ofYear: thursday.year)
        var ordinal = 0
        var cursor = first
        // Counted by months, then days: at most a year's walk.
        while cursor.month < thursday.month {
            ordinal += CalendarDay.daysIn(month: cursor.month, year: cursor.year)
            cursor = CalendarDay.firstDay(ofMonth: cursor.month + 1, year: cursor.year)
        }
        ordinal += thursday.day - 1
        return (thursday.year, ordinal / 7 + 1)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
