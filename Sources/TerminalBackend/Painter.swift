import CNcursesw
import CourtlineUI

/// Copies grids into an ncurses window cell by cell, remembering the last one so an unchanged
/// cell costs nothing, and turning styles into attributes and colour pairs.
struct Painter {
    private let depth: ColorDepth
    private let maximumPairs: Int
    private var pairs: [PairKey: Int16] = [:]
    /// A screen holds a handful of styles; each is worked out once, not once per cell.
    private var looks: [Style: (attr_t, Int16)] = [:]
    private var previous: Grid?

    private struct PairKey: Hashable {
        let foreground: Int32
        let background: Int32
    }

    init(depth: ColorDepth, maximumPairs: Int) {
        self.depth = depth
        self.maximumPairs = min(maximumPairs, Int(Int16.max))
    }

    /// Makes the next frame paint every cell, after a resize or a redraw.
    mutating func forget() { previous = nil }

    mutating func paint(_ grid: Grid, into window: UnsafeMutablePointer<WINDOW>) {
        let before = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if before == nil { werase(window) }
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if let before, before[x, y] == cell { continue }
                // The right half of a wide character belongs to the cell on its left.
                if cell.text.isEmpty { continue }
                put(cell, x: x, y: y, into: window)
            }
        }
        previous = grid
    }

    private mutating func put(_ cell: Grid.Cell, x: Int, y: Int, into window: UnsafeMutablePointer<WINDOW>) {
        let (attributes, pair) = look(of: cell.style)
        let scalars = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        var character = cchar_t()
        setcchar(&character, scalars, attributes, pair, nil)
        // The bottom-right cell reports an error after writing; the write is what counts.
        mvwadd_wch(window, Int32(y), Int32(x), &character)
    }

    private mutating func look(of style: Style) -> (attr_t, Int16) {
        if let look = looks[style] { return look }
        let look = workOutLook(of: style)
        looks[style] = look
        return look
    }

    private mutating func workOutLook(of style: Style) -> (attr_t, Int16) {
        var attributes = attr_t(A_NORMAL)
        if style.attributes.contains(.bold) { attributes |= courtline_A_BOLD }
        if style.attributes.contains(.dim) { attributes |= courtline_A_DIM }
        if style.attributes.contains(.italic) { attributes |= courtline_A_ITALIC }
        if style.attributes.contains(.underline) { attributes |= courtline_A_UNDERLINE }
        if style.attributes.contains(.reverse) { attributes |= courtline_A_REVERSE }
        let key = PairKey(
            foreground: style.foreground.flatMap(depth.index).map(Int32.init) ?? -1,
            background: style.background.flatMap(depth.index).map(Int32.init) ?? -1)
        return (attributes, pair(for: key))
    }

    /// The colour pair for two colours, made on first use; pair 0 is the terminal's defaults.
    private mutating func pair(for key: PairKey) -> Int16 {
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let next = pairs.count + 1
        guard next < maximumPairs else { return 0 }
        init_pair(Int16(next), Int16(key.foreground), Int16(key.background))
        pairs[key] = Int16(next)
        return Int16(next)
    }
}
