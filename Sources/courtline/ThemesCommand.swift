import ArgumentParser
import CourtlineUI
import Foundation

/// Lists the themes found, where each comes from, and whether it reads: for people writing
/// their own.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes (bundled, then your own in $XDG_CONFIG_HOME/courtline/themes) and check them.")

    func run() throws {
        let found = ThemeFiles.find(environment: ProcessInfo.processInfo.environment)
        let library = ThemeLibrary(found.files)
        var broken = !found.problems.isEmpty
        for problem in found.problems { Diagnostics.report("courtline: \(problem)") }
        var rows: [[String]] = []
        for name in library.names {
            do {
                _ = try library.theme(named: name)
                rows.append([name, library.path(of: name) ?? ""])
            } catch {
                broken = true
                Diagnostics.report("courtline: \(error.description)")
                rows.append([name, library.path(of: name) ?? "", "broken"])
            }
        }
        for line in Columns.align(rows) { say(line) }
        if broken { throw ExitCode(ExitStatus.badData) }
    }
}
