/// A pane's border and title. The focused pane has a heavy border and a reversed title, so
/// focus shows without colour too. A pane whose content does not fit says on its bottom border
/// where it stands ("12–28 of 40").
enum PaneFrame {
    static func draw(
        _ name: String, in rect: Rect, focused: Bool, position: String? = nil, into grid: inout Grid, theme: Theme
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style = theme.style(focused ? .borderFocused : .border)
        let (horizontal, vertical, corners) =
            focused ? ("━", "┃", ("┏", "┓", "┗", "┛")) : ("─", "│", ("┌", "┐", "└", "┘"))
        let rule = String(repeating: horizontal, count: rect.width - 2)
        grid.write(corners.0 + rule + corners.1, x: rect.x, y: rect.y, style: style, clip: rect)
        grid.write(corners.2 + rule + corners.3, x: rect.x, y: rect.maxY - 1, style: style, clip: rect)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.write(vertical, x: rect.x, y: y, style: style, clip: rect)
            grid.write(vertical, x: rect.maxX - 1, y: y, style: style, clip: rect)
        }
        let title = " \(name) "
        let titleClip = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
        grid.write(
            Fit.truncate(title, to: titleClip.width - 1), x: rect.x + 2, y: rect.y,
            style: theme.style(focused ? .titleFocused : .title), clip: titleClip)
        if let position {
            let label = " \(position) "
            let width = DisplayWidth.of(label)
            if width <= rect.width - 4 {
                grid.write(
                    label, x: rect.maxX - width - 2, y: rect.maxY - 1,
                    style: theme.style(focused ? .titleFocused : .title), clip: rect)
            }
        }
    }
}
