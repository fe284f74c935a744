import CourtlineModel
import CourtlineUI
import Foundation
import TerminalBackend

/// One run of the terminal UI: draw, read a key, reduce, until the person quits or a signal
/// ends it. The terminal is restored on every way out.
struct Session {
    let model: Case
    /// The case file's folder, which its article files are named from.
    let caseFolder: URL
    let themes: ThemeChoice
    let environment: [String: String]
    let files: RememberedFiles
    let loaded: RememberedFiles.Loaded

    func run() throws {
        let terminal = try Terminal(environment: environment)
        defer { terminal.restore() }
        var state = AppState(
            width: terminal.width, height: terminal.height, themeNames: themes.themes.map(\.name), model: model)
        state.themeIndex = themes.startIndex
        state.split = loaded.remembered.split ?? Layout.defaultSplit
        state.savedViews = loaded.views
        state.notice = ([themes.notice].compactMap { $0 } + loaded.problems).first
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
                case .copy(let text):
                    terminal.send(Self.clipboardSequence(text))
                case .open(let opener, let file, let line):
                    let status = terminal.run(open(opener, file: file, line: line))
                    retake()
                    if status == nil || status == 126 || status == 127 {
                        reduce(
                            .report("could not run \(program(opener)) (set $\(opener == .pager ? "PAGER" : "EDITOR"))"))
                    }
                case .remember(let remembered):
                    if let problem = RememberedFiles.write(remembered.text, to: files.statePath) {
                        reduce(.report("could not keep the theme and layout: \(problem)"))
                    }
                case .saveViews(let views):
                    if let problem = RememberedFiles.write(SavedView.text(views), to: files.viewsPath) {
                        reduce(.report("could not keep the views: \(problem)"))
                    }
                case .export(let format, let filter, let path):
                    reduce(.report(export(format, filter, to: path)))
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

    /// OSC 52: the terminal (or tmux, with set-clipboard on) puts the text on the clipboard.
    static func clipboardSequence(_ text: String) -> String {
        "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
    }

    private func program(_ opener: Effect.Opener) -> String {
        let names = opener == .pager ? ["PAGER"] : ["VISUAL", "EDITOR"]
        return names.lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? (opener == .pager ? "less" : "vi")
    }

    /// The command line for the pager or editor: through the shell, so that `PAGER="less -R"`
    /// works, with `+LINE` as less, vi, nano and emacs all take it.
    private func open(_ opener: Effect.Opener, file: String, line: Int) -> [String] {
        let path = URL(fileURLWithPath: file, relativeTo: caseFolder).standardizedFileURL.path
        return ["/bin/sh", "-c", program(opener) + " \"$@\"", "sh", "+\(line)", path]
    }

    /// Writes an export of the events `filter` lets through; says what came of it.
    private func export(_ format: Effect.ExportFormat, _ filter: EventFilter, to path: String) -> String {
        let events = Array(model.events(matching: filter))
        let text =
            switch format {
            case .markdown: MarkdownExport.render(model, events: events)
            case .csv: CSVExport.render(model, events: events)
            case .json: CaseExport.json(CaseExport(model, events: events)) + "\n"
            case .ics: ICSExport.render(model, events: events)
            }
        let expanded = NSString(string: path).expandingTildeInPath
        do {
            try OutputFile.write(Data(text.utf8), to: expanded, replacing: false)
            return "wrote \(events.count) events to \(path)"
        } catch {
            return error.path == expanded && error.reason.hasPrefix("already exists")
                ? "\(path) already exists: choose another name" : "\(path): \(error.reason)"
        }
    }
}
