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
    /// sentences sharing most runs of words with it, the window with the smallest edit distance.
    ///
    /// Each window costs the quote's length squared to compare, so not every window is
    /// compared: they are ranked first by how many of the quote's runs of three words they
    /// hold (a count kept as the window slides on), and only as many of the best are compared
    /// as `comparedCells` allows. A long quote is compared in few places, a short one in all:
    /// a missing 3,000-character quote costs about as much as a short one, not minutes.
    func closestText(to quote: String) -> String? {
        let target = Array(quote.unicodeScalars)
        guard !target.isEmpty else { return nil }
        let quoteWords = Self.words(quote)
        let length = min(3, max(1, quoteWords.count))
        let quoteRuns = Set(Self.runs(of: quoteWords, length: length).map(\.text))
        let candidates =
            sentences
            .map { sentence in
                let runs = Self.runs(of: Self.words(sentence.text), length: length)
                return (sentence: sentence, runs: runs, shared: Set(runs.map(\.text)).intersection(quoteRuns).count)
            }
            .sorted { $0.shared > $1.shared }
            .prefix(5)
        var windows: [(scalars: ArraySlice<Unicode.Scalar>, score: Int, order: Int)] = []
        for (sentence, runs, _) in candidates {
            let scalars = Array(sentence.text.unicodeScalars)
            // Windows start where a word could (not inside one); the runs each holds are
            // counted as it slides on.
            let starts = scalars.indices.filter { $0 == 0 || !scalars[$0 - 1].properties.isAlphabetic }
            var held = 0
            var next = 0
            var first = 0
            for start in starts {
                while first < runs.count, runs[first].start < start {
                    if first < next, quoteRuns.contains(runs[first].text) { held -= 1 }
                    first += 1
                }
                let end = min(scalars.count, start + target.count)
                next = max(next, first)
                while next < runs.count, runs[next].end <= end {
                    if quoteRuns.contains(runs[next].text) { held += 1 }
                    next += 1
                }
                windows.append((scalars[start..<end], held, windows.count))
            }
        }
        let affordable = max(1, Self.comparedCells / (target.count * target.count))
        let compared =
            windows.count <= affordable
            ? windows[...] : windows.sorted { ($0.score, -$0.order) > ($1.score, -$1.order) }.prefix(affordable)
        var best: (distance: Int, order: Int, text: String)?
        for window in compared {
            let distance = Self.editDistance(target, Array(window.scalars))
            if best == nil || (distance, window.order) < (best!.distance, best!.order) {
                best = (distance, window.order, String(String.UnicodeScalarView(window.scalars)))
            }
        }
        return best?.text
    }

    /// Each run of `length` words, as one string, and where it starts and ends.
    private static func runs(of words: [(text: String, start: Int, end: Int)], length: Int)
        -> [(text: String, start: Int, end: Int)]
    {
        guard words.count >= length else { return [] }
        return (0...(words.count - length)).map { index in
            let run = words[index..<(index + length)]
            return (run.map(\.text).joined(separator: " "), run.first!.start, run.last!.end)
        }
    }

    /// How many cells of edit-distance tables a missing quote may cost: about 0.1 s.
    private static let comparedCells = 20_000_000

    /// The text's words, lowercased, with where each starts and ends (in scalars).
    private static func words(_ text: String) -> [(text: String, start: Int, end: Int)] {
        var words: [(text: String, start: Int, end: Int)] = []
        var word = String.UnicodeScalarView()
        var start = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if word.isEmpty { start = offset }
                word.append(scalar)
            } else if !word.isEmpty {
                words.append((String(word).lowercased(), start, offset))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append((String(word).lowercased(), start, start + word.count)) }
        return words
    }

    private static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int {
        var previous = Array(0...rhs.count)
        var current = previous
        previous.withUnsafeMutableBufferPointer { previous in
            current.withUnsafeMutableBufferPointer { current in
                var above = previous
                var row = current
                for (i, left) in lhs.enumerated() {
                    row[0] = i + 1
                    for (j, right) in rhs.enumerated() {
                        row[j + 1] = min(above[j + 1] + 1, row[j] + 1, above[j] + (left == right ? 0 : 1))
                    }
                    swap(&above, &row)
                }
            }
        }
        return lhs.count % 2 == 0 ? previous[rhs.count] : current[rhs.count]
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
