/// One sentence of a source: its 1-based number and where it lies in the text.
public struct Sentence: Sendable, Hashable {
    /// 1-based, as people count sentences ("sentence 3 of 17").
    public let index: Int
    /// Unicode scalar offsets into the source text, end exclusive.
    public let range: Range<Int>
    public let text: String

    public init(index: Int, range: Range<Int>, text: String) {
        self.index = index
        self.range = range
        self.text = text
    }
}
