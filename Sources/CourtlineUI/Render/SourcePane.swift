import CourtlineModel

/// The selected citation in its article: a header naming the source, sentence and citation,
/// then the article with the cited sentence highlighted and the quoted words emphasized.
enum SourcePane {
    struct Content {
        var header: [StyledText]
        var body: [StyledText]
        /// The body line where the cited sentence starts.
        var anchor: Int
    }

    static func draw(
        state: AppState, model: Case, event: Event?, in rect: Rect, into grid: inout Grid, theme: Theme
    ) {
        guard !rect.isEmpty else { return }
        guard let content = content(state: state, model: model, event: event, width: rect.width, theme: theme) else {
            grid.write("no event selected", x: rect.x + 1, y: rect.y, style: theme.style(.context), clip: rect)
            return
        }
        var y = rect.y
        for line in content.header where y < rect.maxY {
            grid.write(line, x: rect.x, y: y, clip: rect)
            y += 1
        }
        if y < rect.maxY {
            grid.write(String(repeating: "╌", count: rect.width), x: rect.x, y: y, style: theme.style(.border), clip: rect)
            y += 1
        }
        let rows = rect.maxY - y
        let top = clampedScroll(state.sourceScroll ?? max(0, content.anchor - 1), lines: content.body.count, rows: rows)
        for (offset, line) in content.body.dropFirst(top).prefix(rows).enumerated() {
            grid.write(line, x: rect.x, y: y + offset, clip: rect)
        }
    }

    /// The scroll that shows the cited sentence with a line of context above it.
    static func autoScroll(for state: AppState, in model: Case) -> Int {
        guard let rect = state.layout.rect(.source)?.inner,
            let content = content(
                state: state, model: model, event: state.selectedEvent(in: model), width: rect.width,
                theme: .fallback)
        else { return 0 }
        return max(0, content.anchor - 1)
    }

    private static func clampedScroll(_ scroll: Int, lines: Int, rows: Int) -> Int {
        max(0, min(scroll, lines - rows))
    }

    static func content(state: AppState, model: Case, event: Event?, width: Int, theme: Theme) -> Content? {
        guard let event, event.citations.indices.contains(state.citation), width > 0 else { return nil }
        let citation = event.citations[state.citation]
        guard let source = model.source(citation.sourceID), let sentence = model.sentence(of: citation) else {
            return nil
        }
        // The title on one line, cut if need be: the article below is where it is read whole.
        var title = StyledText()
        title.append(Fit.truncate(source.title, to: width), style: theme.style(.sourceHeader))
        var publication = StyledText()
        publication.append(source.outlet.map { "\($0.name)" } ?? "outlet not named", style: theme.style(.base))
        publication.append(" · published \(source.published.iso) ", style: theme.style(.base))
        publication.append("(supplied)", style: theme.style(.supplied))
        var position = StyledText()
        position.append(
            "sentence \(sentence.index) of \(source.sentences.count) · citation \(state.citation + 1) of \(event.citations.count)",
            style: theme.style(.label))
        var body: [StyledText] = []
        var anchor = 0
        for line in lines(of: source.text) {
            var text = StyledText()
            // Offsets where the style changes, in order; each piece is clamped to this line.
            let pieces: [(Int, Int, StyleRole)] = [
                (line.lowerBound, sentence.range.lowerBound, .context),
                (sentence.range.lowerBound, citation.range.lowerBound, .sentence),
                (citation.range.lowerBound, citation.range.upperBound, .quote),
                (citation.range.upperBound, sentence.range.upperBound, .sentence),
                (sentence.range.upperBound, line.upperBound, .context),
            ]
            for (start, end, role) in pieces {
                let lower = max(start, line.lowerBound)
                let upper = min(end, line.upperBound)
                if lower < upper { text.append(source.text[lower..<upper], style: theme.style(role)) }
            }
            if line.contains(sentence.range.lowerBound) {
                let before = StyledText(source.text[line.lowerBound..<sentence.range.lowerBound])
                anchor = body.count + max(0, before.wrapped(to: width).count - 1)
            }
            body += text.wrapped(to: width)
        }
        return Content(
            header: [title] + publication.wrapped(to: width) + position.wrapped(to: width), body: body, anchor: anchor)
    }

    /// The article's lines as offset ranges, without their line breaks.
    private static func lines(of text: SourceText) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (offset, scalar) in text.scalars.enumerated() where scalar == "\n" {
            lines.append(start..<offset)
            start = offset + 1
        }
        lines.append(start..<text.count)
        return lines
    }
}
