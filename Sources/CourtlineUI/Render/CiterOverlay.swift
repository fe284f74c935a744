import CourtlineModel

/// The events citing the sentence under the Source pane's cursor, over the screen: ↑↓ choose,
/// Enter jumps to one, Esc closes.
enum CiterOverlay {
    static func draw(_ list: CiterList, model: Case, into grid: inout Grid, theme: Theme) {
        let events = list.eventIDs.compactMap(model.event)
        let lines = events.map { "\($0.date.display)  \($0.title)" }
        let width = min(grid.width - 2, max(40, (lines.map(DisplayWidth.of).max() ?? 0) + 4))
        let height = min(grid.height - 2, lines.count + 2)
        guard width > 4, height > 2 else { return }
        let box = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        grid.fill(box, style: theme.style(.help))
        PaneFrame.draw(
            "Cited by \(events.count) · sentence \(list.sentence + 1) of \(list.sourceID) (Enter jumps, Esc closes)",
            in: box, focused: true, position: nil, into: &grid, theme: theme)
        let inside = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2)
        let top = Scroll.following(top: 0, showing: list.selected, rows: inside.height, total: lines.count)
        for (row, index) in (top..<min(lines.count, top + inside.height)).enumerated() {
            let selected = index == list.selected
            let style = selected ? theme.style(.help).patched(with: theme.style(.timelineSelected)) : theme.style(.help)
            let y = inside.y + row
            if selected { grid.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), style: style) }
            grid.write(
                (selected ? "▶ " : "  ") + Fit.truncate(lines[index], to: inside.width - 2), x: inside.x, y: y,
                style: style, clip: inside)
        }
    }
}
