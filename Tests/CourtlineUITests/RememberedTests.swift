import CourtlineModel
import Testing

@testable import CourtlineUI

@Suite("What the UI remembers")
struct RememberedTests {
    @Test func theStateReadsBackWhatItWrites() throws {
        let state = Remembered(theme: "light \"plain\"", split: 65)
        #expect(try Remembered.read(state.text, path: "state.toml") == state)
        #expect(try Remembered.read("", path: "state.toml") == Remembered())
    }

    @Test func aBrokenStateFileSaysWhereAndWhy() {
        for (text, message) in [
            ("theme = \n", "state.toml:1: "),
            ("split = 99\n", "state.toml: split must be a whole number from 30 to 75"),
            ("colour = \"red\"\n", "state.toml: unknown field 'colour'"), ("theme = 3\n", "theme must be a string"),
        ] {
            let problem = #expect(throws: Remembered.Problem.self) { try Remembered.read(text, path: "state.toml") }
            #expect(problem?.description.contains(message) == true, "\(text): \(problem?.description ?? "")")
        }
    }

    @Test func viewsReadBackWhatTheyWriteOddNamesAndAll() throws {
        let views = [
            "ninth rulings": SavedView(facets: [.court: "ninth-circuit", .kind: "ruling"]),
            "q\"uote": SavedView(
                facets: [.from: "2024-01-01"], search: "\"found NSO liable\" hamilton", matchesOnly: true),
        ]
        #expect(try SavedView.read(SavedView.text(views), path: "views.toml") == views)
        let broken = #expect(throws: Remembered.Problem.self) {
            try SavedView.read("[x]\ncolour = \"red\"\n", path: "views.toml")
        }
        #expect(broken?.description.hasPrefix("views.toml: view 'x': 'colour' is not one of court, party") == true)
    }

    @Test func saveKeepsTheFiltersAndViewAppliesThemEscGoesBack() {
        var harness = Harness(width: 120, height: 40)
        harness.press(.character(":"))
        harness.type("kind ruling")
        harness.press(.enter, .character("c"), .character("/"))
        harness.type("immunity")
        harness.press(.enter, .character(":"))
        harness.type("save district rulings")
        let effects = harness.state.act(.commitCommand, in: Harness.model)
        let saved = SavedView(facets: [.court: "district", .kind: "ruling"], search: "immunity")
        #expect(effects == [.saveViews(["district rulings": saved])])
        harness.press(.character("X"))
        #expect(harness.state.facets.isEmpty)
        harness.press(.character(":"))
        harness.type("view district rulings")
        harness.press(.enter)
        #expect(harness.state.facets == EventFilter(court: .court("district"), kind: .ruling))
        #expect(harness.state.search.query == "immunity")
        harness.press(.escape)
        #expect(harness.state.facets.isEmpty)
        harness.press(.character(":"))
        harness.type("view nothing")
        harness.press(.enter)
        #expect(harness.state.commandLine?.error == "no view 'nothing' (saved: district rulings)")
    }

    @Test func theSplitMovesWithinItsBoundsAndIsKept() {
        var harness = Harness(width: 120, height: 40)
        let narrower = harness.state.act(.narrowTimeline, in: Harness.model)
        #expect(narrower == [.remember(Remembered(theme: "default", split: 50))])
        #expect(harness.state.layout.rect(.timeline)?.width == 60)
        for _ in 0..<20 { harness.press(.character(">")) }
        #expect(harness.state.split == Layout.splits.upperBound)
        #expect(harness.state.act(.widenTimeline, in: Harness.model) == [])
    }
}
