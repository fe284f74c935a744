/// Text in runs of one style each: what panes wrap and draw. Source text is always a plain
/// `String` inside a span, never parsed for markup, so no article can smuggle in a style.
public struct StyledText: Sendable, Equatable {
    public struct Span: Sendable, Equatable {
        public var text: String
        public var style: Style
    }

    public var spans: [Span]

    public init(_ spans: [Span] = []) { self.spans = spans }

    public init(_ text: String, style: Style = .plain) { spans = [Span(text: text, style: style)] }

    public mutating func append(_ text: String, style: Style) {
        guard !text.isEmpty else { return }
        if let last = spans.last, last.style == style {
            spans[spans.count - 1].text += text
        } else {
            spans.append(Span(text: text, style: style))
        }
    }

    public mutating func append(_ other: StyledText) {
        for span in other.spans { append(span.text, style: span.style) }
    }

    public var plain: String { spans.map(\.text).joined() }

    /// Columns the text takes on one line.
    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// Breaks the text into lines of at most `width` columns, at spaces where it can and inside
    /// a word only when the word alone is too wide. Line breaks in the text start new lines.
    public func wrapped(to width: Int) -> [StyledText] {
        guard width > 0 else { return [] }
        var lines: [StyledText] = []
        var line = StyledText()
        var lineWidth = 0
        for (word, gap, spaceStyle) in words() {
            if gap == .lineBreak {
                lines.append(line)
                line = StyledText()
                lineWidth = 0
                continue
            }
            let wordWidth = word.width
            let space = lineWidth == 0 ? 0 : 1
            if lineWidth + space + wordWidth <= width {
                // The space keeps its own style: a highlight starts on the quote, not before it.
                if space == 1 { line.append(" ", style: spaceStyle) }
                line.append(word)
                lineWidth += space + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = StyledText()
                lineWidth = 0
            }
            // A word too wide for a line is broken between the cells it is drawn in, even
            // inside one character (a family emoji is drawn as each of its people). Its pieces
            // are the cells' text, which stays apart when joined again, as a lone accent
            // after a placeholder would not.
            for span in word.spans {
                for character in span.text {
                    TerminalGlyphs.forEach(in: character) { glyph, glyphWidth in
                        if lineWidth + glyphWidth > width, lineWidth > 0 {
                            lines.append(line)
                            line = StyledText()
                            lineWidth = 0
                        }
                        line.append(glyph, style: span.style)
                        lineWidth += glyphWidth
                    }
                }
            }
        }
        lines.append(line)
        return lines
    }

    private enum Gap { case none, lineBreak }

    /// Words, each made of the styled pieces of text between spaces, with the style of the
    /// space before it.
    private func words() -> [(StyledText, Gap, Style)] {
        var result: [(StyledText, Gap, Style)] = []
        var word = StyledText()
        var spaceStyle = Style.plain
        func flush() {
            if !word.spans.isEmpty { result.append((word, .none, spaceStyle)) }
            word = StyledText()
        }
        for span in spans {
            for character in span.text {
                if character == "\n" || character == "\r\n" {
                    flush()
                    result.append((StyledText(), .lineBreak, .plain))
                } else if character == " " || character == "\t" {
                    flush()
                    spaceStyle = span.style
                } else {
                    word.append(String(character), style: span.style)
                }
            }
        }
        flush()
        return result
    }
}

extension Grid {
    /// Draws styled text from (x, y), clipped to `clip`; returns the columns taken.
    @discardableResult
    public mutating func write(_ text: StyledText, x: Int, y: Int, clip: Rect) -> Int {
        var column = x
        for span in text.spans {
            column += write(span.text, x: column, y: y, style: span.style, clip: clip)
        }
        return column - x
    }
}
