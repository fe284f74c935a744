import CourtlineModel
import Foundation
import Testing

@testable import CourtlineUI

@Suite("Long text")
struct LongTextTests {
    /// A case over one article of a single megabyte-long line.
    static func megabyteLineCase() throws -> Case {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courtline-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = "Acme sued Widget in 2019. " + String(repeating: "x", count: 1_000_000) + " and more."
        try article.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let caseFile = """
            case: {id: t, title: T}
            sources:
              - {id: a, file: a.txt, published: "2024-12-20", headline: false}
            courts: []
            parties: []
            events:
              - id: suit
                title: Acme sues
                kind: filing
                summary: A summary.
                date: {text: in 2019}
                parties: []
                citations:
                  - {source: a, quote: Acme sued Widget}
            """
        try caseFile.write(to: folder.appendingPathComponent("case.yaml"), atomically: true, encoding: .utf8)
        return try CaseLoader().load(caseFileAt: folder.appendingPathComponent("case.yaml").path)
    }

    @Test func aMegabyteLineIsShownAroundTheQuoteOnly() throws {
        let model = try Self.megabyteLineCase()
        let state = AppState(width: 80, height: 24, model: model)
        let rect = try #require(state.layout.rect(.source)).inner
        let content = try #require(
            SourcePane.content(state: state, model: model, event: model.events.first, in: rect, theme: .fallback))
        // The quote and at most `contextScalars` after it, wrapped: not a megabyte's worth of lines.
        #expect(content.body.count <= (SourcePane.contextScalars + 100) / rect.width + 4)
        #expect(content.body.last?.plain == "… (the article goes on below)")
        let screen = Screen.render(state, model: model, theme: .fallback).text
        #expect(screen.contains("Acme sued Widget in 2019."))
        let wide = Screen.render(AppState(width: 120, height: 40, model: model), model: model, theme: .fallback).text
        #expect(wide.contains("Acme sued Widget in 2019. xxxxxxx"), "the title, cut rather than read whole")
    }
}
