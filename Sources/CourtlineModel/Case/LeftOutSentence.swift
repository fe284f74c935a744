/// A sentence the case file deliberately cites nowhere, and why.
public struct LeftOutSentence: Sendable, Hashable {
    public let sourceID: String
    public let sentenceIndex: Int
    public let reason: String
}

/// Which sentences no fact cites, and whether the case file explains each.
public struct Coverage: Sendable, Hashable {
    public struct Gap: Sendable, Hashable {
        public let sourceID: String
        public let sentence: Sentence
        /// The case file's reason for leaving it out, or nil where it gives none.
        public let reason: String?
    }

    /// Gaps in source and sentence order, each kept as two numbers and made when asked for: an
    /// article of a million short sentences, none cited, would otherwise hold each twice over.
    public struct Gaps: RandomAccessCollection, Sendable, Hashable {
        fileprivate let sources: [Source]
        fileprivate let reasons: [Place: String]
        fileprivate var places: [Place] = []

        public var startIndex: Int { 0 }
        public var endIndex: Int { places.count }

        public subscript(position: Int) -> Gap {
            let place = places[position]
            let source = sources[Int(place.source)]
            return Gap(
                sourceID: source.id, sentence: source.sentences[Int(place.sentence)], reason: reasons[place])
        }

        public static func == (lhs: Gaps, rhs: Gaps) -> Bool { lhs.places == rhs.places && lhs.reasons == rhs.reasons }
        public func hash(into hasher: inout Hasher) { hasher.combine(places) }
    }

    /// A sentence as the index of its source and its own offset there.
    fileprivate struct Place: Hashable, Sendable {
        let source: UInt32
        let sentence: UInt32
    }

    public let sentenceCount: Int
    public let citedCount: Int
    /// Every sentence no fact cites, in source and sentence order.
    public let uncited: Gaps
    /// Those of them the case file gives a reason for, and those it does not.
    public let explained: Gaps
    public let unexplained: Gaps

    public var isComplete: Bool { unexplained.isEmpty }

    /// `cited[source][offset]` says whether a fact cites that sentence; `leftOut` gives the
    /// reasons (the first, where a sentence is left out twice).
    init(sources: [Source], cited: [[Bool]], leftOut: [LeftOutSentence], sourceIndex: [String: Int]) {
        var reasons: [Place: String] = [:]
        for entry in leftOut {
            guard let source = sourceIndex[entry.sourceID] else { continue }
            let place = Place(source: UInt32(source), sentence: UInt32(entry.sentenceIndex - 1))
            if reasons[place] == nil { reasons[place] = entry.reason }
        }
        var uncited = Gaps(sources: sources, reasons: reasons)
        var explained = uncited
        var unexplained = uncited
        var total = 0
        for (source, marks) in cited.enumerated() {
            total += marks.count
            for (offset, isCited) in marks.enumerated() where !isCited {
                let place = Place(source: UInt32(source), sentence: UInt32(offset))
                uncited.places.append(place)
                if reasons[place] == nil { unexplained.places.append(place) } else { explained.places.append(place) }
            }
        }
        sentenceCount = total
        citedCount = total - uncited.count
        self.uncited = uncited
        self.explained = explained
        self.unexplained = unexplained
    }
}
