import CourtlineModel
import Foundation
import Testing

@Suite("The bundled WhatsApp v. NSO case")
struct BundledCaseTests {
    let model: Case

    init() throws {
        model = try CaseLoader().load(caseFileAt: Seeds.path(Seeds.caseFile))
    }

    @Test func isSoundAndExplainsEverySentenceItLeavesOut() {
        #expect(model.id == "whatsapp-v-nso")
        let coverage = model.coverage
        #expect(coverage.isComplete, "\(coverage.unexplained.map(\.sentence.text))")
        #expect(coverage.sentenceCount == 37)
        #expect(coverage.uncited.count == model.leftOut.count)
    }

    @Test func describesBothSources() throws {
        let landmark = try #require(model.source("landmark"))
        let reuters = try #require(model.source("reuters"))
        #expect(landmark.file == Seeds.landmark)
        #expect(landmark.title == "Israel-based maker of Pegasus program loses five-year-old landmark case.")
        #expect(landmark.titleBasis == .headline)
        #expect(landmark.outlet == nil)
        #expect(reuters.outlet?.name == "Reuters")
        #expect(reuters.outlet?.citation.quote == "(Reuters)")
        #expect(reuters.titleBasis == .leadSentence)
        for source in [landmark, reuters] { #expect(source.published.iso == "2024-12-20") }
    }

    @Test func citesExactTextInsideOneSentence() throws {
        for citation in model.allCitations {
            let source = try #require(model.source(citation.sourceID))
            #expect(source.text[citation.range] == citation.quote)
            let sentence = try #require(model.sentence(of: citation))
            #expect(sentence.range.contains(citation.range.lowerBound))
            #expect(sentence.range.upperBound >= citation.range.upperBound)
        }
    }

    @Test func givesEveryFactACitation() {
        for party in model.parties { #expect(!party.citations.isEmpty, "\(party.id)") }
        for court in model.courts { #expect(!court.citations.isEmpty, "\(court.id)") }
        for event in model.events { #expect(!event.citations.isEmpty, "\(event.id)") }
    }

    @Test func datesTheRulingOfFriday() throws {
        let ruling = try #require(model.event("summary-judgment"))
        #expect(ruling.date.display == "2024-12-20")
        #expect(ruling.date.basis == "Friday → 2024-12-20 (the Friday on or before publication, 2024-12-20, supplied)")
        #expect(ruling.courtID == "district")
        #expect(Set(ruling.citations.map(\.sourceID)) == ["landmark", "reuters"])
    }

    @Test func worksOutRelativeDates() throws {
        let expectations: [(String, String, DatePrecision)] = [
            ("citizen-lab-highlights-pegasus", "2016", .year),
            ("suit", "2019", .year),
            ("hack", "2018-07 – 2019-06", .bounded),
            ("immunity-denied", "2020", .year),
            ("ninth-circuit-upholds", "2021", .year),
            ("supreme-court-rejects", "2023", .year),
            ("apple-drops-case", "2024-09", .month),
            ("source-code-seized", "by 2024-09", .bounded),
            ("woog-statement", "2024-12-20", .day),
            ("us-sanctions", "by 2024-12-20", .bounded),
            ("damages-trial", "date unknown", .unknown),
        ]
        for (id, display, precision) in expectations {
            let event = try #require(model.event(id))
            #expect(event.date.display == display, "\(id)")
            #expect(event.date.precision == precision, "\(id)")
        }
        #expect(
            model.event("suit")?.date.basis.contains("agrees with five-year-old case → 2018-12-21 – 2019-12-20") == true
        )
        #expect(
            model.event("supreme-court-rejects")?.date.basis.hasPrefix("Last year → 2023 (the year before publication")
                == true)
    }

    @Test func ordersEventsByDateWithUnknownLast() {
        let dates = model.events.map(\.date)
        for (earlier, later) in zip(dates, dates.dropFirst()) {
            #expect(!EventDate.sortsBefore(later, earlier))
        }
        #expect(model.events.last?.date.precision == .unknown)
    }

    @Test func citesBothArticlesWhereBothReportAHappening() throws {
        for id in [
            "hack", "suit", "summary-judgment", "trial-ordered", "nso-no-response", "nso-defense", "damages-trial",
        ] {
            let event = try #require(model.event(id))
            #expect(Set(event.citations.map(\.sourceID)) == ["landmark", "reuters"], "\(id)")
        }
    }
}
