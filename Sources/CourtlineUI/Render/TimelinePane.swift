import CourtlineModel

/// The events in date order, one a line: date, court tag, kind, marks (more than one source,
/// a draft), title. Events of the same date show the date once, then a guide line; the selected
/// line is marked and reversed, and rows the search matches are marked where all are shown.
enum TimelinePane {
    /// What the marks before a title mean, for the help screen and the README.
    enum Mark {
        static let corroborated = "◆"
        static let differs = "≠"
        static let draft = "✎"
        static let match = "•"
        static let legend = [
            (corroborated, "told by more than one source"),
            (differs, "its sources differ on a figure or a name (see Event)"),
            (draft, "a draft: proposed by courtline draft, not yet reviewed"),
            (match, "matches the search (n and N step through the matches)"),
        ]
    }

    /// Each kind in three letters, as the kind column shows it.
    static let kindLabels: [Event.Kind: String] = [
        .filing: "fil", .withdrawal: "wdr", .ruling: "rul", .appeal: "apl", .hearing: "hrg", .trial: "trl",
        .sanction: "snc", .settlement: "stl", .statement: "stm", .claim: "clm", .research: "rsc", .conduct: "cnd",
        .seizure: "szr", .report: "rpt",
    ]

    /// The kind column's legend, in the order of `Event.Kind`.
    static var kindLegend: [(String, String)] {
        Event.Kind.allCases.map { (kindLabels[$0] ?? $0.rawValue, $0.rawValue) }
    }

    static let kindWidth = 3

    /// Where a row's parts go: the date, the court tag, the mark, and the title from `titleX`.
    struct Columns {
        let dateWidth: Int
        let tagWidth: Int
        let titleX: Int

        /// Columns as wide as the events let through need, not just the rows in view, so they
        /// hold still while scrolling; worked out from lengths the case keeps, not the events.
        init(for events: FilteredEvents) {
            dateWidth = min(23, events.longestDate)
            let courts = events.courts
            tagWidth = min(
                12, (courts.courts.map { DisplayWidth.of($0.shortName) } + (courts.anyWithout ? [1] : [])).max() ?? 1)
            titleX = 2 + dateWidth + 2 + tagWidth + 2 + kindWidth + 1 + 2 + 1
        }
    }

    /// One row on screen: an event, and which line of its title (the selected event's title is
    /// wrapped over as many rows as it needs, up to `selectedTitleLines`).
    struct Row: Equatable {
        let event: Int
        let titleLine: Int
    }

    /// The most rows the selected event's title takes.
    static let selectedTitleLines = 3

    /// The rows from `top`, the selected event's title wrapped; the top moves down, if need be,
    /// so that all of the selected title is in view.
    static func rows(
        top: Int, selected: Int?, titleLines: Int, count: Int, height: Int
    ) -> (top: Int, rows: [Row]) {
        var top = top
        if let selected, selected >= top, selected < top + height {
            top += max(0, selected - top + titleLines - height)
        }
        var rows: [Row] = []
        var index = top
        while rows.count < height, index < count {
            for line in 0..<(index == selected ? titleLines : 1) where rows.count < height {
                rows.append(Row(event: index, titleLine: line))
            }
            index += 1
        }
        return (top, rows)
    }

    /// The selected event's title as the rows it takes at `width`, the last cut with an
    /// ellipsis should it need more. It is highlighted whole, then wrapped, so a match across a
    /// line break is marked on both lines.
    static func titleLines(
        of title: String, width: Int, style: Style, query: String, match: Style
    ) -> [StyledText] {
        guard width > 0 else { return [] }
        let lines = StyledText(title, style: style).highlighting(query, with: match).wrapped(to: width)
        guard lines.count > selectedTitleLines else { return lines }
        let rest = lines[(selectedTitleLines - 1)...].map(\.plain).joined(separator: " ")
        let cut = StyledText(Fit.truncate(rest, to: width), style: style).highlighting(query, with: match)
        return lines.prefix(selectedTitleLines - 1) + [cut]
    }

    static func draw(
        _ events: FilteredEvents, columns: Columns, rows: [Row], selectedTitle: [StyledText], differs: [String: Bool],
        matches: FilteredEvents?, state: AppState, model: Case, in rect: Rect, into grid: inout Grid, theme: Theme
    ) {
        guard !rect.isEmpty else { return }
        guard !events.isEmpty else {
            grid.write(
                "no events match the filters (X clears them, Esc drops the last)", x: rect.x + 1, y: rect.y,
                style: theme.style(.context), clip: rect)
            return
        }
        let selectedRow = state.selectedRow(in: events)
        for (offset, row) in rows.enumerated() {
            let index = row.event
            let event = events[index]
            let y = rect.y + offset
            let isSelected = index == selectedRow
            let line = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            var style: (StyleRole) -> Style = { theme.style($0) }
            if isSelected {
                grid.fill(line, style: theme.style(.timelineSelected))
                style = { theme.style($0).patched(with: theme.style(.timelineSelected)) }
            }
            let titleX = rect.x + columns.titleX
            let title =
                isSelected && selectedTitle.indices.contains(row.titleLine)
                ? selectedTitle[row.titleLine]
                : StyledText(Fit.truncate(event.title, to: rect.maxX - titleX), style: style(.base))
                    .highlighting(state.search.query, with: theme.style(.searchMatch))
            guard row.titleLine == 0 else {
                // The selected title's further lines: a guide under the date, the title's words.
                grid.write("│", x: rect.x + 3, y: y, style: style(.timelineGroup), clip: line)
                grid.write(title, x: titleX, y: y, clip: line)
                continue
            }
            var x = rect.x
            if isSelected {
                grid.write("▶", x: x, y: y, style: style(.base), clip: line)
            } else if let matches, !state.search.showsOnlyMatches, matches.position(ofEventID: event.id) != nil {
                grid.write(Mark.match, x: x, y: y, style: style(.timelineMatch), clip: line)
            }
            x += 2
            let sameDate = index > 0 && events[index - 1].date.display == event.date.display
            if sameDate {
                grid.write("│", x: x + 1, y: y, style: style(.timelineGroup), clip: line)
            } else {
                grid.write(
                    Fit.truncate(event.date.display, to: columns.dateWidth), x: x, y: y, style: style(.timelineDate),
                    clip: line)
            }
            x += columns.dateWidth + 2
            let tag = event.courtID.flatMap(model.court)?.shortName ?? "—"
            grid.write(Fit.truncate(tag, to: columns.tagWidth), x: x, y: y, style: style(.courtTag), clip: line)
            x += columns.tagWidth + 2
            grid.write(kindLabels[event.kind] ?? "", x: x, y: y, style: style(.timelineKind), clip: line)
            x += kindWidth + 1
            // Only a corroborated event's quotes are read for differences, and only those in view.
            if let differs = differs[event.id] {
                grid.write(
                    differs ? Mark.differs : Mark.corroborated, x: x, y: y,
                    style: style(differs ? .timelineDiffers : .timelineCorroborated), clip: line)
            }
            if event.draft != nil {
                grid.write(Mark.draft, x: x + 1, y: y, style: style(.timelineDraft), clip: line)
            }
            grid.write(title, x: titleX, y: y, clip: line)
        }
    }
}
