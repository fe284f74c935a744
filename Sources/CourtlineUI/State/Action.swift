/// Everything that can change what the UI shows. Keys map to actions through `KeyMap`; the
/// state changes only by `AppState.reduce(_:in:view:)`.
public enum Action: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case focusNext, focusPrevious
    /// Enter: on an event, jump to its quote; on a party, filter by it; on a sentence, the
    /// events that cite it.
    case activate
    case nextCitation, previousCitation
    /// `(` and `)` in the Source pane: the sentence before or after the one under the cursor.
    case previousSentence, nextSentence
    /// Esc or Backspace: back to where the last jump came from, or before the last filter set.
    case back
    case nextCourt, previousCourt, nextKind, nextStatus, clearFilters
    case startSearch, searchInput(Character), searchDeleteBackward, commitSearch, cancelSearch
    case nextMatch, previousMatch
    /// Shows only the search's matches, or every event again with the matches marked.
    case toggleMatchesOnly
    case startCommand, commandInput(Character), commandDeleteBackward, commandComplete, commandOlder, commandNewer,
        commitCommand, cancelCommand
    /// `y`: the quote shown, with its citation; `Y`: the whole event as Markdown with footnotes.
    case copyQuote, copyEvent
    /// `o` and `e`: the cited article in the pager or the editor, at the cited line.
    case openInPager, openInEditor
    /// What came of an effect (a file written, or not), for the status bar.
    case report(String)
    case cycleTheme
    /// `<` and `>`: the timeline column narrower or wider, on a wide screen.
    case narrowTimeline, widenTimeline
    case redraw
    /// Ctrl-Z: stop until `fg`, the terminal given back meanwhile.
    case suspend
    case toggleHelp
    case quit
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}
