import CourtlineModel

/// The commands of the `:` command line, as one table: it drives parsing, completion, the help
/// screen and the README, as the key table does for keys.
public struct CommandSpec: Sendable {
    public let name: String
    /// What the command takes, as help shows it: "COURT", "DAY", "FORMAT FILE".
    public let argument: String
    public let summary: String
    let kind: Kind

    enum Kind: Sendable, Equatable {
        case facet(Facet)
        case goto, export, clear, save, view
    }

    /// `:court ninth-circuit` for the help screen.
    public var usage: String { argument.isEmpty ? ":\(name)" : ":\(name) \(argument)" }

    public static let all: [CommandSpec] = [
        CommandSpec(
            name: "court", argument: "COURT", summary: "only events at a court (id, name, or none)",
            kind: .facet(.court)),
        CommandSpec(
            name: "party", argument: "PARTY", summary: "only events involving a party (id or name)",
            kind: .facet(.party)),
        CommandSpec(
            name: "kind", argument: "KIND", summary: "only events of a kind (ruling, filing, …)", kind: .facet(.kind)),
        CommandSpec(
            name: "status", argument: "STATUS", summary: "only drafts or only reviewed events", kind: .facet(.status)),
        CommandSpec(
            name: "from", argument: "DAY", summary: "only events on or after a year, month or day", kind: .facet(.from)),
        CommandSpec(
            name: "to", argument: "DAY", summary: "only events on or before a year, month or day", kind: .facet(.to)),
        CommandSpec(name: "goto", argument: "DAY", summary: "select the first event on or after a day", kind: .goto),
        CommandSpec(
            name: "export", argument: "FORMAT FILE", summary: "write what is shown (md, csv, json or ics)",
            kind: .export),
        CommandSpec(name: "clear", argument: "", summary: "clear every filter and the search", kind: .clear),
        CommandSpec(
            name: "save", argument: "NAME", summary: "keep the filters and search as a named view", kind: .save),
        CommandSpec(name: "view", argument: "NAME", summary: "apply a saved view", kind: .view),
    ]

    static func named(_ name: String) -> CommandSpec? {
        all.first { $0.name == name }
            ?? {
                let starting = all.filter { $0.name.hasPrefix(name) }
                return starting.count == 1 ? starting[0] : nil
            }()
    }
}

/// A command read from the command line, ready to run.
enum Command: Equatable {
    case facet(Facet, String)
    case goto(CalendarDay)
    case export(Effect.ExportFormat, path: String)
    case clear
    case save(String)
    case view(String)

    /// The names `:export` takes for its formats.
    static let exportFormats: [String: Effect.ExportFormat] = [
        "md": .markdown, "markdown": .markdown, "csv": .csv, "json": .json, "ics": .ics,
    ]

    /// Reads `text` (without its colon), or says in one line what is wrong with it.
    static func parse(_ text: String) -> Result<Command, Facet.Problem> {
        let trimmed = text.drop(while: \.isWhitespace)
        let name = String(trimmed.prefix { !$0.isWhitespace })
        let argument = String(trimmed.dropFirst(name.count).drop(while: \.isWhitespace))
            .trimmingTrailingWhitespace()
        guard !name.isEmpty else { return .failure(Facet.Problem(description: "type a command (Tab lists them)")) }
        guard let spec = CommandSpec.named(name) else {
            let names = CommandSpec.all.map(\.name).joined(separator: ", ")
            return .failure(Facet.Problem(description: "unknown command '\(name)' (one of: \(names))"))
        }
        switch spec.kind {
        case .facet(let facet):
            guard !argument.isEmpty else { return .failure(Facet.Problem(description: "usage: \(spec.usage)")) }
            return .success(.facet(facet, argument))
        case .goto:
            do {
                return .success(.goto(try Facet.day(argument, end: false)))
            } catch {
                return .failure(error)
            }
        case .export:
            let format = String(argument.prefix { !$0.isWhitespace })
            let path = String(argument.dropFirst(format.count).drop(while: \.isWhitespace))
            guard let chosen = exportFormats[format.lowercased()], !path.isEmpty else {
                return .failure(Facet.Problem(description: "usage: \(spec.usage) (FORMAT: md, csv, json or ics)"))
            }
            return .success(.export(chosen, path: path))
        case .clear:
            return .success(.clear)
        case .save, .view:
            guard !argument.isEmpty else { return .failure(Facet.Problem(description: "usage: \(spec.usage)")) }
            return .success(spec.kind == .save ? .save(argument) : .view(argument))
        }
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var text = self
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}
