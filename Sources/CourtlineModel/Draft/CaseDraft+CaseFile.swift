extension CaseDraft {
    /// Drafts a case from the articles (see `CaseDrafter`). A case needs text and an event, so
    /// an article with no sentence, or articles that give no event, are refused.
    public init(articles: [DraftArticle], caseID: String, title: String? = nil) throws(DraftError) {
        self = try CaseDrafter.draft(articles, caseID: caseID, title: title)
        guard !events.isEmpty else { throw DraftError.noEvent }
    }

    /// A draft whose ids are none of `reserved` (a case's own, when the draft is added to it),
    /// which may propose no event: the case has its own.
    init(articles: [DraftArticle], reserving reserved: Set<String>) throws(DraftError) {
        self = try CaseDrafter.draft(articles, caseID: "", title: "", reserving: reserved)
    }

    /// The draft as a case file that `courtline verify` accepts: every proposed court, party
    /// and event carries `draft:` saying what to check, and every sentence nothing cites is left
    /// out with a reason. Text is double-quoted, so no article's words can be read as YAML.
    public var caseFile: String {
        var lines = [
            "# A draft made by `courtline draft` from the articles' words. Every court, party and event",
            "# below is a proposal (see its `draft:` note): review each against its quotes, then delete the note.",
            "",
            "case:",
            "  id: \(YAMLText.quoted(caseID))",
            "  title: \(YAMLText.quoted(title))",
        ]
        func list(_ key: String, _ items: [[String]]) {
            lines += ["", items.isEmpty ? "\(key): []" : "\(key):"] + items.flatMap { $0 }
        }
        list("sources", sources.map(\.lines))
        list("courts", courts.map(\.lines))
        list("parties", parties.map(\.lines))
        list("events", events.map(\.lines))
        if !leftOut.isEmpty { list("left_out", leftOut.map(\.lines)) }
        return lines.joined(separator: "\n") + "\n"
    }
}

// The lines of each entry as an item of its list, two spaces in, as the case file writes them.

extension CaseDraft.SourceEntry {
    var lines: [String] {
        var lines = [
            "  - id: \(YAMLText.quoted(id))", "    file: \(YAMLText.quoted(file))",
            "    published: \(YAMLText.quoted(published.iso))", "    headline: \(headline)",
        ]
        if let outlet {
            lines += [
                "    outlet:", "      name: \(YAMLText.quoted(outlet.name))",
                "      quote: \(YAMLText.quoted(outlet.quote.text))",
            ]
            if let occurrence = outlet.quote.occurrence { lines.append("      occurrence: \(occurrence)") }
        }
        return lines
    }
}

extension CaseDraft.CourtEntry {
    var lines: [String] {
        [
            "  - id: \(YAMLText.quoted(id))", "    name: \(YAMLText.quoted(name))",
            "    short: \(YAMLText.quoted(shortName))", "    level: \(level.rawValue)",
            "    draft: \(YAMLText.quoted(note))",
        ] + CaseDraft.Quote.lines(citations)
    }
}

extension CaseDraft.PartyEntry {
    var lines: [String] {
        [
            "  - id: \(YAMLText.quoted(id))", "    name: \(YAMLText.quoted(name))", "    kind: \(kind.rawValue)",
            "    role: \(YAMLText.quoted(role))", "    draft: \(YAMLText.quoted(note))",
        ] + CaseDraft.Quote.lines(citations)
    }
}

extension CaseDraft.EventEntry {
    var lines: [String] {
        var lines = [
            "  - id: \(YAMLText.quoted(id))", "    title: \(YAMLText.quoted(title))", "    kind: \(kind.rawValue)",
            "    summary: \(YAMLText.quoted(summary))", "    date:", "      text: \(YAMLText.quoted(date.text))",
        ]
        if let source = date.sourceID { lines.append("      source: \(YAMLText.quoted(source))") }
        if let anchor = date.anchor { lines.append("      anchor: \(YAMLText.quoted(anchor))") }
        if let bound = date.notBefore { lines.append("      not_before: \(YAMLText.quoted(bound))") }
        if let bound = date.notAfter { lines.append("      not_after: \(YAMLText.quoted(bound))") }
        if !alsoDated.isEmpty {
            lines.append("      also:")
            for other in alsoDated {
                let source = other.sourceID.map { ", source: \(YAMLText.quoted($0))" } ?? ""
                lines.append("        - {text: \(YAMLText.quoted(other.text))\(source)}")
            }
        }
        if let courtID { lines.append("    court: \(YAMLText.quoted(courtID))") }
        lines.append("    parties: [\(partyIDs.map(YAMLText.quoted).joined(separator: ", "))]")
        lines.append("    draft: \(YAMLText.quoted(note))")
        return lines + CaseDraft.Quote.lines(citations)
    }
}

extension CaseDraft.LeftOutEntry {
    var lines: [String] {
        ["  - source: \(YAMLText.quoted(quote.sourceID))", "    quote: \(YAMLText.quoted(quote.text))"]
            + (quote.occurrence.map { ["    occurrence: \($0)"] } ?? [])
            + ["    reason: \(YAMLText.quoted(reason))"]
    }
}

extension CaseDraft.Quote {
    /// A `citations:` list, four spaces in.
    static func lines(_ quotes: [Self]) -> [String] {
        ["    citations:"] + quotes.flatMap { $0.itemLines(indent: "      ") }
    }

    /// The quote as a list item: `- source:` at `indent`, its other fields under it.
    func itemLines(indent: String) -> [String] {
        ["\(indent)- source: \(YAMLText.quoted(sourceID))", "\(indent)  quote: \(YAMLText.quoted(text))"]
            + (occurrence.map { ["\(indent)  occurrence: \($0)"] } ?? [])
    }
}

enum YAMLText {
    /// A YAML double-quoted scalar: backslash, quotation mark and every control or line-breaking
    /// character escaped, so the text reads back exactly.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                let value = scalar.value
                // Control, format (bidi, zero-width) and line-separating characters: escaped, so the
                // file shows them and a terminal it is printed on obeys none.
                switch scalar.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator:
                    result += value > 0xFFFF ? "\\U" + hex(value, digits: 8) : "\\u" + hex(value, digits: 4)
                default:
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
