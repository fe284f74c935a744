import CourtlineModel

/// The bottom line: the filters in force by name, how many events they show, and key hints
/// taken from the key table.
enum StatusBar {
    static func draw(
        state: AppState, model: Case, shown: Int, matches: Int?, in rect: Rect, into grid: inout Grid, theme: Theme
    ) {
        grid.fill(rect, style: theme.style(.statusBar))
        var left = StyledText()
        let filterStyle = theme.style(.statusBar).patched(with: theme.style(.statusFilter))
        let plain = theme.style(.statusBar)
        let warning = plain.patched(with: theme.style(.warning))
        if let line = state.commandLine {
            // The line being typed, and beside it what went wrong or what Tab offers.
            left.append(" :\(line.text)▏", style: filterStyle)
            if let error = line.error {
                left.append("  " + error, style: warning)
            } else if !line.candidates.isEmpty {
                left.append("  " + line.candidates.joined(separator: "  "), style: plain)
            } else {
                left.append("  Enter runs · Tab completes · Esc drops", style: plain)
            }
            grid.write(left, x: rect.x, y: rect.y, clip: rect)
            return
        }
        if state.search.isEditing {
            left.append(" /\(state.search.query)▏", style: filterStyle)
            left.append("  Enter keeps · Esc drops", style: plain)
        } else {
            let filters = FilterNames.active(state.facets, state.search, in: model)
            left.append(" " + (filters.isEmpty ? "all events" : filters.joined(separator: " · ")), style: filterStyle)
        }
        left.append("  \(shown) of \(model.events.count) events", style: plain)
        if let matches, !state.search.showsOnlyMatches {
            let hint = state.search.isEditing ? "" : " (n N · f filters)"
            left.append(" · \(matches) \(matches == 1 ? "match" : "matches")\(hint)", style: plain)
        }
        if let notice = state.notice {
            left.append("  " + notice, style: warning)
        }
        let width = grid.write(left, x: rect.x, y: rect.y, clip: rect)
        // As many hints as fit, most useful first.
        let hinted = KeyMap.bindings.filter { $0.hint != nil }.sorted { hintOrder($0.action) < hintOrder($1.action) }
        for count in stride(from: hinted.count, through: 1, by: -1) {
            let hints = hintText(hinted.prefix(count), theme: theme)
            if rect.width - width - 2 >= hints.width {
                grid.write(hints, x: rect.maxX - hints.width - 1, y: rect.y, clip: rect)
                break
            }
        }
    }

    private static func hintOrder(_ action: Action) -> Int {
        [Action.toggleHelp, .quit, .startSearch, .startCommand, .nextCourt, .copyQuote, .activate, .focusNext]
            .firstIndex(of: action) ?? .max
    }

    private static func hintText(_ bindings: ArraySlice<KeyBinding>, theme: Theme) -> StyledText {
        var text = StyledText()
        for binding in bindings {
            if !text.spans.isEmpty { text.append("  ", style: theme.style(.statusBar)) }
            text.append(binding.keys[0].label, style: theme.style(.statusBar).patched(with: theme.style(.statusKey)))
            text.append(" " + (binding.hint ?? ""), style: theme.style(.statusBar))
        }
        return text
    }
}
