import CourtlineModel

/// The events in date order, one a line: date, court tag, a mark where more than one source
/// tells the event, title. Events of the same date show the date once, then a guide line; the
/// selected line is marked and reversed.
enum TimelinePane {
    /// What the marks before a title mean, for the help screen and the README.
    enum Mark {
        static let corroborated = "◆"
        static let differs = "≠"
        static let legend = [
            (corroborated, "told by more than one source"),
            (differs, "its sources differ on a figure or a name (see Event)"),
        ]
    }

    static func draw(
        _ events: FilteredEvents, state: AppState, model: Case, scroll: Scroll?, in rect: Rect, into grid: inout Grid,
        theme: Theme
    ) {
        guard !rect.isEmpty else { return }
        guard !events.isEmpty else {
            grid.write(
                "no events match the filters (C clears them)", x: rect.x + 1, y: rect.y,
                style: theme.style(.context), clip: rect)
            return
        }
        // Columns as wide as the events let through need, not just the rows in view, so they
        // hold still while scrolling; worked out from lengths the case keeps, not the events.
        let dateWidth = min(23, events.longestDate)
        let courts = events.courts
        let tagWidth = min(
            12, (courts.courts.map { DisplayWidth.of($0.shortName) } + (courts.anyWithout ? [1] : [])).max() ?? 1)
        let selectedRow = state.selectedRow(in: events)
        for row in 0..<rect.height {
            let index = (scroll?.top ?? 0) + row
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
            let tag = event.courtID.flatMap(model.court)?.shortName ?? "—"
            grid.write(Fit.truncate(tag, to: tagWidth), x: x, y: y, style: style(.courtTag), clip: line)
            x += tagWidth + 2
            // Only a corroborated event's quotes are read for differences, and only those in view.
            if model.isCorroborated(event) {
                let differs = !model.corroboration(of: event).differences.isEmpty
                grid.write(
                    differs ? Mark.differs : Mark.corroborated, x: x, y: y,
                    style: style(differs ? .timelineDiffers : .timelineCorroborated), clip: line)
            }
            x += 2
            let title = StyledText(Fit.truncate(event.title, to: rect.maxX - x), style: style(.base))
                .highlighting(state.search.query, with: theme.style(.searchMatch))
            grid.write(title, x: x, y: y, clip: line)
        }
    }
}
