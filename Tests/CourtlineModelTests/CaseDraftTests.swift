import CourtlineModel
import CourtlineTestSupport
import Foundation
import Testing

/// An event a draft should propose: its date as shown, its court's level (nil for none), and
/// the sentences (article file and number) that tell it.
struct ExpectedEvent: CustomStringConvertible {
    let date: String
    let courtLevel: Court.Level?
    let sentences: Set<SentenceAddress>

    var description: String { "\(date) \(courtLevel?.rawValue ?? "no court") \(sentences.sorted())" }
}

struct SentenceAddress: Hashable, Comparable, CustomStringConvertible {
    let file: String
    let index: Int

    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.file, lhs.index) < (rhs.file, rhs.index) }
    var description: String { "\(file)#\(index)" }
}

/// How a draft compares with the events a person would list: how many of those it proposes with
/// the right interval and court, and how many of its proposals are one of them.
struct DraftComparison {
    let found: [ExpectedEvent]
    let missed: [ExpectedEvent]
    let matching: [ExpectedEvent]
    let unmatched: [ExpectedEvent]

    var recall: Double { Double(found.count) / Double(found.count + missed.count) }
    var precision: Double { Double(matching.count) / Double(matching.count + unmatched.count) }

    /// A proposal matches an expected event when it has the same interval and the same court
    /// (by level) and cites a sentence that tells the expected event.
    init(draft: Case, expected: [ExpectedEvent], comparedWith all: [ExpectedEvent]? = nil) {
        let proposals = draft.events.map { Self.expected(from: $0, in: draft) }
        func same(_ a: ExpectedEvent, _ b: ExpectedEvent) -> Bool {
            a.date == b.date && a.courtLevel == b.courtLevel && !a.sentences.isDisjoint(with: b.sentences)
        }
        found = expected.filter { wanted in proposals.contains { same($0, wanted) } }
        missed = expected.filter { wanted in !proposals.contains { same($0, wanted) } }
        let known = all ?? expected
        matching = proposals.filter { proposal in known.contains { same(proposal, $0) } }
        unmatched = proposals.filter { proposal in !known.contains { same(proposal, $0) } }
    }

    static func expected(from event: Event, in model: Case) -> ExpectedEvent {
        ExpectedEvent(
            date: event.date.display, courtLevel: event.courtID.flatMap(model.court)?.level,
            sentences: Set(
                event.citations.map { citation in
                    SentenceAddress(
                        file: model.source(citation.sourceID).map { URL(fileURLWithPath: $0.file).lastPathComponent }
                            ?? "",
                        index: citation.sentenceIndex)
                }))
    }
}

@Suite("Drafting a case from articles", .temporaryFiles)
struct CaseDraftTests {
    /// Drafts the articles into a folder of their own, loads the draft, and returns it.
    static func draftAndLoad(_ articles: [(file: String, text: String)], published: String) throws -> (Case, String) {
        let folder = try TemporaryFolder()
        for article in articles { try folder.write(article.file, article.text) }
        let draft = CaseDraft(
            articles: articles.map {
                DraftArticle(file: $0.file, text: $0.text, published: CalendarDay(iso: published)!)
            },
            caseID: "draft")
        let path = try folder.write("draft.yaml", draft.caseFile)
        return (try CaseLoader().load(caseFileAt: path), draft.caseFile)
    }

    /// The floors the draft of the bundled articles must keep against the hand-made case file.
    @Test func proposesTheHandMadeCasesDatedEvents() throws {
        let articles = try [Seeds.landmark, Seeds.reuters].map { ($0, try Seeds.text(of: $0)) }
        let (draft, _) = try Self.draftAndLoad(articles, published: "2024-12-20")
        let handMade = try CaseLoader().load(caseFileAt: Seeds.path(Seeds.caseFile))
        let all = handMade.events.map { DraftComparison.expected(from: $0, in: handMade) }
        // Dated: known to the day, month or year (not only bounded by other events, nor unknown).
        let dated = handMade.events.filter { [.day, .month, .year].contains($0.date.precision) }
        let comparison = DraftComparison(
            draft: draft, expected: dated.map { DraftComparison.expected(from: $0, in: handMade) }, comparedWith: all)
        #expect(dated.count == 15)
        #expect(comparison.recall >= 0.9, "missed: \(comparison.missed)")
        #expect(comparison.precision >= 0.8, "proposed, matching nothing: \(comparison.unmatched)")
        // What it measures today, so that a change that loses ground shows here first.
        #expect(comparison.found.count == 15)
        #expect(comparison.matching.count == draft.events.count)
    }

    @Test func marksEveryProposalAsADraftAndVerifies() throws {
        let articles = try [Seeds.landmark, Seeds.reuters].map { ($0, try Seeds.text(of: $0)) }
        let (draft, _) = try Self.draftAndLoad(articles, published: "2024-12-20")
        #expect(draft.coverage.isComplete)
        #expect(!draft.events.isEmpty && !draft.courts.isEmpty && !draft.parties.isEmpty)
        #expect(draft.events.allSatisfy { $0.draft != nil })
        #expect(draft.courts.allSatisfy { $0.draft != nil })
        #expect(draft.parties.allSatisfy { $0.draft != nil })
        // Two articles tell the ruling: its draft cites both, and dates it from both.
        let ruling = try #require(draft.events.first { $0.date.display == "2024-12-20" && $0.courtID != nil })
        #expect(Set(ruling.citations.map(\.sourceID)).count == 2)
        #expect(ruling.date.basis.contains("agrees with"))
        let hamilton = try #require(draft.parties.first { $0.name == "Phyllis Hamilton" })
        #expect(hamilton.role.hasPrefix("judge"))
        #expect(ruling.partyIDs.contains(hamilton.id))
        #expect(draft.courts.map(\.level).sorted { $0.rawValue < $1.rawValue } == [.appeals, .supreme, .trial])
    }
}
