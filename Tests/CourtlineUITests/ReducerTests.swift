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
        let view = ViewModel(state: harness.state, model: Harness.model, theme: .fallback)
        let shown = view.scrolls[.timeline]?.rows
        #expect(view.selectedTitle.count > 1)
        #expect(shown == harness.state.layout.contentRows(.timeline) - (view.selectedTitle.count - 1))
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
        #expect(harness.state.facets.partyID == "apple")
        #expect(harness.state.focus == .timeline)
        let shown = harness.state.visibleEvents(in: Harness.model).map(\.id)
        #expect(shown == ["apple-drops-case", "nso-cannot-produce-code", "pegasus-exploits"])
        #expect(shown == Harness.model.events.filter { $0.partyIDs.contains("apple") }.map(\.id))
        #expect(harness.screen.contains("party: Apple"))
        harness.press(.backspace)
        #expect(harness.state.facets.partyID == nil)
        #expect(harness.state.focus == .parties)
    }

    /// Issue 20: a party picked with Enter, then a court with `c`, then Esc dropped the party
    /// and kept the court, saying nothing. Esc now drops the last filter set, and says which.
    @Test func escDropsTheLastFilterSetAndSaysWhich() {
        var harness = Harness(width: 120, height: 40)
        harness.filterByParty("nso")
        harness.press(.character("c"), .character("c"))
        #expect(harness.state.facets.court == .court("ninth-circuit"), "c steps the court filter on")
        #expect(harness.state.facets.partyID == "nso")
        harness.press(.escape)
        #expect(harness.state.facets.court == nil)
        #expect(harness.state.facets.partyID == "nso", "the party filter, set first, stays")
        #expect(harness.state.notice?.contains("removed court: 9th U.S. Circuit Court of Appeals") == true)
        harness.press(.escape)
        #expect(harness.state.facets.partyID == nil)
        #expect(harness.state.notice?.contains("removed party: NSO Group") == true)
    }

    @Test func searchMarksMatchesAmongEveryEventAndFFiltersToThemAndBack() {
        var harness = Harness(width: 120, height: 40)
        harness.press(.character("/"))
        harness.type("sanction")
        let matches = try! #require(harness.state.matchingEvents(in: Harness.model)).map(\.id)
        #expect(matches.contains("us-sanctions") && matches.contains("sanctions-entitlement"))
        #expect(harness.state.visibleEvents(in: Harness.model).count == 26, "the other events stay")
        #expect(matches.contains(harness.state.selectedEventID ?? ""), "the selection follows the typing")
        harness.press(.enter)
        #expect(!harness.state.search.isEditing)
        #expect(harness.screen.contains("search: “sanction”"))
        #expect(harness.screen.contains("\(matches.count) matches"))
        let first = try! #require(harness.state.selectedEventID)
        harness.press(.character("n"))
        let second = try! #require(harness.state.selectedEventID)
        #expect(second != first && matches.contains(second))
        harness.press(.character("N"))
        #expect(harness.state.selectedEventID == first)
        harness.press(.character("f"))
        #expect(harness.state.visibleEvents(in: Harness.model).map(\.id) == matches)
        #expect(harness.screen.contains("(matches only)"))
        harness.press(.character("f"))
        #expect(harness.state.visibleEvents(in: Harness.model).count == 26)
        harness.press(.character("f"), .escape)
        #expect(harness.state.visibleEvents(in: Harness.model).count == 26, "Esc drops the filter f set")
        #expect(harness.state.notice?.contains("removed search: “sanction” (matches only)") == true)
        #expect(harness.state.search.query == "sanction", "the search itself stays marked")
    }

    /// Search looks in party names and roles, so the Parties pane marks its matches too.
    @Test func theSearchIsMarkedInThePartiesPane() throws {
        var harness = Harness(width: 120, height: 40)
        harness.press(.character("/"))
        harness.type("hamilton")
        harness.press(.enter)
        let grid = harness.grid
        let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
        let y = try #require(rows.firstIndex { $0.contains("Phyllis Hamilton (hamilton)") })
        let x = try #require(Array(rows[y]).firstIndex(of: "H").map { Array(rows[y])[..<$0].count })
        let match = Theme.fallback.style(.searchMatch)
        #expect(grid[x, y].style.attributes.isSuperset(of: match.attributes), "the H of Hamilton")
        #expect(!grid[x - 2, y].style.attributes.isSuperset(of: match.attributes), "the s of Phyllis")
    }

    @Test func escWhileTypingASearchGoesBackToWhereItBegan() {
        var harness = Harness(width: 120, height: 40)
        let start = harness.state.selectedEventID
        harness.press(.character("/"))
        harness.type("supreme")
        #expect(harness.state.selectedEventID != start)
        harness.press(.escape)
        #expect(harness.state.selectedEventID == start)
        #expect(harness.state.search.query.isEmpty)
    }

    @Test func helpScrollsWithMovesAndSwallowsOtherKeys() {
        var harness = Harness(width: 80, height: 24)
        harness.press(.character("?"))
        harness.press(.character("j"), .character("j"), .character("c"))
        #expect(harness.state.helpScroll == 2)
        #expect(harness.state.facets.court == nil)
        harness.press(.character("G"))
        let courts = Harness.model.courts
        let rows = HelpOverlay.frame(width: 80, height: 24, courts: courts).list.height
        #expect(harness.state.helpScroll == HelpOverlay.lines(courts: courts).count - rows)
        #expect(harness.screen.contains(":clear"), "the last line, the command table's")
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
