/// Where something stands in the case file: `events[3].citations[1]`.
enum YAMLPathComponent: Hashable, Sendable {
    case key(String)
    case index(Int)
}

typealias YAMLPath = [YAMLPathComponent]

extension YAMLNode {
    /// The line of the deepest node along `path` that exists.
    func line(at path: YAMLPath) -> Int {
        var node = self
        for component in path {
            guard let child = node.child(component) else { break }
            node = child
        }
        return node.line
    }

    /// The node at `path`, if there is one.
    func node(at path: YAMLPath) -> YAMLNode? {
        path.reduce(self as YAMLNode?) { node, component in node?.child(component) }
    }

    private func child(_ component: YAMLPathComponent) -> YAMLNode? {
        switch (component, content) {
        case (.key(let key), .mapping(let entries)): entries.first { $0.key == key }?.value
        case (.index(let index), .sequence(let items)): items.indices.contains(index) ? items[index] : nil
        default: nil
        }
    }
}

extension YAMLPath {
    var dotted: String {
        reduce(into: "") { text, component in
            switch component {
            case .key(let key): text += text.isEmpty ? key.excerpt : ".\(key.excerpt)"
            case .index(let index): text += "[\(index)]"
            }
        }
    }
}
