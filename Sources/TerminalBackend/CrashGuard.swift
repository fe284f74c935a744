import CNcursesw
import Glibc

/// The terminal's modes before the session, and the bytes that give the screen back, in memory
/// of their own that a signal handler reads without allocating, locking or Swift's
/// exclusivity checks.
nonisolated(unsafe) private let savedModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
nonisolated(unsafe) private let restoreBytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
nonisolated(unsafe) private let restoreCount = UnsafeMutablePointer<Int>.allocate(capacity: 1)
nonisolated(unsafe) private let alternateStack = UnsafeMutableRawPointer.allocate(byteCount: 64 * 1024, alignment: 16)

/// Gives the terminal back when the process dies of a fatal signal (a crash, a failed check),
/// where ncurses cannot be called: the handler only writes prepared bytes, resets the modes
/// and lets the signal kill the process as it would have.
enum CrashGuard {
    static let fatal: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS]

    /// Saves the modes; call before ncurses changes them.
    static func saveModes() {
        tcgetattr(STDIN_FILENO, savedModes)
    }

    /// Prepares the restoring bytes from terminfo and installs the handlers; call once the
    /// terminal is set up.
    static func arm() {
        var bytes: [UInt8] = []
        // rmkx takes the keypad and the cursor keys out of application mode, which ncurses
        // put them in; without it the shell's arrow keys type letters after a crash.
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let text = tigetstr(capability), Int(bitPattern: text) != -1 {
                bytes += Array(String(cString: text).utf8)
            }
        }
        // Mouse reporting off (xterm's modes; terminals ignore modes they do not know), and
        // normal cursor keys and keypad for a terminfo entry without rmkx.
        bytes += Array("\u{1B}[?1006l\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1l\u{1B}>".utf8)
        restoreCount.pointee = min(bytes.count, restoreBytes.count)
        _ = restoreBytes.initialize(from: bytes.prefix(restoreCount.pointee))
        // A stack of its own, so a stack overflow can still be handled.
        var stack = stack_t(ss_sp: alternateStack, ss_flags: 0, ss_size: 64 * 1024)
        sigaltstack(&stack, nil)
        for signal in fatal {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                CrashGuard.restoreInHandler()
                // SA_RESETHAND made the default action current: dying of it tells the parent why.
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: SA_RESETHAND) | SA_ONSTACK
            sigaction(signal, &action, nil)
        }
    }

    /// Only async-signal-safe calls: write(2) and tcsetattr(3).
    static func restoreInHandler() {
        write(STDOUT_FILENO, restoreBytes.baseAddress, restoreCount.pointee)
        tcsetattr(STDIN_FILENO, TCSANOW, savedModes)
    }

    /// After a normal restore the handlers are not needed any more.
    static func disarm() {
        for signal in fatal { Glibc.signal(signal, SIG_DFL) }
    }
}
