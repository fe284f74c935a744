import CourtlineModel
import Testing

@Suite("Date expressions")
struct DateExpressionTests {
    static let published = CalendarDay(iso: "2024-12-20")!
    static let publication = DateAnchor.publication(published)

    @Test(arguments: [
        ("in 2016", DateExpression.year(2016)),
        ("In 2019,", .year(2019)),
        ("Upholding that ruling in 2021", .year(2021)),
        ("in September", .month(9, year: nil)),
        ("in Sept. 2023", .month(9, year: 2023)),
        ("Friday", .weekday(5)),
        ("on Friday", .weekday(5)),
        ("Last year", .relative(.year, offset: -1)),
        ("this month", .relative(.month, offset: 0)),
        ("next week", .relative(.week, offset: 1)),
        ("six months earlier", .shift(.month, by: -6)),
        ("two years later", .shift(.year, by: 2)),
        ("3 days ago", .shift(.day, by: -3)),
        ("a year ago", .relative(.year, offset: -1)),
        ("three weeks ago", .relative(.week, offset: -3)),
        ("Christmas Eve", .monthDay(month: 12, day: 24)),
        ("five-year-old case", .age(years: 5)),
        ("the 10-year-old dispute", .age(years: 10)),
        ("today's decision", .today),
        ("Today’s ruling", .today),
        ("yesterday", .yesterday),
        ("December 20, 2024", .fullDate(CalendarDay(iso: "2024-12-20")!)),
        ("on Dec. 20, 2024", .fullDate(CalendarDay(iso: "2024-12-20")!)),
        ("20 December 2024", .fullDate(CalendarDay(iso: "2024-12-20")!)),
        ("2024-12-20", .fullDate(CalendarDay(iso: "2024-12-20")!)),
        ("on March 3", .monthDay(month: 3, day: 3)),
        ("may 2021", .month(5, year: 2021)),
    ])
    func parses(_ text: String, _ expected: DateExpression) {
        #expect(DateExpression.parse(text) == expected)
    }

    /// A count of 333333333333333333 years, found by the fuzzer (Fuzz/), overflowed the calendar's
    /// arithmetic; "Feb. 30", seen while reading the resolver for it, sent it looking for ever for
    /// a year that has one.
    @Test(arguments: ["on Feb. 30", "on April 31", "a 333333333333333333-year-old case", "20000 days later"])
    func findsNoDateInImpossibleOrOverflowingWords(_ text: String) {
        #expect(DateExpression.parse(text) == nil)
    }

    @Test func findsFebruary29InTheLatestLeapYear() throws {
        #expect(try resolve("on Feb. 29").display == "2024-02-29")
        #expect(
            try resolve("on Feb. 29", anchor: .publication(CalendarDay(year: 2023, month: 6, day: 1)!)).display
                == "2020-02-29")
    }

    @Test(arguments: ["NSO appealed", "proceed to trial", "she may appeal", "1,400 people", ""])
    func findsNoDateIn(_ text: String) {
        #expect(DateExpression.parse(text) == nil)
    }

    private func resolve(_ text: String, anchor: DateAnchor? = publication) throws -> EventDate {
        try #require(DateExpression.parse(text)).resolve(text: text, anchor: anchor)
    }

    /// "is scheduled for June 2": what was still to come counts forward from its anchor.
    @Test func resolvesWhatIsStillAheadForward() throws {
        func ahead(_ text: String) throws -> EventDate {
            try #require(DateExpression.parse(text)).resolve(text: text, anchor: Self.publication, ahead: true)
        }
        #expect(try ahead("on June 2").display == "2025-06-02")
        #expect(try ahead("on Dec. 20").display == "2024-12-20", "the day itself is not yet past")
        #expect(try ahead("in September").display == "2025-09")
        #expect(try ahead("in December").display == "2024-12")
        #expect(try ahead("on Monday").display == "2024-12-23")
        #expect(try ahead("on Friday").display == "2024-12-27", "a weekday ahead is the next one")
        #expect(try ahead("on June 2").basis.contains("the earliest June 2 not before publication"))
        #expect(try ahead("in 2026").display == "2026", "a date with its year is what it says")
    }

    @Test func resolvesAWeekdayToTheLatestOnOrBeforePublication() throws {
        let friday = try resolve("Friday")
        #expect(friday.basis == "Friday → 2024-12-20 (the Friday on or before publication, 2024-12-20, supplied)")
        #expect(friday.precision == .day)
        let monday = try resolve("on Monday")
        #expect(monday.display == "2024-12-16")
        #expect(monday.basis.contains("the Monday on or before publication"))
    }

    @Test func resolvesYearsAndMonths() throws {
        let year = try resolve("in 2016", anchor: nil)
        #expect((year.earliest?.iso, year.latest?.iso, year.precision) == ("2016-01-01", "2016-12-31", .year))
        #expect(year.display == "2016")
        let september = try resolve("in September")
        #expect(september.display == "2024-09")
        #expect(september.precision == .month)
        #expect(september.basis.contains("the latest September not after publication, 2024-12-20"))
        // A month after the anchor's month is last year's.
        let december = try resolve("in December", anchor: .publication(CalendarDay(iso: "2025-03-01")!))
        #expect(december.display == "2024-12")
        #expect(try resolve("last year").display == "2023")
        #expect(try resolve("last month").display == "2024-11")
    }

    @Test func resolvesRelativeToAnotherEvent() throws {
        let suit = try resolve("In 2019", anchor: nil)
        let anchor = DateAnchor.event(title: "WhatsApp sues NSO", date: suit)
        let hack = try resolve("six months earlier", anchor: anchor)
        #expect((hack.earliest?.iso, hack.latest?.iso) == ("2018-07-01", "2019-06-30"))
        #expect(hack.precision == .bounded)
        #expect(
            hack.basis == "six months earlier → 2018-07 – 2019-06 (six months before “WhatsApp sues NSO”, 2019)")
    }

    @Test func resolvesAnAge() throws {
        let age = try resolve("five-year-old case")
        #expect((age.earliest?.iso, age.latest?.iso) == ("2018-12-21", "2019-12-20"))
        #expect(age.basis.contains("more than five and at most six years before publication, 2024-12-20"))
    }

    @Test func resolvesToday() throws {
        let today = try resolve("today's decision")
        #expect(today.display == "2024-12-20")
        #expect(today.basis == "today's decision → 2024-12-20 (the day of publication, 2024-12-20, supplied)")
    }

    @Test func refusesARelativeDateWithoutAnAnchor() {
        #expect(throws: DateResolutionError.self) { try resolve("last year", anchor: nil) }
        let unknown = DateAnchor(earliest: nil, latest: nil, description: "“the trial”, date unknown")
        #expect(throws: DateResolutionError.self) { try resolve("six months earlier", anchor: unknown) }
    }

    @Test func refusesAWeekdayCountedFromAYear() throws {
        let year = try resolve("in 2021", anchor: nil)
        #expect(throws: DateResolutionError.self) {
            try resolve("on Friday", anchor: .event(title: "ruling", date: year))
        }
    }
}

@Suite("Event dates")
struct EventDateTests {
    private func date(_ earliest: String?, _ latest: String?) -> EventDate {
        EventDate(
            text: "x", earliest: earliest.flatMap { CalendarDay(iso: $0) },
            latest: latest.flatMap { CalendarDay(iso: $0) },
            explanation: "test")
    }

    /// "the day before" a day is the day before it, as the tagger reads it, from an event anchor.
    @Test func theDayBeforeAnEventIsTheDayBeforeIt() throws {
        #expect(DateExpression.parse("the day before") == .shift(.day, by: -1))
        let anchor = DateAnchor.event(title: "the hearing", date: date("2024-05-03", "2024-05-03"))
        #expect(
            try DateExpression.parse("the day after")!.resolve(text: "the day after", anchor: anchor).display
                == "2024-05-04")
    }

    /// Seasons are the northern hemisphere's by month; a season without its year is placed as a
    /// month without one is, and winter runs into the next year.
    @Test func seasonsAreTheirMonths() throws {
        let publication = DateAnchor.publication(CalendarDay(iso: "2024-12-20")!)
        func resolve(_ text: String, ahead: Bool = false) throws -> EventDate {
            try #require(DateExpression.parse(text)).resolve(text: text, anchor: publication, ahead: ahead)
        }
        func ahead(_ text: String) throws -> EventDate { try resolve(text, ahead: true) }
        #expect(DateExpression.parse("in the summer of 2019") == .season(2, year: 2019))
        #expect(try resolve("in the summer of 2019").display == "2019-06 – 2019-08")
        #expect(try resolve("the winter of 2023").display == "2023-12 – 2024-02")
        // Published 2024-12-20: the fall just past, or the one to come.
        #expect(try resolve("in the fall").display == "2024-09 – 2024-11")
        #expect(try ahead("in the fall").display == "2025-09 – 2025-11")
        #expect(try resolve("last spring").display == "2023-03 – 2023-05")
        #expect(try resolve("in July last year").display == "2023-07")
        #expect(try resolve("in the summer of 2019").basis.contains("June to August"))
    }

    @Test func displaysAsPreciselyAsKnown() {
        #expect(date("2024-12-20", "2024-12-20").display == "2024-12-20")
        #expect(date("2024-09-01", "2024-09-30").display == "2024-09")
        #expect(date("2016-01-01", "2016-12-31").display == "2016")
        #expect(date(nil, "2024-12-20").display == "by 2024-12-20")
        #expect(date("2020-01-01", nil).display == "from 2020")
        #expect(date("2020-03-02", nil).display == "from 2020-03-02")
        #expect(date("2018-07-01", "2019-06-30").display == "2018-07 – 2019-06")
        #expect(date("2020-01-01", "2021-12-31").display == "2020 – 2021")
        #expect(date("2019-01-01", "2024-12-20").display == "2019 – 2024-12-20")
        #expect(date("2018-12-21", "2019-12-20").display == "2018-12-21 – 2019-12-20")
        #expect(date(nil, "2024-09-30").display == "by 2024-09")
        // An end is not cut to a month or a year the other end lies in: a week at a month's end
        // is its days, not "2026-05-25 – 2026-05".
        #expect(date("2026-05-25", "2026-05-31").display == "2026-05-25 – 2026-05-31")
        #expect(date("2026-06-01", "2026-06-07").display == "2026-06-01 – 2026-06-07")
        #expect(date("2026-03-01", "2026-12-31").display == "2026-03 – 2026-12")
        #expect(date("2026-05-25", "2026-06-30").display == "2026-05-25 – 2026-06")
        #expect(date(nil, nil).display == "date unknown")
        #expect(date(nil, nil).precision == .unknown)
        #expect(date(nil, "2024-12-20").precision == .bounded)
        #expect(date("2024-02-01", "2024-02-29").precision == .month)
        #expect(date("2024-02-01", "2024-02-28").precision == .bounded)
    }

    @Test func sortsByFirstKnownDayThenEndWithUnknownLast() {
        let dates = [
            date(nil, nil), date("2024-12-20", "2024-12-20"), date("2019-01-01", "2019-12-31"),
            date("2019-01-01", "2019-06-30"), date(nil, "2024-09-30"), date("2018-07-01", nil),
            date(nil, "2024-12-20"), date("2024-09-30", "2024-09-30"),
        ]
        let sorted = dates.sorted(by: EventDate.sortsBefore).map(\.display)
        #expect(
            sorted == [
                "from 2018-07", "2019-01 – 2019-06", "2019", "by 2024-09", "2024-09-30", "by 2024-12-20", "2024-12-20",
                "date unknown",
            ])
    }
}
