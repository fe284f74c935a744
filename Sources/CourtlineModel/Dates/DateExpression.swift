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

    public enum TimeUnit: String, Sendable, Hashable {
        case day, week, month, year
    }

    /// Reads the first date expression found in `text`, or nil when it holds none.
    public static func parse(_ text: String) -> DateExpression? {
        let words = DateWords.tokens(of: text)
        for reader in readers {
            if let expression = reader(words) { return expression }
        }
        return nil
    }

    /// Whether resolving needs a known anchor (publication or another event).
    public var needsAnchor: Bool {
        switch self {
        case .fullDate, .year, .month(_, year: .some): return false
        default: return true
        }
    }

    /// Tried in order: the more specific patterns first, so "2024-12-20" is not read as a year.
    private static let readers: [@Sendable ([String]) -> DateExpression?] = [
        readFullDate, readAge, readShift, readRelative, readToday, readMonth, readWeekday, readYear,
    ]

    private static func readFullDate(_ words: [String]) -> DateExpression? {
        for word in words {
            if let day = CalendarDay(iso: word) { return .fullDate(day) }
        }
        for (index, word) in words.enumerated() {
            guard let month = DateWords.month(word, next: words[safe: index + 1]) else { continue }
            // "December 20, 2024" or "20 December 2024".
            if let day = words[safe: index + 1].flatMap(DateWords.dayOfMonth),
                let year = words[safe: index + 2].flatMap(DateWords.year),
                let date = CalendarDay(year: year, month: month, day: day)
            {
                return .fullDate(date)
            }
            if let day = words[safe: index - 1].flatMap(DateWords.dayOfMonth),
                let year = words[safe: index + 1].flatMap(DateWords.year),
                let date = CalendarDay(year: year, month: month, day: day)
            {
                return .fullDate(date)
            }
        }
        return nil
    }

    private static func readAge(_ words: [String]) -> DateExpression? {
        for word in words where word.hasSuffix("-year-old") {
            if let years = DateWords.number(String(word.dropLast("-year-old".count))) {
                return .age(years: years)
            }
        }
        return nil
    }

    private static func readShift(_ words: [String]) -> DateExpression? {
        for (index, word) in words.enumerated() {
            let sign: Int
            switch word {
            case "earlier", "ago", "before", "previously", "prior": sign = -1
            case "later", "after", "afterwards", "afterward", "hence": sign = 1
            default: continue
            }
            guard let unit = words[safe: index - 1].flatMap(DateWords.unit),
                let amount = words[safe: index - 2].flatMap(DateWords.number)
            else { continue }
            return .shift(unit, by: sign * amount)
        }
        return nil
    }

    private static func readRelative(_ words: [String]) -> DateExpression? {
        for (index, word) in words.enumerated() {
            let offset: Int
            switch word {
            case "last", "previous": offset = -1
            case "this", "current": offset = 0
            case "next", "following", "coming": offset = 1
            default: continue
            }
            if let next = words[safe: index + 1], let unit = DateWords.unit(next), unit != .day {
                return .relative(unit, offset: offset)
            }
        }
        return nil
    }

    private static func readToday(_ words: [String]) -> DateExpression? {
        if words.contains(where: { ["today", "today's", "tonight", "tonight's"].contains($0) }) { return .today }
        if words.contains(where: { ["yesterday", "yesterday's"].contains($0) }) { return .yesterday }
        return nil
    }

    private static func readMonth(_ words: [String]) -> DateExpression? {
        for (index, word) in words.enumerated() {
            guard let month = DateWords.month(word, next: words[safe: index + 1]) else { continue }
            if let day = words[safe: index + 1].flatMap(DateWords.dayOfMonth) {
                // "Feb. 30" is in no year; "Feb. 29" is in leap years (2000 is one).
                guard CalendarDay(year: 2000, month: month, day: day) != nil else { continue }
                return .monthDay(month: month, day: day)
            }
            return .month(month, year: words[safe: index + 1].flatMap(DateWords.year))
        }
        return nil
    }

    private static func readWeekday(_ words: [String]) -> DateExpression? {
        words.lazy.compactMap(DateWords.weekday).first.map { .weekday($0) }
    }

    private static func readYear(_ words: [String]) -> DateExpression? {
        words.lazy.compactMap(DateWords.year).first.map { .year($0) }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
