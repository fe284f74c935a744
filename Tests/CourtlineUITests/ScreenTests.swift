import CourtlineModel
import Testing

@testable import CourtlineUI

/// A terminal size the screens are checked at: the classic, a roomy one, and a narrow one.
struct ScreenSize: CustomTestStringConvertible, Sendable {
    let width: Int
    let height: Int
    var testDescription: String { "\(width)x\(height)" }

    static let all = [
        ScreenSize(width: 80, height: 24), ScreenSize(width: 120, height: 40), ScreenSize(width: 60, height: 20),
    ]
}

/// What a person did before looking at the screen.
struct Scenario: CustomTestStringConvertible, Sendable {
    let name: String
    let steps: @Sendable (inout Harness) -> Void
    var testDescription: String { name }

    static let all: [Scenario] = [
        Scenario(name: "start") { _ in },
        Scenario(name: "jump-to-quote") { harness in
            harness.selectEvent("summary-judgment")
            harness.press(.enter)
        },
        Scenario(name: "court-district") { $0.press(.character("c")) },
        Scenario(name: "court-ninth-circuit") { $0.press(.character("c"), .character("c")) },
        Scenario(name: "court-supreme-court") { $0.press(.character("c"), .character("c"), .character("c")) },
        Scenario(name: "court-none") { harness in
            harness.press(.character("c"), .character("c"), .character("c"), .character("c"))
        },
        Scenario(name: "party-hamilton") { $0.filterByParty("hamilton") },
        Scenario(name: "search-typing") { harness in
            harness.press(.character("/"))
            harness.type("immunity")
        },
        Scenario(name: "help") { $0.press(.character("?")) },
        // The sources differ on how many were targeted: the event pane sets their words side by side.
        Scenario(name: "sources-differ") { harness in
            harness.selectEvent("hack")
            for _ in 0..<4 where harness.state.focus != .detail { harness.press(.tab) }
            harness.press(.pageDown, .pageDown)
        },
    ]
}

@Suite("Screens")
struct ScreenTests {
    @Test(arguments: Scenario.all, ScreenSize.all)
    func matchesItsSnapshot(_ scenario: Scenario, _ size: ScreenSize) throws {
        var harness = Harness(width: size.width, height: size.height)
        scenario.steps(&harness)
        try Snapshot.expect(harness.grid, named: "\(scenario.name)-\(size.width)x\(size.height)")
    }

    @Test(arguments: [
        ScreenSize(width: 39, height: 24), ScreenSize(width: 80, height: 11), ScreenSize(width: 12, height: 3),
    ])
    func saysWhenTheTerminalIsTooSmall(_ size: ScreenSize) throws {
        let harness = Harness(width: size.width, height: size.height)
        try Snapshot.expect(harness.grid, named: "too-small-\(size.width)x\(size.height)")
    }

    @Test func aJumpFocusesTheSourceAndEmphasizesTheQuotedWords() throws {
        var harness = Harness(width: 120, height: 40)
        harness.selectEvent("summary-judgment")
        harness.press(.enter)
        #expect(harness.state.focus == .source)
        let quote = "motion for summary judgment"
        let grid = harness.grid
        let row = try #require((0..<grid.height).first { grid.line($0).contains(quote) })
        let column = DisplayWidth.of(grid.line(row).components(separatedBy: quote)[0])
        for x in column..<(column + quote.count) {
            #expect(
                grid[x, row].style == harness.theme.style(.quote), "cell \(x) of “\(quote)” is not styled as a quote")
        }
        harness.press(.escape)
        #expect(harness.state.focus == .timeline)
        #expect(harness.state.selectedEventID == "summary-judgment")
    }

    @Test func courtFilterStepsThroughEveryCourtThenNoCourtThenAllEitherWay() {
        var harness = Harness(width: 120, height: 40)
        var seen: [EventFilter.CourtCondition?] = []
        for _ in 0..<5 {
            harness.press(.character("c"))
            seen.append(harness.state.facets.court)
        }
        #expect(
            seen == [.court("district"), .court("ninth-circuit"), .court("supreme-court"), .noCourt, nil])
        harness.press(.character("c"))
        #expect(harness.screen.contains("court: US District Court, Oakland, California"))
        var back: [EventFilter.CourtCondition?] = []
        for _ in 0..<5 {
            harness.press(.character("C"))
            back.append(harness.state.facets.court)
        }
        #expect(back == [nil, .noCourt, .court("supreme-court"), .court("ninth-circuit"), .court("district")])
        harness.press(.character("X"))
        #expect(harness.state.facets.court == nil)
        #expect(harness.screen.contains("26 of 26 events"))
    }

    @Test func theSelectionStaysVisibleWithoutColour() {
        let harness = Harness(width: 80, height: 24)
        let mono = Theme(name: "colour only", styles: [.timelineSelected: Style(background: .ansi(4))]).withoutColor
        let grid = Screen.render(harness.state, model: Harness.model, theme: mono)
        let row = (0..<grid.height).first { grid.line($0).contains("▶") }
        #expect(row != nil)
        if let row { #expect(grid[3, row].style.attributes.contains(.reverse)) }
    }
}
