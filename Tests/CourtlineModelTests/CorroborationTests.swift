import CourtlineModel
import CourtlineTestSupport
import Foundation
import Testing

@Suite("Figures in a passage")
struct FigureReaderTests {
    private func read(_ text: String) -> [String] {
        FigureReader.figures(in: text).map { figure in
            let value = figure.kind == .year ? String(Int(figure.value.lower!)) : figure.value.description
            return "\(figure.kind.rawValue) \(figure.text) = \(value)\(figure.unit.isEmpty ? "" : " \(figure.unit)")"
        }
    }

    @Test func readsNumbersInDigitsAndWordsWithWhatTheyCount() {
        #expect(
            read("sending malicious software through its servers to more than a thousand targeted phones")
                == ["count more than a thousand targeted phones = more than 1,000"])
        #expect(
            read("The lawsuit claimed that the hack allowed 1,400 people to be monitored, including journalists")
                == ["count 1,400 people = 1,400"])
        #expect(
            read("twenty-five companies and 1.5 million users") == [
                "count twenty-five companies = 25", "count 1.5 million users = 1,500,000",
            ])
        #expect(
            read("fined $2.5 million, nearly 300 pages") == [
                "money $2.5 million = 2,500,000", "count nearly 300 pages = 270 to 300",
            ])
        #expect(
            read("at least 12 journalists, fewer than 40 activists, about 200 people") == [
                "count at least 12 journalists = at least 12", "count fewer than 40 activists = fewer than 40",
                "count about 200 people = about 200",
            ])
        #expect(read("thousands of documents") == ["count thousands of documents = 2,000 to 999,999"])
    }

    @Test func tellsDurationsAndYearsFromCounts() {
        #expect(read("six months earlier") == ["duration six months = 6 month"])
        #expect(read("finding in the five-year-old case") == ["duration five-year-old = 5 year"])
        #expect(read("We have spent five years making our case") == ["duration five years = 5 year"])
        #expect(read("In 2019, WhatsApp sued NSO") == ["year 2019 = 2019"])
        #expect(read("a judge's decision in 2020 to deny it") == ["year 2020 = 2020"])
        #expect(read("2000 people marched") == ["count 2000 people = 2,000"])
    }

    @Test func leavesNumbersThatNameRatherThanCount() {
        #expect(read("the 9th U.S. Circuit Court of Appeals") == [])
        #expect(read("under Section 230 and Rule 37 of the code") == [])
        #expect(read("one of the judges said a ruling was due over it") == [])
        #expect(read("filed on 2024-12-20") == [])
    }

    /// Found by FuzzDraft: a currency sign standing alone among punctuation ("''?$''") made a
    /// word whose end came before its start, and reading it crashed.
    @Test func readsACurrencySignAloneAsNoWord() {
        #expect(read("''?$''''''''!''''") == [])
        #expect(read("cost $ 5 and $") == ["count 5 = 5"])
        #expect(FigureReader.names(in: "'$' Judge $").isEmpty)
    }

    @Test func placesEachFigureByScalarOffsets() {
        let text = "Café owners: more than a thousand targeted phones."
        let figure = FigureReader.figures(in: text)[0]
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[figure.range])) == figure.text)
    }

    @Test func comparesValuesAsTheWordsBoundThem() {
        let moreThanAThousand = FigureValue(lower: 1000, upper: nil, lowerIncluded: false)
        #expect(moreThanAThousand.overlaps(.exactly(1400)))
        #expect(!moreThanAThousand.overlaps(.exactly(1000)))
        #expect(!FigureValue.exactly(1400).overlaps(.exactly(1500)))
        #expect(FigureValue(lower: 1400, upper: 1400, isApproximate: true).overlaps(.exactly(1500)))
    }
}

@Suite("Corroboration in the bundled case")
struct CorroborationTests {
    let model: Case

    init() throws {
        model = try CaseLoader().load(caseFileAt: Seeds.path(Seeds.caseFile))
    }

    @Test func knowsWhichEventsMoreThanOneSourceTells() throws {
        let told = model.events.filter(model.isCorroborated).map(\.id)
        #expect(
            told == [
                "hack", "suit", "nso-defense", "summary-judgment", "trial-ordered", "nso-no-response", "damages-trial",
            ])
        for event in model.events {
            let corroboration = model.corroboration(of: event)
            #expect(corroboration.isCorroborated == model.isCorroborated(event))
            #expect(
                corroboration.sourceIDs
                    == Array(Set(event.citations.map(\.sourceID))).sorted { a, b in
                        event.citations.firstIndex { $0.sourceID == a }! < event.citations.firstIndex {
                            $0.sourceID == b
                        }!
                    })
        }
    }

    @Test func findsTheSourcesDifferOnHowManyWereTargeted() throws {
        let hack = try #require(model.event("hack"))
        let corroboration = model.corroboration(of: hack)
        #expect(corroboration.sourceIDs == ["reuters", "landmark"])
        try #require(corroboration.differences.count == 1)
        let difference = corroboration.differences[0]
        #expect(difference.kind == .count)
        #expect(difference.accounts.map(\.sourceID) == ["reuters", "landmark"])
        #expect(
            difference.accounts.map { $0.figures.map(\.figure.text) } == [
                ["1,400 people"], ["more than a thousand targeted phones"],
            ])
        #expect(difference.canAllHold)
        for account in difference.accounts {
            for cited in account.figures {
                let source = try #require(model.source(cited.citation.sourceID))
                #expect(source.text[cited.figure.range] == cited.figure.text)
                #expect(cited.citation.range.contains(cited.figure.range.lowerBound))
            }
        }
        let others = model.events.filter { $0.id != "hack" }.flatMap { model.corroboration(of: $0).differences }
        #expect(others.isEmpty, "\(others)")
    }
}

@Suite("Corroboration across two made-up reports", .temporaryFiles)
struct CorroborationDifferenceTests {
    /// Two reports of one suit that disagree on its year, its damages and its judge's name, and
    /// agree on its length.
    private func model() throws -> Case {
        var fixture = CaseFixture()
        fixture.extraFiles["other.txt"] = Data(
            "Widget faces suit.\nAcme sued Widget Co. in 2018, seeking $7 million over a patent it had held for three years, before Judge Anne Leigh."
                .utf8)
        fixture.article =
            "Acme sues Widget.\nAcme sued Widget Co. in 2019 seeking $5 million after three years, before Judge Ann Lee. Nothing else."
        fixture.sources += """

              - id: other
                file: other.txt
                published: "2024-12-20"
                headline: true
            """
        fixture.events = """
            events:
              - id: suit
                title: Acme sues
                kind: filing
                summary: Acme sued Widget.
                date:
                  text: in 2019
                parties: [acme]
                citations:
                  - source: news
                    quote: Acme sued Widget Co. in 2019 seeking $5 million after three years, before Judge Ann Lee.
                  - source: other
                    quote: Acme sued Widget Co. in 2018, seeking $7 million over a patent it had held for three years, before Judge Anne Leigh.
            """
        fixture.courts = "courts: []"
        fixture.leftOut = """
            left_out:
              - {source: news, quote: Acme sues Widget., reason: the headline}
              - {source: news, quote: Nothing else., reason: filler}
              - {source: other, quote: Widget faces suit., reason: the headline}
            """
        return try fixture.load()
    }

    @Test func listsEachDifferingFigureWithEachSourcesWords() throws {
        let model = try model()
        let corroboration = model.corroboration(of: try #require(model.event("suit")))
        #expect(corroboration.sourceIDs == ["news", "other"])
        let differences = corroboration.differences.map { difference in
            "\(difference.kind.rawValue): "
                + difference.accounts.map { "\($0.sourceID) \($0.figures.map(\.figure.text))" }.joined(
                    separator: " vs ")
                + (difference.canAllHold ? "" : " (cannot all hold)")
        }
        // "three years" is in both, the same: no difference.
        #expect(
            differences == [
                #"year: news ["2019"] vs other ["2018"] (cannot all hold)"#,
                #"money: news ["$5 million"] vs other ["$7 million"] (cannot all hold)"#,
                #"name: news ["Ann Lee"] vs other ["Anne Leigh"] (cannot all hold)"#,
            ])
        let name = try #require(corroboration.differences.last)
        #expect(name.measure == "the judge's name")
        #expect(name.verdict == "they name different people, or spell one name differently")
        let source = try #require(model.source("other"))
        #expect(name.accounts[1].figures.map { source.text[$0.figure.range] } == ["Anne Leigh"])
    }
}
