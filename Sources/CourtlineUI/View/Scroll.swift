/// Where a scrolled list of rows stands. Every scroll offset the UI shows is clamped here, so
/// no pane can be scrolled past its end or show a position it is not at.
public struct Scroll: Hashable, Sendable {
    /// The first row shown: from zero to the top of the last full page.
    public let top: Int
    /// Rows shown at once.
    public let rows: Int
    /// Rows in all.
    public let total: Int

    public init(top: Int, rows: Int, total: Int) {
        self.rows = max(0, rows)
        self.total = max(0, total)
        self.top = max(0, min(top, self.total - self.rows))
    }

    /// The top after moving `delta` rows, stopping at either end.
    public func moved(by delta: Int) -> Int {
        Scroll(top: top.addingClamped(delta), rows: rows, total: total).top
    }

    /// Whether some rows are out of view.
    public var isCut: Bool { total > rows }

    /// Where the view stands, as "12–28 of 40", when some rows are out of view.
    public var position: String? {
        guard isCut, rows > 0 else { return nil }
        return "\(top + 1)–\(min(total, top + rows)) of \(total)"
    }

    /// The top that brings `row` into view, moving from `top` as little as possible.
    static func following(top: Int, showing row: Int, rows: Int, total: Int) -> Int {
        guard rows > 0 else { return 0 }
        var top = Scroll(top: top, rows: rows, total: total).top
        if row < top { top = row }
        if row >= top + rows { top = row - rows + 1 }
        return Scroll(top: top, rows: rows, total: total).top
    }
}

extension Int {
    /// The sum, held at `Int.max` or `Int.min` where it would overflow: `G` moves by a huge step.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
