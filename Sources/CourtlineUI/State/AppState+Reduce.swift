import CourtlineModel

extension AppState {
    /// Applies `action`: the UI's only way to change. `view` is the frame the person saw when
    /// they acted, which says how far each pane can scroll and how many rows a page is.
    ///
    /// Returns what the session must do outside the state (repaint, suspend, quit, copy, open
    /// a program, write a file).
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
        case .nextSentence: stepSentence(by: 1, in: model)
        case .previousSentence: stepSentence(by: -1, in: model)
        case .back: goBack(in: model)
        case .nextCourt: stepCourt(by: 1, in: model)
        case .previousCourt: stepCourt(by: -1, in: model)
        case .nextKind: stepKind(in: model)
        case .nextStatus:
            let statuses: [EventFilter.Status?] = [nil] + EventFilter.Status.allCases
            setFacets { $0.status = Self.step(statuses, from: $0.status, by: 1) }
        case .clearFilters: clearFilters()
        case .startSearch:
            searchStart = currentView
            search = SearchState(query: "", isEditing: true, showsOnlyMatches: search.showsOnlyMatches)
        case .searchInput(let character):
            search.query.append(character)
            followSearch(in: model)
        case .searchDeleteBackward:
            if !search.query.isEmpty { search.query.removeLast() }
            followSearch(in: model)
        case .commitSearch:
            search.isEditing = false
            if !search.query.isEmpty, let start = searchStart { jumps.append(start) }
            if search.query.isEmpty { search.showsOnlyMatches = false }
            searchStart = nil
        case .cancelSearch:
            if let start = searchStart { restore(start) }
            search = SearchState()
            searchStart = nil
        case .nextMatch: stepMatch(by: 1, in: model)
        case .previousMatch: stepMatch(by: -1, in: model)
        case .toggleMatchesOnly:
            if search.query.isEmpty {
                notice = "no search to show the matches of (/ searches)"
            } else {
                if !search.showsOnlyMatches { jumps.append(currentView) }
                search.showsOnlyMatches.toggle()
            }
        case .startCommand: commandLine = CommandLine()
        case .commandInput(let character): commandLine?.type(character)
        case .commandDeleteBackward:
            if commandLine?.text.isEmpty == true { commandLine = nil } else { commandLine?.deleteBackward() }
        case .commandComplete: commandLine?.complete(in: model, views: Array(savedViews.keys))
        case .commandOlder: commandLine?.older(in: commandHistory)
        case .commandNewer: commandLine?.newer(in: commandHistory)
        case .commitCommand: effects += runCommand(in: model)
        case .cancelCommand: commandLine = nil
        case .copyQuote:
            if let citation = shownCitation(in: model) {
                effects.append(.copy(Clipping.quote(citation, in: model)))
                notice = "copied the quote and its citation"
            }
        case .copyEvent:
            if let event = selectedEvent(in: model) {
                effects.append(.copy(Clipping.event(event, in: model)))
                notice = "copied the event as Markdown, its quotes as footnotes"
            }
        case .openInPager: effects += open(.pager, in: model)
        case .openInEditor: effects += open(.editor, in: model)
        case .report(let message): notice = message
        case .cycleTheme:
            themeIndex = (themeIndex + 1) % themeNames.count
            notice = "theme: \(themeNames[themeIndex])"
            effects.append(.remember(remembered))
        case .narrowTimeline, .widenTimeline:
            let wanted = split + (action == .widenTimeline ? 5 : -5)
            let changed = min(max(wanted, Layout.splits.lowerBound), Layout.splits.upperBound)
            if changed != split {
                split = changed
                effects.append(.remember(remembered))
            }
            notice = "timeline: \(split)% of the width" + (layout.width >= 100 ? "" : " (on screens 100 wide or more)")
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
        if var list = citers {
            list.selected = Self.clamp(list.selected.addingClamped(delta), to: list.eventIDs.count)
            citers = list
            return
        }
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
        sourceSentence = nil
        detailScroll = 0
    }

    private mutating func cycleFocus(by step: Int) {
        let panes = layout.visiblePanes
        guard !panes.isEmpty else { return }
        let index = panes.firstIndex(of: focus) ?? 0
        focus = panes[(index + step + panes.count) % panes.count]
    }

    // MARK: - Jumps and citations

    var currentView: View {
        View(
            focus: focus, selectedEventID: selectedEventID, citation: citation, sourceScroll: sourceScroll,
            sourceSentence: sourceSentence, facets: facets, search: search)
    }

    private mutating func restore(_ view: View) {
        focus = view.focus
        selectedEventID = view.selectedEventID
        citation = view.citation
        sourceScroll = view.sourceScroll
        sourceSentence = view.sourceSentence
        facets = view.facets
        search = view.search
    }

    private mutating func activate(in model: Case) {
        if let list = citers {
            citers = nil
            guard list.eventIDs.indices.contains(list.selected), let event = model.event(list.eventIDs[list.selected])
            else { return }
            jumps.append(currentView)
            jump(to: event, citing: list, in: model)
            return
        }
        switch focus {
        case .timeline:
            guard selectedEvent(in: model) != nil else { return }
            jumps.append(currentView)
            focus = .source
            sourceScroll = nil
        case .parties:
            guard model.parties.indices.contains(selectedParty) else { return }
            jumps.append(currentView)
            facets.partyID = model.parties[selectedParty].id
            focus = .timeline
        case .source:
            listCiters(in: model)
        case .detail:
            break
        }
    }

    /// Back to the last jump's start, or to before the last filter was set: the filters are
    /// undone in the order they were set, and the status bar says which went.
    private mutating func goBack(in model: Case) {
        if citers != nil {
            citers = nil
            return
        }
        guard let view = jumps.popLast() else { return }
        let undone = FilterNames.removed(from: (facets, search), to: (view.facets, view.search), in: model)
        restore(view)
        if !undone.isEmpty { notice = "removed " + undone.joined(separator: " and ") + " · X clears every filter" }
    }

    private mutating func stepCitation(by step: Int, in model: Case) {
        guard let event = selectedEvent(in: model), !event.citations.isEmpty else { return }
        citation = (citation + step + event.citations.count) % event.citations.count
        sourceScroll = nil
        sourceSentence = nil
    }

    /// The citation the Source pane shows.
    func shownCitation(in model: Case) -> Citation? {
        guard let event = selectedEvent(in: model), event.citations.indices.contains(citation) else { return nil }
        return event.citations[citation]
    }

    // MARK: - Reverse lookup

    /// The sentence under the Source pane's cursor: 0-based in its article.
    func cursorSentence(in model: Case) -> (source: Source, sentence: Int)? {
        guard let citation = shownCitation(in: model), let source = model.source(citation.sourceID) else {
            return nil
        }
        return (source, sourceSentence ?? citation.sentenceIndex - 1)
    }

    private mutating func stepSentence(by step: Int, in model: Case) {
        guard let (source, sentence) = cursorSentence(in: model), !source.sentences.isEmpty else { return }
        // Only the part of the article the pane shows can take the cursor.
        let window = SourcePane.window(around: shownCitation(in: model)!, of: source)
        var next = Self.clamp(sentence + step, to: source.sentences.count)
        while source.sentences[next].range.upperBound <= window.lowerBound, next + 1 < source.sentences.count {
            next += 1
        }
        while source.sentences[next].range.lowerBound >= window.upperBound, next > 0 { next -= 1 }
        focus = .source
        sourceSentence = next
        sourceScroll = nil
    }

    private mutating func listCiters(in model: Case) {
        guard let (source, sentence) = cursorSentence(in: model) else { return }
        let citing = model.events(citingSentence: sentence + 1, of: source.id).map(\.id)
        guard !citing.isEmpty else {
            notice = "no event cites sentence \(sentence + 1) of \(source.id)"
            return
        }
        citers = CiterList(
            sourceID: source.id, sentence: sentence, eventIDs: citing,
            selected: citing.firstIndex(of: selectedEventID ?? "") ?? 0)
    }

    private mutating func jump(to event: Event, citing list: CiterList, in model: Case) {
        if visibleEvents(in: model).position(ofEventID: event.id) == nil {
            // The filters hid it: they are set aside, and Esc brings them back.
            facets = EventFilter()
            search.showsOnlyMatches = false
            notice = "the filters hid that event: cleared (Esc brings them back)"
        }
        selectedEventID = event.id
        citation =
            event.citations.firstIndex { $0.sourceID == list.sourceID && $0.sentenceIndex == list.sentence + 1 } ?? 0
        sourceScroll = nil
        sourceSentence = nil
        detailScroll = 0
        focus = .source
    }

    // MARK: - Filters

    /// Changes the facets; setting one that was not set is undone by `back`, as a jump is.
    private mutating func setFacets(_ change: (inout EventFilter) -> Void) {
        var changed = facets
        change(&changed)
        guard changed != facets else { return }
        if FilterNames.setsMore(changed, than: facets) { jumps.append(currentView) }
        facets = changed
    }

    private mutating func clearFilters() {
        guard !facets.isEmpty || !search.query.isEmpty else { return }
        jumps.append(currentView)
        facets = EventFilter()
        search = SearchState()
        notice = "cleared every filter and the search · Esc brings them back"
    }

    private mutating func stepCourt(by step: Int, in model: Case) {
        let courts: [EventFilter.CourtCondition?] = [nil] + model.courts.map { .court($0.id) } + [.noCourt]
        setFacets { $0.court = Self.step(courts, from: $0.court, by: step) }
    }

    /// Through the kinds the case's events have, in the order of `Event.Kind`.
    private mutating func stepKind(in model: Case) {
        var present = Set<Event.Kind>()
        for event in model.events {
            present.insert(event.kind)
            if present.count == Event.Kind.allCases.count { break }
        }
        let kinds: [Event.Kind?] = [nil] + Event.Kind.allCases.filter(present.contains)
        setFacets { $0.kind = Self.step(kinds, from: $0.kind, by: 1) }
    }

    private static func step<T: Equatable>(_ values: [T], from value: T, by step: Int) -> T {
        let index = values.firstIndex(of: value) ?? 0
        return values[((index + step) % values.count + values.count) % values.count]
    }

    // MARK: - Search

    /// While a search is typed, the selection goes to the first match at or after where it began.
    private mutating func followSearch(in model: Case) {
        settle(in: model)
        guard let matches = matchingEvents(in: model), !matches.isEmpty else { return }
        let events = visibleEvents(in: model)
        let start = searchStart?.selectedEventID.flatMap(events.position(ofEventID:)) ?? 0
        if let row = (start..<events.count).first(where: { matches.position(ofEventID: events[$0].id) != nil }) {
            select(events[row])
        } else if let first = matches.first {
            select(first)
        }
    }

    private mutating func stepMatch(by step: Int, in model: Case) {
        guard let matches = matchingEvents(in: model) else {
            notice = "no search (/ searches)"
            return
        }
        guard !matches.isEmpty else {
            notice = "no event matches “\(search.query)”"
            return
        }
        let events = visibleEvents(in: model)
        let row = selectedRow(in: events) ?? -step
        // The nearest match beyond the selection, round the end to the start.
        var index = row
        for _ in 0..<events.count {
            index = ((index + step) % events.count + events.count) % events.count
            if matches.position(ofEventID: events[index].id) != nil {
                if (step > 0 && index <= row) || (step < 0 && index >= row) {
                    notice = step > 0 ? "search went round to the first match" : "search went round to the last match"
                }
                select(events[index])
                break
            }
        }
        focus = .timeline
    }

    // MARK: - The command line

    private mutating func runCommand(in model: Case) -> [Effect] {
        guard var line = commandLine else { return [] }
        let text = line.text
        let command: Command
        switch Command.parse(text) {
        case .failure(let problem):
            line.error = problem.description
            commandLine = line
            return []
        case .success(let parsed): command = parsed
        }
        var effects: [Effect] = []
        switch command {
        case .facet(let facet, let value):
            var changed = facets
            do {
                try facet.apply(value, to: &changed, in: model)
            } catch {
                line.error = error.description
                commandLine = line
                return []
            }
            setFacets { $0 = changed }
        case .goto(let day):
            let events = visibleEvents(in: model)
            // On or after the day for certain: an event known only to be "by" a day may be earlier.
            guard let row = events.firstIndex(where: { $0.date.earliest.map { $0 >= day } ?? false })
            else {
                line.error = "no event on or after \(day.iso)"
                commandLine = line
                return []
            }
            jumps.append(currentView)
            select(events[row])
            focus = .timeline
        case .export(let format, let path):
            effects.append(.export(format, events: filter, path: path))
        case .clear:
            clearFilters()
        case .save(let name):
            savedViews[name] = SavedView(facets, search)
            effects.append(.saveViews(savedViews))
            notice = "saved view '\(name)' (:view \(name) applies it)"
        case .view(let name):
            guard let saved = savedViews[name] else {
                let names = savedViews.keys.sorted().joined(separator: ", ")
                line.error = "no view '\(name)'" + (names.isEmpty ? " (:save NAME saves one)" : " (saved: \(names))")
                commandLine = line
                return []
            }
            do {
                let (viewFacets, viewSearch) = try saved.filters(in: model)
                jumps.append(currentView)
                facets = viewFacets
                search = viewSearch
                notice = "view '\(name)' · Esc goes back"
            } catch {
                line.error = "view '\(name)': \(error.description)"
                commandLine = line
                return []
            }
        }
        if commandHistory.last != text { commandHistory.append(text) }
        commandLine = nil
        return effects
    }

    // MARK: - Other programs

    private mutating func open(_ opener: Effect.Opener, in model: Case) -> [Effect] {
        guard let (source, sentence) = cursorSentence(in: model), source.sentences.indices.contains(sentence) else {
            notice = "no article to open"
            return []
        }
        let offset =
            sourceSentence == nil
            ? shownCitation(in: model)!.range.lowerBound : source.sentences[sentence].range.lowerBound
        return [.open(opener, file: source.file, line: source.line(atOffset: offset))]
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
                if let index = PartyRows(model).party(atRow: partiesTop + row) { selectedParty = index }
            case .source, .detail:
                break
            }
        }
    }

    // MARK: - Keeping the state consistent

    /// After any action: the selection is a visible event (or none), lists scroll to show their
    /// selection, and focus is on a pane that is on screen.
    private mutating func settle(in model: Case) {
        visible.update(to: filter, in: model)
        if let matchFilter { matches.update(to: matchFilter, in: model) } else { matches.events = nil }
        let events = visibleEvents(in: model)
        if selectedRow(in: events) == nil {
            selectedEventID = events.first?.id
            citation = 0
            sourceScroll = nil
            sourceSentence = nil
            detailScroll = 0
        }
        if let row = selectedRow(in: events), !events[row].citations.indices.contains(citation) { citation = 0 }
        let visible = layout.visiblePanes
        if !visible.isEmpty, !visible.contains(focus) { focus = .timeline }
        timelineTop = Scroll.following(
            top: timelineTop, showing: selectedRow(in: events) ?? 0, rows: layout.contentRows(.timeline),
            total: events.count)
        selectedParty = Self.clamp(selectedParty, to: model.parties.count)
        // The selected party in view, and with it its group's heading when that is just above.
        let partyRows = PartyRows(model)
        let row = partyRows.row(ofParty: selectedParty)
        for shown in [max(0, row - 1), row] {
            partiesTop = Scroll.following(
                top: partiesTop, showing: shown, rows: layout.contentRows(.parties), total: partyRows.count)
        }
    }

    static func clamp(_ value: Int, to count: Int) -> Int {
        max(0, min(value, count - 1))
    }
}

extension VisibleEvents {
    /// The events `filter` lets through, reading only the earlier ones when it narrows them.
    mutating func update(to filter: EventFilter, in model: Case) {
        if let earlier = events {
            if earlier.filter != filter { events = (filter, model.events(matching: filter, narrowing: earlier)) }
        } else {
            events = (filter, model.events(matching: filter))
        }
    }
}
