import CourtlineModel
import Foundation

extension StyledText {
    /// The same text with `style` patched over every occurrence of each of the query's terms
    /// (its words and "quoted phrases", as the search filter reads them), ignoring case and
    /// accents as the filter does; the other styles stay as they were.
    public func highlighting(_ query: String, with style: Style) -> StyledText {
        let terms = SearchTerms.parse(query)
        guard !terms.isEmpty else { return self }
        let text = plain
        var marked: [Range<Int>] = []
        for term in terms {
            var rest = text[...]
            // Offsets counted on from the last match, not from the start each time: a long
            // article with many matches stays linear.
            var counted = (index: text.startIndex, offset: 0)
            while let range = rest.range(of: term, options: [.caseInsensitive, .diacriticInsensitive]),
                !range.isEmpty
            {
                let lower = counted.offset + text.distance(from: counted.index, to: range.lowerBound)
                let upper = lower + text.distance(from: range.lowerBound, to: range.upperBound)
                marked.append(lower..<upper)
                counted = (range.upperBound, upper)
                rest = rest[range.upperBound...]
            }
        }
        // In order of where they start: the marking below walks them once.
        marked.sort { $0.lowerBound < $1.lowerBound }
        guard !marked.isEmpty else { return self }
        var result = StyledText()
        var offset = 0
        var next = 0  // the first marked range that does not end before `offset`; they are in order
        for span in spans {
            for character in span.text {
                while next < marked.count && marked[next].upperBound <= offset { next += 1 }
                let isMarked = next < marked.count && marked[next].contains(offset)
                result.append(String(character), style: isMarked ? span.style.patched(with: style) : span.style)
                offset += 1
            }
        }
        return result
    }
}
