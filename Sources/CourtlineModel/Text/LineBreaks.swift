/// Which line breaks of a text end a sentence, and which are only the wrapping of a paragraph.
///
/// A break ends a sentence at a blank line, before a list item ("- ", "• ", "1. ", "(a) "), and
/// where the writer chose it: where the next line's first word would have fitted on the line,
/// as after a heading, a byline, a dateline or a paragraph set on a line of its own. A break a
/// wrapping made (the word did not fit the paragraph's width) is a space, and so is a break
/// before a line that goes on in lower case; the rules for a space then decide, so a text reads
/// as the same sentences at any width.
enum LineBreaks {
    /// The offsets of the line breaks that end sentences, in order.
    static func sentenceEnds(in scalars: [Unicode.Scalar]) -> [Int] {
        let lines = Line.split(scalars)
        guard lines.count > 1 else { return [] }
        var ends: [Int] = []
        var paragraphStart = 0
        while paragraphStart < lines.count {
            var paragraphEnd = paragraphStart
            while paragraphEnd < lines.count, !lines[paragraphEnd].isBlank { paragraphEnd += 1 }
            let paragraph = lines[paragraphStart..<paragraphEnd]
            let width = paragraph.map(\.length).max() ?? 0
            for index in paragraph.indices.dropLast() {
                if endsSentence(lines[index], before: lines[index + 1], width: width, in: scalars) {
                    ends.append(lines[index].range.upperBound)
                }
            }
            // The paragraph's last line ends before the blank line; blank lines end themselves.
            for index in paragraphEnd..<min(lines.count, paragraphEnd + 1) where index > 0 {
                ends.append(lines[index - 1].range.upperBound)
            }
            paragraphStart = paragraphEnd
            while paragraphStart < lines.count, lines[paragraphStart].isBlank {
                if paragraphStart + 1 < lines.count { ends.append(lines[paragraphStart].range.upperBound) }
                paragraphStart += 1
            }
        }
        return ends.filter { $0 < scalars.count }
    }

    private static func endsSentence(_ line: Line, before next: Line, width: Int, in scalars: [Unicode.Scalar])
        -> Bool
    {
        if next.startsListItem(in: scalars) {
            // "set for April / 14. The company said": a number after a month or "No." goes on
            // the phrase the wrap broke, whatever follows it.
            return !(next.startsWithDigit(in: scalars) && line.endsBeforeANumber(in: scalars))
        }
        if next.startsInLowerCase(in: scalars) { return false }
        // "By Luis Medina, Staff Writer": a byline is a line of its own, however narrow the
        // paragraph it stands in.
        if line.isByline(in: scalars) { return true }
        guard line.length + 1 + next.firstWordLength(in: scalars) <= width else { return false }
        if let period = line.finalTerminator(in: scalars) {
            return !endsWithNameAbbreviation(line, period: period, before: next, in: scalars)
        }
        return true
    }

    /// "Mr.", "Judge", "E." or "No." before a number: wrapped inside a name or a citation.
    private static func endsWithNameAbbreviation(
        _ line: Line, period: Int, before next: Line, in scalars: [Unicode.Scalar]
    ) -> Bool {
        guard scalars[period] == "." else { return false }
        var start = line.startOfWord(endingAt: period, in: scalars)
        while start < period, Punctuation.isOpener(scalars[start]) { start += 1 }
        let token = scalars[start..<period]
        switch Abbreviations.kind(of: token) {
        case .title: return true
        case .beforeNumber, .month: return next.startsWithDigit(in: scalars)
        case .initialism: return token.count == 1
        case .abbreviation, nil: return false
        }
    }

    /// A line without its line break, and what the rules ask of it.
    private struct Line {
        let range: Range<Int>
        /// The first and last offsets that are not whitespace, if any.
        let firstVisible: Int?
        let lastVisible: Int?

        var isBlank: Bool { firstVisible == nil }
        var length: Int { firstVisible.map { lastVisible! - $0 + 1 } ?? 0 }

        static func split(_ scalars: [Unicode.Scalar]) -> [Line] {
            var lines: [Line] = []
            var start = 0
            var first: Int?
            var last: Int?
            for (offset, scalar) in scalars.enumerated() {
                if Punctuation.isLineBreak(scalar) {
                    lines.append(Line(range: start..<offset, firstVisible: first, lastVisible: last))
                    start = offset + 1
                    first = nil
                    last = nil
                } else if !Punctuation.isWhitespace(scalar) {
                    if first == nil { first = offset }
                    last = offset
                }
            }
            lines.append(Line(range: start..<scalars.count, firstVisible: first, lastVisible: last))
            return lines
        }

        /// The terminator that ends the line, before any closing quotes or brackets.
        func finalTerminator(in scalars: [Unicode.Scalar]) -> Int? {
            guard var position = lastVisible, let first = firstVisible else { return nil }
            while position > first, Punctuation.isCloser(scalars[position]) { position -= 1 }
            return Punctuation.isTerminator(scalars[position]) ? position : nil
        }

        func startsInLowerCase(in scalars: [Unicode.Scalar]) -> Bool {
            guard var position = firstVisible else { return false }
            while position < range.upperBound, Punctuation.isOpener(scalars[position]) { position += 1 }
            return position < range.upperBound && Punctuation.isLowercase(scalars[position])
        }

        func firstWordLength(in scalars: [Unicode.Scalar]) -> Int {
            guard let first = firstVisible else { return 0 }
            var end = first
            while end < range.upperBound, !Punctuation.isWhitespace(scalars[end]) { end += 1 }
            return end - first
        }

        /// "By" and a capitalized word, at most ten words, and no sentence's final stop.
        func isByline(in scalars: [Unicode.Scalar]) -> Bool {
            guard let first = firstVisible, finalTerminator(in: scalars) == nil, first + 3 < range.upperBound,
                scalars[first] == "B", scalars[first + 1] == "y" || scalars[first + 1] == "Y",
                Punctuation.isWhitespace(scalars[first + 2]), Punctuation.isUppercase(scalars[first + 3])
            else { return false }
            let words = scalars[range].split(whereSeparator: Punctuation.isWhitespace)
            return words.count <= 10
        }

        /// Where the word that ends at `end` starts, within the line.
        func startOfWord(endingAt end: Int, in scalars: [Unicode.Scalar]) -> Int {
            var start = end
            while start > range.lowerBound, !Punctuation.isWhitespace(scalars[start - 1]) { start -= 1 }
            return start
        }

        /// Whether the last word is a month ("April", "Sept.") or an abbreviation a number
        /// follows ("No.").
        func endsBeforeANumber(in scalars: [Unicode.Scalar]) -> Bool {
            guard let last = lastVisible else { return false }
            let word = scalars[startOfWord(endingAt: last, in: scalars)..<(scalars[last] == "." ? last : last + 1)]
            guard let initial = word.first, Punctuation.isUppercase(initial) else { return false }
            let lowered = String(String.UnicodeScalarView(word)).lowercased()
            return TimexLexicon.months[lowered] != nil
                || Abbreviations.kind(of: word).map { [.month, .beforeNumber].contains($0) } ?? false
        }

        func startsWithDigit(in scalars: [Unicode.Scalar]) -> Bool {
            firstVisible.map { Punctuation.isDigit(scalars[$0]) } ?? false
        }

        /// "- ", "* ", "• ", "1. ", "2) ", "(a) ", "b. " at the start of the line.
        func startsListItem(in scalars: [Unicode.Scalar]) -> Bool {
            guard let first = firstVisible else { return false }
            let upper = range.upperBound
            func isSpace(_ offset: Int) -> Bool { offset < upper && Punctuation.isWhitespace(scalars[offset]) }
            switch scalars[first] {
            case "-", "*", "•", "‣", "◦", "⁃", "–", "—": return isSpace(first + 1)
            default: break
            }
            var position = first
            if scalars[position] == "(" { position += 1 }
            let markerStart = position
            while position < upper, Punctuation.isDigit(scalars[position]), position - markerStart < 3 { position += 1 }
            if position == markerStart, position < upper, ("a"..."z").contains(scalars[position]) { position += 1 }
            guard position > markerStart, position < upper, [".", ")"].contains(scalars[position]) else { return false }
            return isSpace(position + 1)
        }
    }
}
