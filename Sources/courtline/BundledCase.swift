import Foundation

/// Finds the case that ships with Courtline, from any working directory.
enum BundledCase {
    static let relativePath = "seeds/whatsapp-v-nso.yaml"

    /// Looks beside and above the executable first (a build or an install tree), then in the
    /// package this binary was built from.
    static func path() -> String? {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            while folder.path != "/" {
                candidates.append(folder)
                candidates.append(folder.appendingPathComponent("share/courtline"))
                folder.deleteLastPathComponent()
            }
        }
        // Sources/courtline/BundledCase.swift → the package root.
        candidates.append(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent())
        return candidates.lazy
            .map { $0.appendingPathComponent(relativePath).path }
            .first { FileManager.default.isReadableFile(atPath: $0) }
    }
}
