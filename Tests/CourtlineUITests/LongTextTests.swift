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
        #expect(content.total <= (SourcePane.contextScalars + 100) / rect.width + 4)
        #expect(content.lines(from: content.total - 1).first?.plain == "… (the article goes on below)")
        let screen = Screen.render(state, model: model, theme: .fallback).text
        #expect(screen.contains("Acme sued Widget in 2019."))
        let wide = Screen.render(AppState(width: 120, height: 40, model: model), model: model, theme: .fallback).text
        #expect(wide.contains("Acme sued Widget in 2019. xxxxxxx"), "the title, cut rather than read whole")
    }

    /// The pane styles and wraps only the paragraphs in view: every window of rows is the same
    /// as the whole article wrapped, and the count it scrolls by is that article's.
    @Test func theRowsInViewAreTheWholeArticlesRows() throws {
        var state = AppState(width: 120, height: 40, model: Harness.model)
        state.search.query = "judge"
        let rect = try #require(state.layout.rect(.source)).inner
        for event in Harness.model.events.prefix(8) {
            var content = try #require(
                SourcePane.content(state: state, model: Harness.model, event: event, in: rect, theme: .fallback))
            let rows = content.rows
            content.rows = content.total
            let all = content.lines(from: 0)
            #expect(all.count == content.total)
            content.rows = rows
            for top in 0..<max(1, content.total - rows) {
                #expect(
                    content.lines(from: top) == Array(all[top..<min(all.count, top + rows)]), "\(event.id) at \(top)")
            }
        }
    }
}
