import Foundation

/// Finds the files that ship with Courtline (the case, the themes) from any working directory.
enum BundledFiles {
    static let casePath = "seeds/whatsapp-v-nso.yaml"
    static let themesPath = "Themes"

    /// Looks beside and above the executable first (a build or an install tree), then in the
    /// package this binary was built from.
    static func locate(_ relativePath: String) -> String? {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            while folder.path != "/" {
                candidates.append(folder)
                candidates.append(folder.appendingPathComponent("share/courtline"))
                folder.deleteLastPathComponent()
            }
        }
        // Sources/courtline/BundledFiles.swift → the package root.
        candidates.append(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent())
        return candidates.lazy
            .map { $0.appendingPathComponent(relativePath).path }
            .first { FileManager.default.isReadableFile(atPath: $0) }
    }
}
