import Foundation

/// The timeline as an iCalendar file (RFC 5545): an all-day event for each event known to the
/// day, the month or the year, spanning that interval, its description the date's basis and the
/// quotes with their sources. Events known less precisely, or not at all, are left out: a
/// calendar cannot hold them.
public enum ICSExport {
    public static func render(_ model: Case, events: [Event]) -> String {
        // DTSTAMP must be given; the latest publication date (supplied by the case file) keeps
        // the same case exporting the same bytes.
        let stamp = model.sources.map(\.published).max().map(Self.date) ?? "19700101"
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Courtline//Courtline//EN", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:" + escaped(model.title),
        ]
        for event in events {
            guard let (start, end) = span(of: event.date) else { continue }
            let quotes = event.citations.map { "“\($0.quote)” (\($0.sourceID), sentence \($0.sentenceIndex))" }
            lines += [
                "BEGIN:VEVENT", "UID:\(event.id)@\(model.id).courtline", "DTSTAMP:\(stamp)T000000Z",
                "DTSTART;VALUE=DATE:\(start)", "DTEND;VALUE=DATE:\(end)", "SUMMARY:" + escaped(event.title),
                "DESCRIPTION:" + escaped(([event.date.basis] + quotes).joined(separator: "\n")),
                "CATEGORIES:" + escaped(event.kind.rawValue),
            ]
            if let court = event.courtID.flatMap(model.court) { lines.append("LOCATION:" + escaped(court.name)) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map { folded($0) + "\r\n" }.joined()
    }

    /// The first day and the day after the last (DTEND is exclusive), for a day, a month or a year.
    private static func span(of date: EventDate) -> (String, String)? {
        guard [.day, .month, .year].contains(date.precision), let first = date.earliest, let last = date.latest,
            (1...9999).contains(first.year), (1...9998).contains(last.year)
        else { return nil }
        return (Self.date(first), Self.date(last.adding(days: 1)))
    }

    private static func date(_ day: CalendarDay) -> String {
        day.iso.replacingOccurrences(of: "-", with: "")
    }

    /// TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545, 3.3.11).
    static func escaped(_ text: String) -> String {
        text.escaped { character in
            switch character {
            case "\\", ";", ",": "\\\(character)"
            case "\n", "\r\n", "\r": "\\n"
            default: nil
            }
        }
    }

    /// A line of more than 75 octets is folded: a line break and a space before each further
    /// 74 (RFC 5545, 3.1), never inside a character's bytes.
    static func folded(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var result = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = String(scalar).utf8.count
            if octets + width > 75 {
                result += "\r\n "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += width
        }
        return result
    }
}
