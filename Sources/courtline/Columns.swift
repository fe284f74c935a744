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

extension Columns {
    /// Texts set beside one another, each wrapped to its share of `width`, with a gap between.
    static func sideBySide(_ texts: [String], width: Int) -> [String] {
        guard !texts.isEmpty else { return [] }
        let gap = 3
        let columnWidth = max(12, (width - gap * (texts.count - 1)) / texts.count)
        let columns = texts.map { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
                StyledText(TerminalText.visible(String(paragraph))).wrapped(to: columnWidth).map(\.plain)
            }
        }
        let height = columns.map(\.count).max() ?? 0
        return (0..<height).map { row in
            columns.enumerated().map { index, lines in
                let cell = row < lines.count ? lines[row] : ""
                let isLast = index == columns.count - 1
                return isLast ? cell : cell + String(repeating: " ", count: columnWidth - DisplayWidth.of(cell) + gap)
            }.joined().trimmingTrailingSpaces
        }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
