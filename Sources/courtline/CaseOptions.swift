import ArgumentParser
import CourtlineModel

/// `--case PATH`, shared by every command, and loading the case it names.
struct CaseOptions: ParsableArguments {
    @Option(name: .customLong("case"), help: "The case file to open (default: the bundled WhatsApp v. NSO case).")
    var casePath: String?

    @Flag(
        help:
            "Read articles the case file names outside its own folder (refused by default: a shared case file could read any file)."
    )
    var allowOutsideSources = false

    /// Loads the case, or reports every problem on standard error and exits 65 or 66.
    func load() throws -> Case {
        guard let path = casePath ?? BundledFiles.locate(BundledFiles.casePath) else {
            Diagnostics.report(
                "courtline: cannot find the bundled case (\(BundledFiles.casePath)); give --case PATH")
            throw ExitCode(ExitStatus.missingInput)
        }
        return try Self.load(path, allowingSourcesOutsideFolder: allowOutsideSources)
    }

    /// Loads the case file at `path`, or reports every problem on standard error and exits 65 or 66.
    static func load(_ path: String, allowingSourcesOutsideFolder: Bool) throws -> Case {
        do {
            return try CaseLoader(allowingSourcesOutsideFolder: allowingSourcesOutsideFolder).load(caseFileAt: path)
        } catch {
            Diagnostics.report(error.description)
            throw ExitCode(error.kind == .missingInput ? ExitStatus.missingInput : ExitStatus.badData)
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
