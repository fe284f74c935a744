import Foundation

/// The bundled articles and case file, found from this file's place in the package.
enum Seeds {
    static let landmark = "000_6aff62c01c763dfa.txt"
    static let reuters = "001_709da0dd731e1626.txt"
    static let caseFile = "whatsapp-v-nso.yaml"

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func text(of name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }
}
