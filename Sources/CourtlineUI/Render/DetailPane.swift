import CourtlineModel

/// The selected event: title, date with how it was worked out, court, parties, summary.
enum DetailPane {
    static func draw(_ lines: [StyledText], scroll: Scroll?, in rect: Rect, into grid: inout Grid) {
        guard !rect.isEmpty else { return }
        for (offset, line) in lines.dropFirst(scroll?.top ?? 0).prefix(rect.height).enumerated() {
            grid.write(line, x: rect.x, y: rect.y + offset, clip: rect)
        }
    }

    /// The event's lines at a width, before scrolling.
    static func lines(state: AppState, model: Case, event: Event?, width: Int, theme: Theme) -> [StyledText] {
        guard width > 0, let event else { return [] }
        let court = event.courtID.flatMap(model.court)
        // The litigants (with their sides) apart from the others the event names.
        let (litigantParties, otherParties) = model.parties(of: event)
        let litigants = litigantParties.map { "\($0.name) (\($0.side ?? "litigant"))" }
        let others = otherParties.map(\.name)
        let corroboration = model.corroboration(of: event)
        let sources = corroboration.sourceIDs
        let scheduled = model.isScheduled(event) ? "; " + Case.scheduledNote : ""
        let dateLine = "\(event.date.display) (\(event.date.precision.rawValue)\(scheduled))"
        let fields: [(String, String)] =
            [
                ("Id", event.id),
                ("Kind", event.kind.rawValue),
                ("Date", dateLine),
                ("Basis", event.date.basis),
                ("Court", court?.name ?? "none named"),
                ("Parties", litigants.isEmpty ? "none named" : litigants.joined(separator: ", ")),
                ("Also named", others.isEmpty ? "" : others.joined(separator: ", ")),
                (
                    "Cites",
                    "\(event.citations.count) quote\(event.citations.count == 1 ? "" : "s") from \(sources.joined(separator: ", "))"
                        + (corroboration.isCorroborated
                            ? " (\(TimelinePane.Mark.corroborated) told by \(sources.count) sources)" : "")
                ),
                ("Summary", event.summary),
            ].filter { !$0.1.isEmpty } + (event.draft.map { [("Draft", $0)] } ?? [])
        let query = state.search.query
        let match = theme.style(.searchMatch)
        var lines = StyledText(event.title, style: theme.style(.sourceHeader)).highlighting(query, with: match)
            .wrapped(to: width)
        for (label, value) in fields {
            var text = StyledText()
            text.append("\(label): ", style: theme.style(.label))
            text.append(value, style: theme.style(.base))
            lines += (label == "Summary" ? text.highlighting(query, with: match) : text).wrapped(to: width)
        }
        for difference in corroboration.differences {
            lines += differenceLines(difference, model: model, width: width, theme: theme)
        }
        return lines
    }

    /// A difference between the sources: what they differ on, then each source's words side by
    /// side (stacked where the pane is too narrow), the figure marked in its quote.
    private static func differenceLines(
        _ difference: Corroboration.Difference, model: Case, width: Int, theme: Theme
    ) -> [StyledText] {
        var heading = StyledText()
        heading.append("\(TimelinePane.Mark.differs) Differ on \(difference.measure): ", style: theme.style(.warning))
        heading.append(difference.verdict, style: theme.style(.base))
        let gap = 2
        let columns = difference.accounts.count
        let sideBySide = (width - gap * (columns - 1)) / columns >= 24
        let columnWidth = sideBySide ? (width - gap * (columns - 1)) / columns : width
        let texts = difference.accounts.map { account in
            account.figures.flatMap { cited in
                quoted(cited, in: model, theme: theme).wrapped(to: columnWidth)
            }
        }
        var lines = [StyledText()] + heading.wrapped(to: width)
        guard sideBySide else { return lines + texts.flatMap { $0 } }
        for row in 0..<(texts.map(\.count).max() ?? 0) {
            var line = StyledText()
            for (column, text) in texts.enumerated() {
                let cell = row < text.count ? text[row] : StyledText()
                line.append(cell)
                if column < columns - 1 {
                    line.append(
                        String(repeating: " ", count: columnWidth - cell.width + gap), style: theme.style(.base))
                }
            }
            lines.append(line)
        }
        return lines
    }

    private static func quoted(_ cited: Corroboration.CitedFigure, in model: Case, theme: Theme) -> StyledText {
        let citation = cited.citation
        var text = StyledText("\(citation.sourceID), sentence \(citation.sentenceIndex)\n", style: theme.style(.label))
        guard let source = model.source(citation.sourceID) else { return text }
        let (before, after) = cited.quoteAround(in: source)
        text.append("“" + before, style: theme.style(.base))
        text.append(cited.figure.text, style: theme.style(.quote))
        text.append(after + "”", style: theme.style(.base))
        return text
    }
}
