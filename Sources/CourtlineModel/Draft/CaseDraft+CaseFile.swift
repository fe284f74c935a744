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
        typealias Schema = CaseFileSchema
        var lines = [
            "# A draft made by `courtline draft` from the articles' words. Every court, party and event",
            "# below is a proposal (see its `draft:` note): review each against its quotes, then delete the note.",
            "",
            "\(Schema.CaseFile.header.key):",
            Schema.CaseHeader.id.line(YAMLText.quoted(caseID), indent: 2),
            Schema.CaseHeader.title.line(YAMLText.quoted(title), indent: 2),
        ]
        func list(_ field: Schema.Field, _ items: [[String]]) {
            lines += ["", items.isEmpty ? "\(field.key): []" : "\(field.key):"] + items.flatMap { $0 }
        }
        list(Schema.CaseFile.sources, sources.map(\.lines))
        list(Schema.CaseFile.courts, courts.map(\.lines))
        list(Schema.CaseFile.parties, parties.map(\.lines))
        list(Schema.CaseFile.events, events.map(\.lines))
        if !leftOut.isEmpty { list(Schema.CaseFile.leftOut, leftOut.map(\.lines)) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension CaseFileSchema.Field {
    /// `key: value`, `indent` spaces in; as a list's item, `- key: value` with the dash there.
    func line(_ value: String, indent: Int, item: Bool = false) -> String {
        let lead = String(repeating: " ", count: item ? indent - 2 : indent) + (item ? "- " : "")
        return value.isEmpty ? "\(lead)\(key):" : "\(lead)\(key): \(value)"
    }
}

// The lines of each entry as an item of its list, two spaces in, with the fields of
// `CaseFileSchema` in its order.

private typealias Schema = CaseFileSchema
private let q = YAMLText.quoted

extension CaseDraft.SourceEntry {
    var lines: [String] {
        var lines = [
            Schema.Source.id.line(q(id), indent: 4, item: true), Schema.Source.file.line(q(file), indent: 4),
            Schema.Source.published.line(q(published.iso), indent: 4),
            Schema.Source.headline.line("\(headline)", indent: 4),
        ]
        if let outlet {
            lines += [
                Schema.Source.outlet.line("", indent: 4), Schema.Outlet.name.line(q(outlet.name), indent: 6),
                Schema.Quote.quote.line(q(outlet.quote.text), indent: 6),
            ]
            if let occurrence = outlet.quote.occurrence {
                lines.append(Schema.Quote.occurrence.line("\(occurrence)", indent: 6))
            }
        }
        return lines
    }
}

extension CaseDraft.CourtEntry {
    var lines: [String] {
        [
            Schema.Court.id.line(q(id), indent: 4, item: true), Schema.Court.name.line(q(name), indent: 4),
            Schema.Court.short.line(q(shortName), indent: 4), Schema.Court.level.line(level.rawValue, indent: 4),
            Schema.draft.line(q(note), indent: 4),
        ] + CaseDraft.Quote.lines(citations)
    }
}

extension CaseDraft.PartyEntry {
    var lines: [String] {
        [
            Schema.Party.id.line(q(id), indent: 4, item: true), Schema.Party.name.line(q(name), indent: 4),
            Schema.Party.kind.line(kind.rawValue, indent: 4),
            Schema.Party.standing.line(standing.rawValue, indent: 4),
        ] + (side.map { [Schema.Party.side.line(q($0), indent: 4)] } ?? []) + [
            Schema.Party.role.line(q(role), indent: 4), Schema.draft.line(q(note), indent: 4),
        ] + CaseDraft.Quote.lines(citations)
    }
}

extension CaseDraft.EventEntry {
    var lines: [String] {
        var lines = [
            Schema.Event.id.line(q(id), indent: 4, item: true), Schema.Event.title.line(q(title), indent: 4),
            Schema.Event.kind.line(kind.rawValue, indent: 4), Schema.Event.summary.line(q(summary), indent: 4),
            Schema.Event.date.line("", indent: 4), Schema.Date.text.line(q(date.text), indent: 6),
        ]
        let bounds: [(Schema.Field, String?)] = [
            (Schema.Date.source, date.sourceID), (Schema.Date.anchor, date.anchor),
            (Schema.Date.notBefore, date.notBefore), (Schema.Date.notAfter, date.notAfter),
        ]
        for case (let field, let value?) in bounds { lines.append(field.line(q(value), indent: 6)) }
        if date.countedBack { lines.append(Schema.Date.countedBack.line("true", indent: 6)) }
        if date.ahead { lines.append(Schema.Date.ahead.line("true", indent: 6)) }
        if !alsoDated.isEmpty {
            lines.append(Schema.Date.also.line("", indent: 6))
            for other in alsoDated {
                let source = other.sourceID.map { ", \(Schema.Corroboration.source.key): \(q($0))" } ?? ""
                let ahead = other.ahead ? ", \(Schema.Corroboration.ahead.key): true" : ""
                lines.append("        - {\(Schema.Corroboration.text.key): \(q(other.text))\(source)\(ahead)}")
            }
        }
        if let courtID { lines.append(Schema.Event.court.line(q(courtID), indent: 4)) }
        lines.append(Schema.Event.parties.line("[\(partyIDs.map(q).joined(separator: ", "))]", indent: 4))
        lines.append(Schema.draft.line(q(note), indent: 4))
        return lines + CaseDraft.Quote.lines(citations)
    }
}

extension CaseDraft.LeftOutEntry {
    var lines: [String] {
        [
            Schema.Quote.source.line(q(quote.sourceID), indent: 4, item: true),
            Schema.Quote.quote.line(q(quote.text), indent: 4),
        ]
            + (quote.occurrence.map { [Schema.Quote.occurrence.line("\($0)", indent: 4)] } ?? [])
            + [Schema.LeftOut.reason.line(q(reason), indent: 4)]
    }
}

extension CaseDraft.Quote {
    /// A `citations:` list, four spaces in.
    static func lines(_ quotes: [Self]) -> [String] {
        [Schema.citations.line("", indent: 4)] + quotes.flatMap { $0.itemLines(indent: "      ") }
    }

    /// The quote as a list item: `- source:` at `indent`, its other fields under it.
    func itemLines(indent: String) -> [String] {
        let depth = indent.count + 2
        return [
            Schema.Quote.source.line(q(sourceID), indent: depth, item: true),
            Schema.Quote.quote.line(q(text), indent: depth),
        ] + (occurrence.map { [Schema.Quote.occurrence.line("\($0)", indent: depth)] } ?? [])
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
