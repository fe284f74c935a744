import Foundation
import Testing

/// The real `courtline` binary (or, given `program`, another command) running in a tmux pane of
/// its own: keys go in as a person would
/// type them, and the pane's text comes back as they would read it. The app runs under `sh`,
/// which records the terminal's modes before and after it and its exit status, so a test can
/// check that the terminal was given back as it was found.
final class TmuxPane {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let session = "s\(UUID().uuidString.prefix(8))"
    /// A private tmux server for each pane unless it is started `on` another pane's, so nothing
    /// touches a person's own sessions, and one test closing its last session (which ends a
    /// server) cannot end the server another test is connecting to ("server exited unexpectedly").
    let server: String
    let folder: URL

    init(
        arguments: [String] = [], width: Int = 120, height: Int = 40, term: String = "xterm-256color",
        environment: [String: String] = [:], jobControl: Bool = false, program: [String]? = nil,
        on host: TmuxPane? = nil
    ) throws {
        server = host?.server ?? "courtline-tests-\(getpid())-\(session)"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("courtline-tmux-\(session)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let variables = ["LANG": "C.UTF-8", "TERM": term, "HOME": folder.path].merging(environment) { $1 }
        let command =
            (["env", "-i"] + variables.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }
            + (program ?? [Courtline.binary.path] + arguments)).map(Self.quoted).joined(separator: " ")
        let files = folder.path
        // With job control (as in an interactive shell) the app runs in its own process group,
        // so Ctrl-Z can stop it; the shell then records the stopped terminal and waits for the
        // test to say `resume` before `fg`.
        let run =
            jobControl
            ? """
            set -m; \(command); status=$?; stty -a > \(files)/stty.stopped; echo $status > \(files)/stopped.status; \
            while [ ! -e \(files)/resume ]; do sleep 0.05; done; fg
            """ : command
        let script = """
            echo $$ > \(files)/shell.pid; stty -a > \(files)/stty.before; \(run); \
            status=$?; stty -a > \(files)/stty.after; echo $status > \(files)/status; exec sleep 600
            """
        let shell = jobControl ? "bash" : "sh"
        try tmux(
            "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
            "\(shell) -c \(Self.quoted(script))")
    }

    deinit {
        _ = try? tmux("kill-session", "-t", session)
        try? FileManager.default.removeItem(at: folder)
    }

    /// Closes the pane's terminal, as closing its window would.
    func close() throws {
        try tmux("kill-session", "-t", session)
    }

    /// Sends keys in tmux's names: `"j"`, `"Enter"`, `"C-c"`, `"BTab"`.
    func press(_ keys: String...) throws {
        try press(keys)
    }

    func press(_ keys: [String]) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    /// Types text literally, character by character.
    func type(_ text: String) throws {
        try tmux("send-keys", "-t", session, "-l", text)
    }

    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)")
    }

    /// What the pane shows now; `joiningWrappedLines` undoes the terminal's wrapping of long
    /// lines, for messages printed outside the UI.
    func screen(joiningWrappedLines: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", session] + (joiningWrappedLines ? ["-J"] : []))
    }

    /// One screen cell as drawn: its character and the style in force, so a test can say where
    /// a highlight starts and not only what the text is.
    struct StyledCell: Equatable {
        let character: Character
        let style: CellStyle
    }

    /// The effect of the SGR sequences so far, whatever sequences led there: colours as their
    /// parameters ("5;223"), nil for the terminal's default, and the attributes that are on.
    struct CellStyle: Equatable {
        var foreground: String?
        var background: String?
        var attributes: Set<Int> = []

        /// Applies one SGR sequence's parameters ("1;38;5;189").
        mutating func apply(_ parameters: Substring) {
            var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
            while let code = codes.popFirst() {
                switch code {
                case 0: self = CellStyle()
                case 1...9: attributes.insert(code)
                case 21...29: attributes.remove(code == 22 ? 1 : code - 20)
                case 30...37, 90...97: foreground = "\(code)"
                case 40...47, 100...107: background = "\(code)"
                case 39: foreground = nil
                case 49: background = nil
                case 38, 48:
                    let count = codes.first == 5 ? 2 : 4
                    let colour = codes.prefix(count).map(String.init).joined(separator: ";")
                    codes = codes.dropFirst(count)
                    if code == 38 { foreground = colour } else { background = colour }
                default: break
                }
            }
        }
    }

    /// The screen as rows of styled cells, read from tmux's `capture-pane -e`.
    func styledScreen() throws -> [[StyledCell]] {
        let captured = try tmux(["capture-pane", "-p", "-e", "-t", session])
        return captured.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var cells: [StyledCell] = []
            var style = CellStyle()
            var rest = line[...]
            while let first = rest.first {
                if first == "\u{1B}", rest.dropFirst().first == "[",
                    let end = rest.dropFirst(2).firstIndex(where: \.isLetter)
                {
                    if rest[end] == "m" { style.apply(rest[rest.index(rest.startIndex, offsetBy: 2)..<end]) }
                    rest = rest[rest.index(after: end)...]
                    continue
                }
                cells.append(StyledCell(character: first, style: style))
                rest = rest.dropFirst()
            }
            return cells
        }
    }

    /// Waits until the screen satisfies `condition`, polling every 20 ms rather than sleeping a
    /// fixed time, and returns it; fails with the last screen after `timeout` seconds.
    @discardableResult
    func waitForScreen(
        timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(20_000)
        }
        throw Failure(description: "the screen never showed what was awaited; it shows:\n\(last)")
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitForScreen(timeout: timeout) { $0.contains(text) }
    }

    /// The app's exit status, once it has exited (or, with job control, `stopped.status`: the
    /// status the shell saw when it stopped).
    func waitForExit(timeout: Double = 10, statusFile: String = "status") throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        let file = folder.appendingPathComponent(statusFile)
        while Date() < deadline {
            if let text = try? String(contentsOf: file, encoding: .utf8), let status = Int32(text.trimmed) {
                return status
            }
            usleep(20_000)
        }
        throw Failure(description: "courtline did not exit; the screen shows:\n\(try screen())")
    }

    /// The app's process id, a child of the pane's shell.
    func appPID() throws -> Int32 {
        let shell = try String(contentsOf: folder.appendingPathComponent("shell.pid"), encoding: .utf8).trimmed
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
            throw Failure(description: "courtline is not running under the pane's shell")
        }
        return pid
    }

    /// The terminal's modes as `stty -a` printed them before the app started and after it ended
    /// (or, with `after: "stty.stopped"`, while it was stopped).
    func terminalModes(after: String = "stty.after") throws -> (before: String, after: String) {
        (
            try String(contentsOf: folder.appendingPathComponent("stty.before"), encoding: .utf8),
            try String(contentsOf: folder.appendingPathComponent(after), encoding: .utf8)
        )
    }

    /// Lets a stopped app's shell run `fg`.
    func resume() throws {
        try Data().write(to: folder.appendingPathComponent("resume"))
    }

    /// Starts copying every byte the app writes to the pane's pty into a file, as it leaves the
    /// app: escape sequences and all, before tmux reads them.
    func recordOutput() throws -> URL {
        let file = folder.appendingPathComponent("pty-output")
        try Data().write(to: file)
        try tmux("pipe-pane", "-o", "-t", session, "cat >> \(Self.quoted(file.path))")
        return file
    }

    /// The pane's title, as an escape sequence (OSC 0 or 2) would set it.
    func title() throws -> String {
        try tmux("display-message", "-p", "-t", session, "#{pane_title}").trimmed
    }

    /// tmux's view of the terminal: alternate screen, mouse reporting, cursor visibility, and
    /// the keypad and cursor keys in application mode.
    func terminalFlags() throws -> String {
        try tmux(
            "display-message", "-p", "-t", session,
            "#{alternate_on} #{mouse_any_flag} #{cursor_flag} #{keypad_flag} #{keypad_cursor_flag}"
        ).trimmed
    }

    @discardableResult
    func tmux(_ arguments: String...) throws -> String {
        try tmux(arguments)
    }

    /// Runs tmux with posix_spawn and waitpid rather than Foundation's `Process`, which on
    /// Linux learns of a child's exit through a socket the child inherits: the tmux server that
    /// the first command forks keeps it open for good, and the wait would never end.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courtline-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let argv = ["tmux", "-L", server, "-f", "/dev/null"] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        // The test runner blocks signals in its threads; a terminal started from here must not
        // pass that on to the shells and apps inside it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run tmux (is it installed?): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        // Exited normally with status 0.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
