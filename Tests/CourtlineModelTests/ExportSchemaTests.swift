import Foundation
import Testing

@testable import CourtlineModel

/// The export is written by its one description: every record the export holds has exactly the
/// fields `ExportSchema` gives it, each of the type it says, and the published schema is current.
@Suite("The export's schema")
struct ExportSchemaTests {
    typealias Schema = ExportSchema

    static func record(named name: String) -> Schema.Record? {
        Schema.records.first { $0.name == name }
    }

    /// Where `value` is not what `type` says, as "path: what is wrong".
    static func mismatches(_ value: Any, _ type: CaseFileSchema.FieldType, nullable: Bool, at path: String) -> [String]
    {
        if value is NSNull { return nullable ? [] : ["\(path): null"] }
        switch type {
        case .text: return value is String ? [] : ["\(path): not text"]
        case .day:
            let day = value as? String
            return day.flatMap(CalendarDay.init(iso:)) != nil ? [] : ["\(path): not a day"]
        case .bool: return value is Bool ? [] : ["\(path): not true or false"]
        case .count, .offset:
            guard let number = value as? Int else { return ["\(path): not a whole number"] }
            let least = if case .count = type { 1 } else { 0 }
            return number >= least ? [] : ["\(path): \(number) out of range"]
        case .oneOf(let words): return words.contains(value as? String ?? "") ? [] : ["\(path): \(value) not allowed"]
        case .list(let item):
            guard let items = value as? [Any] else { return ["\(path): not a list"] }
            return items.enumerated().flatMap { mismatches($1, item, nullable: false, at: "\(path)[\($0)]") }
        case .record(let name):
            guard let record = record(named: name) else { return ["\(path): no record \(name)"] }
            guard let object = value as? [String: Any] else { return ["\(path): not a \(name)"] }
            let keys = record.fields.map(\.key)
            if Set(object.keys) != Set(keys) { return ["\(path): keys \(object.keys.sorted()), not \(keys.sorted())"] }
            return record.fields.flatMap { field in
                mismatches(object[field.key]!, field.type, nullable: !field.required, at: "\(path).\(field.key)")
            }
        }
    }

    @Test func theBundledCasesExportIsWhatTheSchemaDescribes() throws {
        let model = try CaseLoader().load(caseFileAt: Seeds.path(Seeds.caseFile))
        let json = try JSONSerialization.jsonObject(with: Data(CaseExport.json(CaseExport(model)).utf8))
        let problems = Self.mismatches(json, .record(Schema.Export.record.name), nullable: false, at: "export")
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        // The walk reached every record the schema names.
        #expect(Schema.records.count == 9)
    }

    @Test func anExportThatLeavesAFieldOutIsCaught() throws {
        let citation: [String: Any] = ["source": "a", "sentence": 1, "start": 0, "end": 4]
        let problems = Self.mismatches(citation, .record(Schema.Citation.record.name), nullable: false, at: "c")
        #expect(
            problems == [
                "c: keys [\"end\", \"sentence\", \"source\", \"start\"], not [\"end\", \"quote\", \"sentence\", \"source\", \"start\"]"
            ])
    }

    @Test func theJSONSchemaRequiresEveryFieldAndAllowsNullOnlyForOptionalOnes() throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(Schema.jsonSchema.utf8)) as? [String: Any])
        let definitions = try #require(json["$defs"] as? [String: [String: Any]])
        #expect(Set(definitions.keys) == Set(Schema.records.map(\.name)))
        for record in Schema.records {
            let definition = try #require(definitions[record.name])
            #expect(definition["required"] as? [String] == record.fields.map(\.key), "\(record.name)")
            #expect(definition["additionalProperties"] as? Bool == false)
            let properties = try #require(definition["properties"] as? [String: [String: Any]])
            for field in record.fields {
                let property = try #require(properties[field.key])
                let allowsNull = "\(property)".contains("null")
                #expect(allowsNull == !field.required, "\(record.name).\(field.key)")
            }
        }
        #expect(json["$ref"] as? String == "#/$defs/export")
    }

    /// Fields the export shares with the case file are the case file's own.
    @Test func sharedFieldsAreTheCaseFilesOwn() {
        let shared = [
            (Schema.Court.record, CaseFileSchema.Court.record), (Schema.Party.record, CaseFileSchema.Party.record),
            (Schema.Event.record, CaseFileSchema.Event.record),
        ]
        for (exported, written) in shared {
            for field in exported.fields {
                guard let same = written.fields.first(where: { $0.key == field.key }) else { continue }
                #expect(same.summary == field.summary, "\(exported.name).\(field.key)")
            }
        }
    }

    /// The committed schema is the one `courtline schema --export` prints.
    @Test func theCommittedSchemaIsCurrent() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schema/export.schema.json")
        if ProcessInfo.processInfo.environment["COURTLINE_RECORD"] == "1" {
            try Schema.jsonSchema.write(to: path, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: path, encoding: .utf8) == Schema.jsonSchema)
    }
}
