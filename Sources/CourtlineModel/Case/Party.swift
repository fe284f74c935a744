/// A person, organization or thing the articles name, with its role as they give it.
public struct Party: Sendable, Hashable {
    public let id: String
    public let name: String
    public let kind: Kind
    /// The role in the articles' words: "plaintiff", "judge", "WhatsApp spokesman".
    public let role: String
    public let citations: [Citation]
    /// Set where `courtline draft` proposed this and no person has reviewed it yet: what to check.
    public let draft: String?

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case person, organization, government, product
    }
}
