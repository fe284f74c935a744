import CourtlineModel

/// What one frame shows, worked out from the state, the case and the terminal size alone: each
/// pane's rectangle, what it holds, and where it stands. The panes only draw it, and the reducer
/// reads from it where a pane stands, so what fits is worked out once, here.
public struct ViewModel {
    public let state: AppState
    let model: Case
    let theme: Theme
    public let layout: Layout
    /// The events the filters let through, and the selected one among them.
    let events: FilteredEvents
    /// The search's matches among the events the facets let through; nil with no search.
    let matches: FilteredEvents?
    let selected: Event?
    /// Where each pane on screen stands.
    public let scrolls: [Pane: Scroll]
    /// The timeline's columns and rows, and the selected event's title as the rows it takes.
    let timelineColumns: TimelinePane.Columns
    let timelineRows: [TimelinePane.Row]
    let selectedTitle: [StyledText]
    /// For each corroborated event in view, by id, whether its sources differ. Taken from the
    /// frame before for the rows still in view: reading an event's quotes for differences was
    /// a tenth of a key's time, and a move brings one new row.
    let differs: [String: Bool]
    /// The source pane's header and article, nil with no citation to show.
    let source: SourcePane.Content?
    /// The Event pane's lines.
    let detail: [StyledText]
    /// Where the help list stands, while help is shown.
    public let help: Scroll?

    /// `previous`, the frame before, lends what it already read of the events still in view.
    public init(state: AppState, model: Case, theme: Theme, previous: ViewModel? = nil) {
        self.state = state
        self.model = model
        self.theme = theme
        let layout = state.layout
        self.layout = layout
        let events = state.visibleEvents(in: model)
        self.events = events
        matches = state.matchingEvents(in: model)
        let selectedRow = state.selectedRow(in: events)
        let selected = selectedRow.map { events[$0] }
        self.selected = selected
        var scrolls: [Pane: Scroll] = [:]
        var source: SourcePane.Content?
        var detail: [StyledText] = []
        let columns = TimelinePane.Columns(for: events)
        timelineColumns = columns
        var timelineRows: [TimelinePane.Row] = []
        var selectedTitle: [StyledText] = []
        var differs: [String: Bool] = [:]
        for pane in layout.visiblePanes {
            let inner = layout.rect(pane)!.inner
            switch pane {
            case .timeline:
                selectedTitle =
                    selected.map {
                        TimelinePane.titleLines(
                            of: $0.title, width: inner.width - columns.titleX,
                            style: theme.style(.base).patched(with: theme.style(.timelineSelected)),
                            query: state.search.query, match: theme.style(.searchMatch))
                    } ?? []
                let (top, rows) = TimelinePane.rows(
                    top: state.timelineTop, selected: selectedRow, titleLines: max(1, selectedTitle.count),
                    count: events.count, height: inner.height)
                timelineRows = rows
                let shown = Set(rows.map(\.event))
                for index in shown where model.isCorroborated(events[index]) {
                    let event = events[index]
                    differs[event.id] =
                        previous?.differs[event.id] ?? !model.corroboration(of: event).differences.isEmpty
                }
                scrolls[pane] = Scroll(top: top, rows: shown.count, total: events.count)
            case .parties:
                scrolls[pane] = Scroll(
                    top: state.partiesTop, rows: inner.height, total: PartyRows(model).count)
            case .source:
                source = SourcePane.content(state: state, model: model, event: selected, in: inner, theme: theme)
                scrolls[pane] = source.map {
                    Scroll(top: state.sourceScroll ?? $0.autoTop, rows: $0.rows, total: $0.total)
                }
            case .detail:
                detail = DetailPane.lines(
                    state: state, model: model, event: selected, width: inner.width, theme: theme)
                scrolls[pane] = Scroll(top: state.detailScroll, rows: inner.height, total: detail.count)
            }
        }
        self.scrolls = scrolls
        self.timelineRows = timelineRows
        self.selectedTitle = selectedTitle
        self.differs = differs
        self.source = source
        self.detail = detail
        help =
            state.isHelpVisible
            ? Scroll(
                top: state.helpScroll,
                rows: HelpOverlay.frame(width: state.width, height: state.height, courts: model.courts).list.height,
                total: HelpOverlay.lines(courts: model.courts).count) : nil
    }

    /// The event drawn on a row of the timeline's inside, if any.
    public func timelineEvent(atRow row: Int) -> Int? {
        timelineRows.indices.contains(row) ? timelineRows[row].event : nil
    }
}
