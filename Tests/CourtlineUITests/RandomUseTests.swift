import CourtlineModel
import CourtlineTestSupport
import Testing

@testable import CourtlineUI

@Suite("Random use")
struct RandomUseTests {
    static let keys: [Key] =
        // Every bound key but those that end or stop the run.
        KeyMap.bindings.filter { $0.action != .quit && $0.action != .suspend }.flatMap(\.keys) + [
            .character("x"), .character("é"), .character("法"), .character(" "), .enter, .escape,
            .backspace,
        ]

    static func randomKey(using generator: inout SeededGenerator, width: Int, height: Int) -> Key {
        if Int.random(in: 0..<10, using: &generator) == 0 {
            let kinds: [MouseEvent.Kind] = [.click, .wheelUp, .wheelDown]
            return .mouse(
                MouseEvent(
                    kind: kinds.randomElement(using: &generator)!, x: Int.random(in: -2...width + 2, using: &generator),
                    y: Int.random(in: -2...height + 2, using: &generator)))
        }
        return keys.randomElement(using: &generator)!
    }

    /// Two thousand keys, mouse events and resizes from 1×1 to 500×200: the state stays valid
    /// and every frame is whole.
    @Test(arguments: 0..<20)
    func keysAndResizesNeverBreakTheStateOrTheScreen(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let model = Harness.model
        var state = AppState(width: 120, height: 40, themeNames: ["default", "light"], model: model)
        for step in 0..<100 {
            if Int.random(in: 0..<8, using: &generator) == 0 {
                let width = Int.random(in: 1...500, using: &generator)
                let height = Int.random(in: 1...200, using: &generator)
                state.act(.resize(width: width, height: height), in: model)
            } else {
                let key = Self.randomKey(using: &generator, width: state.width, height: state.height)
                if let action = KeyMap.action(for: key, in: state) { state.act(action, in: model) }
            }
            if step % 25 == 24 {
                let grid = Screen.render(state, model: model, theme: .fallback)
                #expect(grid.width == state.width && grid.height == state.height)
                // Whole rows: a wide character's right half follows it, and nothing else is empty.
                for y in 0..<grid.height {
                    for x in 0..<grid.width where grid[x, y].text.isEmpty {
                        #expect(x > 0 && DisplayWidth.of(grid[x - 1, y].text) == 2, "a stray half cell at \(x),\(y)")
                    }
                }
            }
            let events = state.visibleEvents(in: model)
            if events.isEmpty {
                #expect(state.selectedEventID == nil)
            } else {
                #expect(state.selectedRow(in: events) != nil, "seed \(seed) step \(step): selection not visible")
            }
            if let event = state.selectedEvent(in: model) { #expect(event.citations.indices.contains(state.citation)) }
            #expect(model.parties.indices.contains(state.selectedParty))
            if !state.layout.isTooSmall { #expect(state.layout.visiblePanes.contains(state.focus)) }
            #expect(state.timelineTop >= 0 && state.partiesTop >= 0 && state.helpScroll >= 0)
        }
    }
}
