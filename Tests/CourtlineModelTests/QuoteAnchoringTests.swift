import CourtlineModel
import CourtlineTestSupport
import Testing

@Suite("Quote anchoring")
struct QuoteAnchoringTests {
    let source = Source(
        id: "s", file: "s.txt",
        text: SourceText("The court ruled. The court ruled again, and “the court” agreed. Last one here."),
        titleBasis: .leadSentence, published: CalendarDay(iso: "2024-12-20")!)

    private func anchor(_ exact: String, prefix: String? = nil, suffix: String? = nil, occurrence: Int? = nil) throws
        -> Citation
    {
        try source.anchor(
            TextQuoteSelector(sourceID: "s", exact: exact, prefix: prefix, suffix: suffix, occurrence: occurrence))
    }

    @Test func findsAQuoteItsSentenceAndOffsets() throws {
        let citation = try anchor("ruled again")
        #expect(citation.range == 27..<38)
        #expect(citation.sentenceIndex == 2)
        #expect(source.text[citation.range] == "ruled again")
    }

    @Test func refusesAnAmbiguousQuote() {
        #expect(throws: AnchoringError.ambiguous(starts: [4, 21])) { try anchor("court ruled") }
    }

    @Test func disambiguatesByPrefixSuffixOrOccurrence() throws {
        #expect(try anchor("court ruled", prefix: "The ", suffix: " again").sentenceIndex == 2)
        #expect(try anchor("court ruled", suffix: ".").sentenceIndex == 1)
        #expect(try anchor("court ruled", occurrence: 2).range == 21..<32)
        #expect(try anchor("the court", prefix: "“").sentenceIndex == 2)
        #expect(throws: AnchoringError.noOccurrence(requested: 3, found: 2)) {
            try anchor("court ruled", occurrence: 3)
        }
    }

    @Test func offersTheClosestTextForAMissingQuote() {
        #expect(throws: AnchoringError.notFound(closest: "ruled again")) { try anchor("ruled agian") }
        #expect(throws: AnchoringError.notFound(closest: "The court ruled.")) { try anchor("The Court ruled.") }
    }

    @Test func refusesAQuoteAcrossSentences() {
        #expect(throws: AnchoringError.crossesSentences(first: 1, last: 2)) { try anchor("ruled. The court") }
    }

    @Test func refusesAnEmptyQuote() {
        #expect(throws: AnchoringError.emptyQuote) { try anchor("") }
    }

    @Test func countsOffsetsInUnicodeScalars() throws {
        let emoji = Source(
            id: "e", file: "e.txt", text: SourceText("👩‍⚖️ “Yes,” said the judge. Café closed."),
            titleBasis: .leadSentence, published: CalendarDay(iso: "2024-12-20")!)
        let citation = try emoji.anchor(TextQuoteSelector(sourceID: "e", exact: "Café"))
        // The judge emoji is four scalars (woman, zero-width joiner, scales, variation selector).
        #expect(citation.range == 28..<32)
        #expect(citation.sentenceIndex == 2)
    }

    /// A long quote that is not in a long article (issue 22: a 3,000-character quote against
    /// 100 KB of long sentences took minutes). The closest text is still found where the
    /// quote was mistyped from, and at a bounded cost: well inside the time limit.
    @Test(.timeLimit(.minutes(1)))
    func findsTheClosestTextToALongMissingQuoteInALongArticle() throws {
        var random = SeededGenerator(seed: 22)
        let words = [
            "the", "court", "ruled", "that", "counsel", "for", "the", "plaintiff", "filed", "a", "motion", "to",
            "compel", "discovery", "of", "records", "held", "by", "an", "agency", "whose", "officials", "declined",
        ]
        // Sentences of 10,000 characters or so, joined by commas: what a pasted transcript gives.
        var paragraphs: [String] = []
        while paragraphs.joined(separator: " ").utf8.count < 100_000 {
            var sentence: [String] = []
            while sentence.joined(separator: " ").count < 10_000 {
                sentence.append(
                    words.randomElement(using: &random)! + (Int.random(in: 0..<9, using: &random) == 0 ? "," : ""))
            }
            paragraphs.append(sentence.joined(separator: " ").capitalized(firstOnly: true) + ".")
        }
        let text = paragraphs.joined(separator: "\n\n")
        let source = Source(
            id: "s", file: "s.txt", text: SourceText(text), titleBasis: .leadSentence,
            published: CalendarDay(iso: "2024-12-20")!)
        let second = paragraphs[3]
        let start = second.index(
            after: second[second.index(second.startIndex, offsetBy: 2_000)...].firstIndex(of: " ")!)
        let copied = String(second[start...].prefix(3_000))
        // Mistyped: every 300th character changed.
        let quote = String(copied.enumerated().map { $0.offset % 300 == 150 ? "#" : $0.element })
        #expect(throws: AnchoringError.notFound(closest: String(copied))) {
            try source.anchor(TextQuoteSelector(sourceID: "s", exact: quote))
        }
    }
}

extension String {
    fileprivate func capitalized(firstOnly: Bool) -> String { prefix(1).uppercased() + dropFirst() }
}
