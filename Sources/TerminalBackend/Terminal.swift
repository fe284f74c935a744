import CNcursesw
import CourtlineUI
import Glibc

/// The one owner of the terminal: it sets it up, flushes grids to it, reads keys from it and
/// gives it back as it was. Every way out of a session goes through `restore()`.
public final class Terminal {
    public enum OpenError: Error, CustomStringConvertible {
        case unknownTerminal(String)

        public var description: String {
            switch self {
            case .unknownTerminal(let name):
                "cannot drive the terminal '\(name)' (is TERM set to a terminal type this machine knows?)"
            }
        }
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var painter: Painter
    private var isRestored = false

    public let colorDepth: ColorDepth

    /// Clicks and the wheel; no motion reports, which would flood the loop.
    private static let mouseEvents = courtline_BUTTON1_PRESSED | courtline_BUTTON4_PRESSED | courtline_BUTTON5_PRESSED

    /// Starts a session on the process's standard input and output; `environment` decides
    /// colour (`NO_COLOR`).
    public init(environment: [String: String]) throws(OpenError) {
        setlocale(LC_ALL, "")
        CrashGuard.saveModes()
        guard let screen = newterm(nil, fdopen(STDOUT_FILENO, "w"), fdopen(STDIN_FILENO, "r")) else {
            throw .unknownTerminal(environment["TERM"] ?? "")
        }
        self.screen = screen
        window = courtline_stdscr()
        SignalTrap.install()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        // A backstop: signals interrupt the read anyway.
        mousemask(Self.mouseEvents, nil)
        mouseinterval(0)
        var colors: Int32 = 0
        if has_colors() && start_color() == OK {
            use_default_colors()
            colors = courtline_colors()
        }
        colorDepth = ColorDepth(colors: Int(colors), environment: environment)
        painter = Painter(depth: colorDepth, maximumPairs: Int(courtline_color_pairs()))
        CrashGuard.arm()
    }

    deinit { restore() }

    /// Why the terminal that `TERM` names cannot run the UI, or nil when it can: unset, empty,
    /// unknown to terminfo, or unable to move its cursor (`dumb`, an editor's shell buffer).
    /// Asked before any byte is sent, so a terminal that cannot is left as it was.
    public static func unsuitability(environment: [String: String]) -> String? {
        guard let name = environment["TERM"], !name.isEmpty else { return "TERM is not set" }
        var status: Int32 = 0
        guard setupterm(name, STDOUT_FILENO, &status) == OK else {
            return status == 1
                ? "TERM=\(name) is a hardcopy terminal" : "TERM=\(name) is a terminal type this machine does not know"
        }
        guard let move = tigetstr("cup"), Int(bitPattern: move) != -1 else {
            return "TERM=\(name) cannot move its cursor"
        }
        return nil
    }

    public var width: Int { Int(getmaxx(window)) }
    public var height: Int { Int(getmaxy(window)) }

    /// Shows `grid`. Only cells that changed since the last frame are handed to ncurses, which
    /// in turn sends the terminal only what differs from what it shows.
    public func show(_ grid: Grid, clearingFirst: Bool = false) {
        if clearingFirst {
            painter.forget()
            clearok(window, true)
        }
        painter.paint(grid, into: window)
        wrefresh(window)
    }

    /// Waits up to `milliseconds` for the next key, resize or signal (`.none` if none came;
    /// 0 takes only what is already waiting).
    public func read(waitingUpTo milliseconds: Int32 = 500) -> TerminalInput {
        if let input = signalInput() { return input }
        wtimeout(window, milliseconds)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if let input = signalInput() { return input }
        switch status {
        case OK:
            return KeyDecoding.character(code).map(TerminalInput.key) ?? .none
        case KEY_CODE_YES:
            switch Int32(code) {
            case KEY_RESIZE:
                painter.forget()
                return .resize(width: width, height: height)
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK else { return .none }
                return KeyDecoding.mouse(event).map(TerminalInput.key) ?? .none
            default:
                return KeyDecoding.function(Int32(code)).map(TerminalInput.key) ?? .none
            }
        default:
            // A read that fails on a terminal that has gone (hung up, closed) would fail again
            // at once, forever: end as a hangup does.
            var modes = termios()
            return tcgetattr(STDIN_FILENO, &modes) == 0 ? .none : .signal(SIGHUP)
        }
    }

    private func signalInput() -> TerminalInput? {
        if SignalTrap.takeSuspend() {
            suspend()
            return .resumed
        }
        return SignalTrap.pending.map(TerminalInput.signal)
    }

    /// Gives the terminal back, stops the process as Ctrl-Z does in a shell, and when it is
    /// continued (`fg`) takes the terminal again; the next `show` should clear first.
    public func suspend() {
        mousemask(0, nil)
        endwin()
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        // Continued.
        SignalTrap.install()
        mousemask(Self.mouseEvents, nil)
        painter.forget()
    }

    /// Gives the terminal to another program (a pager, an editor) until it exits, as system(3)
    /// does: Ctrl-C and Ctrl-\\ are the program's meanwhile, not this one's. The next `show`
    /// should clear first. Returns the program's exit status, or nil when it could not start.
    public func run(_ arguments: [String]) -> Int32? {
        mousemask(0, nil)
        endwin()
        defer {
            SignalTrap.install()
            mousemask(Self.mouseEvents, nil)
            painter.forget()
        }
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        sigaction(SIGINT, &ignore, nil)
        sigaction(SIGQUIT, &ignore, nil)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawnp(&child, arguments[0], nil, &attributes, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Sends a control sequence straight to the terminal, after the frame ncurses last drew: a
    /// clipboard write (OSC 52), which ncurses has no call for.
    public func send(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes {
                write(STDOUT_FILENO, $0.baseAddress! + written, $0.count - written)
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return }
            written += result
        }
    }

    /// Gives the terminal back: mouse reporting off, cursor shown, modes restored, alternate
    /// screen left. Safe to call more than once.
    public func restore() {
        guard !isRestored else { return }
        isRestored = true
        mousemask(0, nil)
        curs_set(1)
        endwin()
        delscreen(screen)
        CrashGuard.disarm()
    }

    /// Restores the terminal, then dies of `signal` as if it had not been caught.
    public func end(bySignal signal: Int32) -> Never {
        restore()
        SignalTrap.reraise(signal)
    }
}
