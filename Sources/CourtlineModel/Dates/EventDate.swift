/// How precisely a date is known.
public enum DatePrecision: String, Sendable, Hashable, Codable {
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
    /// publication, 2024-12-20)`.
    public let basis: String

    public init(text: String, earliest: CalendarDay?, latest: CalendarDay?, explanation: String) {
        self.text = text
        self.earliest = earliest
        self.latest = latest
        let interval = Self.display(earliest: earliest, latest: latest)
        self.basis = "\(text) → \(interval) (\(explanation))"
    }

    private init(text: String, earliest: CalendarDay?, latest: CalendarDay?, basis: String) {
        self.text = text
        self.earliest = earliest
        self.latest = latest
        self.basis = basis
    }

    /// The same date, its basis extended by another expression that agrees with it.
    func corroborated(by other: EventDate) -> EventDate {
        EventDate(text: text, earliest: earliest, latest: latest, basis: "\(basis); agrees with \(other.basis)")
    }

    public var precision: DatePrecision { Self.precision(earliest: earliest, latest: latest) }

    /// The date as precisely as it is known: `2016`, `2024-09`, `2024-12-20`, `by 2024-12-20`,
    /// `from 2020-01-01`, `2018-07-01 – 2019-06-30`, `date unknown`.
    public var display: String { Self.display(earliest: earliest, latest: latest) }

    /// Sorts by start, then end; an unbounded start sorts first, an unbounded end last, and
    /// unknown dates after everything else.
    public static func sortsBefore(_ lhs: EventDate, _ rhs: EventDate) -> Bool {
        let lhsUnknown = lhs.precision == .unknown
        let rhsUnknown = rhs.precision == .unknown
        if lhsUnknown != rhsUnknown { return rhsUnknown }
        if lhs.earliest != rhs.earliest {
            guard let left = lhs.earliest else { return true }
            guard let right = rhs.earliest else { return false }
            return left < right
        }
        if lhs.latest != rhs.latest {
            guard let left = lhs.latest else { return false }
            guard let right = rhs.latest else { return true }
            return left < right
        }
        return false
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
        case (nil, let latest?): return "by \(latest.iso)"
        case (let earliest?, nil): return "from \(earliest.iso)"
        case (let earliest?, let latest?):
            switch precision(earliest: earliest, latest: latest) {
            case .day: return earliest.iso
            case .month: return String(earliest.iso.prefix(7))
            case .year: return String(earliest.iso.prefix(4))
            default: return "\(earliest.iso) – \(latest.iso)"
            }
        }
    }
}
