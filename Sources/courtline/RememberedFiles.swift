import CourtlineUI
import Foundation

/// Where the UI keeps what it remembers, and reading and writing it: the theme and split in
/// `$XDG_STATE_HOME/courtline/state.toml` (else `~/.local/state`), named views in
/// `$XDG_CONFIG_HOME/courtline/views.toml` (else `~/.config`). A file that cannot be read is
/// reported and ignored; each is written whole or not at all.
struct RememberedFiles {
    let statePath: String?
    let viewsPath: String?
    private let home: String?

    init(environment: [String: String]) {
        home = environment["HOME"].flatMap { $0.hasPrefix("/") && $0.count > 1 ? $0 : nil }
        func folder(_ variable: String, else fallback: String) -> String? {
            if let value = environment[variable], value.hasPrefix("/") { return value + "/courtline" }
            return environment["HOME"].map { $0 + "/" + fallback + "/courtline" }
        }
        statePath = folder("XDG_STATE_HOME", else: ".local/state").map { $0 + "/state.toml" }
        viewsPath = folder("XDG_CONFIG_HOME", else: ".config").map { $0 + "/views.toml" }
    }

    struct Loaded {
        var remembered = Remembered()
        var views: [String: SavedView] = [:]
        /// One line for each file that could not be read, saying it was ignored.
        var problems: [String] = []
    }

    func load() -> Loaded {
        var loaded = Loaded()
        if let text = read(statePath, into: &loaded.problems) {
            do {
                loaded.remembered = try Remembered.read(text, path: shown(statePath!))
            } catch {
                loaded.problems.append("ignored \(error.description)")
            }
        }
        if let text = read(viewsPath, into: &loaded.problems) {
            do {
                loaded.views = try SavedView.read(text, path: shown(viewsPath!))
            } catch {
                loaded.problems.append("ignored \(error.description)")
            }
        }
        return loaded
    }

    /// The file's text; nil, and nothing said, when there is none yet.
    private func read(_ path: String?, into problems: inout [String]) -> String? {
        guard let path, FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append("ignored \(shown(path)): cannot be read")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append("ignored \(shown(path)): not UTF-8 text")
            return nil
        }
        return text
    }

    /// A path as the status bar shows it: under the home folder, from `~`.
    private func shown(_ path: String) -> String {
        guard let home, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// Writes `text` whole, making the folder if need be; says what went wrong, if anything.
    static func write(_ text: String, to path: String?) -> String? {
        guard let path else { return "nowhere to keep it (HOME is not set)" }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try OutputFile.write(Data(text.utf8), to: path, replacing: true)
            return nil
        } catch let failure as OutputFile.Failure {
            return "\(path): \(failure.reason)"
        } catch {
            return "\(folder.path): cannot be made (\(error.localizedDescription))"
        }
    }
}
