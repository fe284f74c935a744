import ArgumentParser
import CourtlineModel
import CourtlineUI
import Foundation

/// sysexits(3) codes, as the command line promises them.
enum ExitStatus {
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let missingInput: Int32 = 66
    /// An output file that cannot be written, or exists and `--force` was not given.
    static let cannotCreate: Int32 = 73
}

enum Diagnostics {
    /// Writes a message to standard error: errors go there so that standard output stays data.
    static func report(_ message: String) {
        // Messages quote case files and articles: shown as harmless as standard output is.
        FileHandle.standardError.write(Data((visibleLines(message) + "\n").utf8))
    }
}

/// Prints text made from articles and case files (`list`, `show`, `sources`, `verify`) with
/// every control character shown as a visible placeholder, so no article can move the cursor,
/// retitle the window or write the clipboard of the terminal it is read in. JSON goes through
/// `print`: its encoder escapes.
func say(_ text: String) {
    print(visibleLines(text))
}

/// Each line made visible, the line breaks between them kept.
private func visibleLines(_ text: String) -> String {
    // Most lines are one line of printable ASCII, and stand as they are.
    guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.visible(String($0)) }
        .joined(separator: "\n")
}

extension TextFile {
    /// Reads a text file named on the command line, or says why it cannot be read (naming it)
    /// and exits 66 (missing or unreadable) or 65 (not UTF-8 text).
    static func readOrExit(_ path: String) throws -> String {
        do {
            return try read(path)
        } catch {
            Diagnostics.report("\(path): \(error.message)")
            throw ExitCode(error.isMissingInput ? ExitStatus.missingInput : ExitStatus.badData)
        }
    }
}
