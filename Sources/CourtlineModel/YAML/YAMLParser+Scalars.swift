extension YAMLParser {
    /// Refuses what YAML gives a meaning the case file has no use for, or reserves, where an
    /// unquoted value would start.
    mutating func refuseIndicator(inFlow: Bool) throws(YAMLSyntaxError) {
        guard let byte = current else { return }
        let followedByBlank =
            isBlankOrEnd(at: position + 1) || (inFlow && Self.isFlowIndicator(self.byte(at: position + 1)))
        switch byte {
        case .ampersand, .asterisk, .exclamation:
            throw error(
                "anchors ('&'), aliases ('*') and tags ('!') are not used in a case file; put text that starts with one in quotes"
            )
        case .question where followedByBlank:
            throw error("complex keys ('? ') are not used in a case file")
        case .colon where followedByBlank:
            throw error("a field's name is missing before ':'")
        case .hyphen where followedByBlank:
            // A list item on a later line than the outermost bracket means it was left open
            // above: that is where to look, so that is the line given.
            if let outer = openFlows.first, outer.line != line {
                throw error(
                    "this \(outer.construct) is never closed (a list item starts at line \(line))", line: outer.line)
            }
            throw error("a list item ('- ') cannot stand inside [ ] or { }")
        case .pipe where inFlow, .greaterThan where inFlow:
            throw error("a block of text ('|' or '>') cannot stand inside [ ] or { }")
        case .openBracket, .openBrace:
            throw error("a list or mapping cannot be a field's name")
        case .pipe, .greaterThan:
            throw error("'\(Unicode.Scalar(byte))' cannot start a field's name; put the name in quotes")
        case .at, .backtick, .percent, .hash, .comma, .closeBracket, .closeBrace:
            throw error("'\(Unicode.Scalar(byte))' cannot start unquoted text; put the text in quotes")
        default:
            return
        }
    }

    static func isFlowIndicator(_ byte: UInt8?) -> Bool {
        byte == .comma || byte == .openBracket || byte == .closeBracket || byte == .openBrace || byte == .closeBrace
    }

    /// The bytes of unquoted text on the current line, trailing spaces left out. It stops at a
    /// line's end, at a comment, at `: ` (the parser is left on that colon), and inside `[ ]` or
    /// `{ }` at the punctuation that separates their items.
    mutating func plainLine(inFlow: Bool) -> Range<Int> {
        let start = position
        var end = position
        scan: while let byte = current {
            switch byte {
            case .lineFeed, .carriageReturn:
                break scan
            case .colon:
                // Inside brackets, a colon before `,?[]{}` is refused (as libyaml does), so
                // stop there for the caller to say so.
                let next = self.byte(at: position + 1)
                if isBlankOrEnd(at: position + 1) || (inFlow && (Self.isFlowIndicator(next) || next == .question)) {
                    break scan
                }
            case .hash:
                if position > 0, bytes[position - 1] == .space || bytes[position - 1] == .tab { break scan }
            case .comma, .openBracket, .closeBracket, .openBrace, .closeBrace:
                if inFlow { break scan }
            case .space, .tab:
                position += 1
                continue scan
            default:
                break
            }
            position += 1
            end = position
        }
        return start..<end
    }

    /// Unquoted text that may go on over the following lines (each indented beyond `indent`),
    /// folded as YAML folds it: a line break becomes a space, and each blank line a newline.
    mutating func plainContinuation(first: Range<Int>, indent: Int) throws(YAMLSyntaxError) -> String {
        // Built as UTF-8 only when there is more than one line, appended to in place and
        // decoded once: rebuilding the text at each line made a long fold quadratic.
        var folded: [UInt8] = []
        func keep(_ range: Range<Int>) { folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range])) }
        while true {
            skipSpaces()
            guard current == .lineFeed || current == .carriageReturn else { break }
            var probe = self
            var blankLines = 0
            probe.breakLine()
            while true {
                while probe.current == .space || probe.current == .tab {
                    if probe.current == .tab, probe.column <= indent {
                        throw probe.error("a tab indents this line; YAML indents with spaces only")
                    }
                    probe.position += 1
                }
                guard probe.current == .lineFeed || probe.current == .carriageReturn else { break }
                blankLines += 1
                probe.breakLine()
            }
            guard probe.current != nil, probe.column > indent, !probe.atLineEnd,
                !probe.atDocumentMarker(.hyphen), !probe.atDocumentMarker(.period)
            else { break }
            self = probe
            let next = plainLine(inFlow: false)
            if current == .colon { throw error("a value cannot hold ': ' unquoted; put the value in quotes") }
            if folded.isEmpty { keep(first) }
            if blankLines == 0 {
                folded.append(.space)
            } else {
                folded.append(contentsOf: repeatElement(.lineFeed, count: blankLines))
            }
            keep(next)
        }
        return folded.isEmpty ? text(first) : String(decoding: folded, as: UTF8.self)
    }

    /// What a line break in flowing text becomes: a space, or a newline for each blank line.
    static func fold(blankLines: Int) -> String {
        blankLines == 0 ? " " : String(repeating: "\n", count: blankLines)
    }

    // MARK: - Quoted

    /// A single- or double-quoted scalar's text; the parser stands on its opening quote and is
    /// left after the closing one.
    mutating func quotedScalar(inFlow: Bool) throws(YAMLSyntaxError) -> String {
        let quote = current!
        let startLine = line
        position += 1
        // Built, as UTF-8, only once something is escaped or folded; until then the text is
        // the bytes. Appended to in place and decoded once: a scalar of a million escapes
        // reads about as fast as one of none.
        var built: [UInt8] = []
        var isBuilt = false
        var segment = position
        func keep(_ range: Range<Int>) {
            built.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
            isBuilt = true
        }
        while true {
            guard let byte = current else {
                throw error("this quoted scalar is never closed (the file ends at line \(line))", line: startLine)
            }
            switch byte {
            case quote where quote == .singleQuote && self.byte(at: position + 1) == .singleQuote:
                keep(segment..<(position + 1))
                position += 2
                segment = position
            case quote:
                position += 1
                closedQuote = position
                guard isBuilt else { return text(segment..<(position - 1)) }
                keep(segment..<(position - 1))
                return String(decoding: built, as: UTF8.self)
            case .backslash where quote == .doubleQuote:
                keep(segment..<position)
                try escape(into: &built)
                segment = position
            case .lineFeed, .carriageReturn:
                var end = position
                while end > segment, bytes[end - 1] == .space || bytes[end - 1] == .tab { end -= 1 }
                keep(segment..<end)
                built.append(contentsOf: Self.fold(blankLines: skipLineBreaks()).utf8)
                segment = position
            default:
                position += 1
            }
        }
    }

    /// Steps over a line break and any blank lines after it, and the next line's leading
    /// spaces; returns how many blank lines there were.
    private mutating func skipLineBreaks() -> Int {
        var blankLines = 0
        breakLine()
        while true {
            skipSpaces()
            guard current == .lineFeed || current == .carriageReturn else { return blankLines }
            blankLines += 1
            breakLine()
        }
    }

    /// Appends the UTF-8 of the character a double-quoted escape stands for; the parser stands
    /// on its backslash.
    private mutating func escape(into built: inout [UInt8]) throws(YAMLSyntaxError) {
        position += 1
        guard let byte = current else { return }
        position += 1
        let scalar: Unicode.Scalar
        switch byte {
        case UInt8(ascii: "0"): scalar = "\0"
        case UInt8(ascii: "a"): scalar = "\u{07}"
        case UInt8(ascii: "b"): scalar = "\u{08}"
        case UInt8(ascii: "t"), .tab: scalar = "\t"
        case UInt8(ascii: "n"): scalar = "\n"
        case UInt8(ascii: "v"): scalar = "\u{0B}"
        case UInt8(ascii: "f"): scalar = "\u{0C}"
        case UInt8(ascii: "r"): scalar = "\r"
        case UInt8(ascii: "e"): scalar = "\u{1B}"
        case .space: scalar = " "
        case .doubleQuote: scalar = "\""
        case UInt8(ascii: "/"): scalar = "/"
        case .backslash: scalar = "\\"
        case UInt8(ascii: "N"): scalar = "\u{85}"
        case UInt8(ascii: "_"): scalar = "\u{A0}"
        case UInt8(ascii: "L"): scalar = "\u{2028}"
        case UInt8(ascii: "P"): scalar = "\u{2029}"
        case UInt8(ascii: "x"): scalar = try hexEscape(digits: 2)
        case UInt8(ascii: "u"): scalar = try hexEscape(digits: 4)
        case UInt8(ascii: "U"): scalar = try hexEscape(digits: 8)
        case .lineFeed, .carriageReturn:
            // An escaped line break joins the lines without a space; blank lines after it
            // are still newlines.
            position -= 1
            breakLine()
            skipSpaces()
            while current == .lineFeed || current == .carriageReturn {
                built.append(.lineFeed)
                breakLine()
                skipSpaces()
            }
            return
        default:
            position -= 1
            throw error("unknown escape '\\\(Unicode.Scalar(byte))' in double quotes; write '\\\\' for a backslash")
        }
        if scalar.isASCII {
            built.append(UInt8(scalar.value))
        } else {
            built.append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    private mutating func hexEscape(digits: Int) throws(YAMLSyntaxError) -> Unicode.Scalar {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let byte = current, let digit = Self.hexValue(byte) else {
                throw error("'\\x', '\\u' and '\\U' need \(digits) hexadecimal digits here")
            }
            value = value * 16 + digit
            position += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error("'\(String(value, radix: 16, uppercase: true))' is not a Unicode character")
        }
        return scalar
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    // MARK: - Block scalars

    /// A `|` (lines kept) or `>` (lines folded) block of text on the lines below, indented
    /// beyond `indent`; the parser stands on the indicator.
    mutating func blockScalar(indent: Int) throws(YAMLSyntaxError) -> YAMLNode {
        let startLine = line
        let literal = current == .pipe
        position += 1
        var chomping = Chomping.clip
        var explicitIndent: Int?
        for _ in 0..<2 {
            switch current {
            case .hyphen where chomping == .clip: chomping = .strip
            case .plus where chomping == .clip: chomping = .keep
            case .some(UInt8(ascii: "1")...UInt8(ascii: "9")) where explicitIndent == nil:
                explicitIndent = Int(current! - UInt8(ascii: "0"))
            default: continue
            }
            position += 1
        }
        skipSpaces()
        // libyaml reads a '#' straight after the indicators as a comment.
        guard atLineEnd || current == .hash else {
            throw error("unexpected text after '\(literal ? "|" : ">")'; the text goes on the lines below it")
        }
        skipComment()
        let lines = try blockLines(indent: indent, explicitIndent: explicitIndent)
        let content = lines.lastIndex { $0 != nil }.map { lines[...$0] } ?? []
        let trailingBlankLines = lines.count - content.count
        // The last line of text ends with a line break unless it ends the file.
        let finalBreak =
            !content.isEmpty
            && (trailingBlankLines > 0 || bytes[position - 1] == .lineFeed || bytes[position - 1] == .carriageReturn)
        var text = literal ? content.map { $0.map(self.text) ?? "" }.joined(separator: "\n") : folded(content)
        switch chomping {
        case .strip: break
        case .clip: if finalBreak { text += "\n" }
        case .keep: text += String(repeating: "\n", count: (finalBreak ? 1 : 0) + trailingBlankLines)
        }
        return YAMLNode(content: .scalar(YAMLScalar(text: text, isPlain: false)), line: startLine)
    }

    private enum Chomping { case clip, strip, keep }

    /// The block's lines past its indentation, nil for a blank line; leaves the parser at the
    /// start of the first line that is not part of it.
    private mutating func blockLines(indent: Int, explicitIndent: Int?) throws(YAMLSyntaxError) -> [Range<Int>?] {
        guard current != nil else { return [] }
        breakLine()
        let contentIndent: Int
        if let explicitIndent {
            contentIndent = max(indent, 0) + explicitIndent
        } else {
            contentIndent = try detectedIndent()
        }
        guard contentIndent > indent else { return [] }
        var lines: [Range<Int>?] = []
        while current != nil {
            let lineBegin = position
            while column < contentIndent, current == .space { position += 1 }
            if column < contentIndent, current == .tab {
                throw error("a tab indents this line; YAML indents with spaces only")
            }
            if column < contentIndent
                || (contentIndent == 0 && (atDocumentMarker(.hyphen) || atDocumentMarker(.period)))
            {
                skipSpaces()
                guard current == .lineFeed || current == .carriageReturn else {
                    position = lineBegin
                    break
                }
                lines.append(nil)
                breakLine()
                continue
            }
            let start = position
            skipComment()
            lines.append(start < position ? start..<position : nil)
            guard current != nil else { break }
            breakLine()
        }
        return lines
    }

    /// The indentation of the first line with text, which sets the block's.
    private func detectedIndent() throws(YAMLSyntaxError) -> Int {
        var probe = position
        var probeLine = line
        var spaces = 0
        while probe < bytes.count {
            switch bytes[probe] {
            case .space:
                spaces += 1
            case .lineFeed:
                spaces = 0
                probeLine += 1
            case .carriageReturn:
                spaces = 0
                if probe + 1 >= bytes.count || bytes[probe + 1] != .lineFeed { probeLine += 1 }
            case .tab:
                throw error("a tab indents this line; YAML indents with spaces only", line: probeLine)
            default:
                return spaces
            }
            probe += 1
        }
        return -1
    }

    /// `>` text: lines joined by spaces, blank lines kept as newlines, and lines indented
    /// further than the block kept on lines of their own.
    private func folded(_ lines: ArraySlice<Range<Int>?>) -> String {
        var text = ""
        var pendingBreaks = 0
        var seenText = false
        var previousMoreIndented = false
        for line in lines {
            guard let line else {
                pendingBreaks += 1
                continue
            }
            let moreIndented = bytes[line.lowerBound] == .space || bytes[line.lowerBound] == .tab
            if !seenText {
                text += String(repeating: "\n", count: pendingBreaks)
            } else if moreIndented || previousMoreIndented {
                text += String(repeating: "\n", count: pendingBreaks + 1)
            } else {
                text += Self.fold(blankLines: pendingBreaks)
            }
            text += self.text(line)
            pendingBreaks = 0
            seenText = true
            previousMoreIndented = moreIndented
        }
        return text
    }
}
