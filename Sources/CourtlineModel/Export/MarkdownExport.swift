/// The timeline as a Markdown chronology: a table of date, court and event, with every fact's
/// quotes as footnotes naming the source and sentence, so that it reads on its own.
public enum MarkdownExport {
    public static func render(_ model: Case, events: [Event]) -> String {
        var lines = [
            "# \(escaped(model.title))", "",
            "\(events.count) of \(model.events.count) events, each told in the words of its sources: the footnotes "
                + "quote them, with the source and the sentence. Publication dates are supplied by the case file, "
                + "not the articles; other dates are worked out from the articles' words, as each footnote says.",
            "", "| Date | Court | Event |", "| --- | --- | --- |",
        ]
        var footnotes: [String] = []
        for event in events {
            let court = event.courtID.flatMap(model.court).map(\.shortName) ?? "—"
            var marks = ""
            for (position, citation) in event.citations.enumerated() {
                // How the date was worked out is said once, with the event's first quote.
                let date = position == 0 ? " Date: \(escaped(event.date.basis))." : ""
                footnotes.append("[^\(footnotes.count + 1)]: " + quoted(citation, in: model) + date)
                marks += "[^\(footnotes.count)]"
            }
            lines.append("| \(escaped(event.date.display)) | \(escaped(court)) | \(escaped(event.title))\(marks) |")
        }
        let sources = model.sources.map { source in
            let outlet = source.outlet.map { "\(escaped($0.name)), " } ?? ""
            return "- `\(source.id)`: \(outlet)“\(escaped(source.title))” (\(escaped(source.file))), published "
                + "\(source.published.iso) (supplied by the case file, not in the article)"
        }
        return (lines + [""] + footnotes + ["", "## Sources", ""] + sources).joined(separator: "\n") + "\n"
    }

    /// A quote and where it stands: `“…” — Reuters (`reuters`), sentence 12 of 20.`
    private static func quoted(_ citation: Citation, in model: Case) -> String {
        let source = model.source(citation.sourceID)
        let outlet = source?.outlet.map { "\(escaped($0.name)) " } ?? ""
        let count = source.map { " of \($0.sentences.count)" } ?? ""
        return
            "“\(escaped(citation.quote))” — \(outlet)(`\(citation.sourceID)`), sentence \(citation.sentenceIndex)\(count)."
    }

    /// Text with the characters Markdown would read as markup (or a table's cell border)
    /// backslash-escaped, and line breaks as spaces, so it shows as written.
    static func escaped(_ text: String) -> String {
        text.escaped { character in
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#": "\\\(character)"
            case "\n", "\r", "\r\n": " "
            default: nil
            }
        }
    }
}
