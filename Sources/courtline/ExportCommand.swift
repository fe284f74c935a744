import ArgumentParser
import CourtlineModel
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole case as JSON (schema courtline/1) to standard output or a file.")

    enum Format: String, ExpressibleByArgument {
        case json
    }

    @OptionGroup var caseOptions: CaseOptions

    @Option(help: "json")
    var format: Format = .json

    @Option(help: "Write to this file (whole or not at all) instead of standard output.")
    var out: String?

    @Flag(help: "Replace the --out file if it exists.")
    var force = false

    func run() throws {
        let text = CaseExport.json(CaseExport(try caseOptions.load()))
        guard let out else { return print(text) }
        do {
            try OutputFile.write(Data((text + "\n").utf8), to: out, replacing: force)
        } catch {
            Diagnostics.report(error.description)
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }
}
