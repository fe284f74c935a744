/// The case file as written, before verification: the YAML's shape and nothing more.
///
/// Each entry's `CodingKeys` are also the list of fields it allows (see `FieldShape`), so a
/// misspelt field is an error rather than silently ignored.
struct RawCaseFile: Decodable, ShapedRecord {
    let header: Header
    let sources: [SourceEntry]
    let courts: [CourtEntry]
    let parties: [PartyEntry]
    let events: [EventEntry]
    let leftOut: [LeftOutEntry]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case header = "case", sources, courts, parties, events, leftOut = "left_out"
    }
    static let nested: [String: FieldShape] = [
        "case": Header.shape, "sources": .list(SourceEntry.shape), "courts": .list(CourtEntry.shape),
        "parties": .list(PartyEntry.shape), "events": .list(EventEntry.shape),
        "left_out": .list(LeftOutEntry.shape),
    ]

    struct Header: Decodable, ShapedRecord {
        let id: String
        let title: String
        enum CodingKeys: String, CodingKey, CaseIterable { case id, title }
    }

    struct Quote: Decodable, ShapedRecord {
        let source: String
        let quote: String
        let prefix: String?
        let suffix: String?
        let occurrence: Int?
        enum CodingKeys: String, CodingKey, CaseIterable { case source, quote, prefix, suffix, occurrence }

        func selector() -> TextQuoteSelector {
            TextQuoteSelector(sourceID: source, exact: quote, prefix: prefix, suffix: suffix, occurrence: occurrence)
        }
    }

    struct OutletEntry: Decodable, ShapedRecord {
        let name: String
        let quote: String
        let prefix: String?
        let suffix: String?
        let occurrence: Int?
        enum CodingKeys: String, CodingKey, CaseIterable { case name, quote, prefix, suffix, occurrence }
    }

    struct SourceEntry: Decodable, ShapedRecord {
        let id: String
        let file: String
        let published: String
        let headline: Bool
        let outlet: OutletEntry?
        enum CodingKeys: String, CodingKey, CaseIterable { case id, file, published, headline, outlet }
        static let nested: [String: FieldShape] = ["outlet": OutletEntry.shape]
    }

    struct CourtEntry: Decodable, ShapedRecord {
        let id: String
        let name: String
        let short: String
        let level: String
        let citations: [Quote]
        enum CodingKeys: String, CodingKey, CaseIterable { case id, name, short, level, citations }
        static let nested: [String: FieldShape] = ["citations": .list(Quote.shape)]
    }

    struct PartyEntry: Decodable, ShapedRecord {
        let id: String
        let name: String
        let kind: String
        let role: String
        let citations: [Quote]
        enum CodingKeys: String, CodingKey, CaseIterable { case id, name, kind, role, citations }
        static let nested: [String: FieldShape] = ["citations": .list(Quote.shape)]
    }

    struct DateEntry: Decodable, ShapedRecord {
        /// The expression as the article writes it.
        let text: String
        /// Whose publication date anchors it; by default the source of the event's first citation.
        let source: String?
        /// Another event it counts from ("six months earlier").
        let anchor: String?
        /// Bounds from other events (or `publication`), for happenings the articles only order.
        let notBefore: String?
        let notAfter: String?
        /// Another event whose date this one shares (a finding of the same ruling).
        let sameAs: String?
        /// Why the articles give no date, for happenings still to come.
        let unknown: String?
        /// Other expressions, often from the other article, that must agree with this one.
        let also: [Corroboration]?
        enum CodingKeys: String, CodingKey, CaseIterable {
            case text, source, anchor, notBefore = "not_before", notAfter = "not_after", sameAs = "same_as"
            case unknown, also
        }
        static let nested: [String: FieldShape] = ["also": .list(Corroboration.shape)]
    }

    struct Corroboration: Decodable, ShapedRecord {
        let text: String
        let source: String?
        let anchor: String?
        enum CodingKeys: String, CodingKey, CaseIterable { case text, source, anchor }
    }

    struct EventEntry: Decodable, ShapedRecord {
        let id: String
        let title: String
        let kind: String
        let summary: String
        let date: DateEntry
        let court: String?
        let parties: [String]
        let citations: [Quote]
        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, title, kind, summary, date, court, parties, citations
        }
        static let nested: [String: FieldShape] = [
            "date": DateEntry.shape, "parties": .list(.scalar), "citations": .list(Quote.shape),
        ]
    }

    struct LeftOutEntry: Decodable, ShapedRecord {
        let source: String
        let quote: String
        let prefix: String?
        let suffix: String?
        let occurrence: Int?
        let reason: String
        enum CodingKeys: String, CodingKey, CaseIterable { case source, quote, prefix, suffix, occurrence, reason }

        func selector() -> TextQuoteSelector {
            TextQuoteSelector(sourceID: source, exact: quote, prefix: prefix, suffix: suffix, occurrence: occurrence)
        }
    }
}
