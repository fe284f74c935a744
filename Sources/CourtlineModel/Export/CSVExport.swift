import Foundation

/// The timeline as CSV (RFC 4180): a header, then one row per event with its date fields, court,
/// parties and citations. Lines end in CRLF; a field holding a comma, a quotation mark or a line
/// break is quoted, its quotation marks doubled. Text is kept exactly as the sources write it.
public enum CSVExport {
    public static let header = [
        "id", "date", "earliest", "latest", "precision", "date_text", "date_basis", "court", "court_name", "parties",
        "kind", "title", "summary", "citations",
    ]

    public static func render(_ model: Case, events: [Event]) -> String {
        let rows = [header] + events.map { row(for: $0, in: model) }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func row(for event: Event, in model: Case) -> [String] {
        let date = event.date
        let court = event.courtID.flatMap(model.court)
        let parties = event.partyIDs.map { id in model.party(id)?.nameAndRole ?? id }
        // Each quote with where it is, one after another: `s1 sentence 3: “…”`.
        let citations = event.citations.map { "\($0.sourceID) sentence \($0.sentenceIndex): “\($0.quote)”" }
        return [
            event.id, date.display, date.earliest?.iso ?? "", date.latest?.iso ?? "", date.precision.rawValue,
            date.text,
            date.basis, event.courtID ?? "", court?.name ?? "", parties.joined(separator: "; "), event.kind.rawValue,
            event.title, event.summary, citations.joined(separator: " | "),
        ]
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
