/// Picks out a passage of a source by its exact words, as the W3C Web Annotation
/// `TextQuoteSelector` does: the words, and where they occur more than once, the text right
/// before (`prefix`) or after (`suffix`) them, or which occurrence (`occurrence`, 1-based) is meant.
public struct TextQuoteSelector: Sendable, Hashable {
    public let sourceID: String
    public let exact: String
    public let prefix: String?
    public let suffix: String?
    public let occurrence: Int?

    public init(sourceID: String, exact: String, prefix: String? = nil, suffix: String? = nil, occurrence: Int? = nil) {
        self.sourceID = sourceID
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.occurrence = occurrence
    }
}

/// A quote anchored in its source: which sentence holds it and where it lies.
public struct Citation: Sendable, Hashable {
    public let sourceID: String
    /// 1-based number of the sentence that contains the quote.
    public let sentenceIndex: Int
    /// Unicode scalar offsets into the source text, end exclusive.
    public let range: Range<Int>
    /// The quoted words in the article's own storage (they are the article's text at `range`),
    /// so a case's many citations keep no copies of their quotes.
    public let quoteSlice: Substring

    public var quote: String { String(quoteSlice) }

    init(sourceID: String, sentenceIndex: Int, range: Range<Int>, in text: SourceText) {
        self.sourceID = sourceID
        self.sentenceIndex = sentenceIndex
        self.range = range
        self.quoteSlice = text.slice(range)
    }
}

/// Why a quote could not be anchored.
public enum AnchoringError: Error, Sendable, Hashable, CustomStringConvertible {
    case emptyQuote
    case notFound(closest: String?)
    case ambiguous(starts: [Int])
    case noOccurrence(requested: Int, found: Int)
    case crossesSentences(first: Int, last: Int)

    public var description: String {
        switch self {
        case .emptyQuote:
            return "the quote is empty"
        case .notFound(let closest):
            return "quote not found" + (closest.map { "; closest text in the source: “\($0.excerpt)”" } ?? "")
        case .ambiguous(let starts):
            return "quote found \(starts.count) times (at offsets \(starts.map(String.init).joined(separator: ", "))); "
                + "add a prefix, a suffix or an occurrence to say which is meant"
        case .noOccurrence(let requested, let found):
            return "occurrence \(requested) asked for, but the quote occurs \(found) time\(found == 1 ? "" : "s")"
        case .crossesSentences(let first, let last):
            return "quote crosses a sentence boundary (sentences \(first) to \(last)); cite each sentence on its own"
        }
    }
}
