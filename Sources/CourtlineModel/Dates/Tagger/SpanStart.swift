import Foundation

/// "between May and July 2022", "from Nov. 3 to Feb. 9, 2024": the start of a span written
/// without its year takes the year of the end that gives one (the year before, when its month
/// comes later in the calendar), not the year nearest publication.
enum SpanStart {
    /// The words that join a span's two ends.
    static let joiners: Set<String> = ["and", "to", "through", "until", "-", "–", "—"]

    static func placed(_ mentions: [TimexMention], in text: SourceText) -> [TimexMention] {
        var placed = mentions
        for index in mentions.indices.dropLast() {
            let start = mentions[index]
            let end = mentions[index + 1]
            guard case .stated(let stated) = end.meaning, stated.granularity >= .month, stated.granularity <= .day,
                Self.joiners.contains(
                    text[start.range.upperBound..<end.range.lowerBound].lowercased().trimmingCharacters(
                        in: .whitespacesAndNewlines))
            else { continue }
            let endMonth = stated.day?.month ?? stated.part
            let point: TimexPoint
            switch start.meaning {
            case .month(let month, direction: nil):
                point = .month(month, of: month > endMonth ? stated.year - 1 : stated.year)
            case .monthDay(let month, let day):
                guard
                    let found = CalendarDay(
                        year: month > endMonth ? stated.year - 1 : stated.year, month: month, day: day)
                else { continue }
                point = .day(found)
            default: continue
            }
            placed[index] = TimexMention(
                range: start.range, text: start.text, type: start.type, value: point.value,
                derivation: TimexDerivation(
                    basis: .laterDate, anchorValue: stated.value, anchorText: end.text, anchorRange: end.range,
                    explanation:
                        "in the year \(point.year == stated.year ? "of" : "before") “\(end.text)” (\(stated.value)), which ends the span"
                ),
                rule: start.rule, meaning: .stated(point))
        }
        return placed
    }
}
