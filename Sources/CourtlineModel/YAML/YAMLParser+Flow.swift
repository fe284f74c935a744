extension YAMLParser {
    /// A node inside `[ ]` or `{ }`, or the bracketed collection itself; line breaks and
    /// comments may fall between its parts.
    mutating func flowNode() throws(YAMLSyntaxError) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw error("the case file is nested too deeply") }
        let startLine = line
        switch current {
        case .openBracket:
            return try flowSequence()
        case .openBrace:
            return try flowMapping()
        case .doubleQuote, .singleQuote:
            let text = try quotedScalar(inFlow: true)
            return YAMLNode(content: .scalar(YAMLScalar(text: text, isPlain: false)), line: startLine)
        default:
            try refuseIndicator(inFlow: true)
            return YAMLNode(content: .scalar(YAMLScalar(text: try flowPlain(), isPlain: true)), line: startLine)
        }
    }

    private mutating func flowSequence() throws(YAMLSyntaxError) -> YAMLNode {
        let startLine = line
        openFlows.append((construct: "flow sequence", line: startLine))
        defer { openFlows.removeLast() }
        position += 1
        var items: [YAMLNode] = []
        while true {
            try skipFlowSpace(in: "flow sequence", openedAt: startLine)
            if current == .closeBracket { break }
            let itemLine = line
            let quoted = current == .doubleQuote || current == .singleQuote
            var item = try flowNode()
            try skipFlowSpace(in: "flow sequence", openedAt: startLine)
            if current == .colon,
                quoted || isBlankOrEnd(at: position + 1) || Self.isFlowIndicator(byte(at: position + 1))
            {
                // `[name: value]` is a list holding a mapping of that one field.
                guard case .scalar(let key) = item.content else {
                    throw error("a list or mapping cannot be a field's name")
                }
                position += 1
                try skipFlowSpace(in: "flow sequence", openedAt: startLine)
                let value =
                    current == .comma || current == .closeBracket ? YAMLNode.null(line: itemLine) : try flowNode()
                item = YAMLNode(
                    content: .mapping([YAMLEntry(key: key.text, line: itemLine, value: value)]), line: itemLine)
                try skipFlowSpace(in: "flow sequence", openedAt: startLine)
            }
            items.append(item)
            if current == .comma {
                position += 1
                continue
            }
            guard current == .closeBracket else {
                try refuseIndicator(inFlow: true)
                throw error("expected ',' or ']' in this list")
            }
            break
        }
        position += 1
        return YAMLNode(content: .sequence(items), line: startLine)
    }

    private mutating func flowMapping() throws(YAMLSyntaxError) -> YAMLNode {
        let startLine = line
        openFlows.append((construct: "flow mapping", line: startLine))
        defer { openFlows.removeLast() }
        position += 1
        var entries = EntryList()
        while true {
            try skipFlowSpace(in: "flow mapping", openedAt: startLine)
            if current == .closeBrace { break }
            let keyLine = line
            let key: String
            let quoted = current == .doubleQuote || current == .singleQuote
            switch current {
            case .openBracket, .openBrace: throw error("a list or mapping cannot be a field's name")
            case .doubleQuote, .singleQuote: key = try quotedScalar(inFlow: true)
            default:
                try refuseIndicator(inFlow: true)
                key = try flowPlain()
            }
            try skipFlowSpace(in: "flow mapping", openedAt: startLine)
            var value = YAMLNode.null(line: keyLine)
            // After a quoted name the colon may touch the value, as in JSON.
            if current == .colon,
                quoted || isBlankOrEnd(at: position + 1) || Self.isFlowIndicator(byte(at: position + 1))
            {
                position += 1
                try skipFlowSpace(in: "flow mapping", openedAt: startLine)
                if current != .comma, current != .closeBrace { value = try flowNode() }
            }
            try entries.append(YAMLEntry(key: key, line: keyLine, value: value))
            try skipFlowSpace(in: "flow mapping", openedAt: startLine)
            if current == .comma {
                position += 1
                continue
            }
            guard current == .closeBrace else {
                try refuseIndicator(inFlow: true)
                throw error("expected ',' or '}' in this mapping")
            }
            break
        }
        position += 1
        return YAMLNode(content: .mapping(entries.entries), line: startLine)
    }

    /// Skips spaces, line breaks and comments inside brackets; the file ending there leaves
    /// them unclosed, reported where they were opened.
    private mutating func skipFlowSpace(in construct: String, openedAt startLine: Int) throws(YAMLSyntaxError) {
        while true {
            skipSpaces()
            if atLineEnd, current == .hash { skipComment() }
            guard current == .lineFeed || current == .carriageReturn else { break }
            breakLine()
        }
        guard current != nil else {
            throw error("this \(construct) is never closed (the file ends at line \(line))", line: startLine)
        }
    }

    /// Unquoted text inside brackets, which may go on over lines.
    private mutating func flowPlain() throws(YAMLSyntaxError) -> String {
        var folded: String?
        let first = plainLine(inFlow: true)
        try refuseInnerColon()
        while current == .lineFeed || current == .carriageReturn {
            var probe = self
            var blankLines = 0
            probe.breakLine()
            while true {
                probe.skipSpaces()
                guard probe.current == .lineFeed || probe.current == .carriageReturn else { break }
                blankLines += 1
                probe.breakLine()
            }
            guard let next = probe.current, next != .colon, next != .hash, !Self.isFlowIndicator(next) else { break }
            self = probe
            let more = plainLine(inFlow: true)
            try refuseInnerColon()
            folded = (folded ?? text(first)) + Self.fold(blankLines: blankLines) + text(more)
        }
        return folded ?? text(first)
    }

    /// Inside brackets, unquoted text with a colon right before `,?[]{}` is refused, as libyaml
    /// refuses it: it cannot tell a field from text.
    private func refuseInnerColon() throws(YAMLSyntaxError) {
        if current == .colon, !isBlankOrEnd(at: position + 1) {
            throw error("inside [ ] or { }, a ':' right before punctuation needs the text in quotes")
        }
    }
}
