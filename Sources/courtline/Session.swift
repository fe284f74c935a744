import CourtlineModel
import CourtlineUI
import TerminalBackend

/// One run of the terminal UI: draw, read a key, reduce, until the person quits or a signal
/// ends it. The terminal is restored on every way out.
struct Session {
    let model: Case
    let themes: ThemeChoice
    let environment: [String: String]

    func run() throws {
        let terminal = try Terminal(environment: environment)
        defer { terminal.restore() }
        var state = AppState(
            width: terminal.width, height: terminal.height, themeNames: themes.themes.map(\.name), model: model)
        state.themeIndex = themes.startIndex
        state.notice = themes.notice
        // Colour is dropped once, not on every frame.
        let shownThemes = terminal.colorDepth == .none ? themes.themes.map(\.withoutColor) : themes.themes
        var view = ViewModel(state: state, model: model, theme: shownThemes[state.themeIndex])
        var clearFirst = false
        var quitting = false
        /// Each action reads the frame before it, and the next frame is worked out from its
        /// state; what it asks of the terminal is done here.
        func reduce(_ action: Action) {
            let effects = state.reduce(action, in: model, view: view)
            view = ViewModel(state: state, model: model, theme: shownThemes[state.themeIndex], previous: view)
            for effect in effects {
                switch effect {
                case .repaint: clearFirst = true
                case .quit: quitting = true
                case .suspend:
                    terminal.suspend()
                    retake()
                }
            }
        }
        /// After a suspend: the terminal may have been resized meanwhile, and shows something else.
        func retake() {
            reduce(.resize(width: terminal.width, height: terminal.height))
            clearFirst = true
        }
        /// Applies one input; says whether the screen changed.
        func apply(_ input: TerminalInput) -> Bool {
            switch input {
            case .key(let key):
                guard let action = KeyMap.action(for: key, in: state) else { return false }
                reduce(action)
            case .resumed:
                retake()
            case .resize(let width, let height):
                reduce(.resize(width: width, height: height))
            case .signal(let signal):
                terminal.end(bySignal: signal)
            case .none:
                return false
            }
            return true
        }
        var needsFrame = true
        while !quitting {
            if needsFrame {
                terminal.show(Screen.render(view), clearingFirst: clearFirst)
                clearFirst = false
            }
            needsFrame = apply(terminal.read())
            // Keys that came faster than frames are drawn (a held key, a paste, a burst) are all
            // applied before the next frame, so the screen never falls behind the keyboard.
            while !quitting, !clearFirst {
                let waiting = terminal.read(waitingUpTo: 0)
                if case .none = waiting { break }
                needsFrame = apply(waiting) || needsFrame
            }
        }
    }
}
