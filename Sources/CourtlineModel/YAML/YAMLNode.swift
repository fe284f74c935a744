/// A node of a YAML document and the line it starts on, as the case file loader needs it:
/// text, lists and mappings of fields, nothing more.
struct YAMLNode: Sendable {
    enum Content: Sendable {
        case scalar(YAMLScalar)
        case mapping([YAMLEntry])
        case sequence([YAMLNode])
    }

    let content: Content
    /// 1-based.
    let line: Int

    static func null(line: Int) -> YAMLNode {
        YAMLNode(content: .scalar(YAMLScalar(text: "", isPlain: true)), line: line)
    }
}

/// A scalar's text, and whether it was written plain (unquoted): only plain `true`, `12` or
/// `null` are anything other than text.
struct YAMLScalar: Sendable {
    let text: String
    let isPlain: Bool

    var isNull: Bool {
        isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }
}

/// One field of a mapping, its key always text.
struct YAMLEntry: Sendable {
    let key: String
    /// The key's line, which the value's need not be.
    let line: Int
    let value: YAMLNode
}

/// Why a document is not YAML the loader reads, and the line to look at.
struct YAMLSyntaxError: Error, Sendable, Equatable {
    let line: Int
    let message: String
}

/// An item of a list the parser hands over as it reads it, rather than keeping it in the tree.
struct YAMLListItem: Sendable {
    /// The field of the document's top mapping that holds the list.
    let list: String
    let index: Int
    let node: YAMLNode
}
