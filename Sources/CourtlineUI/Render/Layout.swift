/// Where each pane goes for a terminal size. Wide terminals show every pane in two columns;
/// narrower ones stack them and leave out, in this order, parties and then the event detail.
public struct Layout: Hashable, Sendable {
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public let width: Int
    public let height: Int
    public let panes: [Pane: Rect]
    public let status: Rect

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    public init(width: Int, height: Int) {
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
            let left = width * 11 / 20
            let upper = body * 3 / 5
            panes[.timeline] = Rect(x: 0, y: 0, width: left, height: upper)
            panes[.parties] = Rect(x: 0, y: upper, width: left, height: body - upper)
            panes[.source] = Rect(x: left, y: 0, width: width - left, height: upper)
            panes[.detail] = Rect(x: left, y: upper, width: width - left, height: body - upper)
        } else {
            let shares: [(Pane, Int)] =
                body >= 34 ? [(.timeline, 30), (.source, 30), (.detail, 20), (.parties, 20)]
                : body >= 17 ? [(.timeline, 40), (.source, 35), (.detail, 25)]
                : [(.timeline, 50), (.source, 50)]
            var top = 0
            for (index, (pane, share)) in shares.enumerated() {
                let rows = index == shares.count - 1 ? body - top : body * share / 100
                panes[pane] = Rect(x: 0, y: top, width: width, height: rows)
                top += rows
            }
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
