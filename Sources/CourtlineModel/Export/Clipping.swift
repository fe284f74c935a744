/// What `y` and `Y` put on the clipboard for a memo: a quote with its full citation, or an event
/// with its quotes as Markdown footnotes. Publication dates are the case file's, and say so.
public enum Clipping {
    /// «quote» — Reuters, “Article title”, published 2024-12-20, sentence 4 of 17.
    public static func quote(_ citation: Citation, in model: Case) -> String {
        "«\(citation.quote)» — " + reference(citation, in: model)
    }

    /// The event as Markdown: a heading with its date and title, its summary, kind, court,
    /// parties and how the date was worked out, each quote a footnote.
    public static func event(_ event: Event, in model: Case) -> String {
        let escaped = MarkdownExport.escaped
        let marks = event.citations.indices.map { "[^\($0 + 1)]" }.joined()
        var facts = ["Kind: \(event.kind.rawValue)"]
        if let court = event.courtID.flatMap(model.court) { facts.append("Court: \(escaped(court.name))") }
        let parties = event.partyIDs.compactMap(model.party).map(\.name)
        if !parties.isEmpty { facts.append("Parties: \(escaped(parties.joined(separator: ", ")))") }
        var lines = [
            "## \(escaped(event.date.display)) — \(escaped(event.title))", "",
            escaped(event.summary) + marks, "",
            facts.joined(separator: " · "), "",
            "Date: \(escaped(event.date.basis))",
        ]
        if event.draft != nil { lines += ["", "Draft: proposed by courtline draft, not yet reviewed."] }
        lines.append("")
        for (position, citation) in event.citations.enumerated() {
            lines.append(
                "[^\(position + 1)]: “\(escaped(citation.quote))” — \(escaped(reference(citation, in: model)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reuters, “Article title”, published 2024-12-20, sentence 4 of 17.
    private static func reference(_ citation: Citation, in model: Case) -> String {
        guard let source = model.source(citation.sourceID) else {
            return "\(citation.sourceID), sentence \(citation.sentenceIndex)."
        }
        let outlet = source.outlet?.name ?? "outlet not named"
        return "\(outlet), “\(source.title)”, published \(source.published.iso), "
            + "sentence \(citation.sentenceIndex) of \(source.sentences.count)."
    }
}

extension Source {
    /// The 1-based line of the file that `offset` (in Unicode scalars) stands on, as a pager or
    /// an editor counts lines: CR LF is one break.
    public func line(atOffset offset: Int) -> Int {
        var line = 1
        var previous: Unicode.Scalar?
        for scalar in text.slice(0..<min(offset, text.count)).unicodeScalars {
            if scalar == "\r" || (scalar == "\n" && previous != "\r") { line += 1 }
            previous = scalar
        }
        return line
    }
}
