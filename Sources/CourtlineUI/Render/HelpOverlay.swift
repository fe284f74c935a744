/// Every key, generated from `KeyMap.bindings`: the same table that binds them.
enum HelpOverlay {
    static func lines() -> [(keys: String, summary: String)] {
        var lines: [(String, String)] = []
        for group in KeyBinding.Group.allCases {
            if !lines.isEmpty { lines.append(("", "")) }
            lines.append((group.rawValue, ""))
            for binding in KeyMap.bindings where binding.group == group {
                lines.append((binding.keyLabels, binding.summary))
            }
        }
        lines.append(("", ""))
        lines.append(("Mouse", ""))
        lines.append(("click", "select and focus"))
        lines.append(("wheel", "scroll"))
        return lines
    }

    static func draw(into grid: inout Grid, theme: Theme) {
        let lines = lines()
        let keyWidth = lines.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let textWidth = lines.map { keyWidth + 2 + DisplayWidth.of($0.summary) }.max() ?? 0
        let width = min(grid.width - 2, textWidth + 4)
        let height = min(grid.height - 2, lines.count + 4)
        let box = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        grid.fill(box, style: theme.style(.help))
        PaneFrame.draw("Keys (? or Esc closes)", in: box, focused: true, into: &grid, theme: theme)
        let inner = Rect(x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4)
        for (row, line) in lines.prefix(inner.height).enumerated() {
            let y = inner.y + row
            let isHeading = line.summary.isEmpty
            grid.write(line.keys, x: inner.x, y: y, style: theme.style(isHeading ? .label : .helpKey), clip: inner)
            grid.write(line.summary, x: inner.x + keyWidth + 2, y: y, style: theme.style(.help), clip: inner)
        }
    }
}
