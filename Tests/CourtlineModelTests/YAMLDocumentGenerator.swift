import CourtlineTestSupport

/// Writes random YAML documents in the styles a case file may use: block and flow
/// collections, plain text over several lines, quotes with escapes and folds, `|` and `>`
/// blocks with their indicators, comments and blank lines. It does not know what each document
/// means; the oracle does, and the parser must agree with it.
struct YAMLDocumentGenerator {
    var random: SeededGenerator

    mutating func document() -> String {
        var lines: [String] = []
        if chance(0.2) { lines.append("# a comment before the document") }
        if chance(0.1) { lines.append("---") }
        blockMapping(indent: 0, depth: 0, into: &lines)
        if chance(0.1) { lines.append("...") }
        let newline = chance(0.1) ? "\r\n" : "\n"
        return lines.joined(separator: newline) + (chance(0.9) ? newline : "")
    }

    // MARK: - Block collections

    private mutating func blockMapping(indent: Int, depth: Int, into lines: inout [String], firstPrefix: String? = nil)
    {
        let count = Int.random(in: 1...4, using: &random)
        let keys = Array(Self.keys.shuffled(using: &random).prefix(count))
        for (index, key) in keys.enumerated() {
            let lead = index == 0 && firstPrefix != nil ? firstPrefix! : String(repeating: " ", count: indent)
            let name = chance(0.1) ? "\"\(key)\"" : key
            blockValue(lead: lead + name + ":", indent: indent, depth: depth, into: &lines)
            if chance(0.1) {
                lines.append(chance(0.5) ? "" : String(repeating: " ", count: indent) + "# between fields")
            }
        }
    }

    private mutating func blockValue(lead: String, indent: Int, depth: Int, into lines: inout [String]) {
        switch Int.random(in: 0..<(depth < 3 ? 10 : 6), using: &random) {
        case 0, 1: plain(lead: lead, indent: indent, into: &lines)
        case 2: lines.append(lead + " " + quoted(indent: indent + 2))
        case 3: blockScalar(lead: lead, indent: indent, into: &lines)
        case 4: lines.append(lead + " " + flowNode(depth: depth))
        case 5: lines.append(lead + (chance(0.5) ? "" : " ~"))
        case 6, 7:
            lines.append(lead + comment())
            let sequenceIndent = chance(0.3) ? indent : indent + 2
            blockSequence(indent: sequenceIndent, depth: depth + 1, into: &lines)
        default:
            lines.append(lead + comment())
            blockMapping(indent: indent + Int.random(in: 1...4, using: &random), depth: depth + 1, into: &lines)
        }
    }

    private mutating func blockSequence(indent: Int, depth: Int, into lines: inout [String]) {
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let dash = String(repeating: " ", count: indent) + "- "
            switch Int.random(in: 0..<(depth < 3 ? 5 : 3), using: &random) {
            case 0: plain(lead: String(dash.dropLast()), indent: indent, into: &lines)
            case 1: lines.append(dash + quoted(indent: indent + 2))
            case 2: lines.append(dash + flowNode(depth: depth))
            case 3: blockMapping(indent: indent + 2, depth: depth + 1, into: &lines, firstPrefix: dash)
            default:
                lines.append(String(dash.dropLast()))
                blockMapping(indent: indent + 2, depth: depth + 1, into: &lines)
            }
        }
    }

    // MARK: - Scalars

    private mutating func plain(lead: String, indent: Int, into lines: inout [String]) {
        var words = (0..<Int.random(in: 1...8, using: &random)).map { _ in plainWord() }
        lines.append(lead + " " + words.removeFirst() + (words.isEmpty ? comment() : ""))
        while !words.isEmpty {
            let take = Int.random(in: 1...words.count, using: &random)
            let chunk = words.prefix(take).joined(separator: " ")
            words.removeFirst(take)
            if chance(0.2) { lines.append("") }
            let continuation = String(repeating: " ", count: indent + Int.random(in: 1...4, using: &random)) + chunk
            if chance(0.5) {
                lines[lines.count - 1] += " " + chunk
            } else {
                lines.append(continuation)
            }
        }
    }

    private mutating func plainWord() -> String {
        let first = Self.plainStarts.randomElement(using: &random)!
        let rest = (0..<Int.random(in: 0...6, using: &random)).map { _ in Self.plainInner.randomElement(using: &random)!
        }
        return String(first) + String(rest)
    }

    private mutating func quoted(indent: Int) -> String {
        let double = chance(0.6)
        var text = ""
        for _ in 0..<Int.random(in: 0...10, using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0: text += "\n" + String(repeating: " ", count: indent + Int.random(in: 0...3, using: &random))
            case 1: text += "\n\n" + String(repeating: " ", count: indent)
            case 2: text += double ? Self.escapes.randomElement(using: &random)! : "''"
            case 3: text += double ? "\\\n" + String(repeating: " ", count: indent) : "''#: "
            default:
                text += String(
                    (0..<Int.random(in: 1...5, using: &random)).map { _ in
                        Self.quotedText.randomElement(using: &random)!
                    })
            }
        }
        return double ? "\"\(text)\"" : "'\(text)'"
    }

    private mutating func blockScalar(lead: String, indent: Int, into lines: inout [String]) {
        let style = chance(0.5) ? "|" : ">"
        let chomp = ["", "-", "+"].randomElement(using: &random)!
        let explicit = chance(0.2)
        let step = explicit ? Int.random(in: 1...3, using: &random) : Int.random(in: 1...4, using: &random)
        lines.append(lead + " " + style + (explicit ? String(step) : "") + chomp + comment())
        let base = String(repeating: " ", count: indent + step)
        for index in 0..<Int.random(in: 1...6, using: &random) {
            switch Int.random(in: 0..<8, using: &random) {
            case 0 where index > 0: lines.append("")
            case 1 where index > 0: lines.append(base + "  " + plainWord())
            default:
                lines.append(
                    base + (0..<Int.random(in: 1...4, using: &random)).map { _ in plainWord() }.joined(separator: " "))
            }
        }
        if chance(0.3) { lines.append("") }
    }

    // MARK: - Flow

    private mutating func flowNode(depth: Int) -> String {
        switch Int.random(in: 0..<(depth < 3 ? 6 : 3), using: &random) {
        case 0: return flowWord()
        case 1: return quoted(indent: 0).replacingOccurrences(of: "\n", with: " ")
        case 2: return chance(0.5) ? "[]" : "{}"
        case 3, 4:
            let items = (0..<Int.random(in: 1...3, using: &random)).map { _ in flowNode(depth: depth + 1) }
            return "[" + items.joined(separator: separator()) + "]"
        default:
            let keys = Self.keys.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random))
            return "{" + keys.map { "\($0): \(flowNode(depth: depth + 1))" }.joined(separator: separator()) + "}"
        }
    }

    private mutating func flowWord() -> String {
        (0..<Int.random(in: 1...3, using: &random)).map { _ in plainWord() }.joined(separator: " ")
            .filter { !",[]{}#".contains($0) }
    }

    private mutating func separator() -> String { chance(0.2) ? ",\n    " : ", " }

    private mutating func comment() -> String { chance(0.15) ? "  # note" : "" }

    private mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    private static let keys = ["id", "title", "quote", "source", "date", "court", "parties", "summary", "x-y", "a b"]
    private static let plainStarts = Array("abcXYZ019éж漢😀(./")
    private static let plainInner = Array("abcxyz0129 -.,:;!?()'\"/é😀漢&*#")
    private static let quotedText = Array("abc XYZ 019 .,;:-#&*!|>%@`[]{}é漢😀\t")
    private static let escapes = [
        "\\n", "\\t", "\\\\", "\\\"", "\\x41", "\\u00e9", "\\U0001F600", "\\/", "\\0", "\\N", "\\_", "\\ ",
    ]
}
