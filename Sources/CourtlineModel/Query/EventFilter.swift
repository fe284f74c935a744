import Foundation

/// Narrows the timeline. Every condition given must hold.
public struct EventFilter: Sendable, Hashable {
    public enum CourtCondition: Sendable, Hashable {
        /// Events at this court.
        case court(String)
        /// Events at no court.
        case noCourt
    }

    /// Whether a person has reviewed the event, or `courtline draft` proposed it and nobody has.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case draft, reviewed
    }

    public var court: CourtCondition?
    public var partyID: String?
    public var kind: Event.Kind?
    public var status: Status?
    /// Events first known to stand on or after this day: the day the timeline sorts them by.
    public var from: CalendarDay?
    /// Events first known to stand on or before this day.
    public var to: CalendarDay?
    /// Matched, ignoring case and accents, against titles, summaries and cited quotes.
    public var search: String?

    public init(
        court: CourtCondition? = nil, partyID: String? = nil, kind: Event.Kind? = nil, status: Status? = nil,
        from: CalendarDay? = nil, to: CalendarDay? = nil, search: String? = nil
    ) {
        self.court = court
        self.partyID = partyID
        self.kind = kind
        self.status = status
        self.from = from
        self.to = to
        self.search = search
    }

    public var isEmpty: Bool { self == EventFilter() || self == EventFilter(search: "") }

    /// The conditions on the event's own fields, which need no index to test.
    var hasFieldConditions: Bool { kind != nil || status != nil || from != nil || to != nil }

    public func matches(_ event: Event, in model: Case) -> Bool {
        switch court {
        case .court(let id)?: if event.courtID != id { return false }
        case .noCourt?: if event.courtID != nil { return false }
        case nil: break
        }
        if let partyID, !event.partyIDs.contains(partyID) { return false }
        if !matchesFields(event) { return false }
        if let search, !search.isEmpty { return SearchQuery(search).matches(event, in: model) }
        return true
    }

    func matchesFields(_ event: Event) -> Bool {
        if let kind, event.kind != kind { return false }
        if let status, (event.draft != nil) != (status == .draft) { return false }
        if from != nil || to != nil {
            // An event of unknown date is in no range.
            guard let first = event.date.earliest ?? event.date.latest else { return false }
            if let from, first < from { return false }
            if let to, first > to { return false }
        }
        return true
    }
}

extension Case {
    /// The events the filter lets through, in date order. Court and party start from the rows
    /// indexed at load; only the other conditions read the events themselves.
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
        if filter.hasFieldConditions {
            rows = (rows ?? Array(events.indices)).filter { filter.matchesFields(events[$0]) }
        }
        if let search = filter.search, !search.isEmpty {
            let query = SearchQuery(search)
            rows = (rows ?? Array(events.indices)).filter { query.matches(events[$0], in: self) }
        }
        return FilteredEvents(model: self, rows: rows)
    }

    /// The same as `events(matching:)`, reading only the events an earlier filter let through
    /// when this one narrows it: the same other conditions, and its search typed further.
    public func events(matching filter: EventFilter, narrowing earlier: (filter: EventFilter, events: FilteredEvents))
        -> FilteredEvents
    {
        var unsearched = filter
        unsearched.search = earlier.filter.search
        guard unsearched == earlier.filter, let search = filter.search, !search.isEmpty,
            search.hasPrefix(earlier.filter.search ?? "")
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
