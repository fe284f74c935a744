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

    public func matches(_ event: Event, in model: Case) -> Bool {
        switch court {
        case .court(let id)?: if event.courtID != id { return false }
        case .noCourt?: if event.courtID != nil { return false }
        case nil: break
        }
        if let partyID, !event.partyIDs.contains(partyID) { return false }
        if let search, !search.isEmpty { return SearchQuery(search).matches(event, in: model) }
        return true
    }
}

extension Case {
    /// The events the filter lets through, in date order. Court and party start from the rows
    /// indexed at load; only a search reads the events themselves.
    public func events(matching filter: EventFilter) -> FilteredEvents {
        var rows: [Int]?
        switch filter.court {
        case .court(let id)?: rows = rowsByCourt[id] ?? []
        case .noCourt?: rows = rowsWithoutCourt
        case nil: break
        }
        if let partyID = filter.partyID {
            let party = rowsByParty[partyID] ?? []
            rows = rows.map { Self.intersection($0, party) } ?? party
        }
        if let search = filter.search, !search.isEmpty {
            let query = SearchQuery(search)
            rows = (rows ?? Array(events.indices)).filter { query.matches(events[$0], in: self) }
        }
        return FilteredEvents(model: self, rows: rows)
    }

    /// The same as `events(matching:)`, reading only the events an earlier filter let through
    /// when this one narrows it: the same court and party, and its search typed further.
    public func events(matching filter: EventFilter, narrowing earlier: (filter: EventFilter, events: FilteredEvents))
        -> FilteredEvents
    {
        guard filter.court == earlier.filter.court, filter.partyID == earlier.filter.partyID,
            let search = filter.search, !search.isEmpty, search.hasPrefix(earlier.filter.search ?? "")
        else { return events(matching: filter) }
        let query = SearchQuery(search)
        let rows = (earlier.events.rows ?? Array(events.indices)).filter { query.matches(events[$0], in: self) }
        return FilteredEvents(model: self, rows: rows)
    }

    /// The rows in both ascending lists.
    private static func intersection(_ lhs: [Int], _ rhs: [Int]) -> [Int] {
        var result: [Int] = []
        var left = 0
        var right = 0
        while left < lhs.count, right < rhs.count {
            if lhs[left] < rhs[right] {
                left += 1
            } else if lhs[left] > rhs[right] {
                right += 1
            } else {
                result.append(lhs[left])
                left += 1
                right += 1
            }
        }
        return result
    }
}
