import CNcursesw
import CourtlineUI

/// What one read from the terminal brought.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// A terminating signal arrived; the session must end.
    case signal(Int32)
    /// The process was stopped (`kill -TSTP`) and has been continued: redraw everything.
    case resumed
    /// Nothing within the read's timeout, or a key Courtline does not use.
    case none
}

/// Turns what `wget_wch` returns into keys.
enum KeyDecoding {
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
        default:
            guard code >= 32, let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    static func function(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_BTAB: .backTab
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        default: nil
        }
    }

    static func mouse(_ event: MEVENT) -> Key? {
        let x = Int(event.x)
        let y = Int(event.y)
        if event.bstate & courtline_BUTTON4_PRESSED != 0 { return .mouse(MouseEvent(kind: .wheelUp, x: x, y: y)) }
        if event.bstate & courtline_BUTTON5_PRESSED != 0 { return .mouse(MouseEvent(kind: .wheelDown, x: x, y: y)) }
        if event.bstate & (courtline_BUTTON1_PRESSED | courtline_BUTTON1_CLICKED) != 0 {
            return .mouse(MouseEvent(kind: .click, x: x, y: y))
        }
        return nil
    }
}
