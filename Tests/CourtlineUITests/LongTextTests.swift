import CourtlineModel
import CourtlineTestSupport
import Foundation
import Testing

@testable import CourtlineUI

@Suite("Long text", .temporaryFiles)
struct LongTextTests {
    /// A case over one article of a single megabyte-long line.
    static func megabyteLineCase() throws -> Case {
        let article = "Acme sued Widget in 2019. " + String(repeating: "x", count: 1_000_000) + " and more."
        return try CaseLoader().load(
            caseFileAt: TemporaryFolder.oneEventCase(article: article, quote: "Acme sued Widget"))
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
