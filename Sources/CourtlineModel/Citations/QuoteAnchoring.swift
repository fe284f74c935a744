extension Source {
    /// Finds the passage a selector picks out and the sentence that holds it.
    public func anchor(_ selector: TextQuoteSelector) throws(AnchoringError) -> Citation {
        guard !selector.exact.isEmpty else { throw .emptyQuote }
        let length = selector.exact.unicodeScalars.count
        let starts = text.occurrences(of: selector.exact)
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
        return Citation(sourceID: id, sentenceIndex: first, range: range, quote: selector.exact)
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
        var best: (distance: Int, range: Range<Int>)?
        for (sentence, _) in candidates {
            for start in sentence.range
            where start == sentence.range.lowerBound || !text.scalars[start - 1].properties.isAlphabetic {
                let end = min(sentence.range.upperBound, start + target.count)
                let distance = Self.editDistance(target, Array(text.scalars[start..<end]))
                if best == nil || distance < best!.distance { best = (distance, start..<end) }
            }
        }
        return best.map { text[$0.range] }
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
        let pattern = Array(prefix.unicodeScalars)
        guard end - pattern.count >= 0 else { return false }
        return scalars[(end - pattern.count)..<end].elementsEqual(pattern)
    }

    func has(_ suffix: String, startingAt start: Int) -> Bool {
        let pattern = Array(suffix.unicodeScalars)
        guard start + pattern.count <= scalars.count else { return false }
        return scalars[start..<(start + pattern.count)].elementsEqual(pattern)
    }
}
