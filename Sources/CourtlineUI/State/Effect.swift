/// What an action asks of the world outside the UI's state: `reduce` returns it, and the session
/// carries it out. The reducer stays pure; the terminal, the clipboard and other programs are
/// the session's.
public enum Effect: Hashable, Sendable {
    /// Draw the whole screen again from nothing (Ctrl-L).
    case repaint
    /// Give the terminal back and stop until `fg` (Ctrl-Z).
    case suspend
    /// End the session.
    case quit
}
