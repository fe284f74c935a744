import Foundation

/// Reads the UTF-8 text files a case is made of, telling apart the ways that can fail.
enum TextFile {
    enum Failure: Error {
        case missing
        case directory
        case unreadable
        case notUTF8

        var isMissingInput: Bool { self != .notUTF8 }

        var message: String {
            switch self {
            case .missing: "no such file"
            case .directory: "is a directory, not a file"
            case .unreadable: "cannot be read (check its permissions)"
            case .notUTF8: "is not valid UTF-8 text"
            }
        }
    }

    static func read(_ path: String) throws(Failure) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing }
        guard !isDirectory.boolValue else { throw .directory }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8 }
        return text
    }
}
