import Foundation

/// The ways the timeline narrows, as a person names them, read the same way by the UI's `:`
/// command line and by `list` and `export`: a court or a party by id or by a word of its name,
/// a kind, a status, and days written to the precision meant ("2024", "2024-01", "2024-01-05").
public enum Facet: String, Sendable, CaseIterable {
    case court, party, kind, status, from, to

    /// A value that cannot be read, said in one line with what would have been read.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Sets this facet of `filter` from what the person wrote.
    public func apply(_ text: String, to filter: inout EventFilter, in model: Case) throws(Problem) {
        switch self {
        case .court: filter.court = try Self.court(text, in: model)
        case .party: filter.partyID = try Self.party(text, in: model)
        case .kind: filter.kind = try Self.kind(text)
        case .status: filter.status = try Self.status(text)
        case .from: filter.from = try Self.day(text, end: false)
        case .to: filter.to = try Self.day(text, end: true)
        }
    }

    /// What this facet takes, for completion: ids (and "none" for courts), kinds, statuses.
    public func values(in model: Case) -> [String] {
        switch self {
        case .court: model.courts.map(\.id) + ["none"]
        case .party: model.parties.map(\.id)
        case .kind: Event.Kind.allCases.map(\.rawValue)
        case .status: EventFilter.Status.allCases.map(\.rawValue)
        case .from, .to: []
        }
    }

    /// A court by id, "none" for events at no court, or the one court whose name or short name
    /// holds the words.
    public static func court(_ text: String, in model: Case) throws(Problem) -> EventFilter.CourtCondition {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        if wanted.lowercased() == "none" { return .noCourt }
        let id = try unique(
            wanted, among: model.courts.map { ($0.id, [$0.name, $0.shortName]) }, what: "court",
            also: ["none"])
        return .court(id)
    }

    /// A party by id, or the one party whose name holds the words.
    public static func party(_ text: String, in model: Case) throws(Problem) -> String {
        try unique(
            text.trimmingCharacters(in: .whitespaces), among: model.parties.map { ($0.id, [$0.name]) },
            what: "party")
    }

    public static func kind(_ text: String) throws(Problem) -> Event.Kind {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let kind = Event.Kind(rawValue: wanted) { return kind }
        let starting = Event.Kind.allCases.filter { $0.rawValue.hasPrefix(wanted) }
        if !wanted.isEmpty, starting.count == 1 { return starting[0] }
        throw Problem(
            description:
                "unknown kind '\(text)' (one of: \(Event.Kind.allCases.map(\.rawValue).joined(separator: ", ")))"
        )
    }

    public static func status(_ text: String) throws(Problem) -> EventFilter.Status {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let status = EventFilter.Status(rawValue: wanted) { return status }
        if wanted == "drafts" { return .draft }
        throw Problem(description: "unknown status '\(text)' (draft or reviewed)")
    }

    /// A year, a month or a day; a range's start takes its first day, its end its last.
    public static func day(_ text: String, end: Bool) throws(Problem) -> CalendarDay {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        let parts = wanted.split(separator: "-", omittingEmptySubsequences: false)
        let widths = parts.map(\.count)
        let numbers = parts.compactMap { Int($0) }
        var day: CalendarDay?
        if numbers.count == parts.count, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }) {
            switch widths {
            case [4]: day = end ? .lastDay(ofYear: numbers[0]) : .firstDay(ofYear: numbers[0])
            case [4, 2] where (1...12).contains(numbers[1]):
                day =
                    end
                    ? .lastDay(ofMonth: numbers[1], year: numbers[0])
                    : .firstDay(ofMonth: numbers[1], year: numbers[0])
            case [4, 2, 2]: day = CalendarDay(year: numbers[0], month: numbers[1], day: numbers[2])
            default: break
            }
        }
        guard let day else {
            throw Problem(description: "'\(text)' is not a year, month or day (write 2024, 2024-01 or 2024-01-31)")
        }
        return day
    }

    /// The id of the one entry whose id is `wanted`, or whose id or a name holds it, ignoring
    /// case and accents.
    private static func unique(
        _ wanted: String, among entries: [(id: String, names: [String])], what: String, also: [String] = []
    ) throws(Problem) -> String {
        let ids = (entries.map(\.id) + also).joined(separator: ", ")
        guard !wanted.isEmpty else { throw Problem(description: "which \(what)? (one of: \(ids))") }
        if let exact = entries.first(where: { $0.id.lowercased() == wanted.lowercased() }) { return exact.id }
        let folded = fold(wanted)
        let holding = entries.filter { entry in ([entry.id] + entry.names).contains { fold($0).contains(folded) } }
        switch holding.count {
        case 1: return holding[0].id
        case 0: throw Problem(description: "unknown \(what) '\(wanted)' (one of: \(ids))")
        default:
            throw Problem(
                description: "'\(wanted)' names more than one \(what): \(holding.map(\.id).joined(separator: ", "))")
        }
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
