/// One rule of the date tagger: a pattern of tokens, what it means, and an example that the
/// tests read with the publication date `TimexRules.examplePublished`.
struct TimexRule: Sendable {
    let name: String
    /// A sentence holding the expression, and the value the rule gives it there.
    let example: String
    let expected: String
    let pieces: [TimexPiece]
    /// A token before the match that makes it something else: "$5 a year" is a rate.
    var ruledOutAfter: (@Sendable (DateToken) -> Bool)? = nil
    /// A token after the match that makes it something else: "Feb. 30" is no month.
    var ruledOutBefore: (@Sendable (DateToken) -> Bool)? = nil
    let meaning: @Sendable (TimexCaptures) -> TimexMeaning?
}

/// The date rules, by category, as data: HeidelTime's way. The tagger tries every rule that
/// can start at a token and keeps the longest match; on a tie the earlier rule wins.
enum TimexRules {
    /// The publication date every rule's example is read with: a Wednesday.
    static let examplePublished = CalendarDay(year: 2024, month: 12, day: 18)!

    static let all: [TimexRule] =
        statedDates + partsOfYears + publicationDates + earlierDates + references
        + durations + recurrences + times

    // MARK: Pieces

    private static func w(_ words: String...) -> TimexPiece { .word(Set(words)) }
    private static func pick(_ words: String...) -> TimexPiece { .choice(Set(words)) }
    private static func opt(_ pieces: TimexPiece...) -> TimexPiece { .optional(pieces) }
    private static func either(_ choices: [TimexPiece]...) -> TimexPiece { .either(choices) }
    private static let month = TimexPiece.capture(.month)
    private static let weekday = TimexPiece.capture(.weekday)
    private static let unit = TimexPiece.capture(.unit)
    private static let singularUnit = TimexPiece.capture(.singularUnit)
    private static let season = TimexPiece.capture(.season)
    private static let partOfDay = TimexPiece.capture(.partOfDay)
    private static let count = TimexPiece.capture(.count)
    private static let year = TimexPiece.capture(.year)
    private static let day = TimexPiece.capture(.dayOfMonth)
    private static let clock = TimexPiece.capture(.clock)
    private static let ordinal = TimexPiece.capture(.ordinal)
    private static let comma = opt(.mark(","))
    private static let the = opt(w("the"))
    private static let hyphen = opt(.glued(.mark("-")))
    private static let timeZone = opt(
        w("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et", "pt", "bst", "cet"))

    private static func rule(
        _ name: String, _ example: String, _ expected: String, _ pieces: [TimexPiece],
        _ meaning: @escaping @Sendable (TimexCaptures) -> TimexMeaning?
    ) -> TimexRule {
        TimexRule(name: name, example: example, expected: expected, pieces: pieces, meaning: meaning)
    }

    /// After a number or a plural ("24 hours a day", "flights a week", "$1.76 a year"), "a
    /// unit" is a rate, not a stretch of time.
    @Sendable private static func isRate(_ before: DateToken) -> Bool {
        before.kind == .number || ["million", "billion", "thousand", "percent", "%"].contains(before.text)
            || (before.kind == .word && before.text.count > 3 && before.text.hasSuffix("s")
                && !before.text.hasSuffix("ss"))
    }

    @Sendable private static func endsPeriod(_ after: DateToken) -> Bool {
        ["ended", "ending"].contains(after.text)
    }

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> TimexMeaning? {
        CalendarDay(year: year, month: month, day: day).map { .stated(.day($0)) }
    }

    /// A day of some year: Feb. 29 is in leap years, as 2000 is, and Feb. 30 in none.
    private static func monthDay(_ month: Int, _ day: Int) -> TimexMeaning? {
        CalendarDay(year: 2000, month: month, day: day) == nil ? nil : .monthDay(month: month, day: day)
    }

    private static func offset(_ word: String) -> Int {
        switch word {
        case "last", "previous", "past", "preceding": -1
        case "next", "coming", "following", "upcoming": 1
        default: 0
        }
    }

    // MARK: Dates the words give whole

    private static let statedDates: [TimexRule] = [
        rule(
            "iso-date", "The order is dated 2023-03-09.", "2023-03-09",
            [year, .glued(.mark("-")), .glued(day), .glued(.mark("-")), .glued(day)]
        ) { c in day(c.number(0), c.number(1), c.number(2)) },
        rule(
            "numeric-date", "Filed 3/9/2023 in Oakland.", "2023-03-09",
            [day, .glued(.mark("/")), .glued(day), .glued(.mark("/")), .glued(year)]
        ) { c in day(c.number(2), c.number(0), c.number(1)) },
        rule(
            "month-day-year", "The jury ruled on Sept. 30, 2021, after a week.", "2021-09-30",
            [opt(weekday, comma), month, day, comma, year]
        ) { c in
            c.count == 4 ? day(c.number(3), c.number(1), c.number(2)) : day(c.number(2), c.number(0), c.number(1))
        },
        rule(
            "day-month-year", "The hearing on 9 March 2023 was short.", "2023-03-09",
            [opt(weekday, comma), the, day, opt(w("of")), month, comma, year]
        ) { c in
            c.count == 4 ? day(c.number(3), c.number(2), c.number(1)) : day(c.number(2), c.number(1), c.number(0))
        },
        rule(
            "month-day", "The jury ruled on Oct. 22.", "2024-10-22",
            [opt(weekday, comma), month, day]
        ) { c in monthDay(c.number(c.count - 2), c.number(c.count - 1)) },
        rule(
            "day-month", "He appealed on the 3rd of November.", "2024-11-03",
            [opt(weekday, comma), the, day, opt(w("of")), month]
        ) { c in monthDay(c.number(c.count - 1), c.number(c.count - 2)) },
        rule(
            "month-year", "The suit was filed in October 2019.", "2019-10",
            [month, comma, opt(w("of")), year]
        ) { c in .stated(.month(c.number(0), of: c.number(1))) },
        // "Feb. 30" names no day, and so no month either.
        TimexRule(
            name: "month", example: "The trial began in April.", expected: "2024-04", pieces: [month],
            ruledOutBefore: { $0.kind == .number && $0.text.count <= 2 }
        ) { c in .month(c.number(0), direction: nil) },
        rule(
            "that-month", "The suit came in 2019. That June a judge ruled.", "2019-06",
            [w("that"), opt(w("same")), month]
        ) { c in .monthOfReference(c.number(c.count - 1)) },
        rule(
            "month-of-that-year", "The suit came in 2019. In June of that year a judge ruled.", "2019-06",
            [month, w("of"), w("that"), w("year")]
        ) { c in .monthOfReference(c.number(0)) },
        rule(
            "relative-month", "The suit was filed last April.", "2024-04",
            [pick("last", "next", "this", "coming", "past"), month]
        ) { c in .month(c.number(1), direction: c.word(0) == "this" ? nil : offset(c.word(0))) },
        rule("the-year-named", "Filings will double by the year two thousand.", "2000", [w("the"), w("year"), year]) {
            c in .stated(.year(c.number(0)))
        },
        rule("year", "The suit was filed in 2019.", "2019", [opt(w("fiscal")), year]) { c in
            .stated(.year(c.number(0)))
        },
        rule("decade", "Spyware was rare in the 1990s.", "199", [the, year, .glued(w("s"))]) { c in
            .stated(.decade(startingIn: c.number(0)))
        },
        rule(
            "short-decade", "Phone hacking began in the '80s.", "198",
            [the, .mark("'"), .glued(count), .glued(w("s"))]
        ) { c in c.number(0) % 10 == 0 ? .stated(.decade(startingIn: 1900 + c.number(0))) : nil },
        rule(
            "century", "Wiretaps date from the 20th century.", "19",
            [the, ordinal, w("century")]
        ) { c in .stated(.century(startingIn: (c.number(0) - 1) * 100)) },
        rule(
            "holiday-year", "The ruling came on Christmas Eve 2021.", "2021-12-24",
            [.capture(.holiday), comma, year]
        ) { c in
            let parts = c.word(0).split(separator: "-").compactMap { Int($0) }
            return parts.count == 2 ? day(c.number(1), parts[0], parts[1]) : nil
        },
    ]

    // MARK: Parts of a year

    private static let partsOfYears: [TimexRule] = [
        rule(
            "quarter-of-year", "Sales fell in the third quarter of 2023.", "2023-Q3",
            [the, ordinal, hyphen, w("quarter"), opt(w("of")), year]
        ) { c in (1...4).contains(c.number(0)) ? .stated(.quarter(c.number(0), of: c.number(1))) : nil },
        rule(
            "year-quarter", "Compared with the 2023 third quarter.", "2023-Q3",
            [the, year, ordinal, hyphen, w("quarter")]
        ) { c in (1...4).contains(c.number(1)) ? .stated(.quarter(c.number(1), of: c.number(0))) : nil },
        rule(
            "half-of-year", "A ruling is due in the first half of 2025.", "2025-H1",
            [the, ordinal, w("half"), w("of"), year]
        ) { c in (1...2).contains(c.number(0)) ? .stated(.half(c.number(0), of: c.number(1))) : nil },
        rule(
            "season-of-year", "The suit was filed in the summer of 2019.", "2019-SU",
            [the, season, opt(w("of")), year]
        ) { c in .stated(.season(c.number(0), of: c.number(1))) },
        rule(
            "quarter", "Revenue rose in the third quarter.", "2024-Q3",
            [the, ordinal, hyphen, w("quarter")]
        ) { c in (1...4).contains(c.number(0)) ? .part(.quarter, c.number(0)) : nil },
        rule("half", "Sales fell in the first half.", "2024-H1", [the, ordinal, w("half")]) { c in
            (1...2).contains(c.number(0)) ? .part(.half, c.number(0)) : nil
        },
        rule(
            "relative-season", "The suit was filed last spring.", "2023-SP",
            [pick("this", "last", "next", "past", "coming"), season]
        ) { c in .partOfYear(.season, c.number(1), yearOffset: offset(c.word(0))) },
        rule(
            "following-season", "The suit came in August 2020. The cases were combined the following spring.",
            "2021-SP", [w("the"), pick("following", "next", "previous", "preceding"), season]
        ) { c in .seasonOfReference(c.number(1), direction: ["previous", "preceding"].contains(c.word(0)) ? -1 : 1) },
        rule(
            "that-season", "The suit came in March 2023. She sued that fall.", "2023-FA",
            [w("that"), opt(w("same")), season]
        ) { c in .seasonOfReference(c.number(c.count - 1), direction: 0) },
        rule("season", "The trial was held in the summer.", "2024-SU", [opt(w("the")), season]) { c in
            .part(.season, c.number(0))
        },
        rule(
            "month-of-relative-year", "The firm sued in July last year.", "2023-07",
            [month, opt(w("of")), pick("last", "next", "this"), w("year")]
        ) { c in .partOfYear(.month, c.number(0), yearOffset: offset(c.word(1))) },
        rule(
            "holiday", "The court closes on Thanksgiving.", "2024-11-28", [.capture(.holiday)]
        ) { c in .holiday(c.word(0)) },
    ]

    // MARK: Counted from publication

    private static let publicationDates: [TimexRule] = [
        rule("today", "The judge ruled today.", "2024-12-18", [w("today", "tonight")]) { _ in
            .deictic(.day, offset: 0, clock: nil)
        },
        rule("yesterday", "The judge ruled yesterday.", "2024-12-17", [w("yesterday")]) { _ in
            .deictic(.day, offset: -1, clock: nil)
        },
        rule("tomorrow", "The jury returns tomorrow.", "2024-12-19", [w("tomorrow")]) { _ in
            .deictic(.day, offset: 1, clock: nil)
        },
        rule(
            "relative-unit", "The suit was filed last year.", "2023",
            [pick("this", "last", "next", "coming", "previous", "current"), unit]
        ) { c in
            guard let granularity = c.unit(1).granularity else { return nil }
            return .deictic(granularity, offset: offset(c.word(0)), clock: nil)
        },
        rule(
            "weekday", "The judge ruled on Monday.", "2024-12-16",
            [opt(pick("last", "next", "this", "coming", "past")), weekday, opt(partOfDay)]
        ) { c in
            var captures = c.values
            var direction: Int?
            if case .word(let word) = captures.first {
                direction = offset(word)
                captures.removeFirst()
            }
            let rest = TimexCaptures(values: captures)
            return .weekday(rest.number(0), direction: direction, clock: rest.count > 1 ? rest.word(1) : nil)
        },
        rule(
            "weekend", "The firm settled over the weekend.", "2024-W50-WE",
            [
                either([w("the"), opt(pick("past", "coming"))], [pick("this", "last", "next", "past", "coming")]),
                w("weekend"),
            ]
        ) { c in .weekend(offset: c.count == 0 ? nil : offset(c.word(0))) },
        rule(
            "part-of-today", "The jury heard him this morning.", "2024-12-18TMO",
            [pick("this", "today", "yesterday", "tomorrow", "last"), partOfDay]
        ) { c in
            let offset = ["yesterday": -1, "last": -1, "tomorrow": 1][c.word(0)] ?? 0
            return .deictic(.day, offset: offset, clock: c.word(1))
        },
    ]

    // MARK: Counted from a date the text gave before

    private static let earlierDates: [TimexRule] = [
        rule(
            "ago", "NSO was sued two years ago.", "2022",
            [either([count], [w("a", "an")]), hyphen, unit, w("ago")]
        ) { c in
            .shift(
                c.count == 2 ? c.unit(1) : c.unit(0), amount: -(c.count == 2 ? c.number(0) : 1), fromEarlierDate: false)
        },
        rule(
            "earlier-later", "The suit came in 2019. Two years later the court ruled.", "2021",
            [either([count], [w("a", "an")]), hyphen, unit, pick("earlier", "later", "afterward", "afterwards")]
        ) { c in
            let amount = (c.count == 3 ? c.number(0) : 1) * (c.word(c.count - 1) == "earlier" ? -1 : 1)
            return .shift(c.count == 3 ? c.unit(1) : c.unit(0), amount: amount, fromEarlierDate: true)
        },
        rule(
            "year-ago", "Profit rose from the third quarter of 2023 to the year-ago quarter.", "2022-Q3",
            [
                the, opt(w("comparable")), w("year"), .glued(.mark("-")), .glued(w("ago", "earlier")),
                opt(w("quarter", "period", "level", "nine", "months")),
            ]
        ) { _ in .shift(.year, amount: -1, fromEarlierDate: true) },
        rule(
            "that-unit", "The suit came in March 2019. That month the court met.", "2019-03",
            [either([w("that")], [w("the"), w("same")]), singularUnit]
        ) { c in c.unit(0).granularity.map { .anaphor($0, offset: 0) } },
        rule(
            "following-unit", "The suit came in March 2019. The following month a judge ruled.", "2019-04",
            [w("the"), pick("following", "next", "previous", "preceding", "prior"), singularUnit]
        ) { c in c.unit(1).granularity.map { .anaphor($0, offset: c.word(0) == "prior" ? -1 : offset(c.word(0))) } },
        rule(
            "unit-before", "The suit came on March 4, 2019. The day before, the firm met.", "2019-03-03",
            [w("the"), singularUnit, pick("before", "after")]
        ) { c in c.unit(0).granularity.map { .anaphor($0, offset: c.word(1) == "before" ? -1 : 1) } },
        TimexRule(
            name: "the-unit", example: "Sales rose in the third quarter of 2023. In the quarter, costs fell.",
            expected: "2023-Q3", pieces: [w("the"), opt(w("fiscal")), pick("quarter", "year", "month")],
            ruledOutBefore: endsPeriod
        ) { c in .anaphor(["quarter": .quarter, "year": .year][c.word(0)] ?? .month, offset: 0) },
        // "the year ended March 31": twelve months, which the date after it places.
        TimexRule(
            name: "period-ended", example: "Sales rose in the year ended June 30.", expected: "P1Y",
            pieces: [w("the"), opt(w("fiscal")), pick("quarter", "year", "month")],
            ruledOutBefore: { !endsPeriod($0) }
        ) { c in .duration((["quarter": .quarter, "year": .year][c.word(0)] ?? TimexUnit.month).duration(1)) },
        rule(
            "latest-unit", "Profit rose in the latest quarter.", "2024-Q3",
            [
                w("the"), either([w("latest")], [w("most"), w("recent")]), opt(w("fiscal")),
                pick("quarter", "year", "month"),
            ]
        ) { c in .deictic(["quarter": .quarter, "year": .year][c.word(0)] ?? .month, offset: -1, clock: nil) },
    ]

    // MARK: Present, past and future

    private static let references: [TimexRule] = [
        rule(
            "present", "The case is now before the court.", "PRESENT_REF",
            [
                either(
                    [w("now", "currently", "presently", "nowadays", "current")], [w("at"), w("present")],
                    [w("these"), w("days")])
            ]
        ) { _ in .reference("PRESENT_REF") },
        rule(
            "past", "The firm recently lost an appeal.", "PAST_REF",
            [either([w("recently", "formerly", "lately")], [w("the"), w("past")])]
        ) { _ in .reference("PAST_REF") },
        rule(
            "future", "The firm may appeal in the future.", "FUTURE_REF",
            [
                either(
                    [w("the"), opt(w("near", "foreseeable", "immediate", "distant")), w("future")],
                    [w("the"), w("near", "long"), w("term")], [w("a"), w("later"), w("date")])
            ]
        ) { _ in .reference("FUTURE_REF") },
        rule(
            "vague-ago", "The firm was sued several years ago.", "PAST_REF",
            [w("several", "many", "some", "few"), unit, w("ago")]
        ) { _ in .reference("PAST_REF") },
    ]

    // MARK: Durations

    private static let durations: [TimexRule] = [
        rule(
            "fraction", "Iraq imports about three-quarters of its food.", "",
            [either([count], [w("a")]), hyphen, w("quarter", "quarters"), w("of")]
        ) { _ in .fraction },
        rule(
            "counted", "The trial lasted three weeks.", "P3W",
            [count, hyphen, unit, opt(.glued(.mark("-")), .glued(w("long")))]
        ) { c in
            .duration(c.unit(1).duration(c.number(0)))
        },
        rule(
            "and-a-half", "The hearing ran two and a half hours.", "PT2H30M",
            [count, w("and"), w("a"), w("half"), unit]
        ) { c in c.unit(1).durationAndAHalf(c.number(0)).map(TimexMeaning.duration) },
        rule(
            "unit-and-a-half", "The jury was out a day and a half.", "P1DT12H",
            [w("a", "an"), singularUnit, w("and"), w("a"), w("half")]
        ) { c in c.unit(0).durationAndAHalf(1).map(TimexMeaning.duration) },
        rule(
            "fraction-half", "The trial lasted 2 1/2 weeks.", "P17DT12H",
            [count, count, .glued(.mark("/")), .glued(count), hyphen, unit]
        ) { c in
            guard c.number(1) == 1, c.number(2) == 2 else { return nil }
            return c.unit(3).durationAndAHalf(c.number(0)).map(TimexMeaning.duration)
        },
        TimexRule(
            name: "one-unit", example: "The appeal took a year.", expected: "P1Y",
            pieces: [w("a", "an"), hyphen, unit, opt(.glued(.mark("-")), .glued(w("long")))], ruledOutAfter: isRate
        ) { c in c.unit(0) == .second ? nil : .duration(c.unit(0).duration(1)) },
        rule(
            "span", "Filings rose over the past three years.", "P3Y",
            [
                the,
                w("past", "last", "next", "first", "coming", "previous", "final", "latest", "following", "initial"),
                count, unit,
            ]
        ) { c in .duration(c.unit(1).duration(c.number(0))) },
        rule(
            "span-of-one", "Filings rose over the past year.", "P1Y",
            [either([w("the"), w("past", "last", "next", "coming")], [w("past")]), singularUnit]
        ) { c in .duration(c.unit(0).duration(1)) },
        rule(
            "age", "It was a five-year-old case.", "P5Y",
            [count, .glued(.mark("-")), .glued(unit), .glued(.mark("-")), .glued(w("old"))]
        ) { c in .age(c.unit(1), c.number(0)) },
        rule(
            "vague-span", "The case could take several years.", "PXY",
            [
                the,
                either(
                    [w("several", "many", "recent", "coming", "some")], [w("a", "the"), w("few")],
                    [w("past", "next", "last"), w("few", "several")]),
                unit,
            ]
        ) { c in .duration(c.unit(0).duration(nil)) },
        rule(
            "plural-units", "The case took years.", "PXY",
            [the, pick("years", "months", "weeks", "days", "decades", "hours", "minutes", "centuries")]
        ) { c in
            let units: [String: TimexUnit] = [
                "years": .year, "months": .month, "weeks": .week, "days": .day, "decades": .decade,
                "hours": .hour, "minutes": .minute, "centuries": .century,
            ]
            return units[c.word(0)].map { .duration($0.duration(nil)) }
        },
    ]

    // MARK: Recurrences

    private static let recurrences: [TimexRule] = [
        rule("every-unit", "The court meets every week.", "P1W", [w("every", "each", "per"), opt(count), unit]) { c in
            .set(c.count == 2 ? c.unit(1).duration(c.number(0)) : c.unit(0).duration(1))
        },
        rule("every-weekday", "The court meets each Thursday.", "XXXX-WXX-4", [w("every", "each"), weekday]) { c in
            .set("XXXX-WXX-\(c.number(0))")
        },
        rule("every-month", "Reports are due each July.", "XXXX-07", [w("every", "each"), month]) { c in
            .set("XXXX-\(c.number(0) < 10 ? "0" : "")\(c.number(0))")
        },
        rule(
            "adverb", "The firm reports daily.", "P1D",
            [pick("daily", "weekly", "monthly", "annually", "yearly", "hourly")]
        ) { c in
            let values = [
                "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "hourly": "PT1H",
            ]
            return values[c.word(0)].map { .set($0) }
        },
    ]

    // MARK: Times of day

    private static let times: [TimexRule] = [
        rule("clock", "The jury returned at 4:30 p.m.", "2024-12-18T16:30", [clock, timeZone]) { c in
            .clock(c.word(0))
        },
        rule(
            "clock-weekday", "The jury returned at 4 p.m. Monday.", "2024-12-16T16:00",
            [clock, timeZone, comma, weekday]
        ) { c in
            .weekday(c.number(1), direction: nil, clock: c.word(0))
        },
        rule(
            "clock-date", "The offer runs until 5 p.m. EST, Dec. 27.", "2024-12-27T17:00",
            [clock, timeZone, comma, opt(w("on")), month, day, opt(.mark(","), year)]
        ) { c in
            let date = c.count == 4 ? day(c.number(3), c.number(1), c.number(2)) : monthDay(c.number(1), c.number(2))
            return date.map { .atClock(c.word(0), on: $0) }
        },
        rule(
            "date-clock", "The jury returned on Dec. 16 at 4 p.m.", "2024-12-16T16:00",
            [month, day, opt(.mark(","), year), comma, w("at"), clock, timeZone]
        ) { c in
            let date = c.count == 4 ? day(c.number(2), c.number(0), c.number(1)) : monthDay(c.number(0), c.number(1))
            return date.map { .atClock(c.word(c.count - 1), on: $0) }
        },
        rule(
            "weekday-clock", "The jury returned Monday at 4 p.m.", "2024-12-16T16:00",
            [weekday, comma, opt(w("at")), clock, timeZone]
        ) { c in
            .weekday(c.number(0), direction: nil, clock: c.word(1))
        },
        rule(
            "noon", "The verdict came at noon.", "2024-12-18T12:00", [pick("noon", "midday", "midnight"), opt(weekday)]
        ) { c in
            let clock = c.word(0) == "midnight" ? "24:00" : "12:00"
            return c.count > 1 ? .weekday(c.number(1), direction: nil, clock: clock) : .clock(clock)
        },
    ]

    // MARK: The engine's tables

    /// Words before an expression that TIMEX3 keeps in its span, longest first.
    static let modifiers: [[String]] = [
        ["the", "beginning", "of"], ["the", "middle", "of"], ["the", "start", "of"], ["the", "end", "of"],
        ["at", "least"], ["more", "than"], ["less", "than"], ["up", "to"], ["end", "of"], ["mid", "-"],
        ["early"], ["late"], ["mid"], ["earlier"], ["later"], ["around"], ["about"], ["nearly"], ["almost"],
        ["roughly"], ["approximately"], ["within"],
    ]

    /// A match may not end inside a word or a number: "1990" is not a year in "1990s" unless a
    /// rule reads the "s".
    static func continuesAsOtherWord(_ tokens: [DateToken], _ end: Int) -> Bool {
        end < tokens.count && tokens[end].gluedToPrevious && tokens[end].kind != .mark
    }

    static func starting(with token: DateToken) -> [TimexRule] { all }
}
