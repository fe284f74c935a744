/// The text of an article, addressed by Unicode scalar offsets.
///
/// Offsets count Unicode scalars (code points) from the start of the file, so that every
/// tool that reads the export can slice the same text the same way, whatever its string type.
public struct SourceText: Sendable, Hashable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    public var count: Int { scalars.count }

    public subscript(range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Every start offset at which `needle` occurs, overlapping occurrences included.
    public func occurrences(of needle: String) -> [Int] {
        let pattern = Array(needle.unicodeScalars)
        guard let first = pattern.first, pattern.count <= scalars.count else { return [] }
        var found: [Int] = []
        var start = 0
        let lastStart = scalars.count - pattern.count
        while start <= lastStart {
            if scalars[start] == first && scalars[start..<start + pattern.count].elementsEqual(pattern) {
                found.append(start)
            }
            start += 1
        }
        return found
    }
}
