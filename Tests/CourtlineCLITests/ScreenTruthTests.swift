import CourtlineTestSupport
import Foundation
import Testing

/// Issue 19, as a person meets it at 120×40 on the bundled case: nothing hidden without a sign,
/// no scroll past the end, and the ids the commands take shown where they are needed.
@Suite("The screen tells the truth, in tmux", .serialized, .temporaryFiles)
struct ScreenTruthTests {
    /// The "a–b of n" on the bottom border of the pane whose top border holds `title` (given
    /// from the border rule just after the pane's corner, as "━ Timeline ").
    static func position(in screen: String, below title: String) throws -> String? {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let top = rows.firstIndex(where: { $0.contains(title) }),
            let column = rows[top].range(of: title).map({
                rows[top].distance(from: rows[top].startIndex, to: $0.lowerBound) - 1
            })
        else { return nil }
        // The first bottom corner below the top corner, in the same column.
        for row in rows[(top + 1)...] {
            let cells = Array(row)
            guard column < cells.count, "└┗".contains(cells[column]) else { continue }
            let rest = String(cells[column...])
            let end = rest.firstIndex { "┘┛".contains($0) } ?? rest.endIndex
            let border = rest[..<end]
            guard let match = border.range(of: #"\d+–\d+ of \d+"#, options: .regularExpression) else { return nil }
            return String(border[match])
        }
        return nil
    }

    @Test func panesThatDoNotFitSayWhereTheyStand() throws {
        let pane = try TmuxPane()
        let screen = try pane.waitFor("26 of 26 events")
        #expect(
            try Self.position(in: screen, below: "━ Timeline ") == "1–19 of 26", "the selected title takes three rows")
        #expect(
            try Self.position(in: screen, below: "─ Parties ") == "1–14 of 19", "three headings above the sixteen names"
        )
        // The article is longer than the pane: where it stands shows too.
        #expect(try Self.position(in: screen, below: "─ Source ") != nil)
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    /// Sixty moves down ran the offset past the end, and one move up then changed nothing.
    @Test(arguments: [(tabs: 2, title: "━ Source "), (tabs: 3, title: "━ Event ")])
    func aMoveUpAfterOvershootingMovesAtOnce(tabs: Int, title: String) throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        try pane.press("j")  // the hack: its Event pane holds the sources' difference, cut at this size
        try pane.waitFor("Id: hack")
        for _ in 0..<tabs { try pane.press("Tab") }
        try pane.waitFor(title)
        try pane.press([String](repeating: "Down", count: 60))
        var atEnd: String?
        try pane.waitForScreen { screen in
            guard let position = try? Self.position(in: screen, below: title),
                let numbers = Optional(position.split { !$0.isNumber }.compactMap { Int($0) }), numbers.count == 3,
                numbers[1] == numbers[2]
            else { return false }
            atEnd = position
            return true
        }
        let end = try #require(atEnd).split { !$0.isNumber }.compactMap { Int($0) }
        try pane.press("Up")
        let moved = "\(end[0] - 1)–\(end[1] - 1) of \(end[2])"
        try pane.waitForScreen { (try? Self.position(in: $0, below: title)) == moved }
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    @Test func idsShowBesideWhatTheyName() throws {
        let pane = try TmuxPane()
        let screen = try pane.waitFor("26 of 26 events")
        #expect(screen.contains("Id: citizen-lab-highlights-pegasus"), "the Event pane names the event's id")
        #expect(screen.contains("NSO Group (nso) — defendant"), "the Parties pane names each party's id")
        try pane.press("c")
        try pane.waitFor("court: US District Court")
        #expect(try pane.screen().contains("(district)"), "the court filter names the court's id")
        // Help ends with the courts, each id beside its name.
        try pane.press("?")
        try pane.press("G")
        let help = try pane.waitFor("--court takes the id")
        #expect(help.contains("ninth-circuit") && help.contains("9th U.S. Circuit Court of Appeals"))
        try pane.press("Escape")
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    /// Below 100 columns the source header had no room for the article's title; it goes on the
    /// pane's border, cut with an ellipsis.
    @Test func aShortSourcePaneKeepsTheArticlesTitle() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        try pane.resize(width: 80, height: 24)
        let screen = try pane.waitFor("Source · ")
        let border = try #require(screen.split(separator: "\n").first { $0.contains("Source · ") })
        #expect(border.contains("…"), "cut with an ellipsis: \(border)")
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    /// The timeline's text at 120×40 as running words: its rows, borders and guides left out.
    static func timelineWords(_ screen: String) -> String {
        screen.split(separator: "\n").prefix(24).map { String($0.prefix(66)) }.joined(separator: " ")
            .filter { !"┃│┏┓┗┛━".contains($0) }.split(separator: " ").joined(separator: " ")
    }

    /// A title got about 30 columns and was cut; the selected one now takes the rows it needs.
    @Test func theSelectedTitleShowsWholeAndSoDoesItsSearchMatch() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        let title = "NSO accesses WhatsApp's servers without permission to install Pegasus"
        #expect(!Self.timelineWords(try pane.screen()).contains(title), "cut while not selected")
        try pane.press("j")
        try pane.waitForScreen { Self.timelineWords($0).contains(title) }
        // A search for its last words: the match, at the title's end, is on screen in the row.
        try pane.press("/")
        try pane.type("install Pegasus")
        try pane.press("Enter")
        try pane.waitForScreen { Self.timelineWords($0).contains(title) && $0.contains("search: “install Pegasus”") }
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    /// Issue 20, as it was tried: pick NSO Group in Parties, press `c` for a court, then Esc.
    /// The court filter goes, the party filter stays, and the status bar says what went.
    @Test func escDropsTheCourtFilterSetLastAndKeepsTheParty() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        try pane.press("Tab")
        try pane.waitFor("┏━ Parties")
        try pane.press("j")
        try pane.press("Enter")
        try pane.waitFor("party: NSO Group")
        try pane.press("c")
        try pane.waitForScreen { $0.contains("court: US District Court") && $0.contains("party: NSO Group") }
        try pane.press("Escape")
        let screen = try pane.waitFor("removed court: US District Court")
        #expect(screen.contains("party: NSO Group"), "the party filter stays")
        let status = try #require(screen.split(separator: "\n").last)
        #expect(status.hasPrefix(" party: NSO Group  "), "the court is no longer a filter: \(status)")
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }
}
