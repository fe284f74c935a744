import Foundation

/// The JSON export, `courtline/1`: a contract other tools rely on. Each record is written by its
/// fields in `ExportSchema`, every field once and no other, so the shape is the published one
/// and cannot drift with the model; absent values are written as `null`, never left out.
public struct CaseExport: Encodable, Sendable {
    public static let schema = ExportSchema.version

    private let value: JSONValue

    public init(_ model: Case, events: [Event]? = nil) {
        typealias Export = ExportSchema.Export
        value = JSONValue(
            Export.record,
            [
                (Export.schema, .string(ExportSchema.version)),
                (
                    Export.header,
                    JSONValue(
                        CaseFileSchema.CaseHeader.record,
                        [
                            (CaseFileSchema.CaseHeader.id, .string(model.id)),
                            (CaseFileSchema.CaseHeader.title, .string(model.title)),
                        ])
                ),
                (Export.sources, .lazyArray(LazyValues(model.sources) { SourceRecord($0).value })),
                (Export.courts, .array(model.courts.map(JSONValue.init))),
                (Export.parties, .array(model.parties.map(JSONValue.init))),
                (Export.events, .lazyArray(LazyValues(events ?? model.events) { EventRecord($0).value })),
            ])
    }

    public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }

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

    /// An article and its sentences.
    public struct SourceRecord: Encodable, Sendable {
        fileprivate let value: JSONValue

        public init(_ source: Source) {
            self.init(
                id: source.id, file: source.file, title: source.title, titleBasis: source.titleBasis,
                outlet: source.outlet?.name, published: source.published.iso, publishedBasis: Source.publishedBasis,
                sentences: source.sentences)
        }

        /// A file segmented on its own, outside any case: no id but its name, no metadata.
        public init(file: String, sentences: Sentences) {
            self.init(
                id: file, file: file, title: sentences.first?.text ?? "", titleBasis: .leadSentence, outlet: nil,
                published: nil, publishedBasis: "not supplied: a file read on its own, outside a case",
                sentences: sentences)
        }

        private init(
            id: String, file: String, title: String, titleBasis: Source.TitleBasis, outlet: String?,
            published: String?, publishedBasis: String, sentences: Sentences
        ) {
            typealias Fields = ExportSchema.Source
            typealias Sentence = ExportSchema.Sentence
            value = JSONValue(
                Fields.record,
                [
                    (CaseFileSchema.Source.id, .string(id)), (CaseFileSchema.Source.file, .string(file)),
                    (Fields.title, .string(title)), (Fields.titleBasis, .string(titleBasis.rawValue)),
                    (Fields.outlet, JSONValue(outlet)), (Fields.published, JSONValue(published)),
                    (Fields.publishedBasis, .string(publishedBasis)),
                    (
                        Fields.sentences,
                        .array(
                            sentences.map { sentence in
                                JSONValue(
                                    Sentence.record,
                                    [
                                        (Sentence.index, .int(sentence.index)),
                                        (Sentence.start, .int(sentence.range.lowerBound)),
                                        (Sentence.end, .int(sentence.range.upperBound)),
                                        (Sentence.text, .string(sentence.text)),
                                    ])
                            })
                    ),
                ])
        }

        public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    /// An event, its date worked out and its citations found.
    public struct EventRecord: Encodable, Sendable {
        fileprivate let value: JSONValue

        public init(_ event: Event) {
            typealias Fields = CaseFileSchema.Event
            typealias Date = ExportSchema.Date
            value = JSONValue(
                ExportSchema.Event.record,
                [
                    (Fields.id, .string(event.id)), (Fields.title, .string(event.title)),
                    (Fields.kind, .string(event.kind.rawValue)), (Fields.summary, .string(event.summary)),
                    (
                        ExportSchema.Event.date,
                        JSONValue(
                            Date.record,
                            [
                                (CaseFileSchema.Date.text, .string(event.date.text)),
                                (Date.earliest, JSONValue(event.date.earliest?.iso)),
                                (Date.latest, JSONValue(event.date.latest?.iso)),
                                (Date.precision, .string(event.date.precision.rawValue)),
                                (Date.basis, .string(event.date.basis)),
                            ])
                    ),
                    (Fields.court, JSONValue(event.courtID)), (Fields.parties, JSONValue(event.partyIDs)),
                    (ExportSchema.citations, JSONValue(event.citations)),
                    (ExportSchema.Event.toldBy, JSONValue(event.sourceIDs)),
                    (CaseFileSchema.draft, JSONValue(event.draft)),
                ])
        }

        public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }
}

extension JSONValue {
    /// A record of the export, given every one of its fields, in the schema's order.
    init(_ record: ExportSchema.Record, _ values: [(ExportSchema.Field, JSONValue)]) {
        precondition(
            values.count == record.fields.count && zip(values, record.fields).allSatisfy { $0.0.key == $1.key },
            "the export's \(record.name) is written with \(values.map(\.0.key)), not the schema's fields")
        self = .object(Dictionary(uniqueKeysWithValues: values.map { ($0.0.key, $0.1) }))
    }

    fileprivate init(_ citations: [Citation]) {
        typealias Fields = ExportSchema.Citation
        self = .array(
            citations.map { citation in
                JSONValue(
                    Fields.record,
                    [
                        (CaseFileSchema.Quote.source, .string(citation.sourceID)),
                        (Fields.sentence, .int(citation.sentenceIndex)),
                        (Fields.start, .int(citation.range.lowerBound)),
                        (Fields.end, .int(citation.range.upperBound)),
                        (CaseFileSchema.Quote.quote, .string(citation.quote)),
                    ])
            })
    }

    fileprivate init(_ court: Court) {
        typealias Fields = CaseFileSchema.Court
        self.init(
            ExportSchema.Court.record,
            [
                (Fields.id, .string(court.id)), (Fields.name, .string(court.name)),
                (Fields.short, .string(court.shortName)), (Fields.level, .string(court.level.rawValue)),
                (ExportSchema.citations, JSONValue(court.citations)), (CaseFileSchema.draft, JSONValue(court.draft)),
            ])
    }

    fileprivate init(_ party: Party) {
        typealias Fields = CaseFileSchema.Party
        self.init(
            ExportSchema.Party.record,
            [
                (Fields.id, .string(party.id)), (Fields.name, .string(party.name)),
                (Fields.kind, .string(party.kind.rawValue)),
                (ExportSchema.Party.standing, .string(party.standing.rawValue)), (Fields.side, JSONValue(party.side)),
                (Fields.role, .string(party.role)), (ExportSchema.citations, JSONValue(party.citations)),
                (CaseFileSchema.draft, JSONValue(party.draft)),
            ])
    }
}
