/// The English names the date resolver writes in its explanations.
enum DateWords {
    static func monthName(_ month: Int) -> String { TimexResolver.monthNames[month - 1] }
    static func weekdayName(_ weekday: Int) -> String { TimexResolver.weekdayNames[weekday - 1] }
}
