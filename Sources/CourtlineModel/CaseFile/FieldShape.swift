import Yams

/// The fields a case file may hold at each place, to catch misspelt or stray fields.
indirect enum FieldShape: Sendable {
    case record(fields: [String], nested: [String: FieldShape])
    case list(FieldShape)
    case scalar

    /// Every field in `node` this shape does not allow, with where it stands.
    func strayFields(in node: Node, at path: YAMLPath = []) -> [(path: YAMLPath, field: String, allowed: [String])] {
        switch (self, node) {
        case (.record(let fields, let nested), .mapping(let mapping)):
            return mapping.flatMap { key, value -> [(path: YAMLPath, field: String, allowed: [String])] in
                let name = key.string ?? ""
                guard fields.contains(name) else { return [(path + [.key(name)], name, fields)] }
                return nested[name]?.strayFields(in: value, at: path + [.key(name)]) ?? []
            }
        case (.list(let element), .sequence(let sequence)):
            return sequence.enumerated().flatMap { index, item in
                element.strayFields(in: item, at: path + [.index(index)])
            }
        default:
            return []
        }
    }
}

/// A case-file entry whose `CodingKeys` list the fields it allows.
protocol ShapedRecord {
    associatedtype CodingKeys: CodingKey & CaseIterable
    static var nested: [String: FieldShape] { get }
}

extension ShapedRecord {
    static var nested: [String: FieldShape] { [:] }
    static var shape: FieldShape {
        .record(fields: CodingKeys.allCases.map(\.stringValue), nested: nested)
    }
}
