import CourtlineModel

/// The events in date order, one a line: date, court tag, title. Events of the same date show
/// the date once, then a guide line; the selected line is marked and reversed.
enum TimelinePane {
    static func draw(
        _ events: [Event], state: AppState, model: Case, in rect: Rect, into grid: inout Grid, theme: Theme
    ) {
        guard !rect.isEmpty else { return }
        guard !events.isEmpty else {
            grid.write(
                "no events match the filters (C clears them)", x: rect.x + 1, y: rect.y,
                style: theme.style(.context), clip: rect)
            return
        }
        let dateWidth = min(23, events.map { DisplayWidth.of($0.date.display) }.max() ?? 0)
        let tags = events.map { event in event.courtID.flatMap(model.court)?.shortName ?? "—" }
        let tagWidth = min(12, tags.map(DisplayWidth.of).max() ?? 1)
        let selectedRow = state.selectedRow(in: events)
        for row in 0..<rect.height {
            let index = state.timelineTop + row
            guard events.indices.contains(index) else { break }
            let event = events[index]
            let y = rect.y + row
            let isSelected = index == selectedRow
            let line = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            var style: (StyleRole) -> Style = { theme.style($0) }
            if isSelected {
                grid.fill(line, style: theme.style(.timelineSelected))
                style = { theme.style($0).patched(with: theme.style(.timelineSelected)) }
            }
            var x = rect.x
            x += grid.write(isSelected ? "▶ " : "  ", x: x, y: y, style: style(.base), clip: line)
            let sameDate = index > 0 && events[index - 1].date.display == event.date.display
            if sameDate {
                grid.write("│", x: x + 1, y: y, style: style(.timelineGroup), clip: line)
            } else {
                grid.write(
                    Fit.truncate(event.date.display, to: dateWidth), x: x, y: y, style: style(.timelineDate), clip: line
                )
            }
            x += dateWidth + 2
            grid.write(Fit.truncate(tags[index], to: tagWidth), x: x, y: y, style: style(.courtTag), clip: line)
            x += tagWidth + 2
            let title = StyledText(Fit.truncate(event.title, to: rect.maxX - x), style: style(.base))
                .highlighting(state.search.query, with: theme.style(.searchMatch))
            grid.write(title, x: x, y: y, clip: line)
        }
    }
}
