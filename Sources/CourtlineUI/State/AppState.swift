import CourtlineModel

/// A pane of the screen.
public enum Pane: String, CaseIterable, Sendable {
    case timeline, parties, source, detail

    public var title: String {
        switch self {
        case .timeline: "Timeline"
        case .parties: "Parties"
        case .source: "Source"
        case .detail: "Event"
        }
    }
}

public struct SearchState: Hashable, Sendable {
    /// The search in force: its matches are highlighted, and `n`/`N` step through them.
    public var query: String = ""
    /// Whether the query is being typed into the status bar.
    public var isEditing = false
    /// Whether the timeline shows only the matches, rather than every event with the matches marked.
    public var showsOnlyMatches = false

    public init(query: String = "", isEditing: Bool = false, showsOnlyMatches: Bool = false) {
        self.query = query
        self.isEditing = isEditing
        self.showsOnlyMatches = showsOnlyMatches
    }
}

/// Everything the UI shows that is not the case itself. Changed only by `reduce(_:in:)`.
public struct AppState: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public var focus: Pane = .timeline
    /// The selected event, kept by id so it survives filters that move it.
    public var selectedEventID: String?
    public var timelineTop = 0
    /// The selected party, by its index in the case.
    public var selectedParty = 0
    /// The Parties pane's first row in view (its rows hold headings, see `PartyRows`).
    public var partiesTop = 0
    /// Which of the selected event's citations the source pane shows.
    public var citation = 0
    /// Lines scrolled in the source pane; nil keeps the cited sentence in view.
    public var sourceScroll: Int?
    /// The sentence under the Source pane's cursor (0-based, in the article shown), moved by `(`
    /// and `)`; nil while it is the cited sentence.
    public var sourceSentence: Int?
    /// The events citing the sentence under the cursor, listed after Enter in the Source pane.
    public var citers: CiterList?
    public var detailScroll = 0
    /// The facets in force (court, party, kind, status, dates); its search is always nil, the
    /// search being `search`.
    public var facets = EventFilter()
    public var search = SearchState()
    /// The command being typed after `:`, while it is.
    public var commandLine: CommandLine?
    /// The commands run, oldest first, for ↑ and ↓ on the command line.
    public var commandHistory: [String] = []
    /// Where each jump came from, and what the filters were before each was set, for `back`.
    public var jumps: [View] = []
    /// Where the search being typed began: Esc goes back there, Enter makes it a jump.
    var searchStart: View?
    /// The themes `t` steps through, and the one in use.
    public let themeNames: [String]
    public var themeIndex = 0
    /// A one-off message for the status bar (a broken theme, the theme `t` chose); the next key
    /// clears it.
    public var notice: String?
    /// The timeline column's share of a wide screen, in percent.
    public var split = Layout.defaultSplit
    /// Named sets of filters, from the views file; `:save` adds one, `:view` applies one.
    public var savedViews: [String: SavedView] = [:]
    public var isHelpVisible = false
    public var helpScroll = 0
    /// The visible events as last filtered, kept so that keys that do not change the filter do
    /// not filter again (a search reads every event). Set only by `reduce`.
    var visible = VisibleEvents()
    /// The search's matches as last worked out, kept as `visible` is.
    var matches = VisibleEvents()

    /// What a jump returns to.
    public struct View: Hashable, Sendable {
        let focus: Pane
        let selectedEventID: String?
        let citation: Int
        let sourceScroll: Int?
        let sourceSentence: Int?
        let facets: EventFilter
        let search: SearchState
    }

    public init(width: Int, height: Int, themeNames: [String] = ["default"], model: Case) {
        self.width = width
        self.height = height
        self.themeNames = themeNames.isEmpty ? ["default"] : themeNames
        selectedEventID = model.events.first?.id
    }

    public var layout: Layout { Layout(width: width, height: height, split: split) }

    /// What the next session starts with: the theme and the split.
    public var remembered: Remembered { Remembered(theme: themeNames[themeIndex], split: split) }

    /// What the timeline shows: the facets, and the search when only its matches are shown.
    public var filter: EventFilter {
        var filter = facets
        if search.showsOnlyMatches, !search.query.isEmpty { filter.search = search.query }
        return filter
    }

    /// The search's matches among the events the facets let through; nil with no search.
    var matchFilter: EventFilter? {
        guard !search.query.isEmpty else { return nil }
        var filter = facets
        filter.search = search.query
        return filter
    }

    public func visibleEvents(in model: Case) -> FilteredEvents {
        if let visible = visible.events, visible.filter == filter { return visible.events }
        return model.events(matching: filter)
    }

    /// The events the search matches, in date order; nil with no search.
    public func matchingEvents(in model: Case) -> FilteredEvents? {
        guard let matchFilter else { return nil }
        if let matches = matches.events, matches.filter == matchFilter { return matches.events }
        return model.events(matching: matchFilter)
    }

    /// The selected event's row among the visible events, if it is among them.
    public func selectedRow(in events: FilteredEvents) -> Int? {
        selectedEventID.flatMap(events.position(ofEventID:))
    }

    public func selectedEvent(in model: Case) -> Event? {
        let events = visibleEvents(in: model)
        return selectedRow(in: events).map { events[$0] }
    }
}

/// The events that cite one sentence, to jump to one of them.
public struct CiterList: Hashable, Sendable {
    public let sourceID: String
    /// 0-based, in the source.
    public let sentence: Int
    public let eventIDs: [String]
    public var selected = 0
}

/// The events a filter let through, remembered with the filter. Two are equal when their
/// filters are: the events follow from the filter and the case.
struct VisibleEvents: Hashable, Sendable {
    var events: (filter: EventFilter, events: FilteredEvents)?

    static func == (lhs: VisibleEvents, rhs: VisibleEvents) -> Bool { lhs.events?.filter == rhs.events?.filter }

    func hash(into hasher: inout Hasher) { hasher.combine(events?.filter) }
}
