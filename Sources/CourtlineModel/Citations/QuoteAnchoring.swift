extension Source {
    /// Finds the passage a selector picks out and the sentence that holds it.
    public func anchor(_ selector: TextQuoteSelector) throws(AnchoringError) -> Citation {
        try anchor(selector, occurringAt: text.occurrences(of: selector.exact))
    }

    /// Anchors many selectors of this source, in order: their quotes are found together, in one
    /// reading of the text per group (see `QuoteFinder`), and where each occurs is kept no longer
    /// than this takes.
    func anchor(_ selectors: some Collection<TextQuoteSelector>) -> some Collection<Result<Citation, AnchoringError>> {
        let occurrences = QuoteFinder(needles: selectors.lazy.map(\.exact)).occurrences(in: text)
        return selectors.lazy.map { selector in
            Result { () throws(AnchoringError) in
                try anchor(selector, occurringAt: occurrences[ExactText(selector.exact)] ?? [])
            }
        }
    }

    /// Anchors a selector whose quote was already looked for (see `QuoteFinder`): `starts` are
    /// all the offsets where it occurs.
    func anchor(_ selector: TextQuoteSelector, occurringAt starts: [Int]) throws(AnchoringError) -> Citation {
        guard !selector.exact.isEmpty else { throw .emptyQuote }
        let length = selector.exact.unicodeScalars.count
        guard !starts.isEmpty else { throw .notFound(closest: closestText(to: selector.exact)) }
        let fitting = starts.filter { start in
            let prefixFits = selector.prefix.map { text.has($0, endingAt: start) } ?? true
            let suffixFits = selector.suffix.map { text.has($0, startingAt: start + length) } ?? true
            return prefixFits && suffixFits
        }
        let start: Int
        if let occurrence = selector.occurrence {
            guard fitting.indices.contains(occurrence - 1) else {
                throw .noOccurrence(requested: occurrence, found: fitting.count)
            }
            start = fitting[occurrence - 1]
        } else {
            guard fitting.count == 1 else {
                if fitting.isEmpty { throw .notFound(closest: closestText(to: selector.exact)) }
                throw .ambiguous(starts: fitting)
            }
            start = fitting[0]
        }
        let range = start..<start + length
        let first = sentenceIndex(containing: range.lowerBound)
        let last = sentenceIndex(containing: range.upperBound - 1)
        guard let first, first == last, sentences[first - 1].range.contains(range.lowerBound),
            sentences[first - 1].range.contains(range.upperBound - 1)
        else {
            throw .crossesSentences(first: first ?? 0, last: last ?? 0)
        }
        return Citation(sourceID: id, sentenceIndex: first, range: range, in: text)
    }

    /// The 1-based number of the sentence at or before `offset` (offsets between sentences
    /// belong to the sentence before them).
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].range.lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low
    }

    /// The stretch of the source most like `quote`, to help whoever mistyped it: among the few
    /// sentences sharing most words with it, the window with the smallest edit distance.
    func closestText(to quote: String) -> String? {
        let quoteWords = Set(Self.words(quote))
        let candidates =
            sentences
            .map { (sentence: $0, shared: quoteWords.intersection(Self.words($0.text)).count) }
            .sorted { $0.shared > $1.shared }
            .prefix(5)
        let target = Array(quote.unicodeScalars)
        var best: (distance: Int, text: String)?
        for (sentence, _) in candidates {
            let scalars = Array(sentence.text.unicodeScalars)
            for start in scalars.indices where start == 0 || !scalars[start - 1].properties.isAlphabetic {
                let window = scalars[start..<min(scalars.count, start + target.count)]
                let distance = Self.editDistance(target, Array(window))
                if best == nil || distance < best!.distance {
                    best = (distance, String(String.UnicodeScalarView(window)))
                }
            }
        }
        return best?.text
    }

    private static func words(_ text: String) -> [Substring] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }

    private static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int {
        var previous = Array(0...rhs.count)
        var current = previous
        for (i, left) in lhs.enumerated() {
            current[0] = i + 1
            for (j, right) in rhs.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }
}

extension SourceText {
    func has(_ prefix: String, endingAt end: Int) -> Bool {
        let pattern = Array(prefix.utf8)
        let upper = utf8Offset(of: end)
        guard upper - pattern.count >= 0 else { return false }
        return withBytes { $0[(upper - pattern.count)..<upper].elementsEqual(pattern) }
    }

    func has(_ suffix: String, startingAt start: Int) -> Bool {
        let pattern = Array(suffix.utf8)
        let lower = utf8Offset(of: start)
        return withBytes { bytes in
            lower + pattern.count <= bytes.count && bytes[lower..<(lower + pattern.count)].elementsEqual(pattern)
        }
    }
}
