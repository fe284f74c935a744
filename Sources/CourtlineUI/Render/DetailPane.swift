import CourtlineModel

/// The selected event: title, date with how it was worked out, court, parties, summary.
enum DetailPane {
    static func draw(
        state: AppState, model: Case, event: Event?, in rect: Rect, into grid: inout Grid, theme: Theme
    ) {
        guard !rect.isEmpty, let event else { return }
        let court = event.courtID.flatMap(model.court)
        let parties = event.partyIDs.compactMap(model.party).map(\.name)
        let sources = Set(event.citations.map(\.sourceID)).sorted()
        let fields: [(String, String)] = [
            ("Date", "\(event.date.display) (\(event.date.precision.rawValue))"),
            ("Basis", event.date.basis),
            ("Court", court?.name ?? "none named"),
            ("Parties", parties.isEmpty ? "none" : parties.joined(separator: ", ")),
            (
                "Cites",
                "\(event.citations.count) quote\(event.citations.count == 1 ? "" : "s") from \(sources.joined(separator: ", "))"
            ),
            ("Summary", event.summary),
        ]
        let query = state.search.query
        let match = theme.style(.searchMatch)
        var lines = StyledText(event.title, style: theme.style(.sourceHeader)).highlighting(query, with: match)
            .wrapped(to: rect.width)
        for (label, value) in fields {
            var text = StyledText()
            text.append("\(label): ", style: theme.style(.label))
            text.append(value, style: theme.style(.base))
            lines += (label == "Summary" ? text.highlighting(query, with: match) : text).wrapped(to: rect.width)
        }
        let top = max(0, min(state.detailScroll, lines.count - rect.height))
        for (offset, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            grid.write(line, x: rect.x, y: rect.y + offset, clip: rect)
        }
    }
}
