import ArgumentParser
import Foundation

@main
struct Courtline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "courtline",
        abstract: "Browse a litigation timeline in which every fact cites the sentence it comes from.",
        discussion: """
            Without a subcommand, opens the terminal UI ('courtline browse'), or prints the timeline when \
            output is not a terminal. Without --case, opens the bundled case, WhatsApp v. NSO Group.

            Exit status: 0 success, 64 bad usage, 65 bad data, 66 missing input, 73 an output file not written.
            """,
        subcommands: [
            BrowseCommand.self, ListCommand.self, ShowCommand.self, SourcesCommand.self, VerifyCommand.self,
            ExportCommand.self, DraftCommand.self, DatesCommand.self, GenerateCommand.self,
            ThemesCommand.self, SchemaCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    /// As ArgumentParser's own, but its errors go out as every other message does, through
    /// `Diagnostics`: they quote the arguments, and an argument can hold an escape sequence.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { print(message) } else { Diagnostics.report(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
