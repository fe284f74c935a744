import Synchronization

/// Finds the line of a place in the case file for a problem's message.
///
/// The parsed tree of a large case file is several times the file's size, so it is not kept
/// while the case is verified: the text is parsed again, once, only if a problem needs a line.
/// Problems may be found on several cores at once, so the tree is made under a lock.
final class LineLocator: Sendable {
    private let text: String
    private let root = Mutex<YAMLNode??>(nil)

    init(text: String) {
        self.text = text
    }

    func line(at path: YAMLPath) -> Int? {
        root.withLock { root in
            if root == nil { root = .some(try? YAMLParser.parse(text)) }
            return root??.line(at: path)
        }
    }
}
