import CourtlineModel

/// Draws a frame's view model into a grid. Pure: the same view always gives the same grid,
/// which is what screen tests compare.
public enum Screen {
    public static func render(_ state: AppState, model: Case, theme: Theme) -> Grid {
        render(ViewModel(state: state, model: model, theme: theme))
    }

    public static func render(_ view: ViewModel) -> Grid {
        let (state, model, theme, layout) = (view.state, view.model, view.theme, view.layout)
        var grid = Grid(width: state.width, height: state.height, style: theme.style(.base))
        if layout.isTooSmall {
            drawTooSmall(into: &grid, theme: theme)
            return grid
        }
        for pane in layout.visiblePanes {
            let rect = layout.rect(pane)!
            let scroll = view.scrolls[pane]
            // A short source pane names its article on its border, cut with an ellipsis there.
            let title = (pane == .source ? view.source?.titleOnBorder : nil).map { "\(pane.title) · \($0)" }
            PaneFrame.draw(
                title ?? pane.title, in: rect, focused: state.focus == pane, position: scroll?.position, into: &grid,
                theme: theme)
            switch pane {
            case .timeline:
                TimelinePane.draw(
                    view.events, columns: view.timelineColumns,
                    rows: view.timelineRows, selectedTitle: view.selectedTitle, differs: view.differs,
                    matches: view.matches, state: state,
                    model: model, in: rect.inner, into: &grid, theme: theme)
            case .parties:
                PartiesPane.draw(
                    state: state, model: model, selected: view.selected, scroll: scroll, in: rect.inner, into: &grid,
                    theme: theme)
            case .source:
                SourcePane.draw(view.source, scroll: scroll, in: rect.inner, into: &grid, theme: theme)
            case .detail:
                DetailPane.draw(view.detail, scroll: scroll, in: rect.inner, into: &grid)
            }
        }
        StatusBar.draw(
            state: state, model: model, shown: view.events.count, matches: view.matches?.count, in: layout.status,
            into: &grid, theme: theme)
        if let list = state.citers { CiterOverlay.draw(list, model: model, into: &grid, theme: theme) }
        if let help = view.help { HelpOverlay.draw(scroll: help, courts: model.courts, into: &grid, theme: theme) }
        return grid
    }

    private static func drawTooSmall(into grid: inout Grid, theme: Theme) {
        var message = StyledText()
        message.append(
            "terminal too small (needs \(Layout.minimumWidth)×\(Layout.minimumHeight)), now \(grid.width)×\(grid.height) · q quits",
            style: theme.style(.warning))
        let lines = message.wrapped(to: grid.width)
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            grid.write(line, x: max(0, (grid.width - line.width) / 2), y: top + offset, clip: grid.bounds)
        }
    }
}

/// Shortens text to a number of columns, marking the cut with an ellipsis.
enum Fit {
    /// Reads no further than the cut, however long the text.
    static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        var kept = ""
        var used = 0
        for character in text {
            used += DisplayWidth.of(character)
            if used > width { return kept + "…" }
            // What fits before the ellipsis, should one be needed.
            if used <= width - 1 { kept.append(character) }
        }
        return text
    }

    static func padded(_ text: String, to width: Int) -> String {
        let fitted = truncate(text, to: width)
        return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
    }
}
