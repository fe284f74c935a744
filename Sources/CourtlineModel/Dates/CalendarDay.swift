/// A day of the proleptic Gregorian calendar, with the arithmetic the date resolver needs.
///
/// Kept free of Foundation's `Calendar` and time zones: a court's "Friday" is a calendar day,
/// not an instant.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Eight bytes with an optional's tag, not twenty-five: every event holds two of them, and a
    // long case a hundred thousand events.
    private let storedYear: Int32
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// Returns nil when the day does not exist ("2023-02-29"), or its year is beyond ±2 billion.
    public init?(year: Int, month: Int, day: Int) {
        guard let storedYear = Int32(exactly: year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else {
            return nil
        }
        self.storedYear = storedYear
        self.storedMonth = UInt8(month)
        self.storedDay = UInt8(day)
    }

    /// Parses an ISO `YYYY-MM-DD` date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var iso: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int {
        // Day 0 of `dayNumber` (1970-01-01) was a Thursday.
        let offset = (dayNumber + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    public func adding(days: Int) -> CalendarDay {
        CalendarDay(dayNumber: dayNumber + days)
    }

    /// Adds months, clamping to the end of a shorter month (2019-12-31 minus 6 months is 2019-06-30).
    public func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let newYear = Int((Double(total) / 12).rounded(.down))
        let newMonth = total - newYear * 12 + 1
        let newDay = min(day, Self.daysIn(month: newMonth, year: newYear))
        return CalendarDay(year: newYear, month: newMonth, day: newDay)!
    }

    public func adding(years: Int) -> CalendarDay { adding(months: years * 12) }

    public static func firstDay(ofYear year: Int) -> CalendarDay { CalendarDay(year: year, month: 1, day: 1)! }
    public static func lastDay(ofYear year: Int) -> CalendarDay { CalendarDay(year: year, month: 12, day: 31)! }
    public static func firstDay(ofMonth month: Int, year: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: 1)!
    }
    public static func lastDay(ofMonth month: Int, year: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: daysIn(month: month, year: year))!
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    private var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)!
    }
}
