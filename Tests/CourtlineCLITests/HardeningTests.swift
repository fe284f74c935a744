import CourtlineTestSupport
import Foundation
import Testing

/// The second round of hardening (issue 22): each test reproduces one defect found by an
/// adversarial pass over the binary.
@Suite("Hardening", .temporaryFiles)
struct HardeningTests {
    // MARK: - Output files (item 4)

    /// `--force` replaces a regular file only: a FIFO, a device reached through a symlink and
    /// a dangling symlink are refused with 73 and left as they were.
    @Test func forceReplacesOnlyARegularFile() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.url.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let toFIFO = try Courtline.run("export", "--out", fifo, "--force")
        #expect(toFIFO.status == 73)
        #expect(
            toFIFO.stderr == "courtline: \(fifo): is a FIFO (named pipe); only a regular file is written or replaced\n")
        #expect(Self.kind(of: fifo) == S_IFIFO)

        let toNull = folder.url.appendingPathComponent("null").path
        #expect(symlink("/dev/null", toNull) == 0)
        let throughLink = try Courtline.run("export", "--out", toNull, "--force")
        #expect(throughLink.status == 73)
        #expect(throughLink.stderr.contains("is a character device (through the symlink, /dev/null)"))
        #expect(Self.kind(of: "/dev/null") == S_IFCHR)
        #expect(Self.linkTarget(toNull) == "/dev/null")

        let dangling = folder.url.appendingPathComponent("dangling").path
        #expect(symlink(folder.url.appendingPathComponent("nowhere/x.json").path, dangling) == 0)
        let toDangling = try Courtline.run("export", "--out", dangling, "--force")
        #expect(toDangling.status == 73)
        #expect(toDangling.stderr.contains("is a symlink to nothing that exists"))
    }

    /// A symlink to a regular file: the file it points to is replaced whole, the link kept.
    @Test func forceWritesThroughASymlinkAndKeepsIt() throws {
        let folder = try TemporaryFolder()
        let real = try folder.write("real.json", "old")
        let link = folder.url.appendingPathComponent("link.json").path
        #expect(symlink(real, link) == 0)
        let run = try Courtline.run("export", "--out", link, "--force")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.linkTarget(link) == real)
        #expect(try String(contentsOfFile: real, encoding: .utf8).hasPrefix("{"))
        let withoutForce = try Courtline.run("export", "--out", link)
        #expect(withoutForce.status == 73)
        #expect(withoutForce.stderr.contains("already exists; give --force"))
    }

    static func kind(of path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    static func linkTarget(_ path: String) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: path)
    }

    // MARK: - Sources outside the case file's folder (item 5)

    /// A source named by `..`, by an absolute path or through a symlink that leads out of the
    /// case file's folder is refused, naming its line and the option, and nothing of the file
    /// it names is shown; the option lets it be read.
    @Test(arguments: ["dotdot", "absolute", "symlink"])
    func refusesASourceOutsideTheCaseFilesFolder(_ way: String) throws {
        let outside = try TemporaryFolder()
        let secret = try outside.write("secret.txt", "Acme sued Widget Co. in 2019 over a secret.")
        var fixture = CaseFixture()
        fixture.article = "Acme sued Widget Co. in 2019 over a secret."
        fixture.courts = "courts: []"
        fixture.parties = "parties: []"
        fixture.events = """
            events:
              - id: suit
                title: Acme sues
                kind: filing
                summary: Acme sued Widget.
                date: {text: in 2019}
                parties: []
                citations:
                  - source: news
                    quote: Acme sued Widget Co. in 2019
            """
        fixture.leftOut = ""
        let caseFile = try fixture.write()
        let folder = URL(fileURLWithPath: caseFile).deletingLastPathComponent()
        let named: String
        switch way {
        case "dotdot": named = "../" + String(repeating: "../", count: 8) + secret.dropFirst()
        case "absolute": named = secret
        default:
            named = "inside.txt"
            #expect(symlink(secret, folder.appendingPathComponent(named).path) == 0)
        }
        let text = try String(contentsOfFile: caseFile, encoding: .utf8)
            .replacingOccurrences(of: "file: article.txt", with: "file: \"\(named)\"")
        try text.write(toFile: caseFile, atomically: true, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("file:") }!

        for command in [["sources"], ["export"], ["verify"]] {
            let run = try Courtline.run(arguments: command + ["--case", caseFile], in: nil)
            #expect(run.status == 65, "\(command)")
            #expect(
                run.stderr
                    == "\(caseFile):\(line + 1): source 'news': article \(named) is outside the case file's folder, "
                    + "so it is not read (give --allow-outside-sources to read it)\n")
            #expect(!run.stdout.contains("secret"), "\(command) shows nothing of the file")
        }
        let allowed = try Courtline.run("sources", "--allow-outside-sources", "--case", caseFile)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout.contains("over a secret"))
    }

    // MARK: - JSON on a terminal (item 8)

    /// C1 controls, DEL and bidi controls are escaped in every JSON output, and read back
    /// exactly.
    @Test func jsonEscapesEveryCharacterThatCouldActOnATerminal() throws {
        let hostile = "Acme sued\u{9B}31m\u{9D}0;x\u{9C}\u{202E}\u{7F}\u{200B} Widget"
        let caseFile = try TemporaryFolder.oneEventCase(article: hostile + " in 2019.", quote: hostile)
        for command in [
            ["list", "--format", "json"], ["export"], ["export", "--format", "timelinejs"],
            ["sources", "--format", "json"],
        ] {
            let run = try Courtline.run(arguments: command + ["--case", caseFile], in: nil)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            let raw = run.stdout.unicodeScalars.filter { [0x9B, 0x9C, 0x9D, 0x7F, 0x202E, 0x200B].contains($0.value) }
            #expect(raw.isEmpty, "\(command) passed \(raw.map { String($0.value, radix: 16) }) raw")
            #expect(run.stdout.contains(#"\u009b31m\u009d0;x\u009c\u202e\u007f\u200b"#), "\(command)")
            let decoded = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
            #expect(Self.strings(in: decoded).contains { $0.contains(hostile) }, "\(command) reads back exactly")
        }
    }

    static func strings(in value: Any) -> [String] {
        switch value {
        case let text as String: [text]
        case let array as [Any]: array.flatMap(strings)
        case let object as [String: Any]: object.values.flatMap(strings)
        default: []
        }
    }

    // MARK: - Errors stay one line, and short (items 3 and 10)

    /// A field's name a megabyte long is quoted in its error by its first 80 characters.
    @Test func anErrorQuotesALongNameInShort() throws {
        var fixture = CaseFixture()
        let name = String(repeating: "x", count: 1_000_000)
        fixture.courts = fixture.courts.replacingOccurrences(of: "short: Court", with: "short: Court\n    \(name): 1")
        let run = try Courtline.run("verify", "--case", try fixture.write())
        #expect(run.status == 65)
        #expect(run.stderr.utf8.count < 600, "\(run.stderr.prefix(600))")
        #expect(run.stderr.contains("unknown field '\(String(repeating: "x", count: 80))… (1000000 characters)'"))
    }

    /// A file name holding a line break stays on its message's line.
    @Test func aLineBreakInAFileNameStaysOnItsLine() throws {
        var fixture = CaseFixture()
        fixture.sources = fixture.sources.replacingOccurrences(of: "file: article.txt", with: #"file: "a\nb""#)
        let run = try Courtline.run("verify", "--case", try fixture.write())
        #expect(run.status == 66)
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("a␊b no such file"))
    }

    /// An argument is quoted in an error with its escapes shown, not obeyed.
    @Test func anArgumentInAnErrorIsShownNotObeyed() throws {
        let run = try Courtline.run("show", "\u{1B}[2J\u{1B}]0;pwned\u{07}")
        #expect(run.status == 64)
        #expect(!run.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(run.stderr.contains("no event '␛[2J␛]0;pwned␇'"))
        let help = try Courtline.run("--help")
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: "))
    }

    /// A FIFO or a device given as the case or an article is named for what it is, at once:
    /// it is never opened, so a FIFO with no writer cannot block.
    @Test func aFIFOOrADeviceIsNamedForWhatItIs() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.url.appendingPathComponent("case.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let run = try Courtline.run("verify", "--case", fifo)
        #expect(run.status == 66)
        #expect(run.stderr == "\(fifo): case file is a FIFO (named pipe), not a text file\n")
        let zero = try Courtline.run("verify", "--case", "/dev/zero")
        #expect(zero.stderr == "/dev/zero: case file is a character device, not a text file\n")
        let article = try Courtline.run("sources", "--file", "/dev/zero")
        #expect(article.status == 66)
        #expect(article.stderr.contains("is a character device, not a text file"))
    }

    // MARK: - Terminals that cannot run the UI (item 9)

    /// On a terminal that cannot move its cursor, or that no one has named, the timeline is
    /// printed as `list` prints it, with a note on standard error, and the app exits 0; the
    /// terminal is left as it was.
    @Test(arguments: ["dumb", "unset", "", "no-such-terminal"])
    func aTerminalThatCannotRunTheUIGetsTheList(_ term: String) throws {
        let program =
            term == "unset" ? ["/usr/bin/env", "-u", "TERM", Courtline.binary.path] : [Courtline.binary.path]
        let pane = try TmuxPane(term: term == "unset" ? "xterm" : term, program: program)
        #expect(try pane.waitForExit() == 0)
        let screen = try pane.screen(joiningWrappedLines: true)
        let reason =
            switch term {
            case "dumb": "TERM=dumb cannot move its cursor"
            case "no-such-terminal": "TERM=no-such-terminal is a terminal type this machine does not know"
            default: "TERM is not set"
            }
        #expect(screen.contains("courtline: \(reason), so the UI cannot run; the timeline is printed as 'list' does"))
        #expect(screen.contains("Citizen Lab first highlights NSO's Pegasus spyware"))
        let modes = try pane.terminalModes()
        #expect(modes.after == modes.before)
        #expect(try pane.terminalFlags() == "0 0 1 0 0")
    }

    // MARK: - Memory on pathological articles (item 11)

    /// An article of very short sentences ("A. B. C."), a sentence for every three bytes: each
    /// further byte of it costs `sources --file` and `verify` under 10 bytes at their peak (it
    /// was 35 for `sources`, 19 for `verify`). Measured as the growth of the peak from a 1 MB
    /// article to a 4 MB one, so the process's own start-up memory does not count.
    @Test(arguments: ["sources", "verify"])
    func veryShortSentencesCostUnderTenTimesTheirText(_ command: String) throws {
        func peak(megabytes: Int) throws -> Int {
            var random = SeededGenerator(seed: 11)
            let letters = Array("ABCDEFGHIJ")
            var text = "Acme sued Widget in 2019. "
            text.reserveCapacity(megabytes << 20)
            while text.utf8.count < megabytes << 20 {
                text.append(letters.randomElement(using: &random)!)
                text += ". "
            }
            let caseFile = try TemporaryFolder.oneEventCase(article: text, quote: "Acme sued Widget in 2019")
            let article = URL(fileURLWithPath: caseFile).deletingLastPathComponent().appendingPathComponent("a.txt")
                .path
            let arguments =
                command == "sources" ? ["sources", "--file", article] : ["verify", "--case", caseFile]
            return try Self.peakResidentBytes(of: [Courtline.binary.path] + arguments)
        }
        let small = try peak(megabytes: 1)
        let large = try peak(megabytes: 4)
        let perByte = Double(large - small) / Double(3 << 20)
        #expect(perByte < 10, "\(command): \(perByte) bytes of memory for each byte of article")
    }

    /// The peak resident memory of a command run to its end, its output thrown away.
    static func peakResidentBytes(of command: [String]) throws -> Int {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var arguments = command.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, command[0], &actions, nil, &arguments, environ) == 0 else {
            throw CocoaError(.executableLoad)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        return usage.ru_maxrss * 1024
    }
}
