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

/// Which events the court filter lets through; `c` steps through them in this order:
/// all courts, each court in the case's order, events with no court, all again.
public enum CourtFilter: Hashable, Sendable {
    case all
    case court(String)
    case noCourt
}

public struct SearchState: Hashable, Sendable {
    /// The search in force: what filters the timeline.
    public var query: String = ""
    /// Whether the query is being typed into the status bar.
    public var isEditing = false
}

/// Everything the UI shows that is not the case itself. Changed only by `reduce(_:in:)`.
public struct AppState: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public var focus: Pane = .timeline
    /// The selected event, kept by id so it survives filters that move it.
    public var selectedEventID: String?
    public var timelineTop = 0
    public var selectedParty = 0
    public var partiesTop = 0
    /// Which of the selected event's citations the source pane shows.
    public var citation = 0
    /// Lines scrolled in the source pane; nil keeps the cited sentence in view.
    public var sourceScroll: Int?
    public var detailScroll = 0
    public var court: CourtFilter = .all
    public var partyFilter: String?
    public var search = SearchState()
    /// Where each jump came from, and what the filters were before each was set, for `back`.
    public var jumps: [View] = []
    /// The themes `t` steps through, and the one in use.
    public let themeNames: [String]
    public var themeIndex = 0
    /// A one-off message for the status bar (a broken theme, the theme `t` chose); the next key
    /// clears it.
    public var notice: String?
    public var isHelpVisible = false
    public var helpScroll = 0
    /// The visible events as last filtered, kept so that keys that do not change the filter do
    /// not filter again (a search reads every event). Set only by `reduce`.
    var visible = VisibleEvents()

    /// What a jump returns to.
    public struct View: Hashable, Sendable {
        let focus: Pane
        let selectedEventID: String?
        let citation: Int
        let sourceScroll: Int?
        let partyFilter: String?
        let court: CourtFilter
    }

    public init(width: Int, height: Int, themeNames: [String] = ["default"], model: Case) {
        self.width = width
        self.height = height
        self.themeNames = themeNames.isEmpty ? ["default"] : themeNames
        selectedEventID = model.events.first?.id
    }

    public var layout: Layout { Layout(width: width, height: height) }

    public var filter: EventFilter {
        var filter = EventFilter(partyID: partyFilter, search: search.query.isEmpty ? nil : search.query)
        switch court {
        case .all: break
        case .court(let id): filter.court = .court(id)
        case .noCourt: filter.court = .noCourt
        }
        return filter
    }

    public func visibleEvents(in model: Case) -> FilteredEvents {
        if let visible = visible.events, visible.filter == filter { return visible.events }
        return model.events(matching: filter)
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

/// The events a filter let through, remembered with the filter. Two are equal when their
/// filters are: the events follow from the filter and the case.
struct VisibleEvents: Hashable, Sendable {
    var events: (filter: EventFilter, events: FilteredEvents)?

    static func == (lhs: VisibleEvents, rhs: VisibleEvents) -> Bool { lhs.events?.filter == rhs.events?.filter }

    func hash(into hasher: inout Hasher) { hasher.combine(events?.filter) }
}
