import ArgumentParser

@main
struct Courtline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "courtline",
        abstract: "Browse a litigation timeline in which every fact cites the sentence it comes from.",
        discussion: """
            Without a subcommand, prints the timeline (the terminal UI is still to come).
            Without --case, opens the bundled case, WhatsApp v. NSO Group.
            Exit status: 0 success, 64 bad usage, 65 bad data, 66 missing input.
            """,
        subcommands: [ListCommand.self, ShowCommand.self, SourcesCommand.self, VerifyCommand.self, ExportCommand.self],
        defaultSubcommand: ListCommand.self
    )
}
