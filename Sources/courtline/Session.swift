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
        var needsFrame = true
        var clearFirst = false
        while !state.shouldQuit {
            if needsFrame {
                let theme = themes.themes[state.themeIndex]
                let shown = terminal.colorDepth == .none ? theme.withoutColor : theme
                terminal.show(Screen.render(state, model: model, theme: shown), clearingFirst: clearFirst)
                clearFirst = false
            }
            needsFrame = true
            switch terminal.read() {
            case .key(let key):
                guard let action = KeyMap.action(for: key, in: state) else {
                    needsFrame = false
                    continue
                }
                state.reduce(action, in: model)
                if action == .suspend {
                    terminal.suspend()
                    state.reduce(.resize(width: terminal.width, height: terminal.height), in: model)
                }
                clearFirst = action == .redraw || action == .suspend
            case .resumed:
                state.reduce(.resize(width: terminal.width, height: terminal.height), in: model)
                clearFirst = true
            case .resize(let width, let height):
                state.reduce(.resize(width: width, height: height), in: model)
            case .signal(let signal):
                terminal.end(bySignal: signal)
            case .none:
                needsFrame = false
            }
        }
    }
}
