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

    @Option(help: "The folder to write the case as (new, empty, or an earlier generated case with --force).")
    var out: String

    @Flag(help: "Replace an earlier generated case in the folder, all its files at once.")
    var force = false

    func validate() throws {
        guard sources >= 1, events >= 1 else { throw ValidationError("--sources and --events must be at least 1") }
    }

    func run() throws {
        let made = SyntheticCase(sources: sources, events: events, seed: seed)
        let files =
            made.articles.map { (name: $0.fileName, data: Data($0.text.utf8)) }
            + [(name: "case.yaml", data: Data(made.caseFile.utf8))]
        do {
            try OutputFolder.write(files, to: out, replacing: force, belongs: SyntheticCase.isFileName)
        } catch {
            Diagnostics.report(error.description)
            throw ExitCode(ExitStatus.cannotCreate)
        }
        print(URL(fileURLWithPath: out).appendingPathComponent("case.yaml").path)
    }
}
