import ArgumentParser
import CourtlineModel

/// The facets and the search shared by the commands that list events, read by `Facet` as the
/// UI's `:` command line reads them.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only events at this court: its id, a word of its name, or 'none' for events at no court.")
    var court: String?

    @Option(help: "Only events involving this party: its id or a word of its name.")
    var party: String?

    @Option(help: "Only events of this kind (ruling, filing, appeal, statement, …).")
    var kind: String?

    @Option(help: "Only drafts (proposed by 'courtline draft', not yet reviewed) or only reviewed events.")
    var status: String?

    @Option(help: "Only events on or after this year, month or day (2024, 2024-01, 2024-01-31).")
    var from: String?

    @Option(help: "Only events on or before this year, month or day.")
    var to: String?

    @Option(
        help: """
            Only events holding every word, and each "quoted phrase" as written, in the title, summary, \
            cited sentences or parties' names and roles (ignoring case and accents).
            """)
    var search: String?

    /// The filter, or a usage error naming what there is when a value cannot be read.
    func filter(for model: Case) throws -> EventFilter {
        var filter = EventFilter(search: search)
        let given: [(Facet, String?)] = [
            (.court, court), (.party, party), (.kind, kind), (.status, status), (.from, from), (.to, to),
        ]
        for case (let facet, let value?) in given {
            do {
                try facet.apply(value, to: &filter, in: model)
            } catch {
                throw ValidationError(error.description)
            }
        }
        return filter
    }
}
