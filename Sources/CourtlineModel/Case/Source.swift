import Foundation

/// An article and what the case file says about it.
public struct Source: Sendable, Hashable {
    public let id: String
    /// The article's file name, as the case file gives it.
    public let file: String
    public let text: SourceText
    public let sentences: Sentences
    public let title: String
    /// Where the title comes from: the article's first line where that is a headline, else its
    /// first sentence, so that even the title is the article's own words.
    public let titleBasis: TitleBasis
    /// The outlet, where the article names it, with the words that name it.
    public internal(set) var outlet: Outlet?
    /// Metadata from the case file, not from the text: always shown as supplied.
    public let published: CalendarDay

    public enum TitleBasis: String, Sendable, Hashable, CaseIterable {
        case headline
        case leadSentence = "lead sentence"
    }

    public struct Outlet: Sendable, Hashable {
        public let name: String
        public let citation: Citation
    }

    /// Where the publication date comes from, for display and export.
    public static let publishedBasis = "supplied by the case file (metadata, not in the article text)"

    public init(
        id: String, file: String, text: SourceText, titleBasis: TitleBasis, published: CalendarDay,
        segmenter: SentenceSegmenter = SentenceSegmenter()
    ) {
        self.id = id
        self.file = file
        self.text = text
        self.sentences = segmenter.sentences(in: text)
        self.titleBasis = titleBasis
        switch titleBasis {
        case .headline:
            let firstLine = text.string.unicodeScalars.prefix { !Punctuation.isLineBreak($0) }
            self.title = String(String.UnicodeScalarView(firstLine)).trimmingWhitespace()
        case .leadSentence:
            self.title = sentences.first?.text ?? ""
        }
        self.outlet = nil
        self.published = published
    }

}

extension Substring {
    /// Whether `other`'s bytes stand in this text's: exact, with no folding or normalizing.
    func containsBytes(of other: String) -> Bool {
        var text = self
        var other = other
        return text.withUTF8 { haystack in
            other.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard needle.count <= haystack.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    if memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 { return true }
                }
                return false
            }
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
