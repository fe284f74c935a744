/// A made-up case of any size, for measuring Courtline on more than two articles: news-style
/// articles about a long-running dispute, and a case file whose every court, party and event
/// cites a sentence of them and which `courtline verify` accepts.
///
/// The same sizes and seed always give the same bytes. Nothing is random at run time: a seeded
/// generator picks the words, so a measurement can be repeated exactly.
public struct SyntheticCase: Sendable {
    public struct Article: Sendable, Hashable {
        public let fileName: String
        public let text: String
    }

    public let articles: [Article]
    /// The YAML case file, naming the articles by `fileName`, relative to itself.
    public let caseFile: String

    /// `sources` articles (at least 1) telling `events` events (at least 1); courts and parties
    /// grow with the events, to 20 courts and one party for every 50 events.
    public init(sources: Int, events: Int, seed: UInt64 = 1) {
        var writer = CaseWriter(
            sourceCount: max(1, sources), eventCount: max(1, events), random: SplitMix64(seed: seed))
        writer.write()
        articles = writer.articles
        caseFile = writer.caseFile
    }

    /// Whether a file of that name is one a synthetic case is written as: `case.yaml` or an
    /// article (`article-0001.txt`).
    public static func isFileName(_ name: String) -> Bool {
        name == "case.yaml" || (name.hasPrefix("article-") && name.hasSuffix(".txt"))
    }
}

/// SplitMix64: small, fast, and the same everywhere.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
