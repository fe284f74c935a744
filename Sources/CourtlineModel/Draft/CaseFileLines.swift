/// A case file's text as lines, with the places its lists and their items end, so that lines
/// can be put in without touching the rest: comments, quoting and order stay as written.
struct CaseFileLines {
    private var lines: [String]
    /// The top mapping's entries, by key, with the line each starts on.
    private let top: [YAMLEntry]
    /// Lines to put in after a line (0 for the very start), in the order they were added.
    private var insertions: [Int: [String]] = [:]
    /// Lines to write instead of a line (an empty `courts: []` made a block list).
    private var replacements: [Int: String] = [:]

    init(_ text: String) throws(CaseAdditionError) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(text)
        } catch {
            throw CaseAdditionError(line: error.line, message: "YAML syntax error: \(error.message)")
        }
        guard case .mapping(let entries)? = root?.content else {
            throw CaseAdditionError(line: nil, message: "the case file is not a mapping of fields")
        }
        top = entries.sorted { $0.line < $1.line }
    }

    var text: String {
        var result: [String] = insertions[0] ?? []
        for (offset, line) in lines.enumerated() {
            result.append(replacements[offset + 1] ?? line)
            result += insertions[offset + 1] ?? []
        }
        return result.joined(separator: "\n") + "\n"
    }

    /// Puts items (each the lines `CaseDraft` writes, two spaces in) at the end of a top-level
    /// list, indented as its items are; makes the list if the file has none.
    mutating func append(_ items: [[String]], toList key: String) throws(CaseAdditionError) {
        guard !items.isEmpty else { return }
        guard let index = top.firstIndex(where: { $0.key == key }) else {
            insertions[lines.count, default: []] += ["", "\(key):"] + items.flatMap { $0 }
            return
        }
        let entry = top[index]
        let boundary = index + 1 < top.count ? top[index + 1].line : lines.count + 1
        var indent = 2
        if case .sequence(let existing) = entry.value.content, let first = existing.first {
            guard first.line > entry.line else {
                throw CaseAdditionError(
                    line: entry.line,
                    message: "the \(key) list is written on one line; write it as a list, one item a line, to add to it"
                )
            }
            indent = leadingSpaces(lines[first.line - 1])
        } else {
            // `courts: []` (or nothing): the key's line becomes a block list's.
            replacements[entry.line] = "\(key):"
        }
        let shift = String(repeating: " ", count: max(0, indent - 2))
        insertions[lastContentLine(before: boundary), default: []] += items.flatMap { $0 }.map { shift + $0 }
    }

    /// Puts quotes at the end of the `citations` list of the item of list `key` whose id is `id`.
    mutating func addCitations(_ quotes: [CaseDraft.Quote], toItem id: String, ofList key: String)
        throws(CaseAdditionError)
    {
        guard let listIndex = top.firstIndex(where: { $0.key == key }),
            case .sequence(let items) = top[listIndex].value.content,
            let itemIndex = items.firstIndex(where: { Self.id(of: $0) == id }),
            case .mapping(let entries) = items[itemIndex].content,
            let citations = entries.first(where: { $0.key == CaseFileSchema.citations.key })
        else {
            throw CaseAdditionError(line: nil, message: "no \(key) item '\(id)' with citations in the case file")
        }
        guard case .sequence(let cited) = citations.value.content, let first = cited.first,
            first.line > citations.line
        else {
            throw CaseAdditionError(
                line: citations.line,
                message:
                    "the citations of '\(id)' are written on one line; write them as a list, one item a line, to add to them"
            )
        }
        let later = entries.map(\.line).filter { $0 > citations.line }.min()
        let boundary =
            later
            ?? (itemIndex + 1 < items.count
                ? items[itemIndex + 1].line : listIndex + 1 < top.count ? top[listIndex + 1].line : lines.count + 1)
        let indent = String(repeating: " ", count: leadingSpaces(lines[first.line - 1]))
        insertions[lastContentLine(before: boundary), default: []] += quotes.flatMap { $0.itemLines(indent: indent) }
    }

    private static func id(of item: YAMLNode) -> String? {
        guard case .mapping(let entries) = item.content,
            let id = entries.first(where: { $0.key == CaseFileSchema.Event.id.key }),
            case .scalar(let scalar) = id.value.content
        else { return nil }
        return scalar.text
    }

    /// The last line before `boundary` (1-based) that is neither blank nor only a comment: the
    /// end of what stands before it.
    private func lastContentLine(before boundary: Int) -> Int {
        var line = boundary - 1
        while line > 0 {
            let trimmed = lines[line - 1].drop { $0 == " " || $0 == "\t" }
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") { break }
            line -= 1
        }
        return line
    }

    private func leadingSpaces(_ line: String) -> Int { line.prefix { $0 == " " }.count }
}
