/// A JSON Schema (draft 2020-12) made from a description of records: the case file's, for editors
/// that check YAML against one (yaml-language-server in VS Code, Neovim, Helix), and the export's,
/// for tools that read it.
enum JSONSchema {
    /// How a document writes its fields. A person writing a case file may give a text field any
    /// single value and leave an optional field out or empty; the export writes every field, an
    /// absent one as `null`, and text only as strings.
    enum Writing {
        case byHand, everyField
    }

    static func document(
        title: String, description: String, records: [CaseFileSchema.Record], writing: Writing
    ) -> String {
        var definitions: [String: JSONValue] = [:]
        for record in records { definitions[record.name] = schema(of: record, writing) }
        let root: JSONValue = .object([
            "$schema": .string("https://json-schema.org/draft/2020-12/schema"),
            "title": .string(title),
            "description": .string(description),
            "$ref": .string("#/$defs/\(records[0].name)"),
            "$defs": .object(definitions),
        ])
        return CaseExport.json(root) + "\n"
    }

    private static func schema(of record: CaseFileSchema.Record, _ writing: Writing) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        for field in record.fields {
            guard case .object(var property) = schema(of: field.type, nullable: !field.required, writing) else {
                continue
            }
            property["description"] = .string(field.summary)
            properties[field.key] = .object(property)
        }
        let required = writing == .everyField ? record.fields : record.fields.filter(\.required)
        return .object([
            "type": .string("object"),
            "description": .string(record.summary),
            "additionalProperties": .bool(false),
            "required": .array(required.map { .string($0.key) }),
            "properties": .object(properties),
        ])
    }

    /// An optional field may be null: written empty by hand (`court:`, which YAML reads as null),
    /// or absent from an export.
    private static func schema(of type: CaseFileSchema.FieldType, nullable: Bool, _ writing: Writing) -> JSONValue {
        func types(_ names: String...) -> JSONValue {
            let all = names + (nullable ? ["null"] : [])
            return all.count == 1 ? .string(all[0]) : .array(all.map(JSONValue.string))
        }
        switch type {
        case .text:
            return .object(["type": writing == .byHand ? types("string", "number", "boolean") : types("string")])
        case .day: return .object(["type": types("string"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")])
        case .bool: return .object(["type": types("boolean")])
        case .count: return .object(["type": types("integer"), "minimum": .int(1)])
        case .offset: return .object(["type": types("integer"), "minimum": .int(0)])
        case .oneOf(let words):
            return .object(["enum": .array(words.map(JSONValue.string) + (nullable ? [.null] : []))])
        case .record(let name):
            let reference: JSONValue = .object(["$ref": .string("#/$defs/\(name)")])
            return nullable ? .object(["anyOf": .array([reference, .object(["type": .string("null")])])]) : reference
        case .list(let item):
            return .object(["type": types("array"), "items": schema(of: item, nullable: false, writing)])
        }
    }
}

extension CaseFileSchema {
    /// The case file as a JSON Schema. It allows what the loader reads: text fields take any
    /// single value, optional fields may be left out or empty, and no other field.
    public static var jsonSchema: String {
        JSONSchema.document(
            title: "Courtline case file",
            description:
                "A case: its articles, courts, parties and events, each citing the exact words of an article. "
                + "courtline verify checks what a schema cannot: that every quote is found in one sentence, "
                + "every id is unique and every reference resolves.",
            records: records, writing: .byHand)
    }
}

extension ExportSchema {
    /// The export as a JSON Schema: every field present, absent values `null`.
    public static var jsonSchema: String {
        JSONSchema.document(
            title: "Courtline export (\(version))",
            description:
                "A case as courtline export --format json writes it: the articles with their sentences, and "
                + "the courts, parties and events, each citation found in its sentence with its offsets.",
            records: records, writing: .everyField)
    }
}

/// A JSON value, for writing documents the model describes (the schemas, the export) with `CaseExport.json`.
enum JSONValue: Encodable, Sendable {
    case string(String), bool(Bool), int(Int), array([JSONValue]), object([String: JSONValue]), null
    /// A list made into values one item at a time as it is written, so that a large case's
    /// export is not held whole twice over (here, and in the encoder's own tree).
    case lazyArray(LazyValues)

    init(_ text: String?) { self = text.map(JSONValue.string) ?? .null }

    init(_ texts: [String]) { self = .array(texts.map(JSONValue.string)) }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .lazyArray(let values): try container.encode(values)
        }
    }
}

struct LazyValues: Encodable, Sendable {
    let count: Int
    let value: @Sendable (Int) -> JSONValue

    init<Item: Sendable>(_ items: [Item], _ value: @escaping @Sendable (Item) -> JSONValue) {
        count = items.count
        self.value = { value(items[$0]) }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        for index in 0..<count { try container.encode(value(index)) }
    }
}
