/// A screen's worth of cells, independent of any terminal: the UI draws here, a backend flushes
/// it, and tests compare it as text.
public struct Grid: Sendable, Equatable {
    public struct Cell: Hashable, Sendable {
        /// What the terminal is sent for the cell (`TerminalGlyphs`): a character and its
        /// combining marks; empty in the cell a wide character's right half covers.
        public var text: String
        public var style: Style

        public static let blank = Cell(text: " ", style: .plain)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(text: " ", style: style), count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` from (x, y) and returns the columns it took. Nothing is drawn outside
    /// `clip` (the whole grid by default) or past the grid's edge; a wide character that would
    /// straddle the edge is left out. Each character is drawn as `TerminalGlyphs` says, which is
    /// also how `DisplayWidth` measures it.
    @discardableResult
    public mutating func write(
        _ text: String, x: Int, y: Int, style: Style, clip: Rect? = nil
    ) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return 0 }
        var column = x
        var full = false
        for character in text {
            TerminalGlyphs.forEach(in: character) { glyph, width in
                guard !full else { return }
                if column + width > area.maxX {
                    full = true
                    return
                }
                if column >= area.x {
                    cells[y * self.width + column] = Cell(text: glyph, style: style)
                    if width == 2 { cells[y * self.width + column + 1] = Cell(text: "", style: style) }
                }
                column += width
            }
            if full { break }
        }
        return max(0, column - x)
    }

    /// Paints `style` over a rectangle, keeping the text.
    public mutating func fill(_ rect: Rect, style: Style) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                cells[y * width + x] = Cell(text: " ", style: style)
            }
        }
    }

    /// The grid as lines of text, trailing spaces trimmed: what a person would read off the screen.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }

    public func line(_ y: Int) -> String {
        var line = ""
        for x in 0..<width { line += self[x, y].text }
        while line.last == " " { line.removeLast() }
        return line
    }
}

/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        return Rect(x: left, y: top, width: min(maxX, other.maxX) - left, height: min(maxY, other.maxY) - top)
    }

    /// The rectangle inside a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}
