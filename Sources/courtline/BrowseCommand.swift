import ArgumentParser
import CourtlineModel
import CourtlineUI
import Foundation
import TerminalBackend

/// The terminal UI, and what bare `courtline` runs. When standard input or output is not a
/// terminal (a pipe, a file) it prints the timeline as `list` does.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the case in the terminal UI (the default command).")

    @OptionGroup var caseOptions: CaseOptions

    @Option(
        help: """
            The theme to start with: default, light, high-contrast, mono, or your own (see 'courtline themes'). \
            Without it, the theme last chosen with t.
            """)
    var theme: String?

    func run() throws {
        let model = try caseOptions.load()
        let environment = ProcessInfo.processInfo.environment
        // Checked even when only the list is printed: a misspelt option is an error wherever it runs.
        let files = RememberedFiles(environment: environment)
        let loaded = files.load()
        let found = ThemeFiles.find(environment: environment)
        // A remembered theme that has since gone is passed over; one asked for must exist.
        let remembered = loaded.remembered.theme.flatMap { name in found.files.contains { $0.name == name } ? name : nil
        }
        let themes = try ThemeChoice(
            requested: theme ?? remembered ?? ThemeLibrary.defaultName, found: found)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            ListCommand.printTimeline(model.events, of: model)
            return
        }
        if let reason = Terminal.unsuitability(environment: environment) {
            Diagnostics.report(
                "courtline: \(reason.oneLine), so the UI cannot run; the timeline is printed as 'list' does")
            ListCommand.printTimeline(model.events, of: model)
            return
        }
        for problem in themes.problems { Diagnostics.report("courtline: \(problem)") }
        let caseFile = caseOptions.casePath ?? BundledFiles.locate(BundledFiles.casePath) ?? "."
        try Session(
            model: model, caseFolder: URL(fileURLWithPath: caseFile).deletingLastPathComponent(), themes: themes,
            environment: environment, files: files, loaded: loaded
        ).run()
    }
}

/// The themes a session can step through, the one it starts with, and what went wrong reading
/// the others. A broken theme is reported and skipped; a broken requested theme falls back to
/// the default.
struct ThemeChoice {
    var themes: [Theme] = []
    var startIndex = 0
    var problems: [String]
    /// Said in the status bar at start when the requested theme could not be used.
    var notice: String?

    init(requested: String, found: ThemeFiles.Found) throws {
        let library = ThemeLibrary(found.files)
        problems = found.problems
        guard library.contains(requested) || (library.names.isEmpty && requested == ThemeLibrary.defaultName) else {
            throw ValidationError(
                "unknown theme '\(requested)' (available: \(library.names.joined(separator: ", ")))")
        }
        var requestedError: ThemeError?
        for name in library.names {
            do {
                themes.append(try library.theme(named: name))
            } catch {
                problems.append(error.description)
                if name == requested { requestedError = error }
            }
        }
        if themes.isEmpty { themes = [Theme.fallback] }
        startIndex =
            themes.firstIndex { $0.name == requested } ?? themes.firstIndex { $0.name == ThemeLibrary.defaultName } ?? 0
        if let error = requestedError {
            var place = URL(fileURLWithPath: error.path).lastPathComponent
            if let line = error.line { place += ":\(line)" }
            let used = themes[startIndex].name
            notice = "theme '\(requested)' is broken (\(place): \(error.message)); using \(used)"
        }
    }
}
