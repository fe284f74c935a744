import ArgumentParser
import CourtlineModel
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write the case as JSON (schema courtline/1), or its timeline as Markdown, CSV, iCalendar or TimelineJS.",
        discussion: "--court, --party, --kind, --status, --from, --to and --search choose the events, as for 'list'.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown, csv, ics, timelinejs
    }

    @OptionGroup var caseOptions: CaseOptions

    @OptionGroup var filterOptions: FilterOptions

    @Option(
        help: """
            json (the whole case), markdown (a chronology with the quotes as footnotes), csv (a row per event), \
            ics (an iCalendar file) or timelinejs (Knight Lab's TimelineJS).
            """)
    var format: Format = .json

    @Option(help: "Write to this file (whole or not at all) instead of standard output.")
    var out: String?

    @Flag(help: "Replace the --out file if it exists.")
    var force = false

    @Flag(help: "Begin the CSV with a byte order mark, so that Excel reads it as UTF-8 (“ ” and – intact).")
    var bom = false

    func validate() throws {
        if bom, format != .csv { throw ValidationError("--bom is for --format csv") }
    }

    func run() throws {
        let model = try caseOptions.load()
        let events = Array(model.events(matching: try filterOptions.filter(for: model)))
        let text =
            switch format {
            case .json: CaseExport.json(CaseExport(model, events: events)) + "\n"
            case .markdown: MarkdownExport.render(model, events: events)
            case .csv: (bom ? "\u{FEFF}" : "") + CSVExport.render(model, events: events)
            case .ics: ICSExport.render(model, events: events)
            case .timelinejs: CaseExport.json(TimelineJSExport(model, events: events)) + "\n"
            }
        guard let out else {
            // On a terminal no article's control characters reach it, as for the other text
            // commands; a file or a pipe gets the text exactly (JSON escapes them itself).
            guard format == .markdown || format == .csv || format == .ics, isatty(STDOUT_FILENO) == 1 else {
                return print(text, terminator: "")
            }
            let lineEnd: Character = format == .markdown ? "\n" : "\r\n"
            // Blank lines are kept (Markdown needs them); the text's last line end makes no line.
            for line in text.split(separator: lineEnd, omittingEmptySubsequences: false).dropLast() {
                say(String(line))
            }
            return
        }
        do {
            try OutputFile.write(Data(text.utf8), to: out, replacing: force)
        } catch {
            Diagnostics.report(error.description)
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }
}
