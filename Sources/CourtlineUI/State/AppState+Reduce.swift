import CourtlineModel

extension AppState {
    /// Applies `action`: the UI's only way to change. `view` is the frame the person saw when
    /// they acted, which says how far each pane can scroll and how many rows a page is.
    ///
    /// Returns what the session must do outside the state (repaint, suspend, quit).
    @discardableResult
    public mutating func reduce(_ action: Action, in model: Case, view: ViewModel) -> [Effect] {
        switch action {
        case .resize, .redraw, .suspend: break
        default: notice = nil
        }
        // The timeline starts from where it stood on screen, which a wrapped title may have moved.
        if let shown = view.scrolls[.timeline] { timelineTop = shown.top }
        if isHelpVisible, let help = view.help, scrollHelp(action, help) {
            return []
        }
        var effects: [Effect] = []
        switch action {
        case .moveUp: move(by: -1, in: model, view: view)
        case .moveDown: move(by: 1, in: model, view: view)
        case .pageUp: move(by: -Self.page(view.scrolls[focus]), in: model, view: view)
        case .pageDown: move(by: Self.page(view.scrolls[focus]), in: model, view: view)
        case .first: move(by: Int.min / 2, in: model, view: view)
        case .last: move(by: Int.max / 2, in: model, view: view)
        case .focusNext: cycleFocus(by: 1)
        case .focusPrevious: cycleFocus(by: -1)
        case .activate: activate(in: model)
        case .nextCitation: stepCitation(by: 1, in: model)
        case .previousCitation: stepCitation(by: -1, in: model)
        case .back: goBack(in: model)
        case .cycleCourt: cycleCourt(in: model)
        case .clearFilters:
            court = .all
            partyFilter = nil
            search = SearchState()
        case .startSearch:
            search = SearchState(query: "", isEditing: true)
        case .searchInput(let character):
            search.query.append(character)
        case .searchDeleteBackward:
            if !search.query.isEmpty { search.query.removeLast() }
        case .commitSearch:
            search.isEditing = false
        case .cancelSearch:
            search = SearchState()
        case .nextMatch: stepMatch(by: 1, in: model)
        case .previousMatch: stepMatch(by: -1, in: model)
        case .cycleTheme:
            themeIndex = (themeIndex + 1) % themeNames.count
            notice = "theme: \(themeNames[themeIndex])"
        // The terminal's business: nothing the UI shows changes.
        case .redraw: effects.append(.repaint)
        case .suspend: effects.append(.suspend)
        case .toggleHelp:
            isHelpVisible.toggle()
            helpScroll = 0
        case .quit: effects.append(.quit)
        case .resize(let newWidth, let newHeight):
            width = newWidth
            height = newHeight
        case .mouse(let event): handle(event, in: model, view: view)
        }
        settle(in: model)
        return effects
    }

    // MARK: - Moving

    /// A page: the rows a pane shows, less one kept for context.
    private static func page(_ scroll: Scroll?) -> Int { max(1, (scroll?.rows ?? 1) - 1) }

    /// Moves in the help overlay, if `action` is a move.
    private mutating func scrollHelp(_ action: Action, _ help: Scroll) -> Bool {
        let delta: Int
        switch action {
        case .moveUp: delta = -1
        case .moveDown: delta = 1
        case .pageUp: delta = -Self.page(help)
        case .pageDown: delta = Self.page(help)
        case .first: delta = Int.min / 2
        case .last: delta = Int.max / 2
        default: return false
        }
        helpScroll = help.moved(by: delta)
        return true
    }

    private mutating func move(by delta: Int, in model: Case, view: ViewModel) {
        switch focus {
        case .timeline:
            let events = visibleEvents(in: model)
            guard !events.isEmpty else { return }
            let row = selectedRow(in: events) ?? 0
            select(events[Self.clamp(row.addingClamped(delta), to: events.count)])
        case .parties:
            selectedParty = Self.clamp(selectedParty.addingClamped(delta), to: model.parties.count)
        case .source:
            // From where the pane stood on screen, so a move past the end is not kept.
            sourceScroll = view.scrolls[.source]?.moved(by: delta)
        case .detail:
            detailScroll = view.scrolls[.detail]?.moved(by: delta) ?? 0
        }
    }

    private mutating func select(_ event: Event) {
        guard event.id != selectedEventID else { return }
        selectedEventID = event.id
        citation = 0
        sourceScroll = nil
        detailScroll = 0
    }

    private mutating func cycleFocus(by step: Int) {
        let panes = layout.visiblePanes
        guard !panes.isEmpty else { return }
        let index = panes.firstIndex(of: focus) ?? 0
        focus = panes[(index + step + panes.count) % panes.count]
    }

    // MARK: - Jumps and citations

    private var currentView: View {
        View(
            focus: focus, selectedEventID: selectedEventID, citation: citation, sourceScroll: sourceScroll,
            partyFilter: partyFilter, court: court)
    }

    private mutating func activate(in model: Case) {
        switch focus {
        case .timeline:
            guard selectedEvent(in: model) != nil else { return }
            jumps.append(currentView)
            focus = .source
            sourceScroll = nil
        case .parties:
            guard model.parties.indices.contains(selectedParty) else { return }
            jumps.append(currentView)
            partyFilter = model.parties[selectedParty].id
            focus = .timeline
        case .source, .detail:
            break
        }
    }

    /// Back to the last jump's start, or to before the last filter was set: the filters are
    /// undone in the order they were set, and the status bar says which went.
    private mutating func goBack(in model: Case) {
        guard let view = jumps.popLast() else { return }
        var undone: [String] = []
        if court != view.court { undone.append("court: " + Self.name(of: court, in: model)) }
        if let party = partyFilter, party != view.partyFilter {
            undone.append("party: \(model.party(party)?.name ?? party)")
        }
        focus = view.focus
        selectedEventID = view.selectedEventID
        citation = view.citation
        sourceScroll = view.sourceScroll
        partyFilter = view.partyFilter
        court = view.court
        if !undone.isEmpty { notice = "removed " + undone.joined(separator: " and ") + " · C clears every filter" }
    }

    private static func name(of court: CourtFilter, in model: Case) -> String {
        switch court {
        case .all: "all"
        case .court(let id): model.court(id)?.name ?? id
        case .noCourt: "none named"
        }
    }

    private mutating func stepCitation(by step: Int, in model: Case) {
        guard let event = selectedEvent(in: model), !event.citations.isEmpty else { return }
        citation = (citation + step + event.citations.count) % event.citations.count
        sourceScroll = nil
    }

    // MARK: - Filters

    private mutating func cycleCourt(in model: Case) {
        // Setting a court filter is undone by `back` like a jump; stepping it on is not.
        if court == .all { jumps.append(currentView) }
        let ids = model.courts.map(\.id)
        switch court {
        case .all:
            court = ids.first.map { .court($0) } ?? .noCourt
        case .court(let id):
            let index = ids.firstIndex(of: id) ?? ids.count
            court = index + 1 < ids.count ? .court(ids[index + 1]) : .noCourt
        case .noCourt:
            court = .all
        }
    }

    private mutating func stepMatch(by step: Int, in model: Case) {
        guard !search.query.isEmpty else { return }
        let events = visibleEvents(in: model)
        guard !events.isEmpty else { return }
        let row = selectedRow(in: events) ?? -step
        select(events[((row + step) % events.count + events.count) % events.count])
        focus = .timeline
    }

    // MARK: - Mouse

    private mutating func handle(_ event: MouseEvent, in model: Case, view: ViewModel) {
        guard !isHelpVisible, let pane = layout.pane(at: event.x, y: event.y), let rect = layout.rect(pane) else {
            return
        }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let saved = focus
            focus = pane
            move(by: event.kind == .wheelUp ? -3 : 3, in: model, view: view)
            focus = pane == .timeline || pane == .parties ? pane : saved
        case .click:
            focus = pane
            let row = event.y - rect.inner.y
            guard row >= 0, row < rect.inner.height else { return }
            switch pane {
            case .timeline:
                let events = visibleEvents(in: model)
                if let index = view.timelineEvent(atRow: row), events.indices.contains(index) {
                    select(events[index])
                }
            case .parties:
                let index = partiesTop + row
                if model.parties.indices.contains(index) { selectedParty = index }
            case .source, .detail:
                break
            }
        }
    }

    // MARK: - Keeping the state consistent

    /// After any action: the selection is a visible event (or none), lists scroll to show their
    /// selection, and focus is on a pane that is on screen.
    private mutating func settle(in model: Case) {
        if let earlier = visible.events {
            if earlier.filter != filter {
                visible.events = (filter, model.events(matching: filter, narrowing: earlier))
            }
        } else {
            visible.events = (filter, model.events(matching: filter))
        }
        let events = visibleEvents(in: model)
        if selectedRow(in: events) == nil {
            selectedEventID = events.first?.id
            citation = 0
            sourceScroll = nil
            detailScroll = 0
        }
        if let row = selectedRow(in: events), !events[row].citations.indices.contains(citation) { citation = 0 }
        let visible = layout.visiblePanes
        if !visible.isEmpty, !visible.contains(focus) { focus = .timeline }
        timelineTop = Scroll.following(
            top: timelineTop, showing: selectedRow(in: events) ?? 0, rows: layout.contentRows(.timeline),
            total: events.count)
        selectedParty = Self.clamp(selectedParty, to: model.parties.count)
        partiesTop = Scroll.following(
            top: partiesTop, showing: selectedParty, rows: layout.contentRows(.parties), total: model.parties.count)
    }

    static func clamp(_ value: Int, to count: Int) -> Int {
        max(0, min(value, count - 1))
    }
}
