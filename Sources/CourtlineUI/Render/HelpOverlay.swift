/// Every key, from `KeyReference`: generated from the same table that binds them.
enum HelpOverlay {
    static func lines() -> [(keys: String, summary: String)] {
        var lines: [(keys: String, summary: String)] = []
        for section in KeyReference.sections {
            if !lines.isEmpty { lines.append(("", "")) }
            lines.append((section.title, ""))
            lines += section.entries
        }
        lines.append(("", ""))
        lines.append(("Timeline marks", ""))
        lines += TimelinePane.Mark.legend
        return lines
    }

    /// The box, over most of the screen, and the rows inside it that list keys.
    static func frame(width: Int, height: Int) -> (box: Rect, list: Rect) {
        let lines = lines()
        let keyWidth = lines.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let textWidth = lines.map { keyWidth + 2 + DisplayWidth.of($0.summary) }.max() ?? 0
        let boxWidth = min(width - 2, textWidth + 4)
        let boxHeight = min(height - 2, lines.count + 2)
        let box = Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        return (box, Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2))
    }

    static func draw(scroll: Scroll, into grid: inout Grid, theme: Theme) {
        let lines = lines()
        let keyWidth = lines.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let (box, list) = frame(width: grid.width, height: grid.height)
        grid.fill(box, style: theme.style(.help))
        PaneFrame.draw(
            scroll.isCut ? "Keys (↑↓ scroll · ? or Esc closes)" : "Keys (? or Esc closes)", in: box, focused: true,
            position: scroll.position, into: &grid, theme: theme)
        for (row, line) in lines.dropFirst(scroll.top).prefix(list.height).enumerated() {
            let y = list.y + row
            let isHeading = line.summary.isEmpty
            grid.write(line.keys, x: list.x, y: y, style: theme.style(isHeading ? .label : .helpKey), clip: list)
            grid.write(line.summary, x: list.x + keyWidth + 2, y: y, style: theme.style(.help), clip: list)
        }
    }
}
