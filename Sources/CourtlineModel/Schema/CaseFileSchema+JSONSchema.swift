extension CaseFileSchema {
    /// The case file as a JSON Schema (draft 2020-12), for editors that check YAML against one
    /// (yaml-language-server in VS Code, Neovim, Helix). It allows what the loader reads: text
    /// fields take any single value, optional fields may be left empty, and no other field.
    public static var jsonSchema: String {
        var definitions: [String: JSONValue] = [:]
        for record in records { definitions[record.name] = schema(of: record) }
        let root: JSONValue = .object([
            "$schema": .string("https://json-schema.org/draft/2020-12/schema"),
            "title": .string("Courtline case file"),
            "description": .string(
                "A case: its articles, courts, parties and events, each citing the exact words of an article. "
                    + "courtline verify checks what a schema cannot: that every quote is found in one sentence, "
                    + "every id is unique and every reference resolves."),
            "$ref": .string("#/$defs/\(CaseFile.record.name)"),
            "$defs": .object(definitions),
        ])
        return CaseExport.json(root) + "\n"
    }

    private static func schema(of record: Record) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        for field in record.fields {
            guard case .object(var property) = schema(of: field.type, optional: !field.required) else { continue }
            property["description"] = .string(field.summary)
            properties[field.key] = .object(property)
        }
        return .object([
            "type": .string("object"),
            "description": .string(record.summary),
            "additionalProperties": .bool(false),
            "required": .array(record.fields.filter(\.required).map { .string($0.key) }),
            "properties": .object(properties),
        ])
    }

    /// An optional field may be written empty (`court:`), which YAML reads as null.
    private static func schema(of type: FieldType, optional: Bool) -> JSONValue {
        func types(_ names: String...) -> JSONValue {
            let all = names + (optional ? ["null"] : [])
            return all.count == 1 ? .string(all[0]) : .array(all.map(JSONValue.string))
        }
        switch type {
        case .text: return .object(["type": types("string", "number", "boolean")])
        case .day: return .object(["type": types("string"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")])
        case .bool: return .object(["type": types("boolean")])
        case .count: return .object(["type": types("integer"), "minimum": .int(1)])
        case .oneOf(let words):
            return .object(["enum": .array(words.map(JSONValue.string) + (optional ? [.null] : []))])
        case .record(let name):
            let reference: JSONValue = .object(["$ref": .string("#/$defs/\(name)")])
            return optional ? .object(["anyOf": .array([reference, .object(["type": .string("null")])])]) : reference
        case .list(let item):
            return .object(["type": types("array"), "items": schema(of: item, optional: false)])
        }
    }
}

/// A JSON value, for writing documents the model describes (the schema) with `CaseExport.json`.
enum JSONValue: Encodable {
    case string(String), bool(Bool), int(Int), array([JSONValue]), object([String: JSONValue]), null

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}
