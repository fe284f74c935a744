/// Everything that can change what the UI shows. Keys map to actions through `KeyMap`; the
/// state changes only by `AppState.reduce(_:in:)`.
public enum Action: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case focusNext, focusPrevious
    /// Enter: on an event, jump to its quote; on a party, filter by it.
    case activate
    case nextCitation, previousCitation
    /// Esc or Backspace: back to where the last jump came from.
    case back
    case cycleCourt, clearFilters
    case startSearch, searchInput(Character), searchDeleteBackward, commitSearch, cancelSearch
    case nextMatch, previousMatch
    case cycleTheme
    case redraw
    /// Ctrl-Z: stop until `fg`, the terminal given back meanwhile.
    case suspend
    case toggleHelp
    case quit
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}
