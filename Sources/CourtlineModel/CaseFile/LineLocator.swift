import Foundation
import Synchronization

/// Finds the line of a place in the case file for a problem's message.
///
/// Neither the parsed tree of a large case file, several times its size, nor its text is kept
/// while the case is verified: the file is read and parsed again, once, only if a problem needs
/// a line. Should the file have changed since it was loaded, no line is given rather than a
/// wrong one. Problems may be found on several cores at once, so the tree is made under a lock.
final class LineLocator: Sendable {
    private let path: String
    private let loaded: Fingerprint?
    private let root = Mutex<YAMLNode??>(nil)

    /// Notes which version of the file at `path` was loaded; call it just after reading it.
    init(path: String) {
        self.path = path
        loaded = Fingerprint(of: path)
    }

    func line(at place: YAMLPath) -> Int? {
        root.withLock { root in
            if root == nil { root = .some(reparsed()) }
            return root??.line(at: place)
        }
    }

    private func reparsed() -> YAMLNode? {
        guard let loaded, Fingerprint(of: path) == loaded, let text = try? TextFile.read(path) else { return nil }
        return try? YAMLParser.parse(text)
    }

    /// What tells one version of a file from another without reading it, as `make` does.
    private struct Fingerprint: Equatable {
        let size: Int
        let modified: Date
        let fileNumber: Int

        init?(of path: String) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
            else { return nil }
            self.size = size
            self.modified = modified
            fileNumber = attributes[.systemFileNumber] as? Int ?? 0
        }
    }
}
