import CourtlineModel
import Foundation

/// The `:` command line while it is typed: its text, what went wrong running it (shown in place
/// until the text changes), Tab's candidates, and where ↑ and ↓ stand in the history.
public struct CommandLine: Hashable, Sendable {
    public var text = ""
    public var error: String?
    /// What Tab offers for the word being completed, shown beside the line.
    public var candidates: [String] = []
    /// While Tab steps through the candidates: the text they complete, and the one filled in.
    private var cycling: (base: String, index: Int)?
    /// While ↑ and ↓ step through the history: the entry shown, and the text typed before.
    private var browsing: (index: Int, typed: String)?

    public init(text: String = "") {
        self.text = text
    }

    public static func == (lhs: CommandLine, rhs: CommandLine) -> Bool {
        lhs.text == rhs.text && lhs.error == rhs.error && lhs.candidates == rhs.candidates
            && lhs.cycling?.base == rhs.cycling?.base && lhs.cycling?.index == rhs.cycling?.index
            && lhs.browsing?.index == rhs.browsing?.index && lhs.browsing?.typed == rhs.browsing?.typed
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(error)
        hasher.combine(candidates)
    }

    mutating func type(_ character: Character) {
        edit { $0.append(character) }
    }

    mutating func deleteBackward() {
        edit { if !$0.isEmpty { $0.removeLast() } }
    }

    private mutating func edit(_ change: (inout String) -> Void) {
        change(&text)
        error = nil
        candidates = []
        cycling = nil
        browsing = nil
    }

    /// ↑: the command run before the one shown.
    mutating func older(in history: [String]) {
        guard !history.isEmpty else { return }
        let index = max(0, (browsing?.index ?? history.count) - 1)
        browsing = (index, browsing?.typed ?? text)
        show(history[index])
    }

    /// ↓: the command run after the one shown, then what was being typed.
    mutating func newer(in history: [String]) {
        guard let browsing else { return }
        if browsing.index + 1 < history.count {
            self.browsing = (browsing.index + 1, browsing.typed)
            show(history[browsing.index + 1])
        } else {
            self.browsing = nil
            show(browsing.typed)
        }
    }

    private mutating func show(_ entry: String) {
        text = entry
        error = nil
        candidates = []
        cycling = nil
    }

    /// Tab: the one candidate filled in; with several, first what they share, then each in
    /// turn on each further Tab.
    mutating func complete(in model: Case, views: [String] = []) {
        if let cycling, !candidates.isEmpty {
            let index = (cycling.index + 1) % candidates.count
            self.cycling = (cycling.base, index)
            text = Self.head(of: cycling.base) + candidates[index]
            return
        }
        let found = Self.candidates(completing: text, in: model, views: views)
        candidates = found
        error = found.isEmpty ? "nothing to complete" : nil
        guard let first = found.first else { return }
        let head = Self.head(of: text)
        let typed = String(text.dropFirst(head.count))
        if found.count == 1 {
            text = head + first + (head.isEmpty ? " " : "")
            candidates = []
            return
        }
        let shared = found.dropFirst().reduce(first) { $0.commonPrefix(with: $1) }
        if shared.count > typed.count, shared.lowercased().hasPrefix(typed.lowercased()) {
            text = head + shared
        } else {
            cycling = (text, 0)
            text = head + first
        }
    }

    /// The text up to the word Tab completes: everything to the last space.
    private static func head(of text: String) -> String {
        guard let space = text.lastIndex(where: \.isWhitespace) else { return "" }
        return String(text[...space])
    }

    /// What the word being typed may become: a command's name, or what the command takes (ids,
    /// or the id of each court or party with a word of its name starting so).
    static func candidates(completing text: String, in model: Case, views: [String] = []) -> [String] {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        let endsInSpace = text.last?.isWhitespace ?? false
        let typed = endsInSpace ? "" : (words.last ?? "")
        let position = endsInSpace ? words.count : max(0, words.count - 1)
        if position == 0 {
            return CommandSpec.all.map(\.name).filter { $0.hasPrefix(typed.lowercased()) }
        }
        guard let spec = CommandSpec.named(words[0]) else { return [] }
        switch (spec.kind, position) {
        case (.facet(let facet), 1):
            let values = facet.values(in: model)
            let named: [(String, [String])] =
                switch facet {
                case .court: model.courts.map { ($0.id, [$0.name, $0.shortName]) }
                case .party: model.parties.map { ($0.id, [$0.name]) }
                default: []
                }
            let wanted = fold(typed)
            return values.filter { value in
                fold(value).hasPrefix(wanted)
                    || named.contains {
                        $0.0 == value && $0.1.contains { Self.words(of: $0).contains { $0.hasPrefix(wanted) } }
                    }
            }
        case (.export, 1):
            return ["md", "csv", "json", "ics"].filter { $0.hasPrefix(typed.lowercased()) }
        case (.view, 1), (.save, 1):
            return views.sorted().filter { $0.hasPrefix(typed) }
        default:
            return []
        }
    }

    private static func words(of name: String) -> [String] {
        fold(name).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
