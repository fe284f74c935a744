import Foundation

/// sysexits(3) codes, as the command line promises them.
enum ExitStatus {
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let missingInput: Int32 = 66
}

enum Diagnostics {
    /// Writes a message to standard error: errors go there so that standard output stays data.
    static func report(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
