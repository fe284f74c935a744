extension CaseDraft {
    /// Drafts a case from the articles (see `CaseDrafter`).
    public init(articles: [DraftArticle], caseID: String, title: String? = nil) {
        self = CaseDrafter.draft(articles, caseID: caseID, title: title)
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
            "  id: \(quoted(caseID))",
            "  title: \(quoted(title))",
            "",
            "sources:",
        ]
        for source in sources {
            lines += [
                "  - id: \(quoted(source.id))", "    file: \(quoted(source.file))",
                "    published: \(quoted(source.published.iso))", "    headline: \(source.headline)",
            ]
            if let outlet = source.outlet {
                lines += [
                    "    outlet:", "      name: \(quoted(outlet.name))", "      quote: \(quoted(outlet.quote.text))",
                ]
                if let occurrence = outlet.quote.occurrence { lines.append("      occurrence: \(occurrence)") }
            }
        }
        lines += ["", courts.isEmpty ? "courts: []" : "courts:"]
        for court in courts {
            lines += [
                "  - id: \(quoted(court.id))", "    name: \(quoted(court.name))",
                "    short: \(quoted(court.shortName))",
                "    level: \(court.level.rawValue)", "    draft: \(quoted(court.note))",
            ]
            lines += citationLines(court.citations)
        }
        lines += ["", parties.isEmpty ? "parties: []" : "parties:"]
        for party in parties {
            lines += [
                "  - id: \(quoted(party.id))", "    name: \(quoted(party.name))", "    kind: \(party.kind.rawValue)",
                "    role: \(quoted(party.role))", "    draft: \(quoted(party.note))",
            ]
            lines += citationLines(party.citations)
        }
        lines += ["", events.isEmpty ? "events: []" : "events:"]
        for event in events {
            lines += [
                "  - id: \(quoted(event.id))", "    title: \(quoted(event.title))", "    kind: \(event.kind.rawValue)",
                "    summary: \(quoted(event.summary))", "    date:", "      text: \(quoted(event.date.text))",
            ]
            if let source = event.date.sourceID { lines.append("      source: \(quoted(source))") }
            if let anchor = event.date.anchor { lines.append("      anchor: \(quoted(anchor))") }
            if let bound = event.date.notBefore { lines.append("      not_before: \(quoted(bound))") }
            if let bound = event.date.notAfter { lines.append("      not_after: \(quoted(bound))") }
            if !event.alsoDated.isEmpty {
                lines.append("      also:")
                for other in event.alsoDated {
                    lines.append(
                        "        - {text: \(quoted(other.text))\(other.sourceID.map { ", source: \(quoted($0))" } ?? "")}"
                    )
                }
            }
            if let court = event.courtID { lines.append("    court: \(quoted(court))") }
            lines.append("    parties: [\(event.partyIDs.map(quoted).joined(separator: ", "))]")
            lines.append("    draft: \(quoted(event.note))")
            lines += citationLines(event.citations)
        }
        if !leftOut.isEmpty { lines += ["", "left_out:"] }
        for entry in leftOut {
            lines.append("  - source: \(quoted(entry.quote.sourceID))")
            lines.append("    quote: \(quoted(entry.quote.text))")
            if let occurrence = entry.quote.occurrence { lines.append("    occurrence: \(occurrence)") }
            lines.append("    reason: \(quoted(entry.reason))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func citationLines(_ quotes: [Quote]) -> [String] {
        ["    citations:"]
            + quotes.flatMap { quote in
                ["      - source: \(quoted(quote.sourceID))", "        quote: \(quoted(quote.text))"]
                    + (quote.occurrence.map { ["        occurrence: \($0)"] } ?? [])
            }
    }

    /// A YAML double-quoted scalar: backslash, quotation mark and every control or line-breaking
    /// character escaped, so the text reads back exactly.
    private func quoted(_ text: String) -> String {
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

    private func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
