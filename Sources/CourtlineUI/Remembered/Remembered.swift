import CourtlineModel
import TOMLKit

/// What the UI keeps between sessions, as TOML text: the theme and the layout's split (the
/// state file) and named views, each a set of filters (the views file). The files themselves
/// are the session's; a file that cannot be read is reported and left alone, never fatal.
public struct Remembered: Hashable, Sendable {
    public var theme: String?
    /// The share of a wide screen's width the timeline column takes, in percent.
    public var split: Int?

    public init(theme: String? = nil, split: Int? = nil) {
        self.theme = theme
        self.split = split
    }

    /// What went wrong reading a remembered file, as "path:line: message".
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
    }

    public static func read(_ text: String, path: String) throws(Problem) -> Remembered {
        let table = try TOMLText.table(text, path: path)
        var remembered = Remembered()
        for key in table.keys {
            switch key {
            case "theme":
                guard let theme = table[key]?.string else {
                    throw Problem(description: "\(path): theme must be a string")
                }
                remembered.theme = theme
            case "split":
                guard let split = table[key]?.int, Layout.splits.contains(split) else {
                    throw Problem(
                        description:
                            "\(path): split must be a whole number from \(Layout.splits.lowerBound) to \(Layout.splits.upperBound)"
                    )
                }
                remembered.split = split
            default:
                throw Problem(description: "\(path): unknown field '\(key)' (allowed: theme, split)")
            }
        }
        return remembered
    }

    public var text: String {
        var lines = ["# Written by courtline: the theme and the layout it last used."]
        if let theme { lines.append("theme = \(TOMLText.quoted(theme))") }
        if let split { lines.append("split = \(split)") }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A named set of filters, kept in the views file: each facet as `list --court` and the command
/// line take it, so a view saved on one case reads on another that has the same ids.
public struct SavedView: Hashable, Sendable {
    public var facets: [Facet: String] = [:]
    public var search = ""
    public var matchesOnly = false

    public init(facets: [Facet: String] = [:], search: String = "", matchesOnly: Bool = false) {
        self.facets = facets
        self.search = search
        self.matchesOnly = matchesOnly
    }

    /// The filters in force, as a view.
    init(_ filter: EventFilter, _ search: SearchState) {
        switch filter.court {
        case .court(let id)?: facets[.court] = id
        case .noCourt?: facets[.court] = "none"
        case nil: break
        }
        facets[.party] = filter.partyID
        facets[.kind] = filter.kind?.rawValue
        facets[.status] = filter.status?.rawValue
        facets[.from] = filter.from?.iso
        facets[.to] = filter.to?.iso
        self.search = search.query
        matchesOnly = search.showsOnlyMatches && !search.query.isEmpty
    }

    /// The view's filters on `model`, or what in it this case does not have.
    func filters(in model: Case) throws(Facet.Problem) -> (EventFilter, SearchState) {
        var filter = EventFilter()
        for facet in Facet.allCases {
            if let value = facets[facet] { try facet.apply(value, to: &filter, in: model) }
        }
        return (filter, SearchState(query: search, showsOnlyMatches: matchesOnly))
    }

    static let searchKey = "search"
    static let matchesOnlyKey = "matches_only"

    public static func read(_ text: String, path: String) throws(Remembered.Problem) -> [String: SavedView] {
        let table = try TOMLText.table(text, path: path)
        var views: [String: SavedView] = [:]
        for name in table.keys {
            guard let entries = table[name]?.table else {
                throw Remembered.Problem(description: "\(path): view '\(name)' must be a table ([\(name)])")
            }
            var view = SavedView()
            for key in entries.keys {
                if let facet = Facet(rawValue: key), let value = entries[key]?.string {
                    view.facets[facet] = value
                } else if key == searchKey, let value = entries[key]?.string {
                    view.search = value
                } else if key == matchesOnlyKey, let value = entries[key]?.bool {
                    view.matchesOnly = value
                } else {
                    let allowed = (Facet.allCases.map(\.rawValue) + [searchKey, matchesOnlyKey]).joined(separator: ", ")
                    throw Remembered.Problem(
                        description: "\(path): view '\(name)': '\(key)' is not one of \(allowed), or has the wrong type"
                    )
                }
            }
            views[name] = view
        }
        return views
    }

    public static func text(_ views: [String: SavedView]) -> String {
        var lines = ["# Views saved by courtline's :save, each a set of filters (:view NAME applies one)."]
        for (name, view) in views.sorted(by: { $0.key < $1.key }) {
            lines += ["", "[\(TOMLText.quoted(name))]"]
            for facet in Facet.allCases {
                if let value = view.facets[facet] { lines.append("\(facet.rawValue) = \(TOMLText.quoted(value))") }
            }
            if !view.search.isEmpty { lines.append("\(searchKey) = \(TOMLText.quoted(view.search))") }
            if view.matchesOnly { lines.append("\(matchesOnlyKey) = true") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// TOML read through TOMLKit, its errors with the file and line; and strings written quoted.
enum TOMLText {
    static func table(_ text: String, path: String) throws(Remembered.Problem) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Remembered.Problem(description: "\(path):\(error.source.begin.line): \(error.description)")
        } catch {
            throw Remembered.Problem(description: "\(path): \(error)")
        }
    }

    /// A basic string, with what TOML must escape escaped.
    static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}
