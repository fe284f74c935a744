/// A text's sentences, each kept as two 32-bit offsets (8 bytes) and made into a `Sentence`
/// when asked for. An article of very short sentences ("A. B. C. …") has a sentence for
/// every three bytes, and a stored `Sentence` (56 bytes, its text a `Substring`) made 20 MB
/// of them take over 700 MB; held like this they take under three times the text.
public struct Sentences: RandomAccessCollection, Sendable, Hashable {
    /// Start and end (exclusive) of each sentence, in Unicode scalars, one after the other.
    private var bounds: [UInt32]
    private let text: SourceText

    init(in text: SourceText) {
        self.text = text
        bounds = []
    }

    mutating func append(_ range: Range<Int>) {
        bounds.append(UInt32(truncatingIfNeeded: range.lowerBound))
        bounds.append(UInt32(truncatingIfNeeded: range.upperBound))
    }

    mutating func reserveCapacity(_ count: Int) { bounds.reserveCapacity(2 * count) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { bounds.count / 2 }

    public subscript(position: Int) -> Sentence {
        Sentence(
            index: position + 1, range: Int(bounds[2 * position])..<Int(bounds[2 * position + 1]), in: text)
    }

    /// The text is the source's, compared and hashed there; the sentences are where it is cut.
    public static func == (lhs: Sentences, rhs: Sentences) -> Bool { lhs.bounds == rhs.bounds }

    public func hash(into hasher: inout Hasher) { hasher.combine(bounds) }
}
