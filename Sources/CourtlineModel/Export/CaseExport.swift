import Foundation

/// The JSON export, `courtline/1`: a contract other tools rely on. Its records are kept apart from the
/// model, so the shape cannot drift with it; absent values are written as `null`, never left out.
public struct CaseExport: Encodable, Sendable {
    public static let schema = "courtline/1"

    let schema = CaseExport.schema
    let header: Header
    let sources: [SourceRecord]
    let courts: [CourtRecord]
    let parties: [PartyRecord]
    let events: [EventRecord]

    public init(_ model: Case, events: [Event]? = nil) {
        header = Header(id: model.id, title: model.title)
        sources = model.sources.map(SourceRecord.init)
        courts = model.courts.map(CourtRecord.init)
        parties = model.parties.map(PartyRecord.init)
        self.events = (events ?? model.events).map(EventRecord.init)
    }

    enum CodingKeys: String, CodingKey {
        case schema, header = "case", sources, courts, parties, events
    }

    /// Pretty, with sorted keys, so that the same case always exports the same bytes. Every
    /// character `UnsafeScalars` names is escaped (`\u009b`), as JSONEncoder does only for C0
    /// controls: the text reads back exactly, and printed on a terminal it cannot act on it.
    public static func json<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain records of strings and numbers cannot fail.
        let data = try! encoder.encode(value)
        let json = String(decoding: data, as: UTF8.self)
        // The encoder escapes C0 controls, so the line breaks left are the layout's. Outside
        // strings JSON holds only ASCII, so any other such character stands in one.
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x20 && UnsafeScalars.contains(scalar) }
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var escaped = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard needsEscape(scalar) else {
                escaped.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            escaped.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(escaped)
    }

    struct Header: Encodable {
        let id: String
        let title: String
    }

    public struct SourceRecord: Encodable, Sendable {
        let id: String
        let file: String
        let title: String
        let titleBasis: String
        let outlet: Nullable<String>
        let published: Nullable<String>
        let publishedBasis: String
        let sentences: [SentenceRecord]

        public init(_ source: Source) {
            id = source.id
            file = source.file
            title = source.title
            titleBasis = source.titleBasis.rawValue
            outlet = Nullable(source.outlet?.name)
            published = Nullable(source.published.iso)
            publishedBasis = Source.publishedBasis
            sentences = source.sentences.map(SentenceRecord.init)
        }

        /// A file segmented on its own, outside any case: no id but its name, no metadata.
        public init(file: String, sentences: Sentences) {
            id = file
            self.file = file
            title = sentences.first?.text ?? ""
            titleBasis = Source.TitleBasis.leadSentence.rawValue
            outlet = Nullable(nil)
            published = Nullable(nil)
            publishedBasis = "not supplied: a file read on its own, outside a case"
            self.sentences = sentences.map(SentenceRecord.init)
        }

        enum CodingKeys: String, CodingKey {
            case id, file, title, titleBasis = "title_basis", outlet, published
            case publishedBasis = "published_basis", sentences
        }
    }

    struct SentenceRecord: Encodable {
        let index: Int
        let start: Int
        let end: Int
        let text: String

        init(_ sentence: Sentence) {
            index = sentence.index
            start = sentence.range.lowerBound
            end = sentence.range.upperBound
            text = sentence.text
        }
    }

    struct CitationRecord: Encodable {
        let source: String
        let sentence: Int
        let start: Int
        let end: Int
        let quote: String

        init(_ citation: Citation) {
            source = citation.sourceID
            sentence = citation.sentenceIndex
            start = citation.range.lowerBound
            end = citation.range.upperBound
            quote = citation.quote
        }
    }

    struct CourtRecord: Encodable {
        let id: String
        let name: String
        let short: String
        let level: String
        let citations: [CitationRecord]
        let draft: Nullable<String>

        init(_ court: Court) {
            id = court.id
            name = court.name
            short = court.shortName
            level = court.level.rawValue
            citations = court.citations.map(CitationRecord.init)
            draft = Nullable(court.draft)
        }
    }

    struct PartyRecord: Encodable {
        let id: String
        let name: String
        let kind: String
        let standing: String
        let side: Nullable<String>
        let role: String
        let citations: [CitationRecord]
        let draft: Nullable<String>

        init(_ party: Party) {
            id = party.id
            name = party.name
            kind = party.kind.rawValue
            standing = party.standing.rawValue
            side = Nullable(party.side)
            role = party.role
            citations = party.citations.map(CitationRecord.init)
            draft = Nullable(party.draft)
        }
    }

    public struct EventRecord: Encodable, Sendable {
        let id: String
        let title: String
        let kind: String
        let summary: String
        let date: DateRecord
        let court: Nullable<String>
        let parties: [String]
        let citations: [CitationRecord]
        let toldBy: [String]
        let draft: Nullable<String>

        enum CodingKeys: String, CodingKey {
            case id, title, kind, summary, date, court, parties, citations, draft
            case toldBy = "told_by"
        }

        public init(_ event: Event) {
            id = event.id
            title = event.title
            kind = event.kind.rawValue
            summary = event.summary
            date = DateRecord(event.date)
            court = Nullable(event.courtID)
            parties = event.partyIDs
            citations = event.citations.map(CitationRecord.init)
            toldBy = event.sourceIDs
            draft = Nullable(event.draft)
        }
    }

    struct DateRecord: Encodable {
        let text: String
        let earliest: Nullable<String>
        let latest: Nullable<String>
        let precision: String
        let basis: String

        init(_ date: EventDate) {
            text = date.text
            earliest = Nullable(date.earliest?.iso)
            latest = Nullable(date.latest?.iso)
            precision = date.precision.rawValue
            basis = date.basis
        }
    }
}

/// An optional that encodes as `null` when absent, where synthesized `Encodable` would leave the key out.
struct Nullable<Wrapped: Encodable & Sendable>: Encodable, Sendable {
    let value: Wrapped?

    init(_ value: Wrapped?) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
