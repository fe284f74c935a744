import Foundation
import Testing

@testable import CourtlineModel

/// The one description of the case file, and the loader that reads by it: every field the
/// schema gives a record is read with the type it says, and no other field is allowed.
@Suite("The case file's schema")
struct CaseFileSchemaTests {
    typealias Schema = CaseFileSchema

    static func record(named name: String) -> Schema.Record {
        Schema.records.first { $0.name == name }!
    }

    /// A value of the type, as the loader takes it.
    static func sample(_ type: Schema.FieldType) -> Any {
        switch type {
        case .text: "x"
        case .day: "2024-12-20"
        case .bool: true
        case .count, .offset: 1
        case .oneOf(let words): words[0]
        case .record(let name): sample(record(named: name))
        case .list(let item): [sample(item)]
        }
    }

    static func sample(_ record: Schema.Record) -> [String: Any] {
        Dictionary(uniqueKeysWithValues: record.fields.map { ($0.key, sample($0.type)) })
    }

    /// A value the type does not take.
    static func wrong(_ type: Schema.FieldType) -> Any {
        switch type {
        case .text, .day, .oneOf: ["a": "mapping"]
        case .bool: "maybe"
        case .count, .offset: "several"
        case .record: ["a list"]
        case .list: ["a": "mapping"]
        }
    }

    /// Reads `value` as the named record, as the loader does.
    static func read(_ name: String, _ value: [String: Any]) throws -> (
        strays: [StrayField], failure: CaseFileDecodingError?
    ) {
        let json = String(
            decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
        let node = try #require(try YAMLParser.parse(json))
        func run<Record: CaseFileRecord>(_: Record.Type) -> ([StrayField], CaseFileDecodingError?) {
            let read = CaseFileFields.read(Record.self, from: node, at: .root)
            return (read.strays, read.failure)
        }
        let types: [String: any CaseFileRecord.Type] = [
            "case_file": RawCaseFile.self, "case": RawCaseFile.Header.self, "source": RawCaseFile.SourceEntry.self,
            "outlet": RawCaseFile.OutletEntry.self, "court": RawCaseFile.CourtEntry.self,
            "party": RawCaseFile.PartyEntry.self, "event": RawCaseFile.EventEntry.self,
            "date": RawCaseFile.DateEntry.self, "corroboration": RawCaseFile.Corroboration.self,
            "quote": RawCaseFile.Quote.self, "left_out": RawCaseFile.LeftOutEntry.self,
        ]
        let type = try #require(types[name], "no reader for the schema's record '\(name)'")
        #expect(type.schema.name == name)
        return run(type)
    }

    @Test(arguments: Schema.records.map(\.name))
    func everyFieldIsReadAsTheSchemaSays(_ name: String) throws {
        let record = Self.record(named: name)
        let whole = try Self.read(name, Self.sample(record))
        #expect(whole.failure == nil, "\(whole.failure?.message ?? "")")
        #expect(whole.strays.isEmpty)
        for field in record.fields {
            var value = Self.sample(record)
            value[field.key] = Self.wrong(field.type)
            let read = try Self.read(name, value)
            let failure = try #require(read.failure, "\(name).\(field.key) was not read, or took anything")
            #expect(failure.path.contains(.key(field.key)), "\(name).\(field.key): \(failure.message)")
            if !field.required {
                var without = Self.sample(record)
                without[field.key] = nil
                #expect(try Self.read(name, without).failure == nil, "\(name).\(field.key) is optional")
            }
        }
    }

    @Test(arguments: Schema.records.map(\.name))
    func anyOtherFieldIsUnknownAndTheAllowedOnesAreNamed(_ name: String) throws {
        var value = Self.sample(Self.record(named: name))
        value["colour"] = "red"
        let read = try Self.read(name, value)
        let stray = try #require(read.strays.first)
        #expect(stray.field == "colour")
        #expect(stray.allowed == Self.record(named: name).fields.map(\.key))
    }

    @Test func theJSONSchemaNamesEveryRecordAndForbidsOtherFields() throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(Schema.jsonSchema.utf8)) as? [String: Any])
        let definitions = try #require(json["$defs"] as? [String: [String: Any]])
        #expect(Set(definitions.keys) == Set(Schema.records.map(\.name)))
        for (name, definition) in definitions {
            #expect(definition["additionalProperties"] as? Bool == false, "\(name)")
            let required = try #require(definition["required"] as? [String])
            #expect(required == Self.record(named: name).fields.filter(\.required).map(\.key))
        }
        #expect(json["$ref"] as? String == "#/$defs/case_file")
    }

    /// The committed schema is the one `courtline schema` prints.
    @Test func theCommittedSchemaIsCurrent() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schema/case-file.schema.json")
        if ProcessInfo.processInfo.environment["COURTLINE_RECORD"] == "1" {
            try Schema.jsonSchema.write(to: path, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: path, encoding: .utf8) == Schema.jsonSchema)
    }
}
