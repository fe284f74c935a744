import CourtlineTestSupport
import Foundation
import Testing

@testable import CourtlineModel

/// Reads RFC 4180 text back into rows, to check what a spreadsheet or a CSV library would read.
private func csvRows(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
        if quoted {
            if character == "\"" {
                if characters.first == "\"" {
                    field.append("\"")
                    characters.removeFirst()
                } else {
                    quoted = false
                }
            } else {
                field.append(character)
            }
        } else if character == "\"" {
            try #require(field.isEmpty, "a quotation mark inside an unquoted field")
            quoted = true
        } else if character == "," {
            row.append(field)
            field = ""
        } else if character == "\r\n" {
            row.append(field)
            rows.append(row)
            row = []
            field = ""
        } else {
            try #require(character != "\n" && character != "\r", "a bare line break outside quotes")
            field.append(character)
        }
    }
    try #require(!quoted && row.isEmpty && field.isEmpty, "the text ends inside a row")
    return rows
}

@Suite("Markdown and CSV exports", .temporaryFiles)
struct TimelineExportTests {
    let model: Case

    init() throws {
        model = try CaseLoader().load(caseFileAt: Seeds.path(Seeds.caseFile))
    }

    @Test func markdownHasARowPerEventAndAFootnotePerQuote() {
        let text = MarkdownExport.render(model, events: model.events)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rows = lines.filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Date") && !$0.hasPrefix("| ---") }
        #expect(rows.count == model.events.count)
        let footnotes = lines.filter { $0.hasPrefix("[^") }
        #expect(footnotes.count == model.events.reduce(0) { $0 + $1.citations.count })
        var number = 0
        for (event, row) in zip(model.events, rows) {
            #expect(row.hasPrefix("| \(MarkdownExport.escaped(event.date.display)) |"), "\(row)")
            for (position, citation) in event.citations.enumerated() {
                number += 1
                #expect(row.contains("[^\(number)]"))
                let footnote = footnotes[number - 1]
                #expect(footnote.hasPrefix("[^\(number)]: “\(MarkdownExport.escaped(citation.quote))”"), "\(footnote)")
                #expect(footnote.contains("(`\(citation.sourceID)`), sentence \(citation.sentenceIndex) of "))
                // How the date was worked out, with the event's first quote only.
                #expect(footnote.contains("Date: ") == (position == 0), "\(footnote)")
            }
        }
        #expect(text.contains("## Sources"))
        #expect(lines.filter { $0.hasPrefix("- `") }.allSatisfy { $0.contains("supplied by the case file") })
    }

    @Test func markdownEscapesWhatWouldReadAsMarkup() throws {
        var fixture = CaseFixture()
        fixture.events = fixture.events.replacingOccurrences(
            of: "title: The judge rules", with: "title: \"The judge | rules *for* [Acme]\"")
        let model = try fixture.load()
        let text = MarkdownExport.render(model, events: model.events)
        let row = try #require(text.split(separator: "\n").first { $0.contains("The judge") })
        #expect(row.contains(#"The judge \| rules \*for\* \[Acme\]"#))
        // Three cells: four pipes that are not escaped.
        let characters = Array(row)
        let borders = characters.indices.filter { characters[$0] == "|" && ($0 == 0 || characters[$0 - 1] != "\\") }
        #expect(borders.count == 4, "\(row)")
    }

    @Test func csvIsReadBackAsWritten() throws {
        var fixture = CaseFixture()
        fixture.events = fixture.events.replacingOccurrences(
            of: "summary: The judge ruled for Acme.", with: #"summary: "He said \"no\", twice,\nthen yes.""#)
        let model = try fixture.load()
        let text = CSVExport.render(model, events: model.events)
        #expect(text.hasSuffix("\r\n"))
        let rows = try csvRows(text)
        #expect(rows.first == CSVExport.header)
        #expect(rows.count == model.events.count + 1)
        #expect(rows.allSatisfy { $0.count == CSVExport.header.count })
        let column = { (name: String) in CSVExport.header.firstIndex(of: name)! }
        for (event, row) in zip(model.events, rows.dropFirst()) {
            #expect(row[column("id")] == event.id)
            #expect(row[column("summary")] == event.summary)
            #expect(row[column("earliest")] == event.date.earliest?.iso ?? "")
            #expect(row[column("date_basis")] == event.date.basis)
            for citation in event.citations { #expect(row[column("citations")].contains("“\(citation.quote)”")) }
        }
        #expect(rows.dropFirst().contains { $0[column("summary")] == "He said \"no\", twice,\nthen yes." })
    }
}

@Suite("TimelineJS export")
struct TimelineJSExportTests {
    @Test func datesGiveTheFieldsTheirPrecisionKnowsAndTheTextQuotesTheSources() throws {
        let model = try CaseLoader().load(caseFileAt: Seeds.path(Seeds.caseFile))
        let text = CaseExport.json(TimelineJSExport(model, events: model.events))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((json["title"] as? [String: Any])?["text"] as? [String: String] != nil)
        let slides = try #require(json["events"] as? [[String: Any]])
        let dated = model.events.filter { $0.date.precision != .unknown }
        #expect(slides.count == dated.count, "events with no known day are left out")
        for (event, slide) in zip(dated, slides) {
            #expect(slide["unique_id"] as? String == event.id)
            let start = try #require(slide["start_date"] as? [String: String])
            let fields: Set<String> =
                switch event.date.precision {
                case .year: ["year"]
                case .month: ["year", "month"]
                default: ["year", "month", "day"]
                }
            #expect(Set(start.keys) == fields, "\(event.id)")
            let first = try #require(event.date.earliest ?? event.date.latest)
            #expect(start["year"] == String(first.year))
            let spans = event.date.precision == .bounded && event.date.earliest != nil && event.date.latest != nil
            #expect((slide["end_date"] != nil) == spans, "\(event.id)")
            let body = try #require(slide["text"] as? [String: String])
            #expect(body["headline"] == event.title)
            for citation in event.citations {
                let quote = TimelineJSExport.Slide.html(citation.quote)
                #expect(
                    body["text"]?.contains("“\(quote)” (\(citation.sourceID), sentence \(citation.sentenceIndex))")
                        == true)
            }
            #expect(slide["group"] as? String == event.courtID.flatMap(model.court)?.name)
        }
        #expect(TimelineJSExport.Slide.html("<b>&\"") == "&lt;b&gt;&amp;&quot;")
    }
}

@Suite("iCalendar export")
struct ICSExportTests {
    /// The logical lines of an iCalendar text, checked as RFC 5545 asks on the way: CRLF line
    /// ends, physical lines of at most 75 octets, continuation lines starting with a space.
    private func unfolded(_ text: String) throws -> [String] {
        #expect(text.hasSuffix("\r\n"))
        var lines: [String] = []
        for physical in text.components(separatedBy: "\r\n").dropLast() {
            try #require(!physical.contains("\n") && !physical.contains("\r"), "a bare line break")
            #expect(physical.utf8.count <= 75, "\(physical)")
            if physical.hasPrefix(" ") {
                try #require(!lines.isEmpty)
                lines[lines.count - 1] += physical.dropFirst()
            } else {
                lines.append(physical)
            }
        }
        return lines
    }

    private func unescaped(_ value: Substring) -> String {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    @Test func holdsAnAllDayEventForEachEventKnownToTheDayMonthOrYear() throws {
        let model = try CaseLoader().load(caseFileAt: Seeds.path(Seeds.caseFile))
        let lines = try unfolded(ICSExport.render(model, events: model.events))
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.filter { $0 == "VERSION:2.0" }.count == 1)
        #expect(lines.filter { $0.hasPrefix("PRODID:") }.count == 1)
        // Every content line is NAME[;PARAM=VALUE]:VALUE.
        let property = /^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^;:]+)*:.*$/
        #expect(lines.allSatisfy { $0.wholeMatch(of: property) != nil })
        var components: [[String]] = []
        var current: [String]?
        for line in lines.dropFirst().dropLast() {
            if line == "BEGIN:VEVENT" {
                try #require(current == nil, "a VEVENT inside a VEVENT")
                current = []
            } else if line == "END:VEVENT" {
                components.append(try #require(current))
                current = nil
            } else if current != nil {
                current?.append(line)
            }
        }
        let placed = model.events.filter { [.day, .month, .year].contains($0.date.precision) }
        #expect(components.count == placed.count)
        for (event, lines) in zip(placed, components) {
            func values(_ name: String) -> [Substring] {
                lines.compactMap { line in
                    guard line.hasPrefix(name + ":") || line.hasPrefix(name + ";") else { return nil }
                    return line[line.index(after: line.firstIndex(of: ":")!)...]
                }
            }
            #expect(values("UID") == ["\(event.id)@whatsapp-v-nso.courtline"])
            #expect(values("DTSTAMP").count == 1 && values("DTSTAMP")[0].wholeMatch(of: /\d{8}T\d{6}Z/) != nil)
            let start = try #require(values("DTSTART").first)
            let end = try #require(values("DTEND").first)
            #expect(lines.contains("DTSTART;VALUE=DATE:\(start)") && lines.contains("DTEND;VALUE=DATE:\(end)"))
            #expect(start == event.date.earliest!.iso.replacingOccurrences(of: "-", with: ""))
            #expect(end == event.date.latest!.adding(days: 1).iso.replacingOccurrences(of: "-", with: ""))
            #expect(values("SUMMARY").map(unescaped) == [event.title])
            let description = try #require(values("DESCRIPTION").first.map(unescaped))
            #expect(description.hasPrefix(event.date.basis))
            for citation in event.citations { #expect(description.contains("“\(citation.quote)”")) }
        }
    }

    @Test func escapesTextAndFoldsLongLinesBetweenCharacters() {
        #expect(ICSExport.escaped("a,b;c\\d\ne") == #"a\,b\;c\\d\ne"#)
        let long = "DESCRIPTION:" + String(repeating: "é", count: 100)
        let folded = ICSExport.folded(long)
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)
    }
}
