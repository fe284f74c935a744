/// A terminal colour as a theme names it. Backends map it to what the terminal can show.
public enum Color: Hashable, Sendable {
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(Int)
    /// An xterm 256-colour palette index.
    case indexed(Int)
    case rgb(red: Int, green: Int, blue: Int)
}

/// How a cell looks: colours (nil means the terminal's default) and attributes.
public struct Style: Hashable, Sendable {
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1 << 0)
        public static let dim = Attributes(rawValue: 1 << 1)
        public static let italic = Attributes(rawValue: 1 << 2)
        public static let underline = Attributes(rawValue: 1 << 3)
        public static let reverse = Attributes(rawValue: 1 << 4)
    }

    public var foreground: Color?
    public var background: Color?
    public var attributes: Attributes

    public init(foreground: Color? = nil, background: Color? = nil, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    /// This style with `other`'s colours where it sets them, and both styles' attributes.
    public func patched(with other: Style) -> Style {
        Style(
            foreground: other.foreground ?? foreground, background: other.background ?? background,
            attributes: attributes.union(other.attributes))
    }

    /// The same look without colour, for terminals that have none or `NO_COLOR`.
    public var withoutColor: Style { Style(attributes: attributes) }
}
