import ArgumentParser
import CourtlineModel

/// `--court`, `--party` and `--search`, shared by the commands that list events.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only events at this court (a court id, or 'none' for events at no court).")
    var court: String?

    @Option(help: "Only events involving this party (a party id).")
    var party: String?

    @Option(help: "Only events whose title, summary or quotes contain this text (ignoring case).")
    var search: String?

    /// The filter, or a usage error naming the ids there are when a court or party is unknown.
    func filter(for model: Case) throws -> EventFilter {
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
