import CourtlineTestSupport
import Foundation
import Testing

/// Issue 20: what people who work a case from the keyboard do with it, tried in tmux as they
/// would: the command line, copying into a memo, opening the article, and which events rest on
/// a sentence.
@Suite("Working a case from the keyboard", .serialized, .temporaryFiles)
struct WorkflowTests {
    static func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func theCommandLineFiltersCompletesRemembersAndSaysWhatIsWrongInPlace() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        try pane.type(":court nin")
        try pane.press("Tab")
        try pane.waitFor(":court ninth-circuit▏")
        try pane.press("Enter")
        let court = try pane.waitFor("court: 9th U.S. Circuit Court of Appeals (ninth-circuit)")
        #expect(court.contains("2 of 26 events"))
        // A word of a name completes to the id.
        try pane.type(":party Phy")
        try pane.press("Tab")
        try pane.waitFor(":party hamilton▏")
        try pane.press("Escape")
        // An error keeps the line open, with the reason beside it, until the text changes.
        try pane.type(":kind verdict")
        try pane.press("Enter")
        let error = try pane.waitFor("unknown kind 'verdict'")
        #expect(Self.statusLine(error).hasPrefix(" :kind verdict▏"))
        try pane.press("BSpace")
        try pane.waitForScreen { !$0.contains("unknown kind") && $0.contains(":kind verdic▏") }
        try pane.press("Escape")
        // Tab on a command with several candidates lists them.
        try pane.type(":c")
        try pane.press("Tab")
        try pane.waitForScreen { Self.statusLine($0).contains("court  clear") }
        try pane.press("Escape")
        // ↑ brings back the last command run.
        try pane.type(":")
        try pane.press("Up")
        try pane.waitFor(":court ninth-circuit▏")
        try pane.press("Escape")
        try pane.type(":clear")
        try pane.press("Enter")
        try pane.waitFor("all events  26 of 26 events")
        try pane.type(":from 2024-12")
        try pane.press("Enter")
        try pane.type(":to 2024")
        try pane.press("Enter")
        let dates = try pane.waitFor("from 2024-12-01 · to 2024-12-31")
        let december = try Courtline.run("list", "--from", "2024-12", "--to", "2024").lines.count
        #expect(dates.contains("\(december) of 26 events"))
        try pane.press("Escape")
        try pane.waitFor("removed to 2024-12-31")
        try pane.press("Escape")
        try pane.waitFor("all events  26 of 26 events")
        try pane.type(":goto 2024-12-20")
        try pane.press("Enter")
        try pane.waitForScreen { TerminalUITests.selectedLine($0).contains("Judge grants WhatsApp") }
        let out = pane.folder.appendingPathComponent("ninth.md")
        try pane.type(":court ninth-circuit")
        try pane.press("Enter")
        try pane.type(":export md \(out.path)")
        try pane.press("Enter")
        try pane.waitFor("wrote 2 events to")
        let markdown = try String(contentsOf: out, encoding: .utf8)
        #expect(markdown.contains("2 of 26 events"))
        #expect(markdown.contains("| 9th Cir. |"))
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    /// The OSC 52 sequence, read from the pty as the app wrote it, and decoded.
    static func clipboards(in file: URL) throws -> [String] {
        let output = try String(decoding: Data(contentsOf: file), as: UTF8.self)
        return output.components(separatedBy: "\u{1B}]52;c;").dropFirst().compactMap { rest in
            guard let end = rest.firstIndex(of: "\u{07}"), let data = Data(base64Encoded: String(rest[..<end])) else {
                return nil
            }
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test func yCopiesTheQuoteWithItsCitationAndYTheEventByOSC52() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        let output = try pane.recordOutput()
        try pane.press("y")
        try pane.waitFor("copied the quote and its citation")
        try pane.press("Y")
        try pane.waitFor("copied the event as Markdown")
        let copied = try Self.clipboards(in: output)
        try #require(copied.count == 2, "\(copied)")
        let quote = copied[0]
        #expect(quote.hasPrefix("«") && quote.contains("» — Reuters, “"), "\(quote)")
        #expect(quote.hasSuffix(", published 2024-12-20, sentence 12 of 20."), "\(quote)")
        #expect(quote.contains("2016"))
        let event = copied[1]
        #expect(event.hasPrefix("## 2016 — Citizen Lab first highlights NSO's Pegasus spyware\n"), "\(event)")
        #expect(event.contains("[^1]: “"))
        #expect(event.contains("Kind: research"))
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    /// A program that records its arguments in place of the pager or editor.
    static func recorder(in folder: URL, named name: String) throws -> URL {
        let script = folder.appendingPathComponent(name)
        try "#!/bin/sh\nprintf '%s\\n' \"$@\" > '\(script.path).args'\n".write(
            to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        return script
    }

    @Test func oAndEOpenTheArticleAtTheCitedLineAndTheScreenComesBack() throws {
        let folder = try TemporaryFolder()
        let pager = try Self.recorder(in: folder.url, named: "pager")
        let editor = try Self.recorder(in: folder.url, named: "editor")
        let pane = try TmuxPane(environment: ["PAGER": pager.path, "EDITOR": editor.path])
        try pane.waitFor("26 of 26 events")
        try pane.press("o")
        let args = URL(fileURLWithPath: pager.path + ".args")
        try pane.waitFor("26 of 26 events")
        var recorded: [String] = []
        for _ in 0..<750 where recorded.isEmpty {
            recorded = ((try? String(contentsOf: args, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            usleep(20_000)
        }
        try #require(recorded.count == 2, "\(recorded)")
        let line = try #require(Int(recorded[0].dropFirst()))
        #expect(recorded[0].hasPrefix("+"))
        let article = try String(contentsOfFile: recorded[1], encoding: .utf8)
        let lines = article.components(separatedBy: "\n")
        #expect(lines[line - 1].contains("first highlighted NSO's Pegasus spyware in 2016"), "line \(line)")
        try pane.waitForScreen { $0.contains("┌─ Parties") && TerminalUITests.selectedLine($0).contains("Citizen Lab") }
        // That screen can be the one drawn before the pager ran: open and close the help, so the
        // next key goes to a session that is reading keys again.
        try pane.press("?")
        try pane.waitFor("Keys (↑↓ scroll")
        try pane.press("?")
        try pane.waitForScreen { !$0.contains("Keys (↑↓ scroll") }
        try pane.press("e")
        let editorArgs = URL(fileURLWithPath: editor.path + ".args")
        for _ in 0..<750 where !FileManager.default.fileExists(atPath: editorArgs.path) { usleep(20_000) }
        #expect(try String(contentsOf: editorArgs, encoding: .utf8) == recorded.joined(separator: "\n") + "\n")
        try pane.waitFor("26 of 26 events")
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
        let modes = try pane.terminalModes()
        #expect(modes.after == modes.before)
    }

    @Test func aSentenceListsTheEventsCitingItAndEnterJumpsAndEscComesBack() throws {
        let pane = try TmuxPane()
        try pane.waitFor("26 of 26 events")
        try pane.press("Enter")
        try pane.waitForScreen { $0.contains("┏━ Source") && $0.contains("cited by 2") }
        try pane.press("Enter")
        let list = try pane.waitFor("Cited by 2 · sentence 12 of reuters")
        #expect(list.contains("Citizen Lab first highlights"))
        #expect(list.contains("Scott-Railton"))
        try pane.press("Down", "Enter")
        let jumped = try pane.waitForScreen { !$0.contains("Cited by 2") && $0.contains("Id: scott-railton-statement") }
        #expect(jumped.contains("sentence 12 of 20"))
        try pane.press("Escape")
        try pane.waitFor("Id: citizen-lab-highlights-pegasus")
        // The cursor moves by sentence, and the count follows it.
        try pane.press(")")
        let moved = try pane.waitFor("sentence 13 · cited by 1 event")
        #expect(moved.contains("┏━ Source"))
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    @Test func theThemeTheSplitAndSavedViewsAreKeptAndACorruptFileIsReportedNotFatal() throws {
        let home = try TemporaryFolder()
        let state = home.url.appendingPathComponent(".local/state/courtline/state.toml")
        let views = home.url.appendingPathComponent(".config/courtline/views.toml")
        try FileManager.default.createDirectory(
            at: state.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "theme = \"light\nsplit = [\n".write(to: state, atomically: true, encoding: .utf8)
        let first = try TmuxPane(environment: ["HOME": home.url.path])
        let broken = try first.waitFor("26 of 26 events")
        #expect(broken.contains("state.toml:1"), "the status bar names the file and line")
        #expect(broken.contains("ignored ~/.local/state/courtline/state.toml:1: "))
        try first.press("t")
        try first.waitFor("theme: high-contrast")
        try first.press("<")
        try first.waitFor("timeline: 50% of the width")
        try first.type(":court ninth-circuit")
        try first.press("Enter")
        try first.type(":save appeals")
        try first.press("Enter")
        try first.waitFor("saved view 'appeals'")
        try first.press("q")
        #expect(try first.waitForExit() == 0)
        let kept = try String(contentsOf: state, encoding: .utf8)
        #expect(kept.contains("theme = \"high-contrast\"\nsplit = 50\n"), "\(kept)")
        #expect(try String(contentsOf: views, encoding: .utf8).contains("[\"appeals\"]\ncourt = \"ninth-circuit\"\n"))
        // The next session starts where this one left off, and the view applies.
        let second = try TmuxPane(environment: ["HOME": home.url.path])
        let again = try second.waitFor("26 of 26 events")
        #expect(!again.contains("ignored"))
        let timelineWidth = again.split(separator: "\n").first.map { $0.prefix { $0 != "┓" }.count + 1 }
        #expect(timelineWidth == 60, "50% of 120 columns")
        try second.press("t")
        // The theme after high-contrast: the session began with the one kept.
        try second.waitFor("theme: light")
        try second.type(":view app")
        try second.press("Tab")
        try second.waitFor(":view appeals▏")
        try second.press("Enter")
        try second.waitFor("court: 9th U.S. Circuit Court of Appeals (ninth-circuit)")
        try second.press("q")
        #expect(try second.waitForExit() == 0)
    }
}
