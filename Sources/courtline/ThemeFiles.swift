import CourtlineUI
import Foundation

/// Reads theme files from disk for the UI, which knows no files: the bundled `Themes/` first,
/// then the user's directory, whose files replace bundled ones of the same name.
enum ThemeFiles {
    struct Found {
        var files: [ThemeFile] = []
        /// Files that exist but could not be read, as messages naming them.
        var problems: [String] = []
    }

    static func userDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/courtline/themes"
        }
        return environment["HOME"].map { $0 + "/.config/courtline/themes" }
    }

    static func find(environment: [String: String]) -> Found {
        var found = Found()
        let directories = [BundledFiles.locate(BundledFiles.themesPath), userDirectory(environment: environment)]
        for directory in directories.compactMap({ $0 }) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for name in names.sorted() where name.hasSuffix(".toml") {
                let path = directory + "/" + name
                do {
                    let text = try String(contentsOfFile: path, encoding: .utf8)
                    found.files.append(ThemeFile(name: String(name.dropLast(5)), path: path, text: text))
                } catch {
                    found.problems.append("\(path): cannot read the theme (not UTF-8 text, or unreadable)")
                }
            }
        }
        return found
    }
}
