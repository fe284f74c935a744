/// What a relative date expression counts from: a source's publication date or another event.
public struct DateAnchor: Sendable, Hashable {
    public let earliest: CalendarDay?
    public let latest: CalendarDay?
    /// How the anchor reads in a basis: "publication, 2024-12-20, supplied".
    public let description: String

    public init(earliest: CalendarDay?, latest: CalendarDay?, description: String) {
        self.earliest = earliest
        self.latest = latest
        self.description = description
    }

    /// A publication date, which the case file supplies as metadata.
    public static func publication(_ day: CalendarDay) -> DateAnchor {
        DateAnchor(earliest: day, latest: day, description: "publication, \(day.iso), supplied")
    }

    /// Another event's date.
    public static func event(title: String, date: EventDate) -> DateAnchor {
        DateAnchor(earliest: date.earliest, latest: date.latest, description: "“\(title)”, \(date.display)")
    }
}

/// Why a date expression could not be placed on the calendar.
public struct DateResolutionError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String
}

extension DateExpression {
    /// Places the expression on the calendar. `text` is the expression as written, kept for the
    /// basis. A day, month or weekday without its year is the latest not after the anchor, or,
    /// for what was still `ahead` ("is scheduled for June 2"), the earliest not before it.
    public func resolve(text: String, anchor: DateAnchor?, ahead: Bool = false) throws(DateResolutionError)
        -> EventDate
    {
        if needsAnchor, anchor?.earliest == nil || anchor?.latest == nil {
            throw DateResolutionError(
                description:
                    "“\(text)” counts from another date, and \(anchor.map { "its anchor (\($0.description))" } ?? "no anchor") has no known start and end"
            )
        }
        let start = anchor?.earliest ?? CalendarDay.firstDay(ofYear: 1)
        let end = anchor?.latest ?? start
        let from = anchor?.description ?? ""
        func date(_ earliest: CalendarDay, _ latest: CalendarDay, _ explanation: String) -> EventDate {
            EventDate(text: text, earliest: earliest, latest: latest, explanation: explanation)
        }
        switch self {
        case .fullDate(let day):
            return date(day, day, "the date stated")
        case .year(let year):
            return date(.firstDay(ofYear: year), .lastDay(ofYear: year), "the year stated")
        case .month(let month, .some(let year)):
            return date(.firstDay(ofMonth: month, year: year), .lastDay(ofMonth: month, year: year), "the month stated")
        case .month(let month, nil) where ahead:
            let year = month >= start.month ? start.year : start.year + 1
            return date(
                .firstDay(ofMonth: month, year: year), .lastDay(ofMonth: month, year: year),
                "the earliest \(DateWords.monthName(month)) not before \(from), as still to come")
        case .month(let month, nil):
            let year = month <= end.month ? end.year : end.year - 1
            return date(
                .firstDay(ofMonth: month, year: year), .lastDay(ofMonth: month, year: year),
                "the latest \(DateWords.monthName(month)) not after \(from)")
        case .monthDay(let month, let day) where ahead:
            var year = start.year
            while CalendarDay(year: year, month: month, day: day).map({ $0 < start }) ?? true { year += 1 }
            let found = CalendarDay(year: year, month: month, day: day)!
            return date(
                found, found, "the earliest \(DateWords.monthName(month)) \(day) not before \(from), as still to come")
        case .monthDay(let month, let day):
            var year = end.year
            while CalendarDay(year: year, month: month, day: day).map({ $0 > end }) ?? true { year -= 1 }
            let found = CalendarDay(year: year, month: month, day: day)!
            return date(found, found, "the latest \(DateWords.monthName(month)) \(day) not after \(from)")
        case .weekday(let weekday) where ahead:
            try Self.requireDay(start, end, text: text, from: from)
            let forward = (weekday - start.weekday + 7) % 7
            let found = start.adding(days: forward == 0 ? 7 : forward)
            return date(found, found, "the \(DateWords.weekdayName(weekday)) after \(from), as still to come")
        case .weekday(let weekday):
            try Self.requireDay(start, end, text: text, from: from)
            let back = (end.weekday - weekday + 7) % 7
            let found = end.adding(days: -back)
            return date(found, found, "the \(DateWords.weekdayName(weekday)) on or before \(from)")
        case .today:
            return date(start, end, "the day of \(from)")
        case .yesterday:
            return date(start.adding(days: -1), end.adding(days: -1), "the day before \(from)")
        case .relative(let unit, let offset):
            return Self.relative(unit, offset: offset, start: start, end: end, text: text, from: from)
        case .shift(let unit, let amount):
            let direction = amount < 0 ? "before" : "after"
            let size = "\(Self.spelled(abs(amount))) \(unit.rawValue)\(abs(amount) == 1 ? "" : "s")"
            // A month after "June 2024" is all of July: an anchor that ends a month ends the
            // shifted month too, not the same day number in it.
            var last = Self.shifted(end, unit, amount)
            if unit == .month || unit == .year, end == .lastDay(ofMonth: end.month, year: end.year) {
                last = .lastDay(ofMonth: last.month, year: last.year)
            }
            return date(Self.shifted(start, unit, amount), last, "\(size) \(direction) \(from)")
        case .season(let season, .some(let year)):
            let (first, last) = Self.days(ofSeason: season, in: year)
            return date(first, last, "the \(Self.seasonName(season)) stated (\(Self.seasonMonths[season - 1]))")
        case .season(let season, nil) where ahead:
            var year = start.year - 1
            while Self.days(ofSeason: season, in: year).last < start { year += 1 }
            let (first, last) = Self.days(ofSeason: season, in: year)
            return date(
                first, last,
                "the earliest \(Self.seasonName(season)) (\(Self.seasonMonths[season - 1])) not over before \(from), as still to come"
            )
        case .season(let season, nil):
            var year = end.year
            while Self.days(ofSeason: season, in: year).first > end { year -= 1 }
            let (first, last) = Self.days(ofSeason: season, in: year)
            return date(
                first, last,
                "the latest \(Self.seasonName(season)) (\(Self.seasonMonths[season - 1])) begun by \(from)")
        case .inYear(let part, let offset):
            let year = end.year + offset
            let which = offset < 0 ? "before" : offset == 0 ? "of" : "after"
            switch part {
            case .month(let month):
                return date(
                    .firstDay(ofMonth: month, year: year), .lastDay(ofMonth: month, year: year),
                    "\(DateWords.monthName(month)) of the year \(which) \(from)")
            case .season(let season):
                let (first, last) = Self.days(ofSeason: season, in: year)
                return date(
                    first, last,
                    "the \(Self.seasonName(season)) (\(Self.seasonMonths[season - 1])) of the year \(which) \(from)")
            }
        case .age(let years):
            return date(
                start.adding(years: -(years + 1)).adding(days: 1), end.adding(years: -years),
                "more than \(Self.spelled(years)) and at most \(Self.spelled(years + 1)) years before \(from)")
        }
    }

    private static func relative(
        _ unit: TimeUnit, offset: Int, start: CalendarDay, end: CalendarDay, text: String, from: String
    ) -> EventDate {
        let which = offset < 0 ? "before" : offset == 0 ? "of" : "after"
        let earliest: CalendarDay
        let latest: CalendarDay
        switch unit {
        case .year, .day:
            earliest = .firstDay(ofYear: start.year + offset)
            latest = .lastDay(ofYear: end.year + offset)
        case .month:
            let first = start.adding(months: offset)
            let last = end.adding(months: offset)
            earliest = .firstDay(ofMonth: first.month, year: first.year)
            latest = .lastDay(ofMonth: last.month, year: last.year)
        case .week:
            earliest = start.adding(days: 7 * offset - (start.weekday - 1))
            latest = end.adding(days: 7 * offset + (7 - end.weekday))
        }
        let unitName = unit == .day ? "year" : unit.rawValue
        return EventDate(
            text: text, earliest: earliest, latest: latest,
            explanation: "the \(unitName) \(which) \(from)")
    }

    /// A season's days, by the northern hemisphere's months; winter runs into the next year.
    static func days(ofSeason season: Int, in year: Int) -> (first: CalendarDay, last: CalendarDay) {
        let first = CalendarDay.firstDay(ofMonth: [3, 6, 9, 12][season - 1], year: year)
        let end = first.adding(months: 2)
        return (first, .lastDay(ofMonth: end.month, year: end.year))
    }

    private static func seasonName(_ season: Int) -> String { ["spring", "summer", "fall", "winter"][season - 1] }
    private static let seasonMonths = [
        "March to May", "June to August", "September to November", "December to February",
    ]

    private static func shifted(_ day: CalendarDay, _ unit: TimeUnit, _ amount: Int) -> CalendarDay {
        switch unit {
        case .day: day.adding(days: amount)
        case .week: day.adding(days: 7 * amount)
        case .month: day.adding(months: amount)
        case .year: day.adding(years: amount)
        }
    }

    private static func requireDay(
        _ start: CalendarDay, _ end: CalendarDay, text: String, from: String
    ) throws(DateResolutionError) {
        guard start == end else {
            throw DateResolutionError(
                description: "“\(text)” names a weekday, which needs an anchor known to the day, not \(from)")
        }
    }

    private static func spelled(_ number: Int) -> String {
        let words = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        ]
        return words.indices.contains(number) ? words[number] : String(number)
    }
}
