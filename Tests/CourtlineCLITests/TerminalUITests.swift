import CourtlineTestSupport
import CourtlineUI
import Foundation
import Testing

/// The terminal UI end to end: the real binary in a real terminal (tmux), driven by keys, judged
/// by what the pane shows. Serialized so that a loaded two-core machine runs one app at a time.
@Suite("Terminal UI in tmux", .serialized, .temporaryFiles)
struct TerminalUITests {
    /// The row of an event in the timeline, from the list the same binary prints.
    static func row(ofEventTitled title: String) throws -> Int {
        let lines = try Courtline.run("list").lines
        return try #require(lines.firstIndex { $0.contains(title) })
    }

    /// The line of the screen with the selection marker.
    static func selectedLine(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.contains("▶") }.map(String.init) ?? ""
    }

    @Test func startsOnTheBundledCaseWithEveryPane() throws {
        let pane = try TmuxPane()
        let screen = try pane.waitFor("26 of 26 events")
        #expect(screen.contains("┏━ Timeline "), "the timeline has the focus")
        for title in ["Source", "Parties", "Event"] { #expect(screen.contains("┌─ \(title) ")) }
        #expect(Self.selectedLine(screen).contains("Citizen Lab first"))
        #expect(screen.contains("published 2024-12-20 (supplied)"))
        #expect(screen.contains("? help"))
    }

    @Test func movesAndJumpsToTheQuoteOfTheSummaryJudgment() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        try pane.press("j")
        try pane.waitForScreen { Self.selectedLine($0).contains("NSO accesses WhatsApp's") }
        try pane.press("k")
        try pane.waitForScreen { Self.selectedLine($0).contains("Citizen Lab first") }
        let row = try Self.row(ofEventTitled: "Judge grants WhatsApp summary judgment")
        for _ in 0..<row { try pane.press("Down") }
        try pane.waitForScreen { Self.selectedLine($0).contains("Judge grants WhatsApp") }
        try pane.press("Enter")
        // The source pane, the right-hand column at this width, read as running text.
        func article(_ screen: String) -> String {
            screen.split(separator: "\n").map { String($0.dropFirst(67).prefix(52)).trimmed }.joined(separator: " ")
        }
        let quote = "District Judge Phyllis Hamilton granted WhatsApp's motion for summary judgment"
        let screen = try pane.waitForScreen { $0.contains("┏━ Source") && article($0).contains(quote) }
        #expect(screen.contains("sentence 3 of 17 · citation 1 of 6"))
        try pane.press("Escape")
        try pane.waitFor("┏━ Timeline")
    }

    /// The hack's two sources give different numbers of targets: the timeline marks it, and the
    /// event pane, scrolled down, sets each source's words side by side.
    @Test func marksCorroboratedEventsAndShowsWhereTheirSourcesDiffer() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        try pane.press("j")
        let timeline = try pane.waitForScreen { Self.selectedLine($0).contains("cnd ≠  NSO accesses WhatsApp's") }
        #expect(timeline.split(separator: "\n").contains { $0.contains("fil ◆  WhatsApp sues NSO") })
        try pane.press("BTab")
        try pane.waitFor("┏━ Event")
        try pane.press("NPage", "NPage")
        let screen = try pane.waitFor("≠ Differ on a count")
        #expect(screen.contains("reuters, sentence 16"))
        #expect(screen.contains("landmark, sentence 2"))
    }

    @Test func courtFilterNarrowsToOneCourtAndTheStatusBarNamesIt() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        let district = try Courtline.run("list", "--court", "district").lines.count
        try pane.press("c")
        let screen = try pane.waitFor("court: US District Court, Oakland, California")
        #expect(screen.contains("\(district) of 26 events"))
        #expect(!screen.contains("9th Cir."))
        try pane.press("c")
        try pane.waitFor("court: 9th U.S. Circuit Court of Appeals")
        try pane.press("C")
        try pane.waitFor("court: US District Court, Oakland, California")
        try pane.press("X")
        try pane.waitFor("all events  26 of 26 events")
    }

    /// Search marks the matches and keeps every event in view; `f` shows only the matches, and
    /// again every event.
    @Test func searchMarksTheMatchesAndFTurnsThemIntoAFilterAndBack() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        try pane.press("/")
        try pane.type("immunity")
        let typing = try pane.waitFor("/immunity")
        #expect(typing.contains("26 of 26 events · 3 matches"))
        try pane.press("Enter")
        let kept = try pane.waitFor("search: “immunity”")
        let marked = kept.split(separator: "\n").filter { $0.contains("┃•") }
        #expect(marked.count == 2, "the two matches not selected are marked: \(marked)")
        #expect(Self.selectedLine(kept).contains("A judge denies NSO"))
        try pane.press("n")
        try pane.waitForScreen { Self.selectedLine($0).contains("NSO appeals the denial") }
        try pane.press("f")
        let filtered = try pane.waitFor("(matches only)")
        #expect(filtered.contains("3 of 26 events"))
        try pane.press("f")
        try pane.waitForScreen { $0.contains("26 of 26 events · 3 matches") && !$0.contains("(matches only)") }
    }

    @Test func helpListsTheKeysAndCloses() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        try pane.press("?")
        // Waits for the whole overlay: tmux may capture a frame half drawn.
        let lines = [
            "move down", "court filter: next court", "back to where the jump came from", "suspend (fg resumes)",
        ]
        try pane.waitForScreen { screen in lines.allSatisfy { screen.contains($0) } }
        try pane.press("?")
        try pane.waitForScreen { !$0.contains("Keys (") }
    }

    @Test func relayoutsAtOnceWhenResized() throws {
        let pane = try TmuxPane()
        try pane.waitFor("┓┌─ Source")
        try pane.resize(width: 60, height: 20)
        let narrow = try pane.waitForScreen { $0.contains("┌─ Source · ") && !$0.contains("┐┌─ Source") }
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 60 })
        try pane.resize(width: 30, height: 10)
        try pane.waitFor("terminal too")
        try pane.resize(width: 120, height: 40)
        try pane.waitFor("┓┌─ Source")
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    @Test(arguments: ["q", "C-c"])
    func quittingLeavesTheTerminalAsItWas(_ key: String) throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        #expect(try pane.terminalFlags().hasPrefix("1 1"), "alternate screen and mouse reporting while running")
        try pane.press(key)
        #expect(try pane.waitForExit() == 0)
        let modes = try pane.terminalModes()
        #expect(modes.after == modes.before)
        #expect(
            try pane.terminalFlags() == "0 0 1 0 0",
            "main screen, no mouse reporting, cursor shown, keypad and cursor keys normal")
    }

    /// Ending signals, and fatal ones as a crash would raise them: the terminal comes back and
    /// the process dies of the signal, as its parent should see.
    @Test(arguments: [
        SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGXCPU, SIGSYS,
        SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT,
    ])
    func aSignalRestoresTheTerminalAndEndsWithIt(_ signal: Int32) throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        kill(try pane.appPID(), signal)
        #expect(try pane.waitForExit() == 128 + signal)
        let modes = try pane.terminalModes()
        #expect(modes.after == modes.before)
        #expect(try pane.terminalFlags() == "0 0 1 0 0")
    }

    /// The terminal closes under the app (its window goes, and the pty with it): the app ends
    /// rather than lingering, or spinning on reads that fail.
    @Test func aClosedTerminalEndsTheApp() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        let app = try pane.appPID()
        #expect(Self.isRunning(app))
        try pane.close()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, Self.isRunning(app) { usleep(20_000) }
        #expect(!Self.isRunning(app))
    }

    /// Whether a process exists and has not ended (a zombie has ended; it waits to be reaped).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let end = stat.range(of: ") ", options: .backwards)
        else { return false }
        return stat[end.upperBound...].first != "Z"
    }

    @Test func ctrlZSuspendsWithTheTerminalGivenBackAndFgRedrawsEverything() throws {
        let pane = try TmuxPane(jobControl: true)
        try pane.waitFor("26 of 26 events")
        try pane.press("j", "C-z")
        #expect(try pane.waitForExit(statusFile: "stopped.status") == 128 + SIGTSTP)
        let stopped = try pane.terminalModes(after: "stty.stopped")
        #expect(stopped.after == stopped.before)
        #expect(try pane.terminalFlags() == "0 0 1 0 0")
        try pane.resume()
        let screen = try pane.waitForScreen { Self.selectedLine($0).contains("NSO accesses WhatsApp's") }
        #expect(screen.contains("26 of 26 events") && screen.contains("┌─ Parties"))
        #expect(try pane.terminalFlags().hasPrefix("1 1"))
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
        let modes = try pane.terminalModes()
        #expect(modes.after == modes.before)
    }

    @Test func aClickSelectsAndTheWheelScrolls() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        // xterm's SGR mouse reports, as a terminal sends them: press and release at column 10,
        // row 7 (the fourth event: the selected first one's title takes three rows), then the
        // wheel down there.
        try pane.type("\u{1B}[<0;10;7M\u{1B}[<0;10;7m")
        try pane.waitForScreen { Self.selectedLine($0).contains("NSO refuses to turn") }
        try pane.type("\u{1B}[<65;10;7M")
        try pane.waitForScreen { Self.selectedLine($0).contains("9th Circuit upholds") }
        // A click in the parties pane focuses it.
        try pane.type("\u{1B}[<0;10;26M\u{1B}[<0;10;26m")
        try pane.waitFor("┏━ Parties")
    }

    @Test(arguments: ["xterm-256color", "xterm", "linux", "vt100"])
    func runsOnEveryKindOfTerminal(_ term: String) throws {
        let pane = try TmuxPane(term: term)
        try pane.waitFor("26 of 26 events")
        try pane.press("j", "Enter")
        try pane.waitForScreen { $0.contains("┏━ Source") && Self.selectedLine($0).contains("NSO accesses") }
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
        let modes = try pane.terminalModes()
        #expect(modes.after == modes.before)
    }

    @Test func aBrokenThemeIsReportedAndTheDefaultUsed() throws {
        let config = try TemporaryFolder()
        try FileManager.default.createDirectory(
            at: config.url.appendingPathComponent("courtline/themes"), withIntermediateDirectories: true)
        try config.write("courtline/themes/ink.toml", "[styles]\nquote = { fg = \"nocolour\" }\n")
        let pane = try TmuxPane(arguments: ["--theme", "ink"], environment: ["XDG_CONFIG_HOME": config.url.path])
        let screen = try pane.waitFor("26 of 26 events")
        #expect(screen.contains("theme 'ink' is broken (ink.toml:2: unknown colour 'nocolour'"))
        try pane.press("j")
        try pane.waitForScreen { !$0.contains("theme 'ink' is broken") }
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
        // The whole message stays on the terminal after the UI has gone.
        #expect(try pane.screen(joiningWrappedLines: true).contains("ink.toml:2: unknown colour 'nocolour'"))
    }

    @Test func worksWithoutColour() throws {
        let pane = try TmuxPane(term: "vt100", environment: ["NO_COLOR": "1"])
        try pane.waitFor("26 of 26 events")
        let styled = try pane.tmux("capture-pane", "-p", "-e", "-t", pane.session)
        // Every SGR parameter the pane holds: attributes (1, 3, 4, 7…) and resets to the default
        // colours (39, 49), but no colour (30–38, 40–48, 90–107).
        let parameters = styled.split(separator: "\u{1B}[").compactMap { sequence in
            sequence.split(separator: "m", maxSplits: 1).first
        }.flatMap { $0.split(separator: ";") }.compactMap { Int($0) }
        #expect(parameters.contains(7), "the selection is shown in reverse")
        #expect(
            !parameters.contains { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) },
            "no colour")
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }
}

/// Text that is wide, combined, curly or hostile, in a real terminal.
@Suite("Terminal UI text in tmux", .serialized, .temporaryFiles)
struct TerminalTextTests {
    static let article = """
        法院 judge ruled for Ａcme – “café naïve” 👩‍⚖️ ⚖️ in 2019 \u{1B}]0;pwned\u{07}\u{1B}[31mred. \
        Widget appealed on Friday.
        """

    /// Every line of the pane fits its width, and the timeline's right border stands in one
    /// column on every row: ncurses, tmux and Courtline agree on each character's width.
    @Test func wideCharactersKeepColumnsAndEscapesDoNothing() throws {
        let caseFile = try TemporaryFolder.oneEventCase(
            article: Self.article, quote: "法院 judge ruled for Ａcme",
            title: "法院 rules for Ａcme – “café” 👩‍⚖️ ⚖️ \\e]0;pwned\\a")
        let pane = try TmuxPane(arguments: ["--case", caseFile])
        let screen = try pane.waitFor("1 of 1 events")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.contains { $0.contains("法院 rules for Ａcme – “café” 👩⚖ ⚖") })
        #expect(screen.contains("␛]0;pwned␇"), "the escape shows as visible placeholders")
        for row in rows.prefix(22) {
            #expect(DisplayWidth.of(row) <= 120, "too wide: \(row)")
            let border = Self.character(atColumn: 65, of: row)
            #expect(border == "┃" || border == "┓" || border == "┛", "border out of place: \(row)")
        }
        #expect(try !pane.title().contains("pwned"))
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    /// Issue 19: the quote's highlight started one column early, on the space before it. Read
    /// from the styled screen: the space keeps the sentence's style, and the quote's starts on
    /// its first letter.
    @Test func theQuoteHighlightCoversTheQuoteAndNothingElse() throws {
        let caseFile = try TemporaryFolder.oneEventCase(
            article: "The judge wrote in 2019 that the firm had no defence at all.\nAcme appealed.",
            quote: "the firm had no", title: "Ruling")
        let pane = try TmuxPane(arguments: ["--case", caseFile])
        try pane.waitFor("1 of 1 events")
        let rows = try pane.styledScreen()
        let sentence = Array("wrote in 2019 that the firm had no defence")
        let found = rows.lazy.compactMap { row -> (row: [TmuxPane.StyledCell], at: Int)? in
            let characters = row.map(\.character)
            guard
                let at = (0...max(0, characters.count - sentence.count)).first(where: {
                    Array(characters[$0..<min(characters.count, $0 + sentence.count)]) == sentence
                })
            else { return nil }
            return (row, at)
        }.first
        let (row, at) = try #require(found, "the sentence is on the screen")
        let space = at + "wrote in 2019 that".count
        let first = space + 1
        let last = first + "the firm had no".count - 1
        #expect(row[space].character == " ")
        #expect(row[space].style == row[space - 1].style, "the space before the quote is the sentence's")
        #expect(row[first].style != row[space].style, "the quote's style starts on its first letter")
        #expect((first...last).allSatisfy { row[$0].style == row[first].style }, "the quote is styled whole")
        #expect(row[last + 1].style != row[first].style, "and ends on its last letter")
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    /// Characters measured as no width used to be drawn as a one-column placeholder, so each
    /// wrapped line came out longer than measured and lost its last word: here, "not".
    @Test func zeroWidthCharactersLoseNoWordOfTheSource() throws {
        let sentence =
            "The\u{200B}\u{200B}\u{200B}\u{200B} jury in Oakland said NSO Group was not liable for the hack in 2019."
        let caseFile = try TemporaryFolder.oneEventCase(
            article: sentence + "\nNSO appealed.", quote: "jury in Oakland said NSO Group was", title: "Jury verdict")
        let pane = try TmuxPane(arguments: ["--case", caseFile])
        let screen = try pane.waitFor("1 of 1 events")
        let words = screen.split { $0.isWhitespace || "┃│┏┓┗┛━─".contains($0) }.map(String.init)
        #expect(words.contains("The⍰⍰⍰⍰"), "each zero-width space shows")
        for word in ["jury", "Oakland", "Group", "was", "not", "liable", "hack", "2019."] {
            #expect(words.contains(word), "the Source pane lost “\(word)”:\n\(screen)")
        }
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    /// The pane's title and tmux's paste buffers (which OSC 52 writes when `set-clipboard` is on)
    /// stay as they were while the UI and the text commands show every kind of hostile text; the
    /// same escapes printed raw do change them, so the check can fail.
    @Test func hostileTextLeavesTheTitleAndTheClipboardAlone() throws {
        // The server must be running to take the option: a pane that only waits keeps it up.
        let server = try TmuxPane(program: ["sleep", "60"])
        try server.tmux("set-option", "-s", "set-clipboard", "on")
        let caseFile = try TemporaryFolder.oneEventCase(
            article: HostileText.sentence + "\nWidget appealed.", quote: "Acme sued Widget",
            title: HostileText.yamlTitle)
        let ui = try TmuxPane(arguments: ["--case", caseFile], on: server)
        try ui.waitFor("1 of 1 events")
        try ui.press("Enter")
        try ui.waitFor("␛]52;c;cHduZWQ=␇")
        try ui.press("q")
        #expect(try ui.waitForExit() == 0)
        let commands = [
            ["show", "suit"], ["sources"], ["list"], ["verify"], ["export", "--format", "markdown"],
            ["export", "--format", "csv"], ["export", "--format", "ics"],
        ]
        for command in commands {
            let pane = try TmuxPane(arguments: command + ["--case", caseFile], on: server)
            _ = try pane.waitForExit()
            // Markdown escapes the bracket besides, and iCalendar the semicolon.
            let shown =
                command.contains("markdown") ? "␛\\]0;pwned␇" : command.contains("ics") ? "␛]0\\;pwned␇" : "␛]0;pwned␇"
            #expect(try pane.screen().contains(shown), "\(command) shows the escapes as placeholders")
            #expect(try !pane.title().contains("pwned"), "\(command)")
        }
        #expect(try !ui.title().contains("pwned"))
        #expect(try !server.tmux("list-buffers").contains("pwned"), "no clipboard write reached tmux")

        let raw = try TmuxPane(program: ["printf", "\u{1B}]2;pwned\u{1B}\\\u{1B}]52;c;cHduZWQ=\u{07}"], on: server)
        _ = try raw.waitForExit()
        #expect(try raw.title() == "pwned")
        #expect(try server.tmux("list-buffers").contains("pwned"))
        try server.tmux("delete-buffer")
    }

    /// An export shown on a terminal has the lines, blank ones too, that a file of it has.
    @Test func anExportOnATerminalKeepsItsLines() throws {
        let pane = try TmuxPane(arguments: ["export", "--format", "markdown", "--court", "supreme-court"])
        _ = try pane.waitForExit()
        let file = try Courtline.run("export", "--format", "markdown", "--court", "supreme-court").stdout
        let heading = file.split(separator: "\n", omittingEmptySubsequences: false).prefix(3).map(String.init)
        #expect(heading[1].isEmpty)
        let screen = try pane.screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(screen.prefix(2)) == Array(heading.prefix(2)), "\(screen.prefix(3))")
    }

    static func character(atColumn target: Int, of row: String) -> Character? {
        var column = 0
        for character in row {
            if column == target { return character }
            column += DisplayWidth.of(character)
            if column > target { return nil }
        }
        return nil
    }
}
