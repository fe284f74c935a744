/// One thing wrong with a case file, located for the person who will fix it.
public struct CaseProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file the problem is in (the case file, or an article it names).
    public let file: String
    public let line: Int?
    /// The fact it concerns: `event 'summary-judgment'`.
    public let fact: String?
    public let message: String

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let fact { text += "\(fact): " }
        return text + message
    }
}

/// A case that could not be loaded: every problem found, each on its own line.
public struct CaseLoadError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// A file is missing or unreadable (exit status 66).
        case missingInput
        /// A file is there but what it says is wrong (exit status 65).
        case badData
    }

    public let kind: Kind
    public let problems: [CaseProblem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
