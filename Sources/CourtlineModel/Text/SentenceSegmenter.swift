/// Splits news prose into sentences.
///
/// Text comes in two shapes: a paragraph to a line (as most articles are saved), or paragraphs
/// hard-wrapped at a width (mail, text pasted from a PDF, archives). A line break ends a sentence
/// only where `LineBreaks` says it does: at a blank line, before a list item, after a line that
/// reads as a heading, a byline or a dateline, and after a line that ends a sentence. Any other
/// line break is a space. Inside that, a sentence ends at `.`, `!`, `?` or `…`, together with any
/// closing quotes or brackets after it, when the next word could start a sentence: a word that
/// starts in lower case never does, and after an abbreviation only a word that usually starts
/// sentences does.
public struct SentenceSegmenter: Sendable {
    public init() {}

    public func sentences(in text: SourceText) -> Sentences {
        let scalars = text.scalarArray()
        var ranges = Sentences(in: text)
        var blockStart = 0
        for end in LineBreaks.sentenceEnds(in: scalars) {
            Self.split(blockStart..<end, of: scalars, into: &ranges)
            blockStart = end + 1
        }
        Self.split(blockStart..<scalars.count, of: scalars, into: &ranges)
        return ranges
    }

    /// Splits a block (text between sentence-ending line breaks) at its list items, then each
    /// part as prose.
    private static func split(_ block: Range<Int>, of scalars: [Unicode.Scalar], into ranges: inout Sentences) {
        var partStart = block.lowerBound
        var scanFrom = ListMarkers.leading(in: block, of: scalars)?.upperBound ?? block.lowerBound
        for marker in ListMarkers.find(in: block, of: scalars) {
            if marker.lowerBound > partStart {
                splitProse(partStart..<marker.lowerBound, scanningFrom: scanFrom, of: scalars, into: &ranges)
            }
            partStart = marker.lowerBound
            scanFrom = marker.upperBound
        }
        splitProse(partStart..<block.upperBound, scanningFrom: scanFrom, of: scalars, into: &ranges)
    }

    private static func splitProse(
        _ line: Range<Int>, scanningFrom scanStart: Int, of scalars: [Unicode.Scalar], into ranges: inout Sentences
    ) {
        var start = line.lowerBound
        var position = max(scanStart, line.lowerBound)
        while position < line.upperBound {
            guard Punctuation.isTerminator(scalars[position]) else {
                position += 1
                continue
            }
            if let ellipsis = Ellipsis(at: position, in: line, of: scalars) {
                if let sentenceEnd = ellipsis.sentenceEnd {
                    appendTrimmed(start..<sentenceEnd, of: scalars, to: &ranges)
                    start = ellipsis.nextStart
                }
                position = ellipsis.resume
                continue
            }
            var end = position + 1
            while end < line.upperBound, Punctuation.isTerminator(scalars[end]) { end += 1 }
            let terminatorCount = end - position
            while end < line.upperBound, Punctuation.isCloser(scalars[end]) { end += 1 }
            guard end < line.upperBound, Punctuation.isWhitespace(scalars[end]) else {
                position = end
                continue
            }
            var next = end
            while next < line.upperBound, Punctuation.isWhitespace(scalars[next]) { next += 1 }
            guard next < line.upperBound else { break }
            let isSinglePeriod = terminatorCount == 1 && scalars[position] == "."
            // No sentence starts with a comma or the like: ". , which" is a typo inside one.
            if !Punctuation.isContinuer(scalars[next]),
                endsSentence(
                    nextWordStart: firstWordScalar(startingAt: next, before: line.upperBound, in: scalars),
                    afterLonePeriod: isSinglePeriod,
                    kindBefore: abbreviation(endingAt: position, from: line.lowerBound, in: scalars),
                    nextWord: word(startingAt: next, before: line.upperBound, in: scalars))
                    || (isSinglePeriod
                        && endsAfterTimeOrPronoun(
                            period: position, sentenceStart: start, next: next, line: line, scalars: scalars))
            {
                appendTrimmed(start..<end, of: scalars, to: &ranges)
                start = next
            }
            position = next
        }
        appendTrimmed(start..<line.upperBound, of: scalars, to: &ranges)
    }

    /// Two abbreviations that end sentences before a capital, told apart from their use in one
    /// by the words around them. "6 p.m." ends one, unless it opens it ("At 5 a.m. Mr. Smith
    /// left"). A lone capital after a word in lower case is the pronoun ("you and I. Did"), not
    /// an initial, which follows a name ("Albert I. Jones").
    private static func endsAfterTimeOrPronoun(
        period: Int, sentenceStart: Int, next: Int, line: Range<Int>, scalars: [Unicode.Scalar]
    ) -> Bool {
        guard let first = firstWordScalar(startingAt: next, before: line.upperBound, in: scalars),
            first.properties.isUppercase
        else { return false }
        var tokenStart = period
        while tokenStart > line.lowerBound, !Punctuation.isWhitespace(scalars[tokenStart - 1]) { tokenStart -= 1 }
        let token = String(String.UnicodeScalarView(scalars[tokenStart..<period])).lowercased()
        if token == "a.m" || token == "p.m" {
            let words = scalars[sentenceStart..<tokenStart].split(whereSeparator: Punctuation.isWhitespace)
            let nextWord = String(
                String.UnicodeScalarView(word(startingAt: next, before: line.upperBound, in: scalars)))
            return words.count > 2 && !timeZones.contains(nextWord.lowercased())
        }
        guard token == "i", tokenStart > line.lowerBound else { return false }
        var previous = tokenStart - 1
        while previous > line.lowerBound, Punctuation.isWhitespace(scalars[previous]) { previous -= 1 }
        var wordStart = previous
        while wordStart > line.lowerBound, !Punctuation.isWhitespace(scalars[wordStart - 1]) { wordStart -= 1 }
        return Punctuation.isLowercase(scalars[wordStart])
    }

    /// Words that go on a time: "2 p.m. Eastern".
    private static let timeZones: Set<String> = [
        "eastern", "central", "mountain", "pacific", "et", "ct", "mt", "pt", "est", "edt", "cst", "cdt", "mst",
        "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "local",
    ]

    /// Decides a boundary from the word after the gap and, after a lone period (not `!`, `?` or
    /// `…`), the word before it. The words are made only when the first letter does not decide.
    private static func endsSentence(
        nextWordStart first: Unicode.Scalar?, afterLonePeriod: Bool,
        kindBefore: @autoclosure () -> Abbreviations.Kind?,
        nextWord: @autoclosure () -> ArraySlice<Unicode.Scalar>
    ) -> Bool {
        guard let first else { return true }
        if Punctuation.isLowercase(first) { return false }
        guard afterLonePeriod else { return true }
        let startsWithDigit = Punctuation.isDigit(first)
        switch kindBefore() {
        case nil: return true
        case .title: return false
        case .beforeNumber, .month:
            return startsWithDigit ? false : Abbreviations.isFrequentSentenceStarter(nextWord())
        case .abbreviation, .initialism:
            return Abbreviations.isFrequentSentenceStarter(nextWord())
        }
    }

    /// What kind of abbreviation the token before the period at `period` is (without opening
    /// quotes or brackets), if any. A long token without periods is none, so is not made a string.
    private static func abbreviation(endingAt period: Int, from lineStart: Int, in scalars: [Unicode.Scalar])
        -> Abbreviations.Kind?
    {
        var start = period
        while start > lineStart, !Punctuation.isWhitespace(scalars[start - 1]) { start -= 1 }
        while start < period, Punctuation.isOpener(scalars[start]) { start += 1 }
        let token = scalars[start..<period]
        if token.count > Abbreviations.longest, !token.contains(".") { return nil }
        // "Topeka, Kan.": after a place and its comma, a state's abbreviation ("Ill.", "Mass.")
        // is no word that ends a sentence.
        var before = start
        while before > lineStart, Punctuation.isWhitespace(scalars[before - 1]) { before -= 1 }
        if before < start, before > lineStart, scalars[before - 1] == ",", Abbreviations.isState(token) {
            return .abbreviation
        }
        return Abbreviations.kind(of: token)
    }

    /// The first scalar of the word at `start` (see below), if it has one.
    private static func firstWordScalar(startingAt start: Int, before end: Int, in scalars: [Unicode.Scalar])
        -> Unicode.Scalar?
    {
        var first = start
        while first < end, Punctuation.isOpener(scalars[first]) { first += 1 }
        return first < end && Punctuation.isWordCharacter(scalars[first]) ? scalars[first] : nil
    }

    /// The word at `start`, after any opening quotes or brackets: letters, digits and the marks
    /// that join them.
    private static func word(startingAt start: Int, before end: Int, in scalars: [Unicode.Scalar])
        -> ArraySlice<Unicode.Scalar>
    {
        var first = start
        while first < end, Punctuation.isOpener(scalars[first]) { first += 1 }
        var last = first
        while last < end, Punctuation.isWordCharacter(scalars[last]) {
            last += 1
        }
        return scalars[first..<last]
    }

    private static func appendTrimmed(
        _ range: Range<Int>, of scalars: [Unicode.Scalar], to ranges: inout Sentences
    ) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Punctuation.isWhitespace(scalars[lower]) { lower += 1 }
        while upper > lower, Punctuation.isWhitespace(scalars[upper - 1]) { upper -= 1 }
        if lower < upper { ranges.append(lower..<upper) }
    }
}

/// The characters that shape sentences. Tested by `switch`, not sets: the segmenter asks about
/// every character of every article, and hashing each one cost more than the rest of its work.
enum Punctuation {
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }

    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "…", "‽", "。", "！", "？": true
        default: false
        }
    }

    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "”", "’", "»", "›", ")", "]", "}": true
        default: false
        }
    }

    static func isContinuer(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        // "18 U.S.C. § 1030": a section follows the code it is in. "TOPEKA, Kan. — A former
        // treasurer": a dash goes on with what it follows.
        case ",", ";", ":", "%", "§", "¶", "—", "–": true
        default: false
        }
    }

    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "“", "‘", "«", "‹", "(", "[", "{": true
        default: false
        }
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || ("\t"..."\r").contains(scalar) }
        return scalar.properties.isWhitespace
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) : scalar.properties.isLowercase
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    /// Letters and digits, and the marks that join them into words.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
