import CourtlineModel

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
    /// Put this text on the system clipboard (by OSC 52, which reaches it over ssh and through tmux).
    case copy(String)
    /// Give the terminal to another program for an article, at a line, and take it back after.
    case open(Opener, file: String, line: Int)
    /// Keep the theme and the split for the next session (the state file, written whole).
    case remember(Remembered)
    /// Keep the named views (the views file, written whole).
    case saveViews([String: SavedView])
    /// Write the events a filter lets through to a file, whole or not at all.
    case export(ExportFormat, events: EventFilter, path: String)

    /// The programs `o` and `e` open an article in.
    public enum Opener: String, Hashable, Sendable {
        /// `$PAGER`, or less.
        case pager
        /// `$EDITOR`, or vi.
        case editor
    }

    /// What `:export` writes.
    public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
        case markdown, csv, json, ics
    }
}
