import ArgumentParser
import CourtlineModel

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an event: its date and how it was worked out, court, parties, and each quote in its sentence.")

    @OptionGroup var caseOptions: CaseOptions

    @Argument(help: "The event's id (see `courtline list --format json`).")
    var eventID: String

    func run() throws {
        let model = try caseOptions.load()
        guard let event = model.event(eventID) else {
            throw ValidationError("no event '\(eventID)' (one of: \(model.events.map(\.id).joined(separator: ", ")))")
        }
        let court = event.courtID.flatMap(model.court)
        let corroboration = model.corroboration(of: event)
        let told = corroboration.sourceIDs.count
        let (litigantParties, otherParties) = model.parties(of: event)
        let litigants = litigantParties.map(\.nameAndRole)
        let others = otherParties.map(\.nameAndRole)
        let scheduled = model.isScheduled(event) ? "; " + Case.scheduledNote : ""
        let dateLine = "\(event.date.display) (precision: \(event.date.precision.rawValue)\(scheduled))"
        let courtLine = court.map { "\($0.name) (\($0.shortName), \($0.level.rawValue))" } ?? "none named"
        let partiesLine = litigants.isEmpty ? "none named" : litigants.joined(separator: "; ")
        let namedLine = others.isEmpty ? "none" : others.joined(separator: "; ")
        let sourcesLine =
            corroboration.sourceIDs.joined(separator: ", ") + (told > 1 ? " (told by \(told) sources)" : "")
        let rows: [[String]] = [
            ["  id:", "\(event.id) (\(event.kind.rawValue))"],
            ["  date:", dateLine],
            ["  basis:", event.date.basis],
            ["  court:", courtLine],
            ["  parties:", partiesLine],
            ["  named:", namedLine],
            ["  summary:", event.summary],
            ["  sources:", sourcesLine],
        ]
        say(event.title)
        for line in Columns.align(rows + (event.draft.map { [["  draft:", $0]] } ?? [])) {
            say(line)
        }
        for line in CorroborationReport.lines(for: corroboration, in: model, indent: "  ") { say(line) }
        say("")
        say("Citations")
        for (number, citation) in event.citations.enumerated() {
            guard let source = model.source(citation.sourceID) else { continue }
            say(
                "  [\(number + 1) of \(event.citations.count)] \(source.id) (\(source.file)), "
                    + "sentence \(citation.sentenceIndex) of \(source.sentences.count), "
                    + "offsets \(citation.range.lowerBound)–\(citation.range.upperBound)")
            say("      " + QuoteMarking.marked(citation, in: source))
        }
    }
}

/// Shows a quote inside its sentence, marked off with « ». A sentence can be a megabyte of text
/// with no full stop, so at most `contextLimit` characters are shown on each side, and `…` marks
/// what is left out.
enum QuoteMarking {
    static let contextLimit = 300

    static func marked(_ citation: Citation, in source: Source) -> String {
        let sentence = source.sentences[citation.sentenceIndex - 1].range
        let start = max(sentence.lowerBound, citation.range.lowerBound - contextLimit)
        let end = min(sentence.upperBound, citation.range.upperBound + contextLimit)
        return (start > sentence.lowerBound ? "…" : "") + source.text[start..<citation.range.lowerBound] + "«"
            + citation.quote + "»" + source.text[citation.range.upperBound..<end]
            + (end < sentence.upperBound ? "…" : "")
    }
}
