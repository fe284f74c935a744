import CourtlineModel
import Testing

@Suite("Event filters")
struct EventFilterTests {
    let model: Case

    init() throws {
        model = try CaseLoader().load(caseFileAt: Seeds.path(Seeds.caseFile))
    }

    private func ids(_ filter: EventFilter) -> [String] { model.events(matching: filter).map(\.id) }

    @Test func anEmptyFilterKeepsEveryEvent() {
        #expect(ids(EventFilter()).count == model.events.count)
    }

    @Test func filtersByCourt() {
        #expect(ids(EventFilter(court: .court("supreme-court"))) == ["supreme-court-appeal", "supreme-court-rejects"])
        #expect(ids(EventFilter(court: .court("ninth-circuit"))) == ["immunity-appeal", "ninth-circuit-upholds"])
        let none = model.events(matching: EventFilter(court: .noCourt))
        #expect(!none.isEmpty)
        #expect(none.allSatisfy { $0.courtID == nil })
    }

    @Test func filtersByParty() {
        #expect(ids(EventFilter(partyID: "woog")) == ["woog-statement"])
        #expect(ids(EventFilter(partyID: "apple")).contains("apple-drops-case"))
    }

    @Test func searchesTitlesSummariesAndSentencesIgnoringCaseAndAccents() {
        #expect(ids(EventFilter(search: "EASY CASE")) == ["ninth-circuit-upholds"])
        // Only in the sentence both events cite, past the words either quotes.
        #expect(ids(EventFilter(search: "official capacity")) == ["immunity-denied", "immunity-appeal"])
        #expect(ids(EventFilter(search: "privacý")) == ["cathcart-statement"])
        #expect(ids(EventFilter(search: "zebra quartz")) == [])
    }

    /// Issue 20: `/Hamilton` missed "NSO found liable…", whose party she is and whose cited
    /// sentence names her. Search now reads every cited sentence and the parties' names and roles.
    @Test func searchFindsAPartysEventsAndTheSentencesThatNameThem() {
        let byParty = ids(EventFilter(partyID: "hamilton"))
        let bySearch = ids(EventFilter(search: "hamilton"))
        #expect(byParty.contains("liability-finding"))
        #expect(Set(byParty).isSubset(of: Set(bySearch)))
        // A role: the events of the party whose role it is.
        #expect(ids(EventFilter(search: "spokesman")) == ids(EventFilter(partyID: "woog")))
    }

    @Test func everyWordMustMatchAndAQuotedPhraseMatchesAsWritten() {
        let both = ids(EventFilter(search: "liable NSO"))
        #expect(both.contains("liability-finding"))
        #expect(ids(EventFilter(search: "\"found NSO liable\"")).contains("liability-finding"))
        #expect(ids(EventFilter(search: "\"liable NSO\"")) == [], "the words are never in that order")
        #expect(ids(EventFilter(search: "liable zebra")) == [], "one word found, not the other")
    }

    @Test(arguments: [
        ("a b", ["a", "b"]), ("\"a b\" c", ["a b", "c"]), ("“curly phrase”  x", ["curly phrase", "x"]),
        ("\"typed so far", ["typed so far"]), ("   ", []), ("it's \"", ["it's"]), ("word\"", ["word\""]),
    ])
    func searchTermsAreWordsAndQuotedPhrases(query: String, terms: [String]) {
        #expect(SearchTerms.parse(query) == terms)
    }

    @Test func combinesConditions() {
        #expect(
            ids(EventFilter(court: .court("district"), partyID: "hamilton", search: "liable"))
                == ["summary-judgment", "liability-finding"])
        #expect(ids(EventFilter(court: .court("supreme-court"), partyID: "woog")) == [])
    }
}
