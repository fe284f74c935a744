import ArgumentParser
import CourtlineModel

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the events in date order: date, court, id, title.")

    @OptionGroup var caseOptions: CaseOptions

    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "text or json (the export's events array).")
    var format: OutputFormat = .text

    func run() throws {
        let model = try caseOptions.load()
        let events = model.events(matching: try filterOptions.filter(for: model))
        switch format {
        case .json:
            print(CaseExport.json(events.map(CaseExport.EventRecord.init)))
        case .text:
            Self.printTimeline(events, of: model)
        }
    }

    /// One event a line: date, court, id (what `show` takes), title, in aligned columns.
    static func printTimeline(_ events: some Collection<Event>, of model: Case) {
        let rows = events.map { event in
            [event.date.display, event.courtID.flatMap(model.court)?.shortName ?? "—", event.id, event.title]
        }
        for line in Columns.align(rows) { say(line) }
    }
}
