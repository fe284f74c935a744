import CourtlineModel
import CourtlineTestSupport
import Foundation
import Testing

@Suite("Case loader", .temporaryFiles)
struct CaseLoaderTests {
    @Test func loadsAValidCase() throws {
        let model = try CaseFixture().load()
        #expect(model.events.map(\.id) == ["suit", "ruling"])
        #expect(model.event("ruling")?.date.display == "2024-12-20")
        #expect(model.sources[0].title == "Acme sues Widget.")
        #expect(model.sources[0].titleBasis == .headline)
        #expect(model.coverage.isComplete)
    }

    /// The single problem of a failed load, checked for its kind, line, fact and words.
    private func expectProblem(
        _ fixture: CaseFixture, kind: CaseLoadError.Kind = .badData, line marker: String?, fact: String?,
        saying words: String..., sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let error = try fixture.failure()
        #expect(error.kind == kind, sourceLocation: sourceLocation)
        #expect(error.problems.count == 1, "\(error.problems)", sourceLocation: sourceLocation)
        let problem = try #require(error.problems.first, sourceLocation: sourceLocation)
        if let marker {
            #expect(
                problem.line != nil && problem.line == fixture.line(of: marker), "\(problem)",
                sourceLocation: sourceLocation)
        }
        #expect(problem.fact == fact, sourceLocation: sourceLocation)
        for word in words {
            #expect(problem.description.contains(word), "\(problem) lacks “\(word)”", sourceLocation: sourceLocation)
        }
        #expect(problem.description.hasPrefix(problem.file), sourceLocation: sourceLocation)
    }

    @Test func reportsMalformedYAMLWithItsLine() throws {
        var fixture = CaseFixture()
        fixture.parties += "\n  - id: [unclosed"
        let error = try fixture.failure()
        #expect(error.kind == .badData)
        #expect(error.problems.first?.description.contains("YAML syntax error") == true)
        #expect(error.problems.first?.line != nil)
    }

    /// Found by the fuzzer (Fuzz/): libyaml put an error at the end of the file one line past it.
    @Test func reportsAnErrorAtTheEndOfTheFileOnItsLastLine() throws {
        var fixture = CaseFixture()
        fixture.leftOut += "\n\nleftovers"
        let lines = fixture.caseFile.split(separator: "\n", omittingEmptySubsequences: false).count
        let problem = try #require(try fixture.failure().problems.first)
        #expect(problem.line == lines, "\(problem)")
        #expect(problem.message.contains("could not find expected ':'"))
    }

    @Test func reportsAWrongTypeWithItsPath() throws {
        var fixture = CaseFixture()
        fixture.parties = fixture.parties.replacingOccurrences(of: "role: plaintiff", with: "role: [plaintiff]")
        try expectProblem(
            fixture, line: "role: [plaintiff]", fact: nil, saying: "parties[0].role", "expected a single value",
            "found a list")
    }

    @Test func reportsAStandingThatIsNotOneOfTheFour() throws {
        var fixture = CaseFixture()
        fixture.parties = fixture.parties.replacingOccurrences(
            of: "role: plaintiff", with: "standing: party\n    role: x")
        try expectProblem(
            fixture, line: "standing: party", fact: "party 'acme'",
            saying:
                "unknown standing 'party'", "litigant, court, counsel, other")
    }

    @Test func reportsALitigantWithoutASideAndASideWithoutALitigant() throws {
        var fixture = CaseFixture()
        fixture.parties = fixture.parties.replacingOccurrences(
            of: "role: plaintiff", with: "standing: litigant\n    role: maker of widgets")
        try expectProblem(fixture, line: "- id: acme", fact: "party 'acme'", saying: "a litigant needs its side")
        fixture = CaseFixture()
        fixture.parties = fixture.parties.replacingOccurrences(
            of: "role: plaintiff", with: "side: plaintiff\n    role: maker of widgets")
        try expectProblem(
            fixture, line: "side: plaintiff", fact: "party 'acme'", saying: "only a litigant has a side",
            "standing is other")
        fixture = CaseFixture()
        fixture.parties = fixture.parties.replacingOccurrences(
            of: "role: plaintiff", with: "standing: litigant\n    side: plaintiff\n    role: maker of widgets")
        let model = try fixture.load()
        #expect(model.parties.first?.sideAndRole == "plaintiff; maker of widgets")
    }

    @Test func reportsAMissingField() throws {
        var fixture = CaseFixture()
        fixture.events = fixture.events.replacingOccurrences(of: "    title: Acme sues\n", with: "")
        try expectProblem(fixture, line: "- id: suit", fact: nil, saying: "missing field 'title'")
    }

    @Test func reportsAMisspeltField() throws {
        var fixture = CaseFixture()
        fixture.courts = fixture.courts.replacingOccurrences(of: "quote: The judge", with: "qoute: The judge")
        try expectProblem(
            fixture, line: "qoute: The judge", fact: nil, saying: "unknown field 'qoute'",
            "courts[0].citations[0].qoute")
    }

    @Test func reportsAMissingCaseFileAsMissingInput() throws {
        let error = try #require(throws: CaseLoadError.self) {
            try CaseLoader().load(caseFileAt: "/nonexistent/case.yaml")
        }
        #expect(error.kind == .missingInput)
        #expect(error.description == "/nonexistent/case.yaml: case file no such file")
    }

    @Test func reportsADirectoryGivenAsTheCaseFile() throws {
        let error = try #require(throws: CaseLoadError.self) {
            try CaseLoader().load(caseFileAt: FileManager.default.temporaryDirectory.path)
        }
        #expect(error.kind == .missingInput)
        #expect(error.description.contains("is a directory"))
    }

    @Test func reportsAMissingArticle() throws {
        var fixture = CaseFixture()
        fixture.sources = fixture.sources.replacingOccurrences(of: "file: article.txt", with: "file: gone.txt")
        try expectProblem(
            fixture, kind: .missingInput, line: "file: gone.txt", fact: "source 'news'", saying: "gone.txt",
            "no such file")
    }

    @Test func reportsAnArticleThatIsNotText() throws {
        var fixture = CaseFixture()
        fixture.extraFiles["latin1.txt"] = Data("Acme sued.\nThe caf".utf8) + Data([0xE9, 0x20, 0x41])
        fixture.sources = fixture.sources.replacingOccurrences(of: "file: article.txt", with: "file: latin1.txt")
        try expectProblem(
            fixture, line: "file: latin1.txt", fact: "source 'news'",
            saying: "is not valid UTF-8 text: byte 0xE9 at line 2, column 8")
    }

    @Test func reportsAnEmptyArticle() throws {
        var fixture = CaseFixture()
        fixture.extraFiles["empty.txt"] = Data()
        fixture.sources = fixture.sources.replacingOccurrences(of: "file: article.txt", with: "file: empty.txt")
        try expectProblem(fixture, line: "file: empty.txt", fact: "source 'news'", saying: "holds no text")
    }

    @Test func reportsABadPublicationDate() throws {
        var fixture = CaseFixture()
        fixture.sources = fixture.sources.replacingOccurrences(of: "\"2024-12-20\"", with: "\"Dec 20\"")
        try expectProblem(fixture, line: "published: \"Dec 20\"", fact: "source 'news'", saying: "YYYY-MM-DD")
    }

    @Test func reportsAQuoteNotFoundWithTheClosestText() throws {
        var fixture = CaseFixture()
        fixture.parties = fixture.parties.replacingOccurrences(
            of: "quote: Acme sued Widget Co.", with: "quote: Acme sued Widgit Co.")
        try expectProblem(
            fixture, line: "Widgit", fact: "party 'acme'", saying: "quote not found",
            "closest text in the source: “Acme sued Widget Co.”")
    }

    @Test func reportsAQuoteFoundTwice() throws {
        var fixture = CaseFixture()
        fixture.parties = fixture.parties.replacingOccurrences(of: "quote: Acme sued Widget Co.", with: "quote: Widget")
        try expectProblem(fixture, line: "quote: Widget", fact: "party 'acme'", saying: "found 3 times", "prefix")
    }

    @Test func acceptsAQuoteDisambiguatedBySuffix() throws {
        var fixture = CaseFixture()
        fixture.parties = fixture.parties.replacingOccurrences(
            of: "quote: Acme sued Widget Co.", with: "quote: Widget\n        suffix: \" Co.\"")
        let citation = try #require(try fixture.load().party("acme")?.citations.first)
        #expect(citation.sentenceIndex == 2)
    }

    /// Quotes are matched byte for byte: a spelling canonically equivalent to the article's
    /// (é as e and a combining accent) is not the article's text, even beside one that is.
    @Test func tellsApartQuotesThatDifferOnlyInTheirUnicodeSpelling() throws {
        var fixture = CaseFixture()
        fixture.article += " Acme met Widget at the caf\u{E9}."
        fixture.parties += "\n      - source: news\n        quote: the caf\u{E9}"
        fixture.courts += "\n      - source: news\n        quote: the cafe\u{301}"
        try expectProblem(fixture, line: "quote: the cafe\u{301}", fact: "court 'court'", saying: "quote not found")
        fixture.courts = CaseFixture().courts
        let citations = try #require(try fixture.load().party("acme")?.citations)
        #expect(citations.map(\.quote) == ["Acme sued Widget Co.", "the caf\u{E9}"])
        #expect(citations[1].quote.unicodeScalars.count == 8)
    }

    @Test func reportsAQuoteAcrossSentences() throws {
        var fixture = CaseFixture()
        fixture.courts = fixture.courts.replacingOccurrences(of: "quote: The judge", with: "quote: patent. The judge")
        try expectProblem(
            fixture, line: "patent. The judge", fact: "court 'court'", saying: "crosses a sentence boundary")
    }

    @Test func reportsDuplicateIDs() throws {
        var fixture = CaseFixture()
        fixture.events = fixture.events.replacingOccurrences(of: "- id: ruling", with: "- id: suit")
        let error = try fixture.failure()
        let duplicate = try #require(error.problems.first { $0.message.contains("duplicate id") })
        #expect(duplicate.fact == "event 'suit'")
        #expect(duplicate.line == fixture.line(of: "title: The judge rules").map { $0 - 1 })
    }

    @Test func reportsUnknownReferences() throws {
        var fixture = CaseFixture()
        fixture.events = fixture.events
            .replacingOccurrences(of: "court: court", with: "court: appeals")
            .replacingOccurrences(
                of: "parties: [acme]\n    citations:\n      - source: news\n        quote: The judge",
                with: "parties: [nobody]\n    citations:\n      - source: news\n        quote: The judge")
        fixture.courts = fixture.courts.replacingOccurrences(of: "source: news", with: "source: gazette")
        let messages = try fixture.failure().problems.map(\.description)
        #expect(messages.contains { $0.contains("event 'ruling': unknown court 'appeals'") })
        #expect(messages.contains { $0.contains("event 'ruling': unknown party 'nobody'") })
        #expect(messages.contains { $0.contains("court 'court': unknown source 'gazette'") })
    }

    @Test func reportsAnUnresolvableDate() throws {
        var fixture = CaseFixture()
        fixture.events = fixture.events.replacingOccurrences(of: "text: in 2019", with: "text: Acme sued")
        try expectProblem(
            fixture, line: "text: Acme sued", fact: "event 'suit'", saying: "no date expression in “Acme sued”")
    }

    @Test func reportsADateAnchoredInACycle() throws {
        var fixture = CaseFixture()
        fixture.events = fixture.events
            .replacingOccurrences(of: "text: in 2019", with: "text: in 2019\n      same_as: ruling")
            .replacingOccurrences(of: "text: on Friday", with: "text: on Friday\n      same_as: suit")
        let messages = try fixture.failure().problems.map(\.message)
        #expect(messages.contains("its date anchors lead back to itself"))
    }

    /// A case whose every event shares the date of the next, the last dated by its words; with
    /// `closed`, the last shares the first's date instead, closing a cycle as long as the case.
    private func sameAsChain(of count: Int, closed: Bool) throws -> String {
        let folder = try TemporaryFolder()
        _ = try folder.write("a.txt", "Chain headline\nOn Monday, the court met again.\n")
        var lines = [
            "case: {id: chain, title: Chain}", "sources:",
            "  - {id: s1, file: a.txt, published: \"2024-12-20\", headline: true}", "courts: []", "parties: []",
            "events:",
        ]
        for index in 0..<count {
            let next = index == count - 1 ? (closed ? ", same_as: e0" : "") : ", same_as: e\(index + 1)"
            lines.append(
                "  - {id: e\(index), title: Met, kind: hearing, summary: Met., date: {text: Monday\(next)}, "
                    + "parties: [], citations: [{source: s1, quote: \"On Monday, the court met again.\"}]}")
        }
        lines += ["left_out:", "  - {source: s1, quote: Chain headline, reason: the headline}"]
        return try folder.write("case.yaml", lines.joined(separator: "\n"))
    }

    /// Anchors are followed with a stack of the resolver's own, not by recursion, which a long
    /// chain once overflowed (a crash at 200,000 events in a release build).
    @Test func followsAChainOfTwentyThousandDateAnchors() throws {
        let model = try CaseLoader().load(caseFileAt: sameAsChain(of: 20_000, closed: false))
        #expect(model.events.count == 20_000)
        #expect(model.events.allSatisfy { $0.date.display == "2024-12-16" })
    }

    @Test func reportsACycleOfTwentyThousandDateAnchorsOnce() throws {
        let path = try sameAsChain(of: 20_000, closed: true)
        let error = try #require(throws: CaseLoadError.self) { try CaseLoader().load(caseFileAt: path) }
        #expect(error.problems.map(\.message) == ["its date anchors lead back to itself"])
        #expect(error.problems.map(\.fact) == ["event 'e0'"])
        #expect(error.problems.map(\.line) == [7])
    }

    @Test func reportsDateWordsThatNoCitedSentenceHolds() throws {
        var fixture = CaseFixture()
        fixture.events = fixture.events.replacingOccurrences(of: "text: in 2019", with: "text: in 2018")
        try expectProblem(
            fixture, line: "text: in 2018", fact: "event 'suit'", saying: "“in 2018” is in no sentence the event cites")
    }

    @Test func reportsArticlesThatDisagreeOnADate() throws {
        var fixture = CaseFixture()
        fixture.events = fixture.events.replacingOccurrences(
            of: "text: on Friday", with: "text: on Friday\n      also:\n        - text: in 2019")
        fixture.events = fixture.events.replacingOccurrences(
            of: "quote: The judge ruled on Friday for Acme.",
            with: "quote: The judge ruled on Friday for Acme.\n      - source: news\n        quote: in 2019 over")
        try expectProblem(
            fixture, line: "text: on Friday", fact: "event 'ruling'",
            saying: "“in 2019” (2019) disagrees with “on Friday” (2024-12-20)")
    }

    /// An expression that corroborates a date still to come is read as still to come when it
    /// says so (`ahead`), as the date itself is; otherwise it counts back and disagrees.
    @Test func readsACorroboratingExpressionAheadWhenItSaysSo() throws {
        func fixture(alsoAhead: Bool) -> CaseFixture {
            var fixture = CaseFixture()
            let also = "      also:\n        - {text: on Friday\(alsoAhead ? ", ahead: true" : "")}"
            fixture.events = fixture.events.replacingOccurrences(
                of: "text: on Friday", with: "text: on Friday\n      ahead: true\n" + also)
            return fixture
        }
        let model = try fixture(alsoAhead: true).load()
        #expect(model.events.first { $0.id == "ruling" }?.date.display == "2024-12-27")
        try expectProblem(
            fixture(alsoAhead: false), line: "text: on Friday", fact: "event 'ruling'",
            saying: "“on Friday” (2024-12-20) disagrees with “on Friday” (2024-12-27)")
    }

    /// `counted_back` reads a count from another event backwards; on words that are no count, or
    /// without an anchor, it is a problem named, not a guess.
    @Test func countsBackOnlyACountFromAnAnchor() throws {
        var fixture = CaseFixture()
        fixture.events = fixture.events.replacingOccurrences(
            of: "text: on Friday", with: "text: on Friday\n      counted_back: true")
        try expectProblem(
            fixture, line: "text: on Friday", fact: "event 'ruling'",
            saying:
                "“on Friday” cannot be counted back: counted_back takes a count from another event (“a week after”, “two days before”) and its anchor"
        )
    }

    @Test func reportsACaseWithNoEvents() throws {
        var fixture = CaseFixture()
        fixture.events = "events: []"
        fixture.leftOut = ""
        let messages = try fixture.failure().problems.map(\.message)
        #expect(messages.contains("the case has no events"))
    }

    @Test func reportsALeftOutSentenceThatIsCited() throws {
        var fixture = CaseFixture()
        fixture.leftOut += "\n  - source: news\n    quote: The judge ruled\n    reason: oops"
        try expectProblem(fixture, line: nil, fact: "left_out[3]", saying: "left out, but a fact cites it")
        let line = try #require(fixture.line(of: "reason: oops"))
        #expect(try fixture.failure().problems.first?.line == line - 2)
    }

    @Test func reportsUncitedSentencesWithoutAReasonInTheCoverage() throws {
        var fixture = CaseFixture()
        fixture.leftOut = ""
        let coverage = try fixture.load().coverage
        #expect(!coverage.isComplete)
        #expect(coverage.unexplained.map(\.sentence.index) == [1, 4, 5])
        #expect(coverage.sentenceCount == 5)
        #expect(coverage.citedCount == 2)
    }

    /// Two sources whose quotes interleave across courts, parties, events and left-out sentences:
    /// each source's quotes are anchored together, so each citation must still be its own quote.
    private func twoSourceFixture() -> CaseFixture {
        var fixture = CaseFixture()
        fixture.extraFiles["wire.txt"] = Data(
            "Widget loses.\nThe judge ruled on Friday for Acme. Acme sued Widget Co. in 2019 over a patent.".utf8)
        fixture.sources += "\n  - {id: wire, file: wire.txt, published: \"2024-12-21\", headline: true}"
        fixture.courts += "\n      - {source: wire, quote: The judge ruled}"
        fixture.parties += "\n      - {source: wire, quote: Acme sued Widget Co. in 2019 over}"
        fixture.events = fixture.events.replacingOccurrences(
            of: "quote: Acme sued Widget Co. in 2019",
            with: "quote: Acme sued Widget Co. in 2019\n      - {source: wire, quote: Acme sued Widget Co.}")
        fixture.events = fixture.events.replacingOccurrences(
            of: "      - source: news\n        quote: The judge ruled on Friday for Acme.",
            with:
                "      - {source: wire, quote: ruled on Friday}\n      - source: news\n        quote: The judge ruled on Friday for Acme."
        )
        fixture.leftOut += "\n  - {source: wire, quote: Widget loses., reason: the headline}"
        return fixture
    }

    @Test func anchorsEachSourcesQuotesInTheirOwnPlaces() throws {
        let model = try twoSourceFixture().load()
        func cited(_ citations: [Citation]) -> [String] {
            citations.map { "\($0.sourceID) \($0.sentenceIndex) \($0.quote)" }
        }
        #expect(cited(try #require(model.court("court")).citations) == ["news 3 The judge", "wire 2 The judge ruled"])
        #expect(
            cited(try #require(model.party("acme")).citations) == [
                "news 2 Acme sued Widget Co.", "wire 3 Acme sued Widget Co. in 2019 over",
            ])
        #expect(
            cited(try #require(model.event("suit")).citations) == [
                "news 2 Acme sued Widget Co. in 2019", "wire 3 Acme sued Widget Co.",
            ])
        #expect(
            cited(try #require(model.event("ruling")).citations) == [
                "wire 2 ruled on Friday", "news 3 The judge ruled on Friday for Acme.",
            ])
        #expect(model.leftOut.map { "\($0.sourceID) \($0.sentenceIndex)" } == ["news 4", "news 5", "news 1", "wire 1"])
    }

    @Test func reportsAMistypedQuoteAmongAnotherSourcesQuotesAtItsOwnLine() throws {
        var fixture = twoSourceFixture()
        fixture.events = fixture.events.replacingOccurrences(
            of: "{source: wire, quote: Acme sued Widget Co.}", with: "{source: wire, quote: Acme sued Widgets}")
        try expectProblem(
            fixture, line: "quote: Acme sued Widgets", fact: "event 'suit'", saying: "in source 'wire'",
            "“Acme sued Widgets”", "quote not found")
    }

    @Test func reportsEveryProblemAtOnce() throws {
        var fixture = CaseFixture()
        fixture.parties = fixture.parties.replacingOccurrences(of: "kind: organization", with: "kind: company")
        fixture.events = fixture.events.replacingOccurrences(of: "kind: ruling", with: "kind: verdict")
        let problems = try fixture.failure().problems
        #expect(problems.count == 2)
        #expect(problems.map(\.line) == [fixture.line(of: "kind: company"), fixture.line(of: "kind: verdict")])
    }
}
