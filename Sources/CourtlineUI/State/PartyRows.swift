import CourtlineModel

extension Party.Standing {
    /// The Parties pane's heading for the group.
    var heading: String {
        switch self {
        case .litigant: "Litigants"
        case .court: "The court"
        case .counsel: "Counsel"
        case .other: "Others named"
        }
    }
}

/// The Parties pane's rows: a heading for each standing the case has (litigants, the court,
/// counsel, others), then its parties. Worked out from the case's party groups, so a key or a
/// frame costs no pass over the parties.
struct PartyRows {
    enum Row: Equatable {
        case heading(Party.Standing)
        /// The party's index in the case.
        case party(Int)
    }

    private let groups: [(standing: Party.Standing, range: Range<Int>)]

    init(_ model: Case) { groups = model.partyGroups }

    /// Every party and one heading for each group.
    var count: Int { (groups.last?.range.upperBound ?? 0) + groups.count }

    /// The row a party is on: its index, after its own group's heading and those before it.
    func row(ofParty index: Int) -> Int {
        guard let group = groups.firstIndex(where: { $0.range.contains(index) }) else { return 0 }
        return index + group + 1
    }

    func row(_ row: Int) -> Row? {
        for (group, entry) in groups.enumerated() {
            let heading = entry.range.lowerBound + group
            if row == heading { return .heading(entry.standing) }
            if row > heading, row <= heading + entry.range.count { return .party(row - group - 1) }
        }
        return nil
    }

    /// The party on a row, if the row holds one.
    func party(atRow row: Int) -> Int? {
        guard case .party(let index) = self.row(row) else { return nil }
        return index
    }
}
