import CourtlineModel
import Testing

@testable import CourtlineUI

@Suite("State changes")
struct ReducerTests {
    @Test func movesClampAtBothEnds() {
        var harness = Harness(width: 120, height: 40)
        harness.press(.up, .character("k"))
        #expect(harness.state.selectedEventID == Harness.model.events.first?.id)
        harness.press(.character("G"))
        #expect(harness.state.selectedEventID == Harness.model.events.last?.id)
        harness.press(.down, .pageDown)
        #expect(harness.state.selectedEventID == Harness.model.events.last?.id)
        harness.press(.home)
        #expect(harness.state.selectedEventID == Harness.model.events.first?.id)
        // A page is the events in view, less one: the selected title takes more than one row.
        let shown = ViewModel(state: harness.state, model: Harness.model, theme: .fallback).scrolls[.timeline]?.rows
        #expect(shown == harness.state.layout.contentRows(.timeline) - 1)
        harness.press(.control("d"))
        #expect(harness.state.selectedEventID == Harness.model.events[(shown ?? 0) - 1].id)
    }

    /// What reaches outside the UI comes back from `reduce` as a value; the state is left as it was.
    @Test func quitRepaintAndSuspendComeBackAsEffects() {
        let model = Harness.model
        var start = AppState(width: 120, height: 40, model: model)
        // Settled once, as the session's first frame is, so that only an action could change it.
        start.reduce(
            .resize(width: 120, height: 40), in: model, view: ViewModel(state: start, model: model, theme: .fallback))
        let view = ViewModel(state: start, model: model, theme: .fallback)
        for (action, effects) in [(Action.quit, [Effect.quit]), (.redraw, [.repaint]), (.suspend, [.suspend])] {
            var state = start
            #expect(state.reduce(action, in: model, view: view) == effects)
            #expect(state == start, "the state is left as it was")
        }
        var state = start
        #expect(state.reduce(.moveDown, in: model, view: view).isEmpty)
    }

    /// What a frame lends the next (whether a row's sources differ) is what the next would read.
    @Test func aFrameBuiltFromTheOneBeforeIsTheSameAsOneBuiltAfresh() {
        let model = Harness.model
        var state = AppState(width: 120, height: 24, model: model)
        var view = ViewModel(state: state, model: model, theme: .fallback)
        for _ in model.events {
            state.reduce(.moveDown, in: model, view: view)
            view = ViewModel(state: state, model: model, theme: .fallback, previous: view)
            let fresh = ViewModel(state: state, model: model, theme: .fallback)
            #expect(view.differs == fresh.differs)
            #expect(Screen.render(view) == Screen.render(fresh))
        }
        #expect(view.differs["hack"] == nil, "out of view by the end")
    }

    @Test func citationsStepAcrossBothArticlesAndWrap() {
        var harness = Harness(width: 120, height: 40)
        harness.selectEvent("summary-judgment")
        harness.press(.enter)
        let event = Harness.model.event("summary-judgment")!
        var sources: Set<String> = []
        for _ in event.citations {
            sources.insert(event.citations[harness.state.citation].sourceID)
            harness.press(.character("]"))
        }
        #expect(harness.state.citation == 0)
        #expect(sources == ["landmark", "reuters"])
        harness.press(.character("["))
        #expect(harness.state.citation == event.citations.count - 1)
        #expect(harness.screen.contains("citation \(event.citations.count) of \(event.citations.count)"))
    }

    @Test func enterOnAPartyFiltersAndBackspaceUndoesIt() {
        var harness = Harness(width: 120, height: 40)
        harness.filterByParty("apple")
        #expect(harness.state.partyFilter == "apple")
        #expect(harness.state.focus == .timeline)
        let shown = harness.state.visibleEvents(in: Harness.model).map(\.id)
        #expect(shown == ["apple-drops-case", "nso-cannot-produce-code", "pegasus-exploits"])
        #expect(shown == Harness.model.events.filter { $0.partyIDs.contains("apple") }.map(\.id))
        #expect(harness.screen.contains("party: Apple"))
        harness.press(.backspace)
        #expect(harness.state.partyFilter == nil)
        #expect(harness.state.focus == .parties)
    }

    /// Issue 20: a party picked with Enter, then a court with `c`, then Esc dropped the party
    /// and kept the court, saying nothing. Esc now drops the last filter set, and says which.
    @Test func escDropsTheLastFilterSetAndSaysWhich() {
        var harness = Harness(width: 120, height: 40)
        harness.filterByParty("nso")
        harness.press(.character("c"), .character("c"))
        #expect(harness.state.court == .court("ninth-circuit"), "c steps the court filter on")
        #expect(harness.state.partyFilter == "nso")
        harness.press(.escape)
        #expect(harness.state.court == .all)
        #expect(harness.state.partyFilter == "nso", "the party filter, set first, stays")
        #expect(harness.state.notice?.contains("removed court: 9th U.S. Circuit Court of Appeals") == true)
        harness.press(.escape)
        #expect(harness.state.partyFilter == nil)
        #expect(harness.state.notice?.contains("removed party: NSO Group") == true)
    }

    @Test func searchFiltersAsYouTypeEnterKeepsItEscDropsIt() {
        var harness = Harness(width: 120, height: 40)
        harness.press(.character("/"))
        harness.type("sanction")
        let matches = harness.state.visibleEvents(in: Harness.model).map(\.id)
        #expect(matches.contains("us-sanctions") && matches.contains("sanctions-entitlement"))
        harness.press(.enter)
        #expect(!harness.state.search.isEditing)
        #expect(harness.screen.contains("search: “sanction”"))
        let first = harness.state.selectedEventID
        harness.press(.character("n"))
        #expect(harness.state.selectedEventID != first)
        harness.press(.character("N"))
        #expect(harness.state.selectedEventID == first)
        harness.press(.character("/"), .character("x"), .escape)
        #expect(harness.state.search == SearchState())
        #expect(harness.state.visibleEvents(in: Harness.model).count == Harness.model.events.count)
    }

    /// The selected title wraps; a match across its line break is marked on both lines.
    @Test func aMatchAcrossTheSelectedTitlesLineBreakIsMarkedOnBothLines() throws {
        var harness = Harness(width: 120, height: 40)
        harness.press(.character("/"))
        harness.type("servers without")
        let grid = harness.grid
        let timeline = try #require(harness.state.layout.rect(.timeline)).inner
        let first = try #require((0..<grid.height).first { grid.line($0).contains("NSO accesses WhatsApp's servers") })
        let marked = { (row: Int) in
            (timeline.x..<timeline.maxX).filter { grid[$0, row].style.attributes.contains(.underline) }.count
        }
        #expect(grid.line(first + 1).contains("without"), "the title wraps after “servers”")
        #expect(marked(first) == "servers".count)
        #expect(marked(first + 1) == "without".count)
    }

    @Test func searchMatchesAreHighlightedInTheTimeline() throws {
        var harness = Harness(width: 120, height: 40)
        harness.press(.character("/"))
        harness.type("immunity")
        let grid = harness.grid
        let row = try #require((0..<grid.height).first { grid.line($0).contains("NSO appeals the denial of immunity") })
        let column = DisplayWidth.of(grid.line(row).components(separatedBy: "immunity")[0])
        #expect(grid[column, row].style.attributes.contains(.underline))
        #expect(grid[column - 2, row].style.attributes.isDisjoint(with: .underline))
    }

    @Test func tabCyclesFocusThroughTheVisiblePanes() {
        var harness = Harness(width: 120, height: 40)
        var seen: [Pane] = []
        for _ in 0..<4 {
            harness.press(.tab)
            seen.append(harness.state.focus)
        }
        #expect(seen == [.parties, .source, .detail, .timeline])
        harness.press(.backTab)
        #expect(harness.state.focus == .detail)
    }

    @Test func aClickSelectsTheEventUnderItAndTheWheelScrolls() throws {
        var harness = Harness(width: 120, height: 40)
        let rect = try #require(harness.state.layout.rect(.timeline)).inner
        // The selected first event's title takes two rows, so the fourth row is the third event.
        let view = ViewModel(state: harness.state, model: Harness.model, theme: .fallback)
        #expect(view.timelineEvent(atRow: 3) == 2)
        harness.press(.mouse(MouseEvent(kind: .click, x: rect.x + 5, y: rect.y + 3)))
        #expect(harness.state.selectedEventID == Harness.model.events[2].id)
        harness.press(.mouse(MouseEvent(kind: .wheelDown, x: rect.x + 5, y: rect.y)))
        #expect(harness.state.selectedEventID == Harness.model.events[5].id)
        let parties = try #require(harness.state.layout.rect(.parties)).inner
        harness.press(.mouse(MouseEvent(kind: .click, x: parties.x + 2, y: parties.y + 1)))
        #expect(harness.state.focus == .parties)
        #expect(harness.state.selectedParty == 1)
    }

    @Test func aResizeKeepsTheSelectionAndFocusOnAVisiblePane() {
        var harness = Harness(width: 120, height: 40)
        harness.selectEvent("trial-ordered")
        harness.press(.tab)
        #expect(harness.state.focus == .parties)
        harness.send(.resize(width: 60, height: 14))
        #expect(harness.state.selectedEventID == "trial-ordered")
        #expect(harness.state.layout.visiblePanes == [.timeline, .source])
        #expect(harness.state.focus == .timeline)
        #expect(harness.screen.contains("Case to go to trial"))
    }

    @Test func helpScrollsWithMovesAndSwallowsOtherKeys() {
        var harness = Harness(width: 80, height: 24)
        harness.press(.character("?"))
        harness.press(.character("j"), .character("j"), .character("c"))
        #expect(harness.state.helpScroll == 2)
        #expect(harness.state.court == .all)
        harness.press(.character("G"))
        let courts = Harness.model.courts
        let rows = HelpOverlay.frame(width: 80, height: 24, courts: courts).list.height
        #expect(harness.state.helpScroll == HelpOverlay.lines(courts: courts).count - rows)
        #expect(harness.screen.contains("wheel"))
        harness.press(.escape)
        #expect(!harness.state.isHelpVisible)
    }

    @Test func themeCycleNamesTheThemeUntilTheNextKey() {
        var harness = Harness(width: 120, height: 40)
        harness.press(.character("t"))
        #expect(harness.state.themeIndex == 1)
        #expect(harness.screen.contains("theme: light"))
        harness.press(.down)
        #expect(!harness.screen.contains("theme: light"))
    }

    @Test func everyKeyIsBoundOnceAndTheHelpListsEveryBinding() {
        let keys = KeyMap.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        let help = HelpOverlay.lines()
        for binding in KeyMap.bindings {
            #expect(help.contains { $0.keys == binding.keyLabels && $0.summary == binding.summary })
        }
    }
}
