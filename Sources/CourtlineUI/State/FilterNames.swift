import CourtlineModel

/// The filters in force as the status bar and the undo notice name them: "court: US District
/// Court (district)", "kind: ruling", "from 2024-01-01", "to 2024-12-31", "search: “hamilton”".
enum FilterNames {
    static func active(_ facets: EventFilter, _ search: SearchState, in model: Case) -> [String] {
        var names: [String] = []
        switch facets.court {
        case .court(let id)?: names.append("court: \(model.court(id).map { "\($0.name) (\(id))" } ?? id)")
        case .noCourt?: names.append("court: none named")
        case nil: break
        }
        if let party = facets.partyID { names.append("party: \(model.party(party)?.name ?? party)") }
        if let kind = facets.kind { names.append("kind: \(kind.rawValue)") }
        if let status = facets.status { names.append(status == .draft ? "drafts only" : "reviewed only") }
        if let from = facets.from { names.append("from \(from.iso)") }
        if let to = facets.to { names.append("to \(to.iso)") }
        if !search.query.isEmpty {
            names.append("search: “\(search.query)”" + (search.showsOnlyMatches ? " (matches only)" : ""))
        }
        return names
    }

    /// What going from the first filters to the second removes, by name.
    static func removed(
        from current: (EventFilter, SearchState), to earlier: (EventFilter, SearchState), in model: Case
    ) -> [String] {
        let before = Set(active(earlier.0, earlier.1, in: model))
        return active(current.0, current.1, in: model).filter { !before.contains($0) }
    }

    /// Whether `new` sets a facet that `old` leaves unset: a filter added, not one stepped on.
    static func setsMore(_ new: EventFilter, than old: EventFilter) -> Bool {
        (new.court != nil && old.court == nil) || (new.partyID != nil && old.partyID == nil)
            || (new.kind != nil && old.kind == nil) || (new.status != nil && old.status == nil)
            || (new.from != nil && old.from == nil) || (new.to != nil && old.to == nil)
    }
}
