/// The one table of key bindings: it drives the keymap, the help overlay and the README's key
/// list, so they cannot drift apart (as in tig).
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let summary: String
    public let group: Group
    /// The word the status bar shows beside the key, for the few keys it hints at.
    public let hint: String?

    init(keys: [Key], action: Action, summary: String, group: Group, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.summary = summary
        self.group = group
        self.hint = hint
    }

    public enum Group: String, Sendable, CaseIterable {
        case move = "Move"
        case panes = "Panes and quotes"
        case screen = "Screen"
        case filter = "Filter and search"
        case out = "Copy and open"
    }

    /// "↑ k" for the help screen.
    public var keyLabels: String { keys.map(\.label).joined(separator: " ") }
}

public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], action: .moveUp, summary: "move up", group: .move),
        KeyBinding(keys: [.down, .character("j")], action: .moveDown, summary: "move down", group: .move),
        KeyBinding(keys: [.pageUp, .control("u")], action: .pageUp, summary: "page up", group: .move),
        KeyBinding(keys: [.pageDown, .control("d")], action: .pageDown, summary: "page down", group: .move),
        KeyBinding(keys: [.home, .character("g")], action: .first, summary: "first", group: .move),
        KeyBinding(keys: [.end, .character("G")], action: .last, summary: "last", group: .move),
        KeyBinding(keys: [.tab], action: .focusNext, summary: "focus the next pane", group: .panes, hint: "pane"),
        KeyBinding(keys: [.backTab], action: .focusPrevious, summary: "focus the previous pane", group: .panes),
        KeyBinding(
            keys: [.enter], action: .activate,
            summary: "event: jump to its quote · party: filter by it · sentence: the events citing it", group: .panes,
            hint: "quote"),
        KeyBinding(keys: [.character("]")], action: .nextCitation, summary: "next citation", group: .panes),
        KeyBinding(keys: [.character("[")], action: .previousCitation, summary: "previous citation", group: .panes),
        KeyBinding(
            keys: [.character(")")], action: .nextSentence, summary: "Source: the cursor to the next sentence",
            group: .panes),
        KeyBinding(
            keys: [.character("(")], action: .previousSentence, summary: "Source: the cursor to the previous sentence",
            group: .panes),
        KeyBinding(
            keys: [.escape, .backspace], action: .back,
            summary: "back to where the jump came from, or drop the last filter set",
            group: .panes),
        KeyBinding(
            keys: [.character("/")], action: .startSearch, summary: "search: mark the matches (Enter keeps, Esc drops)",
            group: .filter, hint: "search"),
        KeyBinding(keys: [.character("n")], action: .nextMatch, summary: "next match", group: .filter),
        KeyBinding(keys: [.character("N")], action: .previousMatch, summary: "previous match", group: .filter),
        KeyBinding(
            keys: [.character("f")], action: .toggleMatchesOnly,
            summary: "show only the matches, or every event again", group: .filter),
        KeyBinding(
            keys: [.character("c")], action: .nextCourt, summary: "court filter: next court", group: .filter,
            hint: "court"),
        KeyBinding(
            keys: [.character("C")], action: .previousCourt, summary: "court filter: previous court", group: .filter),
        KeyBinding(keys: [.character("K")], action: .nextKind, summary: "kind filter: next kind", group: .filter),
        KeyBinding(
            keys: [.character("d")], action: .nextStatus, summary: "status filter: drafts, reviewed, all",
            group: .filter),
        KeyBinding(
            keys: [.character("X")], action: .clearFilters, summary: "clear every filter and the search", group: .filter
        ),
        KeyBinding(
            keys: [.character(":")], action: .startCommand, summary: "command line (Tab completes, ↑↓ history)",
            group: .filter, hint: "command"),
        KeyBinding(
            keys: [.character("y")], action: .copyQuote, summary: "copy the quote with its citation", group: .out,
            hint: "copy"),
        KeyBinding(keys: [.character("Y")], action: .copyEvent, summary: "copy the event as Markdown", group: .out),
        KeyBinding(
            keys: [.character("o")], action: .openInPager, summary: "open the article in $PAGER at the line",
            group: .out),
        KeyBinding(
            keys: [.character("e")], action: .openInEditor, summary: "open the article in $EDITOR at the line",
            group: .out),
        KeyBinding(keys: [.character("t")], action: .cycleTheme, summary: "next theme", group: .screen),
        KeyBinding(
            keys: [.character("<")], action: .narrowTimeline, summary: "timeline column narrower (kept)", group: .screen
        ),
        KeyBinding(
            keys: [.character(">")], action: .widenTimeline, summary: "timeline column wider (kept)", group: .screen),
        KeyBinding(keys: [.control("l")], action: .redraw, summary: "redraw the screen", group: .screen),
        KeyBinding(keys: [.control("z")], action: .suspend, summary: "suspend (fg resumes)", group: .screen),
        KeyBinding(keys: [.character("?")], action: .toggleHelp, summary: "this help", group: .screen, hint: "help"),
        KeyBinding(
            keys: [.character("q"), .control("c")], action: .quit, summary: "quit", group: .screen, hint: "quit"),
    ]

    private static let table: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys { table[key] = binding.action }
        }
        return table
    }()

    /// The action a key stands for in `state`: while a search is being typed, keys are text.
    public static func action(for key: Key, in state: AppState) -> Action? {
        if case .mouse(let event) = key { return .mouse(event) }
        if state.search.isEditing {
            switch key {
            case .enter: return .commitSearch
            case .escape: return .cancelSearch
            case .backspace: return .searchDeleteBackward
            case .control("c"): return .quit
            case .character(let character): return .searchInput(character)
            default: return nil
            }
        }
        if state.commandLine != nil {
            switch key {
            case .enter: return .commitCommand
            case .escape: return .cancelCommand
            case .backspace: return .commandDeleteBackward
            case .tab: return .commandComplete
            case .up: return .commandOlder
            case .down: return .commandNewer
            case .control("c"): return .quit
            case .character(let character): return .commandInput(character)
            default: return nil
            }
        }
        if state.isHelpVisible {
            switch key {
            case .escape, .character("?"), .character("q"), .enter: return .toggleHelp
            default:
                // Moves scroll the help; everything else waits until it is closed.
                let action = table[key]
                switch action {
                case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last, .quit, .redraw, .suspend, .mouse:
                    return action
                default: return nil
                }
            }
        }
        return table[key]
    }
}
