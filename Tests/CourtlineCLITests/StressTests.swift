import CourtlineTestSupport
import Foundation
import Testing

/// The real binary under a burst of random keys and resizes, as a person mashing the keyboard
/// while dragging the window: it must still answer, and quit leaving the terminal as it was.
@Suite("Terminal UI under stress", .serialized)
struct StressTests {
    /// Every key the app binds, and some it does not, except those that quit or suspend.
    static let keys = [
        "j", "k", "h", "l", "Up", "Down", "Left", "Right", "PageUp", "PageDown", "C-u", "C-d", "g", "G", "Home",
        "End", "Tab", "BTab", "Enter", "Escape", "BSpace", "]", "[", "c", "C", "/", "n", "N", "t", "C-l", "?",
        "x", "7", "é", "Space", "F5",
    ]

    @Test(arguments: [1, 2, 3] as [UInt64])
    func aBurstOfKeysAndResizesLeavesItAnsweringAndQuittingCleanly(_ seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        for _ in 0..<25 {
            let burst = (0..<16).map { _ in Self.keys.randomElement(using: &generator)! }
            try pane.press(burst)
            try pane.resize(
                width: Int.random(in: 10...200, using: &generator), height: Int.random(in: 5...60, using: &generator))
        }
        try pane.resize(width: 120, height: 40)
        // Out of a search, the help or a jump, whichever the burst left open.
        for _ in 0..<3 {
            try pane.press("Escape")
            usleep(100_000)
        }
        try pane.press("?")
        try pane.waitForScreen { $0.contains("move down") && $0.contains("suspend (fg resumes)") }
        try pane.press("?")
        try pane.waitForScreen { $0.contains(" of 26 events") && !$0.contains("Keys (") }
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
        let modes = try pane.terminalModes()
        #expect(modes.after == modes.before)
        #expect(try pane.terminalFlags() == "0 0 1 0 0")
    }
}
