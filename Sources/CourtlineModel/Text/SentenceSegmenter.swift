/// Splits news prose into sentences.
///
/// A line break always ends a sentence (articles put headlines and paragraphs on lines of their
/// own). Inside a line, a sentence ends at `.`, `!`, `?` or `…`, together with any closing quotes or
/// brackets after it, when the next word could start a sentence: a word that starts in lower case
/// never does, and after an abbreviation only a word that usually starts sentences does.
public struct SentenceSegmenter: Sendable {
    public init() {}

    public func sentences(in text: SourceText) -> [Sentence] {
        var ranges: [Range<Int>] = []
        for line in Self.lines(of: text.scalars) {
            Self.split(line, of: text.scalars, into: &ranges)
        }
        return ranges.enumerated().map { offset, range in
            Sentence(index: offset + 1, range: range, text: text[range])
        }
    }

    private static func lines(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (offset, scalar) in scalars.enumerated() where Punctuation.lineBreaks.contains(scalar) {
            lines.append(start..<offset)
            start = offset + 1
        }
        lines.append(start..<scalars.count)
        return lines
    }

    private static func split(
        _ line: Range<Int>, of scalars: [Unicode.Scalar], into ranges: inout [Range<Int>]
    ) {
        var start = line.lowerBound
        var position = line.lowerBound
        while position < line.upperBound {
            guard Punctuation.terminators.contains(scalars[position]) else {
                position += 1
                continue
            }
            var end = position + 1
            while end < line.upperBound, Punctuation.terminators.contains(scalars[end]) { end += 1 }
            let terminatorCount = end - position
            while end < line.upperBound, Punctuation.closers.contains(scalars[end]) { end += 1 }
            guard end < line.upperBound, scalars[end].properties.isWhitespace else {
                position = end
                continue
            }
            var next = end
            while next < line.upperBound, scalars[next].properties.isWhitespace { next += 1 }
            guard next < line.upperBound else { break }
            let isSinglePeriod = terminatorCount == 1 && scalars[position] == "."
            // No sentence starts with a comma or the like: ". , which" is a typo inside one.
            if !Punctuation.continuers.contains(scalars[next]),
                endsSentence(
                    wordBefore: isSinglePeriod ? word(endingAt: position, from: line.lowerBound, in: scalars) : nil,
                    nextWord: word(startingAt: next, before: line.upperBound, in: scalars))
            {
                appendTrimmed(start..<end, of: scalars, to: &ranges)
                start = next
            }
            position = next
        }
        appendTrimmed(start..<line.upperBound, of: scalars, to: &ranges)
    }

    /// Decides a boundary from the word before a lone period (nil after `!`, `?` or `…`) and the
    /// word after the gap.
    private static func endsSentence(wordBefore: String?, nextWord: String) -> Bool {
        guard let first = nextWord.unicodeScalars.first else { return true }
        if first.properties.isLowercase { return false }
        guard let wordBefore else { return true }
        let startsWithDigit = first.properties.numericType != nil
        switch Abbreviations.kind(of: wordBefore) {
        case nil: return true
        case .title: return false
        case .beforeNumber, .month:
            return startsWithDigit ? false : Abbreviations.isFrequentSentenceStarter(nextWord)
        case .abbreviation, .initialism:
            return Abbreviations.isFrequentSentenceStarter(nextWord)
        }
    }

    /// The token before the period at `period`, without opening quotes or brackets.
    private static func word(endingAt period: Int, from lineStart: Int, in scalars: [Unicode.Scalar]) -> String {
        var start = period
        while start > lineStart, !scalars[start - 1].properties.isWhitespace { start -= 1 }
        while start < period, Punctuation.openers.contains(scalars[start]) { start += 1 }
        return String(String.UnicodeScalarView(scalars[start..<period]))
    }

    /// The word at `start`, after any opening quotes or brackets: letters, digits and the marks
    /// that join them.
    private static func word(startingAt start: Int, before end: Int, in scalars: [Unicode.Scalar]) -> String {
        var first = start
        while first < end, Punctuation.openers.contains(scalars[first]) { first += 1 }
        var last = first
        while last < end, scalars[last].properties.isAlphabetic || scalars[last].properties.numericType != nil {
            last += 1
        }
        return String(String.UnicodeScalarView(scalars[first..<last]))
    }

    private static func appendTrimmed(
        _ range: Range<Int>, of scalars: [Unicode.Scalar], to ranges: inout [Range<Int>]
    ) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        if lower < upper { ranges.append(lower..<upper) }
    }
}

enum Punctuation {
    static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
    static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…", "‽", "。", "！", "？"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", "›", ")", "]", "}"]
    static let continuers: Set<Unicode.Scalar> = [",", ";", ":", "%"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "«", "‹", "(", "[", "{"]
}
