import CourtlineModel
import Testing

@Suite("Calendar days")
struct CalendarDayTests {
    private func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    @Test func parsesAndPrintsISO() {
        #expect(day("2024-12-20").iso == "2024-12-20")
        #expect(day("0999-01-05").iso == "0999-01-05")
        for bad in ["2023-02-29", "2024-13-01", "2024-1-01", "20241220", "2024-12-20x", ""] {
            #expect(CalendarDay(iso: bad) == nil, "\(bad)")
        }
        #expect(CalendarDay(iso: "2024-02-29") != nil)
    }

    @Test func knowsWeekdays() {
        #expect(day("2024-12-20").weekday == 5)  // a Friday
        #expect(day("1970-01-01").weekday == 4)  // a Thursday
        #expect(day("2000-01-02").weekday == 7)  // a Sunday
        #expect(day("1969-12-29").weekday == 1)  // a Monday, before the epoch
    }

    @Test func addsDaysAcrossMonthsYearsAndLeapDays() {
        #expect(day("2024-12-31").adding(days: 1) == day("2025-01-01"))
        #expect(day("2024-03-01").adding(days: -1) == day("2024-02-29"))
        #expect(day("2023-03-01").adding(days: -1) == day("2023-02-28"))
        #expect(day("2024-12-20").adding(days: -365) == day("2023-12-21"))
    }

    @Test func addsMonthsClampingToShorterMonths() {
        #expect(day("2019-12-31").adding(months: -6) == day("2019-06-30"))
        #expect(day("2024-01-31").adding(months: 1) == day("2024-02-29"))
        #expect(day("2019-01-01").adding(months: -6) == day("2018-07-01"))
        #expect(day("2024-02-29").adding(years: -1) == day("2023-02-28"))
        #expect(day("2024-12-20").adding(years: -5) == day("2019-12-20"))
    }

    @Test func orders() {
        #expect(day("2019-12-31") < day("2020-01-01"))
        #expect(day("2020-01-31") < day("2020-02-01"))
        #expect(!(day("2020-02-01") < day("2020-02-01")))
    }
}
