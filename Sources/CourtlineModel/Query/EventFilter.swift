import Foundation

/// Narrows the timeline. Every condition given must hold.
public struct EventFilter: Sendable, Hashable {
    public enum CourtCondition: Sendable, Hashable {
        /// Events at this court.
        case court(String)
        /// Events at no court.
        case noCourt
    }

    public var court: CourtCondition?
    public var partyID: String?
    /// Matched, ignoring case and accents, against titles, summaries and cited quotes.
    public var search: String?

    public init(court: CourtCondition? = nil, partyID: String? = nil, search: String? = nil) {
        self.court = court
        self.partyID = partyID
        self.search = search
    }

    public var isEmpty: Bool { court == nil && partyID == nil && (search ?? "").isEmpty }

    public func matches(_ event: Event) -> Bool {
        switch court {
        case .court(let id)?: if event.courtID != id { return false }
        case .noCourt?: if event.courtID != nil { return false }
        case nil: break
        }
        if let partyID, !event.partyIDs.contains(partyID) { return false }
        if let search, !search.isEmpty {
            let fields = [event.title, event.summary] + event.citations.map(\.quote)
            return fields.contains { $0.range(of: search, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
        }
        return true
    }
}

extension Case {
    /// The events the filter lets through, in date order.
    public func events(matching filter: EventFilter) -> [Event] {
        filter.isEmpty ? events : events.filter(filter.matches)
    }
}
