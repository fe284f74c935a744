/// A court, named as the articles name it.
public struct Court: Sendable, Hashable {
    public let id: String
    public let name: String
    /// A short tag for narrow columns ("9th Cir.").
    public let shortName: String
    public let level: Level
    public let citations: [Citation]
    /// Set where `courtline draft` proposed this and no person has reviewed it yet: what to check.
    public let draft: String?

    public enum Level: String, Sendable, Hashable, CaseIterable {
        case trial, appeals, supreme, other
    }
}
