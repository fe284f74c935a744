/// One sentence of a source: its 1-based number and where it lies in the text.
public struct Sentence: Sendable, Hashable {
    /// 1-based, as people count sentences ("sentence 3 of 17").
    public let index: Int
    /// Unicode scalar offsets into the source text, end exclusive.
    public let range: Range<Int>
    /// The sentence's words in the article's own storage: a long case has hundreds of thousands
    /// of sentences, and a copy of each would double the memory its articles take.
    public let slice: Substring

    public var text: String { String(slice) }

    init(index: Int, range: Range<Int>, in text: SourceText) {
        self.index = index
        self.range = range
        self.slice = text.slice(range)
    }
}
