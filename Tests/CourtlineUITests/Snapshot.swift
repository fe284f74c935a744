import CourtlineModel
import CourtlineUI
import Foundation
import Testing

/// Compares a rendered screen with its committed text snapshot in `Snapshots/`. A missing
/// snapshot is written and the test fails, so a new one is always looked at before it is kept;
/// `COURTLINE_RECORD=1` rewrites them all.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Snapshots")

    static func expect(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent("\(name).txt")
        let actual = frame(grid)
        let record = ProcessInfo.processInfo.environment["COURTLINE_RECORD"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(name); check it and run the tests again", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "screen differs from Snapshots/\(name).txt", sourceLocation: sourceLocation)
    }

    /// The grid's text in a frame of its exact size, so trailing blanks and size changes show;
    /// then its styles, a letter a cell, so that a snapshot also says where a highlight starts.
    static func frame(_ grid: Grid) -> String {
        let rule = String(repeating: "-", count: grid.width)
        let text = (0..<grid.height).map { y in
            var line = ""
            for x in 0..<grid.width { line += grid[x, y].text }
            return "|\(line)|"
        }
        var letters: [Style: Character] = [:]
        var legend: [String] = []
        let styles = (0..<grid.height).map { y in
            var line = ""
            for x in 0..<grid.width {
                let style = grid[x, y].style
                if letters[style] == nil {
                    let letter = Self.letters[min(letters.count, Self.letters.count - 1)]
                    letters[style] = letter
                    legend.append("\(letter) \(describe(style))")
                }
                line.append(letters[style]!)
            }
            return "|\(line)|"
        }
        return (["+\(rule)+"] + text + ["+\(rule)+", "styles:"] + legend + ["+\(rule)+"] + styles + ["+\(rule)+"])
            .joined(separator: "\n") + "\n"
    }

    private static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789?")

    /// A style as the fallback theme's roles that give it, or else as its colours and attributes.
    private static func describe(_ style: Style) -> String {
        let roles = StyleRole.allCases.filter { Theme.fallback.style($0) == style }.map(\.rawValue)
        let attributes: [(Style.Attributes, String)] = [
            (.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"), (.reverse, "reverse"),
        ]
        let look =
            [
                "fg \(style.foreground.map { "\($0)" } ?? "default")",
                "bg \(style.background.map { "\($0)" } ?? "default")",
            ]
            + attributes.filter { style.attributes.contains($0.0) }.map(\.1)
        return (roles.isEmpty ? "" : roles.joined(separator: ", ") + ": ") + look.joined(separator: " ")
    }
}

/// The bundled case and a driver that feeds actions the way keys would.
struct Harness {
    static let model: Case = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/whatsapp-v-nso.yaml").path
        return try! CaseLoader().load(caseFileAt: path)
    }()

    var state: AppState
    var theme = Theme.fallback

    init(width: Int, height: Int) {
        state = AppState(
            width: width, height: height, themeNames: ["default", "light", "high-contrast", "mono"], model: Self.model)
    }

    mutating func send(_ actions: Action...) {
        for action in actions { state.act(action, in: Self.model) }
    }

    mutating func press(_ keys: Key...) {
        for key in keys {
            if let action = KeyMap.action(for: key, in: state) { state.act(action, in: Self.model) }
        }
    }

    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// Moves down the focused list the way a person would, until `isThere` holds.
    mutating func pressDown(until isThere: (AppState) -> Bool, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in 0..<100 where !isThere(state) { press(.down) }
        #expect(isThere(state), "never reached the row wanted", sourceLocation: sourceLocation)
    }

    mutating func selectEvent(_ id: String) {
        pressDown { $0.selectedEventID == id }
    }

    mutating func filterByParty(_ id: String) {
        while state.focus != .parties { press(.tab) }
        pressDown { Self.model.parties[$0.selectedParty].id == id }
        press(.enter)
    }

    var grid: Grid { Screen.render(state, model: Self.model, theme: theme) }
    var screen: String { grid.text }
}

extension AppState {
    /// Applies an action as the session does: read against the frame the state shows.
    @discardableResult
    mutating func act(_ action: Action, in model: Case, theme: Theme = .fallback) -> [Effect] {
        reduce(action, in: model, view: ViewModel(state: self, model: model, theme: theme))
    }
}
