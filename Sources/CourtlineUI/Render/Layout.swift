/// Where each pane goes for a terminal size. Wide terminals show every pane in two columns;
/// narrower ones stack them; short ones keep only the timeline and its source.
public struct Layout: Hashable, Sendable {
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public let width: Int
    public let height: Int
    public let panes: [Pane: Rect]
    public let status: Rect

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The share of a wide screen's width the timeline column takes, in percent: `<` and `>`
    /// move it within these.
    public static let splits = 30...75
    public static let defaultSplit = 55

    public init(width: Int, height: Int, split: Int = defaultSplit) {
        self.width = width
        self.height = height
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let body = height - 1
        var panes: [Pane: Rect] = [:]
        if width < Self.minimumWidth || height < Self.minimumHeight {
            self.panes = [:]
            return
        }
        if width >= 100 {
            let left = width * min(max(split, Self.splits.lowerBound), Self.splits.upperBound) / 100
            let upper = body * 3 / 5
            panes[.timeline] = Rect(x: 0, y: 0, width: left, height: upper)
            panes[.parties] = Rect(x: 0, y: upper, width: left, height: body - upper)
            panes[.source] = Rect(x: left, y: 0, width: width - left, height: upper)
            panes[.detail] = Rect(x: left, y: upper, width: width - left, height: body - upper)
        } else if body >= 34 || (width >= 60 && body >= 17) {
            // Stacked, the parties beside the event detail when the column is wide enough
            // for both, else under it.
            let sideBySide = width >= 60 && body < 34
            let timelineRows = body * (sideBySide ? 40 : 30) / 100
            let sourceRows = body * (sideBySide ? 35 : 30) / 100
            panes[.timeline] = Rect(x: 0, y: 0, width: width, height: timelineRows)
            panes[.source] = Rect(x: 0, y: timelineRows, width: width, height: sourceRows)
            let top = timelineRows + sourceRows
            if sideBySide {
                let half = width / 2
                panes[.detail] = Rect(x: 0, y: top, width: half, height: body - top)
                panes[.parties] = Rect(x: half, y: top, width: width - half, height: body - top)
            } else {
                let detailRows = (body - top) / 2
                panes[.detail] = Rect(x: 0, y: top, width: width, height: detailRows)
                panes[.parties] = Rect(x: 0, y: top + detailRows, width: width, height: body - top - detailRows)
            }
        } else {
            // Too short for four panes: the timeline and its source, half each.
            panes[.timeline] = Rect(x: 0, y: 0, width: width, height: body / 2)
            panes[.source] = Rect(x: 0, y: body / 2, width: width, height: body - body / 2)
        }
        self.panes = panes
    }

    /// The panes on screen, in focus order.
    public var visiblePanes: [Pane] { Pane.allCases.filter { panes[$0] != nil } }

    public func rect(_ pane: Pane) -> Rect? { panes[pane] }

    /// Rows of content a pane shows inside its border.
    public func contentRows(_ pane: Pane) -> Int { max(0, (panes[pane]?.height ?? 2) - 2) }

    public func pane(at x: Int, y: Int) -> Pane? {
        visiblePanes.first { panes[$0]!.contains(x: x, y: y) }
    }
}
