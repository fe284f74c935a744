import CourtlineModel

/// Every party with its role, grouped under headings by standing (litigants, with their sides,
/// first); the selected event's parties carry a ● mark.
enum PartiesPane {
    static func draw(
        state: AppState, model: Case, selected: Event?, scroll: Scroll?, in rect: Rect, into grid: inout Grid,
        theme: Theme
    ) {
        let involved = Set(selected?.partyIDs ?? [])
        let rows = PartyRows(model)
        for row in 0..<rect.height {
            guard let shown = rows.row((scroll?.top ?? 0) + row) else { break }
            let y = rect.y + row
            let line = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            guard case .party(let index) = shown else {
                if case .heading(let standing) = shown {
                    grid.write(" " + standing.heading, x: rect.x, y: y, style: theme.style(.label), clip: line)
                }
                continue
            }
            let party = model.parties[index]
            let isSelected = index == state.selectedParty && state.focus == .parties
            var base = theme.style(involved.contains(party.id) ? .partyMarked : .base)
            if isSelected {
                grid.fill(line, style: theme.style(.partySelected))
                base = base.patched(with: theme.style(.partySelected))
            }
            var x = rect.x
            x += grid.write(involved.contains(party.id) ? " ● " : "   ", x: x, y: y, style: base, clip: line)
            // A search looks in names and roles too, so its matches are marked here as well.
            let match = theme.style(.searchMatch)
            x += grid.write(
                StyledText(party.name, style: base).highlighting(state.search.query, with: match), x: x, y: y,
                clip: line)
            // The id, which `--party` and `show` take, beside the name it stands for.
            let filterMark = state.facets.partyID == party.id ? " [filter]" : ""
            grid.write(
                StyledText(
                    Fit.truncate(
                        " (\(party.id)) — " + party.sideAndRole + filterMark,
                        to: line.maxX - x),
                    style: base.patched(with: theme.style(.partyRole))
                ).highlighting(state.search.query, with: match), x: x, y: y, clip: line)
        }
    }
}
