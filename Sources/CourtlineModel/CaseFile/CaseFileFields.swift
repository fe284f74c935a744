/// Reads the fields of one mapping of the case file into a record, by the fields
/// `CaseFileSchema` gives the record: any other field is reported as unknown (a misspelt field
/// is an error, not ignored).
///
/// Reading never stops half way: a field missing or of the wrong kind is noted and a blank
/// value stands in, so that every field is asked for and every unknown one found. Whoever
/// reads the record throws it away if anything was noted.
///
/// A large case file has hundreds of thousands of records, and most are sound, so reading one
/// makes nothing it needs only for a message: its path is joined only when there is a problem
/// to report.
struct CaseFileFields {
    private let entries: [YAMLEntry]
    private let line: Int
    private let place: Place
    /// The record being read, whose fields are the only ones allowed.
    private let record: CaseFileSchema.Record
    /// The path, once joined (see `path`).
    private var joinedPath: YAMLPath?
    /// Unknown fields found in the records read from this mapping.
    private(set) var strays: [StrayField] = []
    /// The first field found missing or of the wrong kind here or in the records read from here.
    private(set) var failure: CaseFileDecodingError?

    /// Where a mapping stands: the path of the record it is read from and up to two steps on.
    struct Place {
        let parent: YAMLPath
        let steps: (YAMLPathComponent?, YAMLPathComponent?)

        static let root = Place(parent: [])

        init(parent: YAMLPath, steps: (YAMLPathComponent?, YAMLPathComponent?) = (nil, nil)) {
            self.parent = parent
            self.steps = steps
        }

        var path: YAMLPath { parent + [steps.0, steps.1].compactMap { $0 } }
    }

    var path: YAMLPath {
        mutating get {
            if let joinedPath { return joinedPath }
            let path = place.path
            joinedPath = path
            return path
        }
    }

    private init(_ node: YAMLNode, at place: Place, record: CaseFileSchema.Record) {
        self.line = node.line
        self.place = place
        self.record = record
        if case .mapping(let entries) = node.content {
            self.entries = entries
        } else {
            self.entries = []
            failure = CaseFileDecodingError(
                path: place.path, line: node.line,
                message: "expected \(Self.mappingWords), found \(node.kindDescription)")
        }
    }

    static let mappingWords = "a mapping of fields"

    /// Reads a whole record from `node`: the record, every unknown field, and the first
    /// field missing or of the wrong kind (when there is one, the record is not to be used).
    static func read<Record: CaseFileRecord>(_: Record.Type, from node: YAMLNode, at place: Place)
        -> (record: Record, strays: [StrayField], failure: CaseFileDecodingError?)
    {
        var fields = CaseFileFields(node, at: place, record: Record.schema)
        let record = Record(&fields)
        return (record, fields.strays + fields.unknownFields(), fields.failure)
    }

    private mutating func note(_ failure: CaseFileDecodingError) {
        if self.failure == nil { self.failure = failure }
    }

    private mutating func merge(strays: [StrayField], failure: CaseFileDecodingError?) {
        self.strays += strays
        if let failure { note(failure) }
    }

    private mutating func unknownFields() -> [StrayField] {
        guard entries.contains(where: { !record.allows($0.key) }) else { return [] }
        let allowed = record.fields.map(\.key)
        return entries.filter { !record.allows($0.key) }.map { entry in
            StrayField(path: path + [.key(entry.key)], line: entry.value.line, field: entry.key, allowed: allowed)
        }
    }

    private func node(_ field: CaseFileSchema.Field) -> YAMLNode? {
        assert(record.allows(field.key), "\(record.name) reads '\(field.key)', which its schema lacks")
        return entries.first { $0.key == field.key }?.value
    }

    private mutating func missing<Value>(_ key: String, standIn: Value) -> Value {
        note(CaseFileDecodingError(path: path, line: line, message: "missing field '\(key)'"))
        return standIn
    }

    private mutating func mismatch<Value>(_ key: String, _ node: YAMLNode, expected: String, standIn: Value) -> Value {
        note(
            CaseFileDecodingError(
                path: path + [.key(key)], line: node.line,
                message: "expected \(expected), found \(node.kindDescription)"))
        return standIn
    }

    // MARK: - Single values

    mutating func text(_ field: CaseFileSchema.Field) -> String {
        guard let node = node(field) else { return missing(field.key, standIn: "") }
        guard case .scalar(let scalar) = node.content, !scalar.isNull else {
            return mismatch(field.key, node, expected: "a single value (text)", standIn: "")
        }
        return scalar.text
    }

    mutating func optionalText(_ field: CaseFileSchema.Field) -> String? {
        guard let node = node(field) else { return nil }
        guard case .scalar(let scalar) = node.content else {
            return mismatch(field.key, node, expected: "a single value (text)", standIn: nil)
        }
        return scalar.isNull ? nil : scalar.text
    }

    mutating func bool(_ field: CaseFileSchema.Field) -> Bool {
        guard let node = node(field) else { return missing(field.key, standIn: false) }
        if case .scalar(let scalar) = node.content, scalar.isPlain {
            switch scalar.text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        return mismatch(field.key, node, expected: "true or false", standIn: false)
    }

    mutating func optionalBool(_ field: CaseFileSchema.Field) -> Bool? {
        guard let node = node(field), !node.isNull else { return nil }
        return bool(field)
    }

    mutating func optionalInt(_ field: CaseFileSchema.Field) -> Int? {
        guard let node = node(field), !node.isNull else { return nil }
        guard case .scalar(let scalar) = node.content, scalar.isPlain, let value = Int(scalar.text) else {
            return mismatch(field.key, node, expected: "a whole number", standIn: nil)
        }
        return value
    }

    // MARK: - Records and lists

    mutating func record<Record: CaseFileRecord>(_ field: CaseFileSchema.Field) -> Record {
        if let record: Record = optionalRecord(field) { return record }
        return missing(field.key, standIn: Self.read(Record.self, from: .emptyMapping, at: Place(parent: path)).record)
    }

    mutating func optionalRecord<Record: CaseFileRecord>(_ field: CaseFileSchema.Field) -> Record? {
        guard let node = node(field), !node.isNull else { return nil }
        let read = Self.read(Record.self, from: node, at: Place(parent: path, steps: (.key(field.key), nil)))
        merge(strays: read.strays, failure: read.failure)
        return read.record
    }

    mutating func list<Record: CaseFileRecord>(_ field: CaseFileSchema.Field) -> [Record] {
        optionalList(field) ?? missing(field.key, standIn: [])
    }

    mutating func optionalList<Record: CaseFileRecord>(_ field: CaseFileSchema.Field) -> [Record]? {
        guard let items = items(field) else { return nil }
        var records: [Record] = []
        records.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let read = Self.read(
                Record.self, from: item, at: Place(parent: path, steps: (.key(field.key), .index(index))))
            merge(strays: read.strays, failure: read.failure)
            records.append(read.record)
        }
        return records
    }

    mutating func textList(_ field: CaseFileSchema.Field) -> [String] {
        guard let items = items(field) else { return missing(field.key, standIn: []) }
        return items.enumerated().map { index, item in
            guard case .scalar(let scalar) = item.content, !scalar.isNull else {
                note(
                    CaseFileDecodingError(
                        path: path + [.key(field.key), .index(index)], line: item.line,
                        message: "expected a single value (text), found \(item.kindDescription)"))
                return ""
            }
            return scalar.text
        }
    }

    private mutating func items(_ field: CaseFileSchema.Field) -> [YAMLNode]? {
        guard let node = node(field), !node.isNull else { return nil }
        guard case .sequence(let items) = node.content else {
            return mismatch(field.key, node, expected: "a list", standIn: nil)
        }
        return items
    }
}

/// A record of the case file, read from its mapping's fields.
protocol CaseFileRecord {
    /// The record's fields: the only ones it reads, and the only ones allowed.
    static var schema: CaseFileSchema.Record { get }
    /// Reads every field it has, even after one is found wanting (see `CaseFileFields`).
    init(_ fields: inout CaseFileFields)
}

/// A field the case file gives where no such field belongs.
struct StrayField: Sendable {
    let path: YAMLPath
    let line: Int
    let field: String
    let allowed: [String]
}

/// A field missing, or of the wrong kind, and where.
struct CaseFileDecodingError: Error, Sendable {
    let path: YAMLPath
    let line: Int
    let message: String
}

extension YAMLNode {
    static let emptyMapping = YAMLNode(content: .mapping([]), line: 0)

    var isNull: Bool {
        if case .scalar(let scalar) = content { scalar.isNull } else { false }
    }

    /// How a person would name what was found: `a list`, `“twelve”`.
    var kindDescription: String {
        switch content {
        case .mapping: CaseFileFields.mappingWords
        case .sequence: "a list"
        case .scalar(let scalar) where scalar.isNull: "nothing"
        case .scalar(let scalar): "“\(scalar.text.excerpt)”"
        }
    }
}
