/// What a piece of the screen is, for themes to style. The raw values are the keys of a theme
/// file's `[styles]` table.
public enum StyleRole: String, CaseIterable, Sendable {
    case base
    case border
    case borderFocused = "border.focused"
    case title
    case titleFocused = "title.focused"
    case timelineDate = "timeline.date"
    case timelineGroup = "timeline.group"
    case timelineSelected = "timeline.selected"
    /// The mark of an event told by more than one source (`◆`), or whose sources differ (`≠`).
    case timelineCorroborated = "timeline.corroborated"
    case timelineDiffers = "timeline.differs"
    /// The event's kind, and the mark of a draft nobody has reviewed (`✎`).
    case timelineKind = "timeline.kind"
    case timelineDraft = "timeline.draft"
    /// A row the search matches, where the timeline shows every event.
    case timelineMatch = "timeline.match"
    case courtTag = "court.tag"
    case partyRole = "party.role"
    case partyMarked = "party.marked"
    case partySelected = "party.selected"
    case sourceHeader = "source.header"
    case supplied
    case context
    case sentence
    /// The sentence under the Source pane's cursor, when it is not the cited one.
    case sentenceCursor = "sentence.cursor"
    case quote
    case searchMatch = "search.match"
    case label
    case statusBar = "status.bar"
    case statusFilter = "status.filter"
    case statusKey = "status.key"
    case help
    case helpKey = "help.key"
    case warning
}

/// A resolved theme: a style for every role.
public struct Theme: Sendable, Equatable {
    public let name: String
    let styles: [StyleRole: Style]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The role's style over the base style.
    public func style(_ role: StyleRole) -> Style {
        let base = styles[.base] ?? .plain
        return role == .base ? base : base.patched(with: styles[role] ?? .plain)
    }

    /// The same theme with every colour removed, for colourless terminals and `NO_COLOR`. A theme
    /// may mark the selection by colour alone, so each role keeps at least the attributes the
    /// fallback theme gives it: selection and highlights stay visible.
    public var withoutColor: Theme {
        var plain: [StyleRole: Style] = [:]
        for role in Set(styles.keys).union(Self.fallback.styles.keys) {
            let attributes = (styles[role]?.attributes ?? []).union(Self.fallback.styles[role]?.attributes ?? [])
            plain[role] = Style(attributes: attributes)
        }
        return Theme(name: name, styles: plain)
    }

    /// Used when no theme file can be read: attributes only, readable anywhere.
    public static let fallback = Theme(
        name: "fallback",
        styles: [
            .borderFocused: Style(attributes: [.bold]), .titleFocused: Style(attributes: [.bold, .reverse]),
            .title: Style(attributes: [.bold]), .timelineSelected: Style(attributes: [.reverse, .bold]),
            .timelineGroup: Style(attributes: [.dim]), .timelineDiffers: Style(attributes: [.bold]),
            .partyMarked: Style(attributes: [.bold]),
            .partySelected: Style(attributes: [.reverse]), .sourceHeader: Style(attributes: [.bold]),
            .supplied: Style(attributes: [.italic]), .context: Style(attributes: [.dim]),
            .sentence: Style(attributes: [.bold]), .sentenceCursor: Style(attributes: [.underline]),
            .timelineDraft: Style(attributes: [.bold]), .timelineMatch: Style(attributes: [.bold]),
            .quote: Style(attributes: [.bold, .underline, .reverse]),
            .searchMatch: Style(attributes: [.underline]), .label: Style(attributes: [.bold]),
            .statusBar: Style(attributes: [.reverse]), .statusFilter: Style(attributes: [.reverse, .bold]),
            .statusKey: Style(attributes: [.reverse, .bold]), .helpKey: Style(attributes: [.bold]),
            .warning: Style(attributes: [.bold]),
        ])
}
