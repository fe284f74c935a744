import Benchmark
import CourtlineModel
import CourtlineUI

/// What issue 5 budgets, measured in-process: loading and verifying a case, rendering a frame
/// at 200×60, and each key on the timeline from its action to the finished frame (the reducer
/// and a full render; the terminal's part is measured by `Benchmarks/terminal`).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds, maxDuration: .seconds(20), maxIterations: 50)

    for size in BenchmarkCase.allCases {
        Benchmark(
            "Load and verify (\(size.rawValue))",
            configuration: .init(maxIterations: size == .small ? 50 : 5)
        ) { benchmark in
            let caseFile = size.caseFile
            benchmark.startMeasurement()
            let model = try CaseLoader().load(caseFileAt: caseFile)
            // Freeing the case is not loading it: it is freed after the measurement.
            benchmark.stopMeasurement()
            blackHole(model)
        }
    }

    for size in [BenchmarkCase.small, .events10k, .large] {
        // Loaded once for all of this size's frame and key benchmarks.
        nonisolated(unsafe) var loaded: Case?
        let model = { () -> Case in
            if let loaded { return loaded }
            loaded = size.load()
            return loaded!
        }

        Benchmark("Frame at 200×60 (\(size.rawValue))") { benchmark in
            let model = model()
            let state = AppState(width: 200, height: 60, model: model)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(Screen.render(state, model: model, theme: .fallback))
            }
        }

        Benchmark("Search of every event, no render (\(size.rawValue))") { benchmark in
            let model = model()
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(model.events(matching: EventFilter(search: "the court")).count)
            }
        }

        for key in TimelineKey.allCases {
            Benchmark("Key: \(key.rawValue) (\(size.rawValue))") { benchmark in
                let model = model()
                let before = key.stateBefore(in: model)
                benchmark.startMeasurement()
                for _ in benchmark.scaledIterations {
                    var state = before
                    state.reduce(key.action(in: model), in: model)
                    blackHole(Screen.render(state, model: model, theme: .fallback))
                }
            }
        }
    }
}

/// The keys the budget names, each from a state a person would press it in.
enum TimelineKey: String, CaseIterable {
    case moveOneLine = "move one line"
    case page
    case jumpToLast = "jump to last"
    case courtFilter = "court filter"
    case partyFilter = "party filter"
    case searchKeystroke = "search keystroke"
    case jumpToQuote = "jump to quote"

    func stateBefore(in model: Case) -> AppState {
        var state = AppState(width: 200, height: 60, model: model)
        switch self {
        case .moveOneLine, .page, .jumpToLast, .courtFilter, .jumpToQuote:
            state.reduce(.moveDown, in: model)
        case .partyFilter:
            state.reduce(.focusNext, in: model)
            while state.focus != .parties { state.reduce(.focusNext, in: model) }
        case .searchKeystroke:
            state.reduce(.startSearch, in: model)
            for character in "the cour" { state.reduce(.searchInput(character), in: model) }
        }
        return state
    }

    func action(in model: Case) -> Action {
        switch self {
        case .moveOneLine: .moveDown
        case .page: .pageDown
        case .jumpToLast: .last
        case .courtFilter: .nextCourt
        case .partyFilter, .jumpToQuote: .activate
        case .searchKeystroke: .searchInput("t")
        }
    }
}
