/// A key press or mouse event, as any backend reports it.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter: `.control("l")` for Ctrl-L.
    case control(Character)
    case up, down
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab
    case mouse(MouseEvent)

    /// How the help screen writes the key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-\(letter.uppercased())"
        case .up: "↑"
        case .down: "↓"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .mouse: "mouse"
        }
    }
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case click, wheelUp, wheelDown
    }

    public let kind: Kind
    public let x: Int
    public let y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
