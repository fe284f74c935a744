import CourtlineModel

/// The bottom line: the filters in force by name, how many events they show, and key hints
/// taken from the key table.
enum StatusBar {
    static func draw(state: AppState, model: Case, shown: Int, in rect: Rect, into grid: inout Grid, theme: Theme) {
        grid.fill(rect, style: theme.style(.statusBar))
        var left = StyledText()
        let filterStyle = theme.style(.statusBar).patched(with: theme.style(.statusFilter))
        let plain = theme.style(.statusBar)
        if state.search.isEditing {
            left.append(" /\(state.search.query)▏", style: filterStyle)
            left.append("  Enter keeps · Esc drops", style: plain)
        } else {
            var filters: [String] = []
            switch state.court {
            case .all: break
            case .court(let id): filters.append("court: \(model.court(id)?.name ?? id)")
            case .noCourt: filters.append("court: none named")
            }
            if let party = state.partyFilter { filters.append("party: \(model.party(party)?.name ?? party)") }
            if !state.search.query.isEmpty { filters.append("search: “\(state.search.query)”") }
            left.append(" " + (filters.isEmpty ? "all events" : filters.joined(separator: " · ")), style: filterStyle)
        }
        left.append("  \(shown) of \(model.events.count) events", style: plain)
        if let notice = state.notice {
            left.append("  " + notice, style: plain.patched(with: theme.style(.warning)))
        }
        let width = grid.write(left, x: rect.x, y: rect.y, clip: rect)
        let hints = hintText(theme: theme)
        let hintWidth = hints.spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
        if rect.width - width - 2 >= hintWidth {
            grid.write(hints, x: rect.maxX - hintWidth - 1, y: rect.y, clip: rect)
        }
    }

    private static let hinted: [Action] = [.toggleHelp, .startSearch, .cycleCourt, .focusNext, .activate, .quit]

    private static func hintText(theme: Theme) -> StyledText {
        var text = StyledText()
        for action in hinted {
            guard let binding = KeyMap.bindings.first(where: { $0.action == action }) else { continue }
            if !text.spans.isEmpty { text.append("  ", style: theme.style(.statusBar)) }
            text.append(binding.keys[0].label, style: theme.style(.statusBar).patched(with: theme.style(.statusKey)))
            text.append(" " + hintWord(action), style: theme.style(.statusBar))
        }
        return text
    }

    private static func hintWord(_ action: Action) -> String {
        switch action {
        case .toggleHelp: "help"
        case .startSearch: "search"
        case .cycleCourt: "court"
        case .focusNext: "pane"
        case .activate: "quote"
        default: "quit"
        }
    }
}
