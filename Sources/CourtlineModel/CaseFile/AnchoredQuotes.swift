/// The case file's quotes, anchored source by source where each article is read, handed out
/// again in the order the case file gives them.
///
/// Anchoring all of a source's quotes together means where each occurs is held only while that
/// article is searched, not for the whole case. The verifier gathers each source's quotes in the
/// order it later reads them (courts, parties, events, left-out sentences), so the next result of
/// a source is always the one for the quote it is reading.
struct AnchoredQuotes: Sendable {
    typealias Anchored = Result<Citation, AnchoringError>

    /// One source's results, in order, kept small: a long case holds all of them at once, so a
    /// quote anchored is its sentence and range, the citation made again when it is taken.
    struct OfSource: Sendable {
        fileprivate var spans: [(sentence: Int, range: Range<Int>)] = []
        /// The few quotes that could not be anchored, by their place in `spans` (which holds an
        /// empty span for them).
        fileprivate var failures: [Int: AnchoringError] = [:]

        init(_ results: some Sequence<Anchored>) {
            spans.reserveCapacity(results.underestimatedCount)
            for result in results {
                switch result {
                case .success(let citation):
                    spans.append((citation.sentenceIndex, citation.range))
                case .failure(let error):
                    failures[spans.count] = error
                    spans.append((0, 0..<0))
                }
            }
        }
    }

    private var results: [String: OfSource] = [:]
    private var taken: [String: Int] = [:]

    /// A source's results; a second source of the same id adds none (quotes are anchored in the
    /// first, as they are looked up).
    mutating func add(_ anchored: OfSource, of sourceID: String) {
        if results[sourceID] == nil { results[sourceID] = anchored }
    }

    /// The next result of a source; nil once its results are all taken.
    mutating func take(from source: Source) -> Anchored? {
        let next = taken[source.id, default: 0]
        guard let anchored = results[source.id], next < anchored.spans.count else { return nil }
        taken[source.id] = next + 1
        if let failure = anchored.failures[next] { return .failure(failure) }
        let span = anchored.spans[next]
        return .success(Citation(sourceID: source.id, sentenceIndex: span.sentence, range: span.range, in: source.text))
    }

    /// Lets the results already taken go, keeping those still to be taken.
    mutating func dropTaken() {
        for (sourceID, next) in taken {
            results[sourceID] = results[sourceID].map { anchored in
                var rest = anchored
                rest.spans = Array(anchored.spans[next...])
                rest.failures = Dictionary(
                    uniqueKeysWithValues: anchored.failures.compactMap { $0 >= next ? ($0 - next, $1) : nil })
                return rest
            }
        }
        taken = [:]
    }
}
