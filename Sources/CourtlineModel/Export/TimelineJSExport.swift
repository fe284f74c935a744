/// The timeline in the JSON format of Knight Lab's TimelineJS: an event per dated event, its
/// `start_date` and `end_date` giving only the fields its precision knows (a year, a month, a
/// day), its text the title and the quotes with their sources, grouped by court.
public struct TimelineJSExport: Encodable, Sendable {
    let title: Slide
    let events: [Slide]

    /// Events with no known day at either end cannot stand on a timeline and are left out.
    public init(_ model: Case, events: [Event]) {
        title = Slide(
            text: Text(
                headline: model.title,
                text: "Every event quotes its sources. Publication dates are supplied by the case file."))
        self.events = events.compactMap { Slide(event: $0, in: model) }
    }

    struct Slide: Encodable {
        var startDate: DateFields?
        var endDate: DateFields?
        let text: Text
        var group: String?
        var uniqueID: String?

        enum CodingKeys: String, CodingKey {
            case startDate = "start_date", endDate = "end_date", text, group, uniqueID = "unique_id"
        }

        init(text: Text) {
            self.text = text
        }

        init?(event: Event, in model: Case) {
            let date = event.date
            guard let first = date.earliest ?? date.latest else { return nil }
            let precision = date.precision
            startDate = DateFields(first, precision: precision)
            // A month or a year is said by the start's fields; only a span needs an end.
            if precision == .bounded, date.earliest != nil, let last = date.latest {
                endDate = DateFields(last, precision: precision)
            }
            group = event.courtID.flatMap(model.court)?.name
            uniqueID = event.id
            let quotes = event.citations.map { citation in
                "<p>“\(Self.html(citation.quote))” (\(Self.html(citation.sourceID)), sentence \(citation.sentenceIndex))</p>"
            }
            text = Text(
                headline: event.title,
                text: "<p>\(Self.html(date.basis))</p>" + quotes.joined())
        }

        /// TimelineJS shows `text` as HTML: the sources' words are escaped so they show as written.
        static func html(_ text: String) -> String {
            text.escaped { character in
                switch character {
                case "&": "&amp;"
                case "<": "&lt;"
                case ">": "&gt;"
                case "\"": "&quot;"
                default: nil
                }
            }
        }
    }

    struct Text: Encodable {
        let headline: String
        let text: String
    }

    /// A day as TimelineJS takes it, with only the fields the precision gives.
    struct DateFields: Encodable {
        let year: String
        var month: String?
        var day: String?

        init(_ day: CalendarDay, precision: DatePrecision) {
            year = String(day.year)
            if precision != .year { month = String(day.month) }
            if precision == .day || precision == .bounded { self.day = String(day.day) }
        }
    }
}
