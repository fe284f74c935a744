import CourtlineModel

/// The selected citation in its article: a header naming the source, sentence and citation,
/// then the article with the cited sentence highlighted and the quoted words emphasized.
enum SourcePane {
    struct Content {
        /// The article's title where the header has no room for it, for the pane's border.
        var titleOnBorder: String?
        var header: [StyledText]
        /// Whether a rule separates the header from the article (not in short panes).
        var hasRule: Bool
        /// The article below the header, a paragraph at a time, each with the rows before it:
        /// only the paragraphs in view are styled and wrapped.
        var paragraphs: [Paragraph]
        /// Rows the whole article takes, wrapped.
        var total: Int
        /// The body lines where the cited sentence and the quoted words start.
        var sentenceLine: Int
        var quoteLine: Int
        /// The body line where the sentence under the cursor starts, when it is not the cited one.
        var cursorLine: Int?
        /// Rows the article gets below the header.
        var rows: Int

        /// The scroll that shows the cited sentence with a line of context above it when there
        /// is room, and always the start of the quoted words.
        var autoTop: Int {
            var top = rows >= 6 ? sentenceLine - 1 : sentenceLine
            if let cursorLine {
                top = rows >= 6 ? cursorLine - 1 : cursorLine
            } else if quoteLine >= top + rows {
                top = quoteLine
            }
            return max(0, min(top, total - rows))
        }

        /// The wrapped lines of the article from row `top`, as many as the pane shows.
        func lines(from top: Int) -> [StyledText] {
            let shown = top..<(top + rows)
            var lines: [StyledText] = []
            for paragraph in paragraphs where paragraph.rows.overlaps(shown) {
                let wrapped = paragraph.text().wrapped(to: paragraph.width)
                let from = max(shown.lowerBound, paragraph.rows.lowerBound) - paragraph.rows.lowerBound
                let to = min(shown.upperBound, paragraph.rows.upperBound) - paragraph.rows.lowerBound
                lines += wrapped[from..<to]
            }
            return lines
        }
    }

    /// A line of the article (or a note that it goes on), and the rows it takes once wrapped.
    struct Paragraph {
        var rows: Range<Int>
        var width: Int
        /// Its text, styled: built only for a paragraph in view.
        var text: () -> StyledText
    }

    /// Below this height the header takes one line and the rule goes.
    static let compactHeight = 12

    static func draw(_ content: Content?, scroll: Scroll?, in rect: Rect, into grid: inout Grid, theme: Theme) {
        guard !rect.isEmpty else { return }
        guard let content else {
            grid.write("no event selected", x: rect.x + 1, y: rect.y, style: theme.style(.context), clip: rect)
            return
        }
        var y = rect.y
        for line in content.header where y < rect.maxY {
            grid.write(line, x: rect.x, y: y, clip: rect)
            y += 1
        }
        if content.hasRule, y < rect.maxY {
            grid.write(
                String(repeating: "╌", count: rect.width), x: rect.x, y: y, style: theme.style(.border), clip: rect)
            y += 1
        }
        for (offset, line) in content.lines(from: scroll?.top ?? 0).enumerated() {
            grid.write(line, x: rect.x, y: y + offset, clip: rect)
        }
    }

    static func content(state: AppState, model: Case, event: Event?, in rect: Rect, theme: Theme) -> Content? {
        let width = rect.width
        guard let event, event.citations.indices.contains(state.citation), width > 0 else { return nil }
        let citation = event.citations[state.citation]
        guard let source = model.source(citation.sourceID), let sentence = model.sentence(of: citation) else {
            return nil
        }
        let compact = rect.height < compactHeight
        var publication = StyledText()
        publication.append(source.outlet.map { "\($0.name)" } ?? "outlet not named", style: theme.style(.base))
        publication.append(" · published \(source.published.iso) ", style: theme.style(.base))
        publication.append("(supplied)", style: theme.style(.supplied))
        var position = StyledText()
        position.append(
            "sentence \(sentence.index) of \(source.sentences.count) · citation \(state.citation + 1) of \(event.citations.count)",
            style: theme.style(.label))
        let cursor = state.sourceSentence.flatMap { source.sentences.indices.contains($0) ? source.sentences[$0] : nil }
        if state.focus == .source {
            // Which facts rest on the sentence under the cursor: counted only while the pane has focus.
            let shownSentence = cursor ?? sentence
            let citing = model.events(citingSentence: shownSentence.index, of: source.id).count
            position.append(
                " · " + (cursor.map { "cursor: sentence \($0.index) · " } ?? "")
                    + "cited by \(citing) \(citing == 1 ? "event" : "events") (Enter lists)",
                style: theme.style(.label))
        }
        let header: [StyledText]
        if compact {
            position.append(" · ", style: theme.style(.base))
            position.append(publication)
            header = position.wrapped(to: width)
        } else {
            // The title on one line, cut if need be: the article below is where it is read whole.
            var title = StyledText()
            title.append(Fit.truncate(source.title, to: width), style: theme.style(.sourceHeader))
            header = [title] + publication.wrapped(to: width) + position.wrapped(to: width)
        }
        var paragraphs: [Paragraph] = []
        var total = 0
        func add(rows: Int, _ text: @escaping () -> StyledText) {
            paragraphs.append(Paragraph(rows: total..<(total + rows), width: width, text: text))
            total += rows
        }
        var sentenceLine = 0
        var quoteLine = 0
        var cursorLine: Int?
        let shown = window(around: citation, of: source)
        if shown.lowerBound > 0 {
            add(rows: 1) { StyledText("… (the article goes on above)", style: theme.style(.context)) }
        }
        let query = state.search.query
        for line in lines(of: source.text, in: shown) {
            // The wrapped line an offset falls on: the lines its line's text before it fills.
            func wrappedLine(of offset: Int) -> Int {
                total + max(0, StyledText(source.text[line.lowerBound..<offset]).lineCount(wrappedTo: width) - 1)
            }
            if line.contains(sentence.range.lowerBound) { sentenceLine = wrappedLine(of: sentence.range.lowerBound) }
            if line.contains(citation.range.lowerBound) { quoteLine = wrappedLine(of: citation.range.lowerBound) }
            if let cursor, line.contains(cursor.range.lowerBound) {
                cursorLine = wrappedLine(of: cursor.range.lowerBound)
            }
            // Styles do not move a line break, so the plain text gives the count.
            add(rows: StyledText(source.text[line]).lineCount(wrappedTo: width)) {
                var text = StyledText()
                // The quote over its sentence over the cursor's sentence over the rest.
                let layers: [(Range<Int>, StyleRole)] =
                    [(citation.range, .quote), (sentence.range, .sentence)]
                    + (cursor.map { [($0.range, StyleRole.sentenceCursor)] } ?? [])
                let inLine = layers.flatMap { [$0.0.lowerBound, $0.0.upperBound] }.filter(line.contains)
                let cuts = ([line.lowerBound] + inLine.sorted() + [line.upperBound]).reduce(into: [Int]()) {
                    if $0.last != $1 { $0.append($1) }
                }
                for (lower, upper) in zip(cuts, cuts.dropFirst()) {
                    let role = layers.first { $0.0.contains(lower) }?.1 ?? .context
                    text.append(source.text[lower..<upper], style: theme.style(role))
                }
                return text.highlighting(query, with: theme.style(.searchMatch))
            }
        }
        if shown.upperBound < source.text.count {
            add(rows: 1) { StyledText("… (the article goes on below)", style: theme.style(.context)) }
        }
        let rows = max(0, rect.height - header.count - (compact ? 0 : 1))
        return Content(
            titleOnBorder: compact ? source.title : nil, header: header, hasRule: !compact, paragraphs: paragraphs,
            total: total, sentenceLine: sentenceLine, quoteLine: quoteLine, cursorLine: cursorLine, rows: rows)
    }

    /// Scalars shown each side of the quote at most: a news article is shown whole, while a
    /// long one, or a megabyte on one line, costs no more to show than a short one.
    static let contextScalars = 20_000

    /// The part of the article the pane shows around a citation.
    static func window(around citation: Citation, of source: Source) -> Range<Int> {
        max(
            0, citation.range.lowerBound - contextScalars)..<min(
                source.text.count, citation.range.upperBound + contextScalars)
    }

    /// The lines of `range` of the article as offset ranges, without their line breaks.
    private static func lines(of text: SourceText, in range: Range<Int>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = range.lowerBound
        for offset in text.offsets(of: "\n", in: range) {
            lines.append(start..<offset)
            start = offset + 1
        }
        lines.append(start..<range.upperBound)
        return lines
    }
}
