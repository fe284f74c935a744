import CourtlineModel
import Testing

/// The query language `list`, `export` and the UI's `:` command line share.
@Suite("Facets")
struct FacetTests {
    let model: Case

    init() throws {
        model = try CaseLoader().load(caseFileAt: Seeds.path(Seeds.caseFile))
    }

    private func filter(_ pairs: [(Facet, String)]) throws -> EventFilter {
        var filter = EventFilter()
        for (facet, value) in pairs { try facet.apply(value, to: &filter, in: model) }
        return filter
    }

    private func ids(_ pairs: [(Facet, String)]) throws -> [String] {
        model.events(matching: try filter(pairs)).map(\.id)
    }

    @Test func aCourtIsNamedByIdByAWordOfItsNameOrAsNone() throws {
        #expect(try Facet.court("ninth-circuit", in: model) == .court("ninth-circuit"))
        #expect(try Facet.court("NINTH-CIRCUIT", in: model) == .court("ninth-circuit"))
        #expect(try Facet.court("Oakland", in: model) == .court("district"))
        #expect(try Facet.court("none", in: model) == .noCourt)
    }

    @Test func anAmbiguousOrUnknownNameSaysWhatThereIs() {
        let ambiguous = #expect(throws: Facet.Problem.self) { try Facet.court("court", in: model) }
        #expect(ambiguous?.description.hasPrefix("'court' names more than one court: ") == true)
        let unknown = #expect(throws: Facet.Problem.self) { try Facet.party("zebra", in: model) }
        #expect(unknown?.description.hasPrefix("unknown party 'zebra' (one of: whatsapp, nso") == true)
    }

    @Test func aPartyIsNamedByIdOrByAWordOfItsNameIgnoringAccents() throws {
        #expect(try Facet.party("hamilton", in: model) == "hamilton")
        #expect(try Facet.party("Phyllis", in: model) == "hamilton")
        #expect(try Facet.party("CATHCÁRT", in: model) == "cathcart")
    }

    @Test func kindsAndStatusesAreTheirWordsOrAnUnambiguousStart() throws {
        #expect(try Facet.kind("ruling") == .ruling)
        #expect(try Facet.kind("Rul") == .ruling)
        #expect(throws: Facet.Problem.self) { try Facet.kind("s") }
        #expect(try Facet.status("drafts") == .draft)
        #expect(try Facet.status("reviewed") == .reviewed)
        #expect(throws: Facet.Problem.self) { try Facet.status("final") }
    }

    @Test func daysAreReadToThePrecisionWrittenEachEndOfTheRangeItsOwnWay() throws {
        #expect(try Facet.day("2024", end: false) == CalendarDay(year: 2024, month: 1, day: 1))
        #expect(try Facet.day("2024", end: true) == CalendarDay(year: 2024, month: 12, day: 31))
        #expect(try Facet.day("2024-02", end: true) == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(try Facet.day("2024-12-20", end: false) == CalendarDay(year: 2024, month: 12, day: 20))
        for broken in ["24", "2024-13", "2023-02-29", "2024/01", "２０２４", "", "2024-1"] {
            #expect(throws: Facet.Problem.self, "\(broken)") { try Facet.day(broken, end: false) }
        }
    }

    @Test func aDateRangeKeepsEventsFirstKnownWithinItAndDropsUnknownDates() throws {
        let events = model.events(matching: try filter([(.from, "2024-12"), (.to, "2024-12")]))
        #expect(!events.isEmpty)
        for event in events {
            let first = try #require(event.date.earliest ?? event.date.latest)
            #expect(first.iso.hasPrefix("2024-12"), "\(event.id)")
        }
        let unknown = model.events.filter { $0.date.earliest == nil && $0.date.latest == nil }
        #expect(!unknown.isEmpty)
        let ranged = Set(try ids([(.from, "1900")]))
        #expect(unknown.allSatisfy { !ranged.contains($0.id) })
    }

    @Test func facetsComposeWithEachOtherAndWithTheSearch() throws {
        let rulings = try ids([(.kind, "ruling")])
        #expect(rulings.count == model.events.filter { $0.kind == .ruling }.count)
        let districtRulings = try ids([(.kind, "ruling"), (.court, "district")])
        #expect(!districtRulings.isEmpty && districtRulings.count < rulings.count)
        var searched = try filter([(.kind, "ruling"), (.court, "district")])
        searched.search = "sanctions"
        let found = model.events(matching: searched).map(\.id)
        #expect(!found.isEmpty && Set(found).isSubset(of: districtRulings))
        #expect(found == model.events.filter { searched.matches($0, in: model) }.map(\.id))
    }

    @Test func theBundledCaseIsReviewedThroughout() throws {
        #expect(try ids([(.status, "draft")]) == [])
        #expect(try ids([(.status, "reviewed")]).count == model.events.count)
    }

    @Test func completionOffersEveryIdAndWord() {
        #expect(Facet.court.values(in: model).last == "none")
        #expect(Facet.party.values(in: model).contains("hamilton"))
        #expect(Facet.kind.values(in: model).contains("settlement"))
    }
}
