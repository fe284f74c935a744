import Yams

@testable import CourtlineModel

/// A YAML tree reduced to what both parsers must agree on: structure, keys in order, each
/// scalar's text and whether it was written plain.
indirect enum YAMLShape: Equatable, CustomStringConvertible {
    case scalar(String, plain: Bool)
    case mapping([String], [YAMLShape])
    case sequence([YAMLShape])

    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar): self = .scalar(scalar.text, plain: scalar.isPlain)
        case .mapping(let entries): self = .mapping(entries.map(\.key), entries.map { YAMLShape($0.value) })
        case .sequence(let items): self = .sequence(items.map(YAMLShape.init))
        }
    }

    /// Yams writes a null as the plain text it was given, or as an empty plain scalar.
    init?(yams node: Yams.Node) {
        switch node {
        case .scalar(let scalar):
            self = .scalar(scalar.string, plain: scalar.style == .plain || scalar.style == .any)
        case .mapping(let mapping):
            var keys: [String] = []
            var values: [YAMLShape] = []
            for (key, value) in mapping {
                guard let text = key.scalar?.string, let shape = YAMLShape(yams: value) else { return nil }
                keys.append(text)
                values.append(shape)
            }
            self = .mapping(keys, values)
        case .sequence(let sequence):
            var items: [YAMLShape] = []
            for item in sequence {
                guard let shape = YAMLShape(yams: item) else { return nil }
                items.append(shape)
            }
            self = .sequence(items)
        case .alias:
            return nil
        }
    }

    var description: String {
        switch self {
        case .scalar(let text, let plain): plain ? text.debugDescription : "'" + text.debugDescription
        case .mapping(let keys, let values):
            "{" + zip(keys, values).map { "\($0.debugDescription): \($1)" }.joined(separator: ", ") + "}"
        case .sequence(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        }
    }
}

/// What libyaml, through Yams, makes of a document: its shape, or that it refuses it.
enum OracleReading: Equatable {
    case shape(YAMLShape?)
    case refused

    init(_ yaml: String) {
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                self = .shape(nil)
                return
            }
            guard let shape = YAMLShape(yams: node) else {
                self = .refused
                return
            }
            self = .shape(shape)
        } catch {
            self = .refused
        }
    }
}
