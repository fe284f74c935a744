/// How precisely a date is known.
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable {
    case day, month, year, bounded, unknown
}

/// When something happened, as an interval of days worked out from the article's words.
public struct EventDate: Sendable, Hashable {
    /// The expression as written in the article ("Friday", "six months earlier").
    public let text: String
    /// First possible day, inclusive; nil when unbounded.
    public let earliest: CalendarDay?
    /// Last possible day, inclusive; nil when unbounded.
    public let latest: CalendarDay?
    /// How the interval was worked out, e.g. `Friday → 2024-12-20 (the Friday on or before
    /// publication, 2024-12-20)`. Written out only when asked for: a long case has many dates
    /// and shows a few.
    public var basis: String {
        let own = "\(text) → \(display) (\(explanation))"
        return ([own] + agreements.map(\.basis)).joined(separator: "; agrees with ")
    }

    /// How the interval was worked out from `text`: "the Friday on or before publication, …".
    let explanation: String
    /// Other expressions that place the event within this interval too.
    private let agreements: [EventDate]

    public init(text: String, earliest: CalendarDay?, latest: CalendarDay?, explanation: String) {
        self.init(text: text, earliest: earliest, latest: latest, explanation: explanation, agreements: [])
    }

    private init(
        text: String, earliest: CalendarDay?, latest: CalendarDay?, explanation: String, agreements: [EventDate]
    ) {
        self.text = text
        self.earliest = earliest
        self.latest = latest
        self.explanation = explanation
        self.agreements = agreements
    }

    /// The same date, its basis extended by another expression that agrees with it.
    func corroborated(by other: EventDate) -> EventDate {
        EventDate(
            text: text, earliest: earliest, latest: latest, explanation: explanation, agreements: agreements + [other])
    }

    public var precision: DatePrecision { Self.precision(earliest: earliest, latest: latest) }

    /// The date as precisely as it is known: `2016`, `2024-09`, `2024-12-20`, `by 2024-12-20`,
    /// `from 2020-03-02`, `2018-07 – 2019-06` (July 2018 to June 2019), `date unknown`.
    public var display: String { Self.display(earliest: earliest, latest: latest) }

    /// Sorts where the event is first known to stand: its start, or, when only an upper bound is
    /// known, that bound, so "by 2024-12-20" reads next to the events of that day rather than
    /// before everything. On a tie the open start goes first (it may be earlier), then the
    /// earlier end; an unbounded end sorts last and unknown dates after everything else.
    public static func sortsBefore(_ lhs: EventDate, _ rhs: EventDate) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    /// The order of `sortsBefore` as integers, so a long timeline is sorted without reading
    /// optionals at each comparison: the first known day (unknown dates last), an open start
    /// before a closed one, then the end (an unbounded end last). A day is its year and
    /// `month * 100 + day`, which no real day reaches `Int.max` in.
    var sortKey: (firstYear: Int, firstDay: Int, closedStart: Int, endYear: Int, endDay: Int) {
        guard let first = earliest ?? latest else { return (.max, .max, 0, 0, 0) }
        let end = latest.map { ($0.year, $0.month * 100 + $0.day) } ?? (.max, .max)
        return (first.year, first.month * 100 + first.day, earliest == nil ? 0 : 1, end.0, end.1)
    }

    /// Whether `other`'s interval lies within this one, all four days known: "on Tuesday" within
    /// "in November 2023".
    func holds(_ other: EventDate) -> Bool {
        guard let earliest, let latest, let otherEarliest = other.earliest, let otherLatest = other.latest else {
            return false
        }
        return earliest <= otherEarliest && otherLatest <= latest
    }

    func overlaps(_ other: EventDate) -> Bool {
        let startsBeforeOtherEnds = earliest == nil || other.latest == nil || earliest! <= other.latest!
        let otherStartsBeforeThisEnds = other.earliest == nil || latest == nil || other.earliest! <= latest!
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds
    }

    static func precision(earliest: CalendarDay?, latest: CalendarDay?) -> DatePrecision {
        guard let earliest, let latest else {
            return earliest == nil && latest == nil ? .unknown : .bounded
        }
        if earliest == latest { return .day }
        if earliest.day == 1, earliest.month == latest.month, earliest.year == latest.year,
            latest == CalendarDay.lastDay(ofMonth: latest.month, year: latest.year)
        {
            return .month
        }
        if earliest == CalendarDay.firstDay(ofYear: earliest.year),
            latest == CalendarDay.lastDay(ofYear: earliest.year)
        {
            return .year
        }
        return .bounded
    }

    static func display(earliest: CalendarDay?, latest: CalendarDay?) -> String {
        switch (earliest, latest) {
        case (nil, nil): return "date unknown"
        case (nil, let latest?): return "by \(compact(latest: latest))"
        case (let earliest?, nil): return "from \(compact(earliest: earliest))"
        case (let earliest?, let latest?):
            switch precision(earliest: earliest, latest: latest) {
            case .day: return earliest.iso
            case .month: return String(earliest.iso.prefix(7))
            case .year: return String(earliest.iso.prefix(4))
            default:
                return "\(compact(earliest: earliest, before: latest)) – \(compact(latest: latest, after: earliest))"
            }
        }
    }

    /// A lower bound as briefly as it is exact: the first of a year is the year, the first of a
    /// month the month; but not a month or year the other end lies in ("2026-05-25 – 2026-05"
    /// would read as ending where it starts).
    private static func compact(earliest day: CalendarDay, before other: CalendarDay? = nil) -> String {
        if day.month == 1 && day.day == 1, other.map({ $0.year > day.year }) ?? true {
            return String(day.iso.prefix(4))
        }
        if day.day == 1, other.map({ ($0.year, $0.month) > (day.year, day.month) }) ?? true {
            return String(day.iso.prefix(7))
        }
        return day.iso
    }

    /// An upper bound as briefly as it is exact: the last day of a year or of a month, with the
    /// same care for the other end.
    private static func compact(latest day: CalendarDay, after other: CalendarDay? = nil) -> String {
        if day.month == 12 && day.day == 31, other.map({ $0.year < day.year }) ?? true {
            return String(day.iso.prefix(4))
        }
        if day == CalendarDay.lastDay(ofMonth: day.month, year: day.year),
            other.map({ ($0.year, $0.month) < (day.year, day.month) }) ?? true
        {
            return String(day.iso.prefix(7))
        }
        return day.iso
    }
}
