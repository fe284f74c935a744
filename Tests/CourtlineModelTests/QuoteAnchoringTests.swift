import CourtlineModel
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
}
