import CourtlineUI

/// Lines up rows of text in columns for plain-text output.
enum Columns {
    /// Pads every column but the last to its widest cell, two spaces apart, by display width
    /// (CJK and emoji take two columns), with control characters already shown as placeholders
    /// so the widths are those a terminal will show.
    static func align(_ rows: [[String]]) -> [String] {
        let rows = rows.map { $0.map(TerminalText.visible) }
        guard let columnCount = rows.map(\.count).max() else { return [] }
        let widths = (0..<columnCount).map { column in
            rows.map { $0.indices.contains(column) ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1
                    ? cell : cell + String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
            }.joined(separator: "  ")
        }
    }
}
