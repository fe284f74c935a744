import Glibc
import Synchronization

/// The last terminating signal that arrived, or 0. The handler only stores it: everything else
/// (restoring the terminal, exiting) happens in the main loop, where it is safe.
private let pendingSignal = Atomic<Int32>(0)

/// Catches the signals that end a session (Ctrl-C from outside raw mode, `kill`, a closed
/// terminal, Ctrl-\) so the terminal is restored before the process goes.
enum SignalTrap {
    /// Every signal whose default action ends the process and that comes from outside it (the
    /// faults a crash raises are `CrashGuard.fatal`): left to their defaults, any of them
    /// would leave the terminal in raw mode on the alternate screen.
    static let terminating: [Int32] =
        [
            SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGXCPU,
            SIGXFSZ, SIGPOLL, SIGPWR, SIGSTKFLT,
        ] + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())

    static func install() {
        // A parent may have left signals blocked (test runners do); the ones a session relies
        // on must get through.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signal in terminating + [SIGTSTP, SIGCONT, SIGWINCH] + CrashGuard.fatal { sigaddset(&wanted, signal) }
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
        // SIGTSTP too (`kill -TSTP`; Ctrl-Z itself arrives as a key in raw mode): the loop
        // suspends cleanly instead of leaving the terminal in raw mode.
        for signal in terminating + [SIGTSTP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { pendingSignal.store($0, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            // No SA_RESTART: a blocking read returns at once, so the loop sees the signal.
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    static var pending: Int32? {
        let signal = pendingSignal.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Takes a pending suspend request, if that is what is pending.
    static func takeSuspend() -> Bool {
        pendingSignal.compareExchange(expected: SIGTSTP, desired: 0, ordering: .relaxed).exchanged
    }

    /// Dies of `signal` the default way, so the parent sees the true cause (status 128 + n).
    static func reraise(_ signal: Int32) -> Never {
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
        exit(128 + signal)
    }
}
