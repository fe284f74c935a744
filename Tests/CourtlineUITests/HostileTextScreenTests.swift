import CourtlineModel
import CourtlineTestSupport
import Testing

@testable import CourtlineUI

/// An article and a case file made of hostile text, drawn as the terminal would receive it.
@Suite("Hostile text on screen", .temporaryFiles)
struct HostileTextScreenTests {
    static func hostileCase() throws -> Case {
        let path = try TemporaryFolder.oneEventCase(
            article: HostileText.sentence + "\nWidget appealed.", quote: "Acme sued Widget",
            title: HostileText.yamlTitle)
        return try CaseLoader().load(caseFileAt: path)
    }

    @Test(arguments: [ScreenSize(width: 120, height: 40), ScreenSize(width: 80, height: 24)])
    func nothingUnsafeReachesACell(_ size: ScreenSize) throws {
        let model = try Self.hostileCase()
        var state = AppState(width: size.width, height: size.height, model: model)
        state.act(.activate, in: model)
        let grid = Screen.render(state, model: model, theme: .fallback)
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let unsafe = grid[x, y].text.unicodeScalars.filter(HostileText.isUnsafe)
                #expect(unsafe.isEmpty, "cell \(x),\(y) would send \(unsafe.map { String($0.value, radix: 16) })")
            }
        }
        try Snapshot.expect(grid, named: "hostile-\(size.width)x\(size.height)")
    }

    @Test func theSourceKeepsItsOffsetsWhileTheScreenShowsPlaceholders() throws {
        let model = try Self.hostileCase()
        let citation = try #require(model.events.first?.citations.first)
        #expect(citation.range == 0..<16, "offsets count the article's own characters, escapes included")
        let source = try #require(model.sources.first)
        #expect(
            source.text.string.unicodeScalars.contains("\u{1B}"),
            "the model keeps the text exact; only the screen hides it")
        let screen = Screen.render(AppState(width: 120, height: 40, model: model), model: model, theme: .fallback).text
        #expect(screen.contains("␛]52;c;cHduZWQ=␇"))
        #expect(screen.contains("zero⍰width⍰joiner⍰bom"))
    }
}
