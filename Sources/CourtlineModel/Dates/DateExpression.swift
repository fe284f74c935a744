/// What a date expression in an article says, before it is placed on the calendar.
///
/// Parsing looks for the date words inside the expression, so the case file can give the words
/// as the article writes them ("on Friday", "Upholding that ruling in 2021", "today's decision").
public enum DateExpression: Sendable, Hashable {
    case fullDate(CalendarDay)
    case year(Int)
    case month(Int, year: Int?)
    case monthDay(month: Int, day: Int)
    case weekday(Int)
    case today
    case yesterday
    /// "last year" (-1 year), "this month" (0), "next year" (+1).
    case relative(TimeUnit, offset: Int)
    /// "six months earlier" (-6 months), "two years later" (+2 years).
    case shift(TimeUnit, by: Int)
    /// "a five-year-old case": started more than five and at most six years before the anchor.
    case age(years: Int)
    /// "the summer of 2019"; without a year ("in the fall"), placed as a month without one is.
    /// Seasons are the northern hemisphere's by month: spring March to May, summer June to
    /// August, fall September to November, winter December to February.
    case season(Int, year: Int?)
    /// "July last year", "last spring": a month or season of the year `offset` from the anchor's.
    case inYear(PartOfYear, offset: Int)

    public enum PartOfYear: Sendable, Hashable {
        case month(Int), season(Int)
    }

    public enum TimeUnit: String, Sendable, Hashable {
        case day, week, month, year
    }

    /// Reads the most specific date expression in `text` (the first, of those alike), with the
    /// rules of `DateTagger`, or nil when it holds none.
    public static func parse(_ text: String) -> DateExpression? {
        // A date field names a date, so a bare "March" or "May", which in running text is a
        // month only after a word like "in", is read as one here too.
        mostSpecific(in: text) ?? mostSpecific(in: "in " + text)
    }

    private static func mostSpecific(in text: String) -> DateExpression? {
        // The meaning of the words does not depend on the day they are read against.
        let mentions = DateTagger().mentions(
            in: SourceText(text), published: TimexRules.examplePublished, includingAges: true)
        var best: (expression: DateExpression, rank: Int)?
        for mention in mentions {
            guard let expression = reading(mention, in: text[...])?.expression, expression.rank > best?.rank ?? 0
            else { continue }
            best = (expression, expression.rank)
        }
        return best?.expression
    }

    /// What the tagger read, as the case file resolves it against an anchor; nil for what dates
    /// no event (a duration, a recurrence, "now").
    init?(_ meaning: TimexMeaning) {
        switch meaning {
        case .stated(let point):
            switch point.granularity {
            case .day: self = .fullDate(point.firstDay)
            case .month: self = .month(point.part, year: point.year)
            case .year: self = .year(point.year)
            case .season: self = .season(point.part, year: point.year)
            default: return nil
            }
        case .part(.season, let season), .seasonOfReference(let season, _): self = .season(season, year: nil)
        case .partOfYear(.season, let season, let offset): self = .inYear(.season(season), offset: offset)
        case .partOfYear(.month, let month, let offset): self = .inYear(.month(month), offset: offset)
        case .monthDay(let month, let day): self = .monthDay(month: month, day: day)
        case .month(let month, _), .monthOfReference(let month): self = .month(month, year: nil)
        case .weekday(let weekday, _, _): self = .weekday(weekday)
        case .deictic(.day, let offset, _):
            switch offset {
            case 0: self = .today
            case -1: self = .yesterday
            default: self = .shift(.day, by: offset)
            }
        case .anaphor(.day, let offset) where offset != 0:
            // "the day before": a day from its anchor's, not a calendar unit around it.
            self = .shift(.day, by: offset)
        case .deictic(let granularity, let offset, _), .anaphor(let granularity, let offset):
            guard let unit = TimeUnit(granularity) else { return nil }
            self = .relative(unit, offset: offset)
        case .shift(let unit, let amount, let fromEarlierDate):
            guard let granularity = unit.granularity, let unit = TimeUnit(granularity) else { return nil }
            // "three weeks ago" is a week, as "last week" is, not the day 21 days back: the words
            // give the week and no more.
            self = fromEarlierDate || unit == .day ? .shift(unit, by: amount) : .relative(unit, offset: amount)
        case .age(.year, let years): self = .age(years: years)
        case .atClock(_, let day):
            guard let expression = DateExpression(day) else { return nil }
            self = expression
        case .holiday(let code):
            // "Christmas Eve" is Dec. 24 of whichever year; a holiday that moves ("Thanksgiving")
            // has no month and day of its own to give.
            let parts = code.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            self = .monthDay(month: parts[0], day: parts[1])
        default: return nil
        }
    }

    /// What a tagged mention of `text` dates, as the case file resolves it, and whether it is a
    /// duration counted from an event the words go on to name ("three months after the trial":
    /// TimeML marks only the duration, and "after" or "before" makes it a shift from its anchor).
    static func reading(_ mention: TimexMention, in text: Substring, at range: Range<Int>? = nil) -> (
        expression: DateExpression, counted: Bool
    )? {
        if let expression = DateExpression(mention.meaning) { return (expression, false) }
        guard case .duration(let value) = mention.meaning, let (unit, amount) = durationParts(value) else {
            return nil
        }
        let scalars = text.unicodeScalars
        let end = (range ?? mention.range).upperBound
        let rest = Substring(scalars[scalars.index(scalars.startIndex, offsetBy: end)...])
        let expression: DateExpression
        switch rest.drop(while: \.isWhitespace).prefix(while: \.isLetter).lowercased() {
        case "after": expression = .shift(unit, by: amount)
        case "before": expression = .shift(unit, by: -amount)
        default: return nil
        }
        return (expression, true)
    }

    /// "P3M" as three months, "P2Y", "P10D", "P1W"; nil for anything vaguer ("PXY", "P1DT2H").
    private static func durationParts(_ value: String) -> (TimeUnit, Int)? {
        guard value.first == "P", let last = value.last, let amount = Int(value.dropFirst().dropLast()), amount > 0,
            amount <= 1000
        else { return nil }
        let units: [Character: TimeUnit] = ["D": .day, "W": .week, "M": .month, "Y": .year]
        return units[last].map { ($0, amount) }
    }

    /// More specific expressions rank higher.
    var rank: Int {
        switch self {
        case .age: 1
        case .year: 2
        case .weekday, .today, .yesterday: 3
        case .relative, .month(_, year: nil), .season(_, year: nil): 4
        case .shift: 5
        case .month, .monthDay, .season, .inYear: 6
        case .fullDate: 7
        }
    }

    /// A day, month or weekday named without its year, which lies before or after its anchor as
    /// the tense says.
    var countsFromItsAnchorWithoutAYear: Bool {
        switch self {
        case .month(_, year: nil), .monthDay, .weekday, .season(_, year: nil): true
        default: false
        }
    }

    /// Whether resolving needs a known anchor (publication or another event).
    public var needsAnchor: Bool {
        switch self {
        case .fullDate, .year, .month(_, year: .some), .season(_, year: .some): return false
        default: return true
        }
    }

}

extension DateExpression.TimeUnit {
    init?(_ granularity: TimexPoint.Granularity) {
        switch granularity {
        case .day: self = .day
        case .week: self = .week
        case .month: self = .month
        case .year: self = .year
        default: return nil
        }
    }
}
