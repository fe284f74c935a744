import CourtlineModel

/// Every key, from `KeyReference`: generated from the same table that binds them; then the
/// case's courts by id, the names `c` steps through beside the ids the commands take.
enum HelpOverlay {
    static func lines(courts: [Court] = []) -> [(keys: String, summary: String)] {
        var lines: [(keys: String, summary: String)] = []
        for section in KeyReference.sections {
            if !lines.isEmpty { lines.append(("", "")) }
            lines.append((section.title, ""))
            lines += section.entries
        }
        lines.append(("", ""))
        lines.append(("Timeline marks", ""))
        lines += TimelinePane.Mark.legend
        lines.append(("", ""))
        lines.append(("Timeline kinds (K steps through them; --kind takes the word)", ""))
        lines += TimelinePane.kindLegend
        lines.append(("", ""))
        lines.append(("Commands (: then Enter; Tab completes)", ""))
        lines += CommandSpec.all.map { ($0.usage, $0.summary) }
        if !courts.isEmpty {
            lines.append(("", ""))
            lines.append(("Courts (c steps through them; --court takes the id)", ""))
            lines += courts.map { ($0.id, $0.name) }
        }
        return lines
    }

    /// The width of the keys' column: a heading, with no summary, runs across both columns.
    private static func keyColumn(of lines: [(keys: String, summary: String)]) -> Int {
        lines.filter { !$0.summary.isEmpty }.map { DisplayWidth.of($0.keys) }.max() ?? 0
    }

    /// The box, over most of the screen, and the rows inside it that list keys.
    static func frame(width: Int, height: Int, courts: [Court] = []) -> (box: Rect, list: Rect) {
        let lines = lines(courts: courts)
        let keyWidth = keyColumn(of: lines)
        let textWidth =
            lines.map { $0.summary.isEmpty ? DisplayWidth.of($0.keys) : keyWidth + 2 + DisplayWidth.of($0.summary) }
            .max() ?? 0
        let boxWidth = min(width - 2, textWidth + 4)
        let boxHeight = min(height - 2, lines.count + 2)
        let box = Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        return (box, Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2))
    }

    static func draw(scroll: Scroll, courts: [Court], into grid: inout Grid, theme: Theme) {
        let lines = lines(courts: courts)
        let keyWidth = keyColumn(of: lines)
        let (box, list) = frame(width: grid.width, height: grid.height, courts: courts)
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
