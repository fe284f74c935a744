import ArgumentParser
import CourtlineSynthetic
import Foundation

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic case of any size (articles and a case file) for measuring Courtline.",
        discussion: "The same sizes and seed always write the same bytes. Prints the case file's path.")

    @Option(help: "How many articles.")
    var sources: Int

    @Option(help: "How many events.")
    var events: Int

    @Option(help: "Picks the words; the same seed gives the same case.")
    var seed: UInt64 = 1

    @Option(help: "The folder to write into (made if missing).")
    var out: String

    @Flag(help: "Replace files already there.")
    var force = false

    func validate() throws {
        guard sources >= 1, events >= 1 else { throw ValidationError("--sources and --events must be at least 1") }
    }

    func run() throws {
        let made = SyntheticCase(sources: sources, events: events, seed: seed)
        let folder = URL(fileURLWithPath: out)
        let caseFile = folder.appendingPathComponent("case.yaml").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            Diagnostics.report("courtline: \(out): cannot make the folder (\(error.localizedDescription))")
            throw ExitCode(ExitStatus.cannotCreate)
        }
        do {
            for article in made.articles {
                try OutputFile.write(
                    Data(article.text.utf8), to: folder.appendingPathComponent(article.fileName).path,
                    replacing: force)
            }
            try OutputFile.write(Data(made.caseFile.utf8), to: caseFile, replacing: force)
        } catch {
            Diagnostics.report(error.description)
            throw ExitCode(ExitStatus.cannotCreate)
        }
        print(caseFile)
    }
}
