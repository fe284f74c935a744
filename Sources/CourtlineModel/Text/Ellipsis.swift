/// Dots set apart by spaces (". . ."), as style guides write an omission, and "[...]".
///
/// Three such dots mark words left out inside a sentence. A fourth is the sentence's own
/// period: before a capital, the sentence ends there, after the dots if they stand apart
/// ("a period . . . . Next") and before them if the first touches its word ("compounds. . . .
/// The"), whose next sentence then opens with the omission.
struct Ellipsis {
    /// Where the sentence before ends, if it ends here.
    let sentenceEnd: Int?
    /// Where the next sentence starts, when one ends here.
    let nextStart: Int
    /// Where the segmenter goes on looking.
    let resume: Int

    init?(at position: Int, in line: Range<Int>, of scalars: [Unicode.Scalar]) {
        if Self.isBracketed(at: position, in: line, of: scalars) {
            var end = position
            while end < line.upperBound, scalars[end] != "]" { end += 1 }
            self.init(sentenceEnd: nil, nextStart: position, resume: end)
            return
        }
        guard scalars[position] == "." else { return nil }
        var dots = 1
        var last = position
        while last + 2 < line.upperBound, scalars[last + 1] == " ", scalars[last + 2] == "." {
            dots += 1
            last += 2
        }
        guard dots >= 3 else { return nil }
        var end = last + 1
        while end < line.upperBound, Punctuation.isCloser(scalars[end]) { end += 1 }
        var next = end
        while next < line.upperBound, Punctuation.isWhitespace(scalars[next]) { next += 1 }
        let capitalFollows =
            next > end && next < line.upperBound
            && (scalars[next].properties.isUppercase || Punctuation.isOpener(scalars[next]))
        let touchesWord = position > line.lowerBound && !Punctuation.isWhitespace(scalars[position - 1])
        switch (dots >= 4 && capitalFollows, touchesWord) {
        case (true, true): self.init(sentenceEnd: position + 1, nextStart: position + 2, resume: end)
        case (true, false): self.init(sentenceEnd: end, nextStart: next, resume: next)
        case (false, _): self.init(sentenceEnd: nil, nextStart: position, resume: end)
        }
    }

    private init(sentenceEnd: Int?, nextStart: Int, resume: Int) {
        self.sentenceEnd = sentenceEnd
        self.nextStart = nextStart
        self.resume = resume
    }

    /// "[...]" or "[…]": an omission inside a quotation, never an end.
    private static func isBracketed(at position: Int, in line: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool {
        guard position > line.lowerBound, scalars[position - 1] == "[" else { return false }
        var end = position
        while end < line.upperBound, Punctuation.isTerminator(scalars[end]) { end += 1 }
        return end < line.upperBound && scalars[end] == "]"
    }
}
