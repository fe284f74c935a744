/// Reads the YAML a case file is written in: block and flow mappings and lists, plain, quoted
/// and block (`|`, `>`) scalars, and comments, in one document.
///
/// It works on the UTF-8 bytes in one pass and keeps every node's line, because a case file
/// can hold a hundred thousand events and every problem must name its line. Anchors, aliases,
/// tags and complex keys have no use in a case file and are refused with a message saying so.
struct YAMLParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var line = 1
    var lineStart = 0
    var depth = 0
    /// Where the last quoted scalar closed: a comment may follow it without a space, as libyaml allows.
    var closedQuote = -1
    /// The brackets open around the parser, outermost first.
    var openFlows: [(construct: String, line: Int)] = []

    /// The lists whose items go to `receive` as they are parsed (see `parse(_:streaming:to:)`),
    /// and the one whose name was just read, if it is one of them.
    var streamedLists: Set<String> = []
    var receive: ((YAMLListItem) -> Void)?
    private var pendingList: String?

    /// Deeper nesting than any case file needs is refused rather than risking the stack.
    static let maximumDepth = 256

    /// Parses the document, handing each item of the top mapping's block lists named in `lists`
    /// to `receive` as soon as it is read, and leaving those lists empty in the tree returned.
    /// A large case file's records are read one at a time, and no tree of the whole file is built.
    static func parse(_ text: String, streaming lists: Set<String>, to receive: (YAMLListItem) -> Void)
        throws(YAMLSyntaxError) -> YAMLNode?
    {
        var text = text
        let result: Result<YAMLNode?, YAMLSyntaxError> = withoutActuallyEscaping(receive) { receive in
            text.withUTF8 { bytes in
                var parser = YAMLParser(bytes: bytes)
                parser.streamedLists = lists
                parser.receive = receive
                do throws(YAMLSyntaxError) {
                    return .success(try parser.document())
                } catch {
                    return .failure(error)
                }
            }
        }
        return try result.get()
    }

    /// The document's root node, or nil when it holds nothing but comments.
    static func parse(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
        var text = text
        let result: Result<YAMLNode?, YAMLSyntaxError> = text.withUTF8 { bytes in
            var parser = YAMLParser(bytes: bytes)
            do throws(YAMLSyntaxError) {
                return .success(try parser.document())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private mutating func document() throws(YAMLSyntaxError) -> YAMLNode? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
            lineStart = 3
        }
        try skipToContent()
        if current == .percent, column == 0 {
            throw error("YAML directives ('%…') are not used in a case file; remove this line")
        }
        if atDocumentMarker(.hyphen) {
            position += 3
            skipSpaces()
            guard atLineEnd else { throw error("put the case file's fields on the lines after '---'") }
            try skipToContent()
        }
        var root: YAMLNode?
        if current != nil, !atDocumentMarker(.period) {
            root = try blockNode(indent: -1, allowsCollection: true)
            try skipToContent()
        }
        if atDocumentMarker(.period) {
            position += 3
            try skipToContent()
        }
        if atDocumentMarker(.hyphen) {
            throw error("a case file holds one YAML document, and a second one starts here")
        }
        if current != nil { throw error("unexpected text after the end of the document") }
        return root
    }

    // MARK: - Block structure

    /// A node starting at the current byte. `indent` is the column of the collection holding
    /// it: lines that go on with it must be indented further. A mapping or list may start here
    /// unless the node follows a field's name on its line.
    mutating func blockNode(indent: Int, allowsCollection: Bool) throws(YAMLSyntaxError) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw error("the case file is nested too deeply") }
        let column = self.column
        let startLine = line
        let list = pendingList
        pendingList = nil
        switch current {
        case .hyphen where isBlankOrEnd(at: position + 1):
            guard allowsCollection else {
                throw error("a list cannot start on the line of its field's name; put its items on the lines below")
            }
            return try blockSequence(column: column, streaming: list)
        case .openBracket, .openBrace:
            let node = try flowNode()
            skipSpaces()
            if current == .colon { throw error("a list or mapping cannot be a field's name") }
            try expectLineEnd()
            return node
        case .pipe, .greaterThan:
            return try blockScalar(indent: indent)
        case .doubleQuote, .singleQuote:
            let text = try quotedScalar(inFlow: false)
            skipSpaces()
            if current == .colon, isBlankOrEnd(at: position + 1) {
                guard line == startLine else { throw error("a field's name must be on one line") }
                guard allowsCollection else { throw fieldInValueError() }
                return try blockMapping(column: column, firstKey: text, line: startLine)
            }
            try expectLineEnd()
            return YAMLNode(content: .scalar(YAMLScalar(text: text, isPlain: false)), line: startLine)
        default:
            try refuseIndicator(inFlow: false)
            let first = plainLine(inFlow: false)
            if current == .colon {
                guard allowsCollection else { throw fieldInValueError() }
                return try blockMapping(column: column, firstKey: text(first), line: startLine)
            }
            let text = try plainContinuation(first: first, indent: indent)
            return YAMLNode(content: .scalar(YAMLScalar(text: text, isPlain: true)), line: startLine)
        }
    }

    /// A mapping whose keys stand at `column`; the first key has been read and the parser
    /// stands on its colon.
    private mutating func blockMapping(column: Int, firstKey: String, line: Int) throws(YAMLSyntaxError) -> YAMLNode {
        var entries = EntryList()
        var key = firstKey
        var keyLine = line
        while true {
            position += 1
            pendingList = depth == 1 && streamedLists.contains(key) ? key : nil
            let value = try blockValue(column: column, keyLine: keyLine)
            pendingList = nil
            try entries.append(YAMLEntry(key: key, line: keyLine, value: value))
            try skipToContent()
            if current == nil || self.column < column || atDocumentMarker(.hyphen) || atDocumentMarker(.period) {
                break
            }
            guard self.column == column else {
                throw error("this line is indented more than the field above it, which it cannot belong to")
            }
            keyLine = self.line
            key = try blockKey()
        }
        return YAMLNode(content: .mapping(entries.entries), line: line)
    }

    /// The key of a block mapping's next field, leaving the parser on its colon.
    private mutating func blockKey() throws(YAMLSyntaxError) -> String {
        let key: String
        switch current {
        case .hyphen where isBlankOrEnd(at: position + 1):
            throw error("a list item where a field was expected; indent the list under its field")
        case .doubleQuote, .singleQuote:
            key = try quotedScalar(inFlow: false)
            skipSpaces()
        default:
            try refuseIndicator(inFlow: false)
            key = text(plainLine(inFlow: false))
        }
        guard current == .colon, isBlankOrEnd(at: position + 1) else {
            throw error("could not find expected ':' after the field's name")
        }
        return key
    }

    /// The value after a block mapping key's colon: on the same line, on the lines below, or
    /// nothing (null).
    private mutating func blockValue(column: Int, keyLine: Int) throws(YAMLSyntaxError) -> YAMLNode {
        skipSpaces()
        guard atLineEnd else { return try blockNode(indent: column, allowsCollection: false) }
        try skipToContent()
        guard current != nil, !atDocumentMarker(.hyphen), !atDocumentMarker(.period) else {
            return .null(line: keyLine)
        }
        if self.column > column { return try blockNode(indent: column, allowsCollection: true) }
        if self.column == column, current == .pipe || current == .greaterThan {
            // libyaml lets a block of text start at its field's own column.
            return try blockScalar(indent: column)
        }
        if self.column == column, current == .hyphen, isBlankOrEnd(at: position + 1) {
            // A list may stand at its field's own column.
            let list = pendingList
            pendingList = nil
            return try blockSequence(column: column, streaming: list)
        }
        return .null(line: keyLine)
    }

    /// A list whose dashes stand at `column`; the parser stands on the first dash. The items of a
    /// list being streamed go to `receive`, and the list returned is empty.
    private mutating func blockSequence(column: Int, streaming list: String? = nil) throws(YAMLSyntaxError)
        -> YAMLNode
    {
        let startLine = line
        var items: [YAMLNode] = []
        var count = 0
        while true {
            let itemLine = line
            position += 1
            let separator = position
            skipSpaces()
            if bytes[separator..<position].contains(.tab) {
                throw error("a tab after '-'; separate a list item from its dash with spaces")
            }
            let item: YAMLNode
            if atLineEnd {
                try skipToContent()
                if current != nil, self.column > column, !atDocumentMarker(.hyphen), !atDocumentMarker(.period) {
                    item = try blockNode(indent: column, allowsCollection: true)
                } else {
                    item = .null(line: itemLine)
                }
            } else {
                item = try blockNode(indent: column, allowsCollection: true)
            }
            if let list, let receive {
                receive(YAMLListItem(list: list, index: count, node: item))
            } else {
                items.append(item)
            }
            count += 1
            try skipToContent()
            if current == nil || self.column < column || atDocumentMarker(.hyphen) || atDocumentMarker(.period) {
                break
            }
            guard self.column == column else {
                throw error("this line is indented more than the list item above it, which it cannot belong to")
            }
            guard current == .hyphen, isBlankOrEnd(at: position + 1) else { break }
        }
        return YAMLNode(content: .sequence(items), line: startLine)
    }

    private func fieldInValueError() -> YAMLSyntaxError {
        error("a value cannot hold ': ' unquoted, nor a field start on another field's line; put the value in quotes")
    }

    // MARK: - Reading bytes

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    var column: Int { position - lineStart }

    func isBlankOrEnd(at index: Int) -> Bool {
        guard let byte = byte(at: index) else { return true }
        return byte == .space || byte == .tab || byte == .lineFeed || byte == .carriageReturn
    }

    /// At the end of the line's content: its end, the file's, or a comment.
    var atLineEnd: Bool {
        switch current {
        case nil, .lineFeed, .carriageReturn: true
        case .hash:
            position == lineStart || position == closedQuote || bytes[position - 1] == .space
                || bytes[position - 1] == .tab
        default: false
        }
    }

    func atDocumentMarker(_ mark: UInt8) -> Bool {
        column == 0 && byte(at: position) == mark && byte(at: position + 1) == mark && byte(at: position + 2) == mark
            && isBlankOrEnd(at: position + 3)
    }

    mutating func skipSpaces() {
        while current == .space || current == .tab { position += 1 }
    }

    /// Steps over a line break (LF, CRLF or CR) at the current byte.
    mutating func breakLine() {
        if current == .carriageReturn, byte(at: position + 1) == .lineFeed { position += 1 }
        position += 1
        line += 1
        lineStart = position
    }

    mutating func skipComment() {
        while let byte = current, byte != .lineFeed, byte != .carriageReturn { position += 1 }
    }

    /// Skips spaces, comments and blank lines to the next content. Tabs may separate but not
    /// indent: a line indented with a tab is an error rather than a guess at its depth.
    mutating func skipToContent() throws(YAMLSyntaxError) {
        while true {
            skipSpaces()
            if atLineEnd, current == .hash { skipComment() }
            guard current == .lineFeed || current == .carriageReturn else { break }
            breakLine()
        }
        guard current != nil else { return }
        let indentation = bytes[lineStart..<position]
        if indentation.contains(.tab), indentation.allSatisfy({ $0 == .space || $0 == .tab }) {
            throw error("a tab indents this line; YAML indents with spaces only")
        }
    }

    /// The rest of the line must be spaces or a comment.
    mutating func expectLineEnd() throws(YAMLSyntaxError) {
        skipSpaces()
        guard atLineEnd else { throw error("unexpected text after the value; quote the whole value if it is text") }
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func error(_ message: String) -> YAMLSyntaxError {
        YAMLSyntaxError(line: line, message: message)
    }

    func error(_ message: String, line: Int) -> YAMLSyntaxError {
        YAMLSyntaxError(line: line, message: message)
    }
}

/// A mapping's fields as they are read, refusing a name given twice.
struct EntryList {
    private(set) var entries: [YAMLEntry] = []
    /// Built once a mapping grows past a handful of fields, so a huge one is not quadratic.
    private var index: [String: Int]?

    mutating func append(_ entry: YAMLEntry) throws(YAMLSyntaxError) {
        let earlier: Int?
        if let index {
            earlier = index[entry.key]
        } else {
            earlier = entries.firstIndex { $0.key == entry.key }
        }
        if let earlier {
            throw YAMLSyntaxError(
                line: entry.line,
                message: "duplicate field '\(entry.key.excerpt)' (first given at line \(entries[earlier].line))")
        }
        entries.append(entry)
        if index != nil {
            index?[entry.key] = entries.count - 1
        } else if entries.count == 16 {
            index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0) })
        }
    }
}

extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let hash = UInt8(ascii: "#")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let hyphen = UInt8(ascii: "-")
    static let period = UInt8(ascii: ".")
    static let percent = UInt8(ascii: "%")
    static let pipe = UInt8(ascii: "|")
    static let greaterThan = UInt8(ascii: ">")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let question = UInt8(ascii: "?")
    static let ampersand = UInt8(ascii: "&")
    static let asterisk = UInt8(ascii: "*")
    static let exclamation = UInt8(ascii: "!")
    static let at = UInt8(ascii: "@")
    static let backtick = UInt8(ascii: "`")
    static let plus = UInt8(ascii: "+")
}
