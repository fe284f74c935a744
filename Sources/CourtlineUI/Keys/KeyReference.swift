/// Every key and what it does, by group, from `KeyMap.bindings`, and every `:` command from
/// `CommandSpec.all`: what the help overlay lists and the README's tables are generated from.
public enum KeyReference {
    public struct Section: Sendable {
        public let title: String
        public let entries: [(keys: String, summary: String)]
    }

    public static let sections: [Section] =
        KeyBinding.Group.allCases.map { group in
            Section(
                title: group.rawValue,
                entries: KeyMap.bindings.filter { $0.group == group }.map { ($0.keyLabels, $0.summary) })
        } + [Section(title: "Mouse", entries: [("click", "select and focus"), ("wheel", "scroll")])]

    /// The reference as a Markdown table, for the README.
    public static var markdown: String {
        var lines = ["| keys | what they do |", "| --- | --- |"]
        for section in sections {
            lines.append("| **\(section.title)** | |")
            for entry in section.entries {
                let keys = entry.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
                lines.append("| \(keys) | \(entry.summary) |")
            }
        }
        lines += ["", "| command | what it does |", "| --- | --- |"]
        for command in CommandSpec.all { lines.append("| `\(command.usage)` | \(command.summary) |") }
        return lines.joined(separator: "\n")
    }
}
