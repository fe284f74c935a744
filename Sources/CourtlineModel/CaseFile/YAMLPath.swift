import Yams

/// Where something stands in the case file: `events[3].citations[1]`.
enum YAMLPathComponent: Hashable, Sendable {
    case key(String)
    case index(Int)
}

typealias YAMLPath = [YAMLPathComponent]

extension Node {
    /// The line of the deepest node along `path` that exists.
    func line(at path: YAMLPath) -> Int? {
        var node = self
        var line = mark?.line
        for component in path {
            guard let child = node.child(component) else { break }
            node = child
            line = child.mark?.line ?? line
        }
        return line
    }

    /// The node at `path`, if there is one.
    func node(at path: YAMLPath) -> Node? {
        path.reduce(self as Node?) { node, component in node?.child(component) }
    }

    private func child(_ component: YAMLPathComponent) -> Node? {
        switch component {
        case .key(let key): mapping?[key]
        case .index(let index): sequence.flatMap { index < $0.count ? $0[index] : nil }
        }
    }
}

extension YAMLPath {
    init(codingPath: [any CodingKey]) {
        self = codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
    }

    var dotted: String {
        reduce(into: "") { text, component in
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
    }
}
