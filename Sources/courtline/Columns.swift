/// Lines up rows of text in columns for plain-text output.
enum Columns {
    /// Pads every column but the last to its widest cell, two spaces apart.
    static func align(_ rows: [[String]]) -> [String] {
        guard let columnCount = rows.map(\.count).max() else { return [] }
        let widths = (0..<columnCount).map { column in
            rows.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }
    }
}
