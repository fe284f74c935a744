import Foundation

/// The folder a case file's articles must lie in: its own. Paths are compared as the file
/// system resolves them (`..`, symlinks and all), so neither `../x` nor a link pointing out
/// gets past.
struct ArticleFolder: Sendable {
    private let resolved: String

    init(_ folder: String) {
        resolved = Self.resolve(folder)
    }

    func holds(_ path: String) -> Bool {
        let target = Self.resolve(path)
        // The folder itself is in it (and is then reported as a directory, not a file).
        return target == resolved || target.hasPrefix(resolved.hasSuffix("/") ? resolved : resolved + "/")
    }

    /// The path with every link and `..` resolved; for a file that does not exist, its folder
    /// resolved and its name added, so a missing article inside the folder is still reported
    /// as missing.
    private static func resolve(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let url = URL(fileURLWithPath: path).standardized
        let parent = url.deletingLastPathComponent().path
        guard parent != path, let real = realpath(parent, nil) else { return url.path }
        defer { free(real) }
        return String(cString: real) + "/" + url.lastPathComponent
    }
}
