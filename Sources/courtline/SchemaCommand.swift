import ArgumentParser
import CourtlineModel
import Foundation

/// Prints the case file's JSON Schema, made from the one description the loader reads by, or
/// the JSON export's, made from the description the export writes by.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the case file's JSON Schema, for editors that check YAML against one.",
        discussion: """
            The same schema is in schema/case-file.schema.json. Point an editor at it with a first line \
            such as: # yaml-language-server: $schema=../schema/case-file.schema.json
            With --export, the schema of `courtline export --format json` instead, as in \
            schema/export.schema.json.
            """)

    @Flag(help: "The JSON export's schema (courtline/1) instead of the case file's.")
    var export = false

    @Option(help: "Write to this file (whole or not at all) instead of standard output.")
    var out: String?

    @Flag(help: "Replace the --out file if it exists.")
    var force = false

    func run() throws {
        let text = export ? ExportSchema.jsonSchema : CaseFileSchema.jsonSchema
        guard let out else { return print(text, terminator: "") }
        do {
            try OutputFile.write(Data(text.utf8), to: out, replacing: force)
        } catch {
            Diagnostics.report(error.description)
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }
}
