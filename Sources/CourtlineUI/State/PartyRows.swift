import CourtlineModel

/// The Parties pane's rows: a heading for each standing the case has (litigants, the court,
/// counsel, others), then its parties, in the case's order (which groups them so).
struct PartyRows {
    enum Row: Equatable {
        case heading(Party.Standing)
        /// The party's index in the case.
        case party(Int)
    }

    let rows: [Row]
    /// The row of each party, by its index in the case.
    private let rowOfParty: [Int]

    init(_ parties: [Party]) {
        var rows: [Row] = []
        var rowOfParty: [Int] = []
        for (index, party) in parties.enumerated() {
            if index == 0 || parties[index - 1].standing != party.standing { rows.append(.heading(party.standing)) }
            rowOfParty.append(rows.count)
            rows.append(.party(index))
        }
        self.rows = rows
        self.rowOfParty = rowOfParty
    }

    func row(ofParty index: Int) -> Int { rowOfParty.indices.contains(index) ? rowOfParty[index] : 0 }

    /// The party on a row, if the row holds one.
    func party(atRow row: Int) -> Int? {
        guard rows.indices.contains(row), case .party(let index) = rows[row] else { return nil }
        return index
    }
}
