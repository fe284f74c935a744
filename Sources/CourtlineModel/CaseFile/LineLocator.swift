/// Finds the line of a place in the case file for a problem's message.
///
/// The parsed tree of a large case file is several times the file's size, so it is not kept
/// while the case is verified: the text is parsed again, once, only if a problem needs a line.
final class LineLocator {
    private let text: String
    private var root: YAMLNode??

    init(text: String) {
        self.text = text
    }

    func line(at path: YAMLPath) -> Int? {
        if root == nil { root = .some(try? YAMLParser.parse(text)) }
        return root??.line(at: path)
    }
}
