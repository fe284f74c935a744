/// Something the articles report as having happened, or as still to come.
public struct Event: Sendable, Hashable {
    public let id: String
    public let title: String
    public let kind: Kind
    public let summary: String
    public let date: EventDate
    public let courtID: String?
    public let partyIDs: [String]
    public let citations: [Citation]
    /// Set where `courtline draft` proposed this and no person has reviewed it yet: what to check.
    public let draft: String?

    /// The sources the citations come from, in the order first cited: more than one, and the
    /// event is corroborated.
    public var sourceIDs: [String] {
        var sources: [String] = []
        for citation in citations where !sources.contains(citation.sourceID) { sources.append(citation.sourceID) }
        return sources
    }

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case filing, withdrawal, ruling, appeal, hearing, trial, sanction, settlement, statement, claim,
            research, conduct, seizure, report
    }
}
