/// Reads the fields of one mapping of the case file into a record, noting each field asked for
/// so that any other is reported as unknown (a misspelt field is an error, not ignored).
///
/// Reading never stops half way: a field missing or of the wrong kind is noted and a blank
/// value stands in, so that every field is asked for and every unknown one found. Whoever
/// reads the record throws it away if anything was noted.
///
/// A large case file has hundreds of thousands of records, and most are sound, so reading one
/// makes nothing it needs only for a message: its path is joined, and the names of the fields it
/// allows are gathered (by reading it again), only when there is a problem to report.
struct CaseFileFields {
    private let entries: [YAMLEntry]
    private let line: Int
    private let place: Place
    /// The path, once joined (see `path`).
    private var joinedPath: YAMLPath?
    /// The entries the fields asked for found, a bit each; a mapping of more than 64 entries
    /// holds unknown ones whatever they are, as no record has that many fields.
    private var found: UInt64 = 0
    /// The fields asked for, noted only on a reading that names them for a message.
    private var asked: [String]?
    /// Unknown fields found in this mapping and the records read from it.
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

    private init(_ node: YAMLNode, at place: Place, namingFields: Bool) {
        self.line = node.line
        self.place = place
        if namingFields { asked = [] }
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
        var fields = CaseFileFields(node, at: place, namingFields: false)
        let record = Record(&fields)
        let count = fields.entries.count
        if count <= 64 && fields.found == (count == 64 ? .max : (1 << UInt64(count)) - 1) {
            return (record, fields.strays, fields.failure)
        }
        // A field is unknown: read the mapping again, naming the fields asked for, to say which are allowed.
        var naming = CaseFileFields(node, at: place, namingFields: true)
        _ = Record(&naming)
        return (record, fields.strays + naming.unknownFields(), fields.failure)
    }

    private mutating func note(_ failure: CaseFileDecodingError) {
        if self.failure == nil { self.failure = failure }
    }

    private mutating func merge(strays: [StrayField], failure: CaseFileDecodingError?) {
        self.strays += strays
        if let failure { note(failure) }
    }

    private mutating func unknownFields() -> [StrayField] {
        let asked = asked ?? []
        return entries.filter { !asked.contains($0.key) }.map { entry in
            StrayField(path: path + [.key(entry.key)], line: entry.value.line, field: entry.key, allowed: asked)
        }
    }

    private mutating func node(_ key: String) -> YAMLNode? {
        asked?.append(key)
        guard let index = entries.firstIndex(where: { $0.key == key }) else { return nil }
        if index < 64 { found |= 1 << UInt64(index) }
        return entries[index].value
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

    mutating func text(_ key: String) -> String {
        guard let node = node(key) else { return missing(key, standIn: "") }
        guard case .scalar(let scalar) = node.content, !scalar.isNull else {
            return mismatch(key, node, expected: "a single value (text)", standIn: "")
        }
        return scalar.text
    }

    mutating func optionalText(_ key: String) -> String? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node.content else {
            return mismatch(key, node, expected: "a single value (text)", standIn: nil)
        }
        return scalar.isNull ? nil : scalar.text
    }

    mutating func bool(_ key: String) -> Bool {
        guard let node = node(key) else { return missing(key, standIn: false) }
        if case .scalar(let scalar) = node.content, scalar.isPlain {
            switch scalar.text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        return mismatch(key, node, expected: "true or false", standIn: false)
    }

    mutating func optionalInt(_ key: String) -> Int? {
        guard let node = node(key), !node.isNull else { return nil }
        guard case .scalar(let scalar) = node.content, scalar.isPlain, let value = Int(scalar.text) else {
            return mismatch(key, node, expected: "a whole number", standIn: nil)
        }
        return value
    }

    // MARK: - Records and lists

    mutating func record<Record: CaseFileRecord>(_ key: String) -> Record {
        if let record: Record = optionalRecord(key) { return record }
        return missing(key, standIn: Self.read(Record.self, from: .emptyMapping, at: Place(parent: path)).record)
    }

    mutating func optionalRecord<Record: CaseFileRecord>(_ key: String) -> Record? {
        guard let node = node(key), !node.isNull else { return nil }
        let read = Self.read(Record.self, from: node, at: Place(parent: path, steps: (.key(key), nil)))
        merge(strays: read.strays, failure: read.failure)
        return read.record
    }

    mutating func list<Record: CaseFileRecord>(_ key: String) -> [Record] {
        optionalList(key) ?? missing(key, standIn: [])
    }

    mutating func optionalList<Record: CaseFileRecord>(_ key: String) -> [Record]? {
        guard let items = items(key) else { return nil }
        var records: [Record] = []
        records.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let read = Self.read(Record.self, from: item, at: Place(parent: path, steps: (.key(key), .index(index))))
            merge(strays: read.strays, failure: read.failure)
            records.append(read.record)
        }
        return records
    }

    mutating func textList(_ key: String) -> [String] {
        guard let items = items(key) else { return missing(key, standIn: []) }
        return items.enumerated().map { index, item in
            guard case .scalar(let scalar) = item.content, !scalar.isNull else {
                note(
                    CaseFileDecodingError(
                        path: path + [.key(key), .index(index)], line: item.line,
                        message: "expected a single value (text), found \(item.kindDescription)"))
                return ""
            }
            return scalar.text
        }
    }

    private mutating func items(_ key: String) -> [YAMLNode]? {
        guard let node = node(key), !node.isNull else { return nil }
        guard case .sequence(let items) = node.content else {
            return mismatch(key, node, expected: "a list", standIn: nil)
        }
        return items
    }
}

/// A record of the case file, read from its mapping's fields.
protocol CaseFileRecord {
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
