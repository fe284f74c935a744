import ArgumentParser
import CourtlineModel

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the events in date order: date, court, title.")

    @OptionGroup var caseOptions: CaseOptions

    @Option(help: "Only events at this court (a court id, or 'none' for events at no court).")
    var court: String?

    @Option(help: "Only events involving this party (a party id).")
    var party: String?

    @Option(help: "Only events whose title, summary or quotes contain this text (ignoring case).")
    var search: String?

    @Option(help: "text or json (the export's events array).")
    var format: OutputFormat = .text

    func run() throws {
        let model = try caseOptions.load()
        let events = model.events(matching: try filter(for: model))
        switch format {
        case .json:
            print(CaseExport.json(events.map(CaseExport.EventRecord.init)))
        case .text:
            Self.printTimeline(events, of: model)
        }
    }

    /// One event a line: date, court, title, in aligned columns.
    static func printTimeline(_ events: some Collection<Event>, of model: Case) {
        let rows = events.map { event in
            [event.date.display, event.courtID.flatMap(model.court)?.shortName ?? "—", event.title]
        }
        for line in Columns.align(rows) { say(line) }
    }

    private func filter(for model: Case) throws -> EventFilter {
        var filter = EventFilter(search: search)
        if let court {
            if court == "none" {
                filter.court = .noCourt
            } else if model.court(court) != nil {
                filter.court = .court(court)
            } else {
                throw ValidationError(
                    "unknown court '\(court)' (one of: \((model.courts.map(\.id) + ["none"]).joined(separator: ", ")))")
            }
        }
        if let party {
            guard model.party(party) != nil else {
                throw ValidationError(
                    "unknown party '\(party)' (one of: \(model.parties.map(\.id).joined(separator: ", ")))")
            }
            filter.partyID = party
        }
        return filter
    }
}
