/// A person, organization or thing the articles name, with its role as they give it, and where
/// it stands in the litigation: a litigant (with its side), the court's own people, counsel, or
/// someone or something else the articles name (an outlet, a product, an agency, a bystander).
public struct Party: Sendable, Hashable {
    public let id: String
    public let name: String
    public let kind: Kind
    public let standing: Standing
    /// A litigant's side: "plaintiff", "defendant", "appellant"…; nil for everyone else.
    public let side: String?
    /// The role in the articles' words: "plaintiff", "judge", "WhatsApp spokesman".
    public let role: String
    public let citations: [Citation]

    /// The role with a litigant's side before it: "plaintiff; messaging app, a unit of Meta".
    public var sideAndRole: String { side.map { "\($0); \(role)" } ?? role }
    /// "WhatsApp (plaintiff; messaging app, a unit of Meta)", "Carl Woog (WhatsApp spokesman)".
    public var nameAndRole: String { "\(name) (\(sideAndRole))" }
    /// Set where `courtline draft` proposed this and no person has reviewed it yet: what to check.
    public let draft: String?

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case person, organization, government, product
    }

    /// In the order the Parties pane groups them, litigants first.
    public enum Standing: String, Sendable, Hashable, CaseIterable, Comparable {
        case litigant, court, counsel, other

        public static func < (lhs: Standing, rhs: Standing) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }
}
