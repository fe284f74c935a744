import ArgumentParser
import CourtlineModel

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the whole case as JSON (schema courtline/1) to standard output.")

    enum Format: String, ExpressibleByArgument {
        case json
    }

    @OptionGroup var caseOptions: CaseOptions

    @Option(help: "json")
    var format: Format = .json

    func run() throws {
        print(CaseExport.json(CaseExport(try caseOptions.load())))
    }
}
