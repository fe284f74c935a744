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

    public let sentenceCount: Int
    public let citedCount: Int
    /// Every sentence no fact cites, in source and sentence order.
    public let uncited: [Gap]

    public var unexplained: [Gap] { uncited.filter { $0.reason == nil } }
    public var isComplete: Bool { unexplained.isEmpty }
}
