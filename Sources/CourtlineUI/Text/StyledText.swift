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
        var builder = LineBuilder()
        layOut(width: width, into: &builder)
        return builder.lines
    }

    /// How many lines `wrapped(to:)` gives, found the same way without building them: a pane
    /// can say how long an article is and build only the lines in view.
    public func lineCount(wrappedTo width: Int) -> Int {
        guard width > 0 else { return 0 }
        // An article's paragraph is one span: counted a byte at a time where the bytes can tell.
        if spans.count == 1, let count = Self.fastLineCount(spans[0].text, width: width) { return count }
        var counter = LineCounter()
        layOut(width: width, into: &counter)
        return counter.count
    }

    /// `layOut`'s rule, read a byte at a time: words are split at ASCII spaces and line breaks,
    /// and only a word with other characters is measured character by character. Nil where the
    /// bytes could mislead: a control character, a space joined to the mark after it (or to a
    /// prepended sign before it), a word of wide characters too wide for a line. `TextTests`
    /// holds the two to the same counts.
    static func fastLineCount(_ text: String, width: Int) -> Int? {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var lines = 1
            var lineWidth = 0
            var wordStart = 0
            var wordIsASCII = true
            // Places the word that ends at `end`; false where the bytes cannot say how.
            func placeWord(endingAt end: Int) -> Bool {
                defer {
                    wordStart = end + 1
                    wordIsASCII = true
                }
                guard end > wordStart else { return true }
                var wordWidth = end - wordStart
                if !wordIsASCII {
                    let lower = utf8.index(utf8.startIndex, offsetBy: wordStart)
                    let upper = utf8.index(utf8.startIndex, offsetBy: end)
                    guard lower.samePosition(in: text) != nil, upper.samePosition(in: text) != nil else { return false }
                    wordWidth = DisplayWidth.of(text[lower..<upper])
                }
                let space = lineWidth == 0 ? 0 : 1
                if lineWidth + space + wordWidth <= width {
                    lineWidth += space + wordWidth
                    return true
                }
                guard wordIsASCII || wordWidth <= width else { return false }
                if lineWidth > 0 { lines += 1 }
                // Too wide for any line: broken a column at a time.
                let breaks = max(0, wordWidth - 1) / width
                lines += breaks
                lineWidth = wordWidth - breaks * width
                return true
            }
            for (offset, byte) in bytes.enumerated() {
                switch byte {
                case 0x0A:
                    guard placeWord(endingAt: offset) else { return nil }
                    lines += 1
                    lineWidth = 0
                case 0x20, 0x09:
                    guard placeWord(endingAt: offset) else { return nil }
                case 0x21..<0x7F: break
                case 0x80...: wordIsASCII = false
                default: return nil
                }
            }
            guard placeWord(endingAt: bytes.count) else { return nil }
            return lines
        } ?? nil
    }

    /// The one line-breaking rule, told to a sink as pieces and line ends.
    ///
    /// A word is kept as slices of its spans' text in one reused buffer, not as a text of its
    /// own: a frame wraps the whole article in view, and building each word cost most of a key.
    private func layOut(width: Int, into sink: inout some WrapSink) {
        var lineWidth = 0
        var word: [(text: Substring, style: Style)] = []
        var wordWidth = 0
        // The style of the space before the word being read: a highlight starts on the quote,
        // not on the space before it.
        var spaceStyle = Style.plain
        func placeWord() {
            guard !word.isEmpty else { return }
            defer {
                word.removeAll(keepingCapacity: true)
                wordWidth = 0
            }
            let space = lineWidth == 0 ? 0 : 1
            if lineWidth + space + wordWidth <= width {
                if space == 1 { sink.append(" ", style: spaceStyle) }
                for piece in word { sink.append(piece.text, style: piece.style) }
                lineWidth += space + wordWidth
                return
            }
            if lineWidth > 0 {
                sink.endLine()
                lineWidth = 0
            }
            // A word too wide for a line is broken between the cells it is drawn in, even
            // inside one character (a family emoji is drawn as each of its people). Its pieces
            // are the cells' text, which stays apart when joined again, as a lone accent
            // after a placeholder would not.
            for piece in word {
                for character in piece.text {
                    TerminalGlyphs.forEach(in: character) { glyph, glyphWidth in
                        if lineWidth + glyphWidth > width, lineWidth > 0 {
                            sink.endLine()
                            lineWidth = 0
                        }
                        sink.append(glyph[...], style: piece.style)
                        lineWidth += glyphWidth
                    }
                }
            }
        }
        for span in spans {
            let text = span.text
            var start = text.startIndex
            var index = start
            func takePiece(upTo end: String.Index) {
                guard start < end else { return }
                word.append((text[start..<end], span.style))
                wordWidth += DisplayWidth.of(text[start..<end])
            }
            // In printable ASCII (most articles) a byte is a character: no grapheme need be found.
            let isASCII = text.utf8.allSatisfy { (0x20..<0x7F).contains($0) || $0 == 0x09 || $0 == 0x0A }
            while index < text.endIndex {
                let next: String.Index
                let isBreak: Bool
                let isSpace: Bool
                if isASCII {
                    let byte = text.utf8[index]
                    next = text.utf8.index(after: index)
                    isBreak = byte == 0x0A
                    isSpace = byte == 0x20 || byte == 0x09
                } else {
                    let character = text[index]
                    next = text.index(after: index)
                    isBreak = character == "\n" || character == "\r\n"
                    isSpace = character == " " || character == "\t"
                }
                if isBreak || isSpace {
                    takePiece(upTo: index)
                    placeWord()
                    if isBreak {
                        sink.endLine()
                        lineWidth = 0
                    } else {
                        spaceStyle = span.style
                    }
                    start = next
                }
                index = next
            }
            takePiece(upTo: text.endIndex)
        }
        placeWord()
        sink.endLine()
    }
}

/// Where `StyledText.layOut` puts what it breaks: lines built, or only counted.
private protocol WrapSink {
    mutating func append(_ text: Substring, style: Style)
    mutating func endLine()
}

private struct LineBuilder: WrapSink {
    var lines: [StyledText] = []
    var line = StyledText()

    mutating func append(_ text: Substring, style: Style) { line.append(String(text), style: style) }

    mutating func endLine() {
        lines.append(line)
        line = StyledText()
    }
}

private struct LineCounter: WrapSink {
    var count = 0

    mutating func append(_ text: Substring, style: Style) {}

    mutating func endLine() { count += 1 }
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
