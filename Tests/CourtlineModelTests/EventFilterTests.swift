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

    @Test func searchesTitlesSummariesAndQuotesIgnoringCaseAndAccents() {
        #expect(ids(EventFilter(search: "EASY CASE")) == ["ninth-circuit-upholds"])
        // Only in a quote: "conduct-based immunity" appears in no summary.
        #expect(ids(EventFilter(search: "official capacity")) == ["immunity-denied"])
        #expect(ids(EventFilter(search: "privacý")) == ["cathcart-statement"])
        #expect(ids(EventFilter(search: "no such words")) == [])
    }

    @Test func combinesConditions() {
        #expect(
            ids(EventFilter(court: .court("district"), partyID: "hamilton", search: "liable")) == ["liability-finding"])
        #expect(ids(EventFilter(court: .court("supreme-court"), partyID: "woog")) == [])
    }
}
