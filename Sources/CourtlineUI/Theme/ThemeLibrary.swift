import TOMLKit

/// A theme file as found: its name and where it came from (for messages), and its text.
public struct ThemeFile: Sendable {
    public let name: String
    public let path: String
    public let text: String

    public init(name: String, path: String, text: String) {
        self.name = name
        self.path = path
        self.text = text
    }
}

/// A theme that could not be read, located for the person who will fix it.
public struct ThemeError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let message: String

    public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// Themes by name, resolved through `inherits`, from TOML files in the helix style:
///
/// ```toml
/// inherits = "default"        # optional
/// [palette]
/// accent = "#89b4fa"
/// [styles]
/// "timeline.selected" = { fg = "black", bg = "accent", modifiers = ["bold"] }
/// ```
///
/// Colours are palette names, `#rrggbb`, the ANSI names (`red`, `bright-blue`…) or 0–255.
/// Later files of the same name replace earlier ones, so a user's directory overrides the bundle.
public struct ThemeLibrary: Sendable {
    private var files: [String: ThemeFile] = [:]
    public private(set) var names: [String] = []

    /// The theme used when none is asked for; it comes first in `names`.
    public static let defaultName = "default"

    public init(_ files: [ThemeFile]) {
        for file in files {
            if self.files[file.name] == nil { names.append(file.name) }
            self.files[file.name] = file
        }
        names.sort { ($0 == Self.defaultName ? 0 : 1, $0) < ($1 == Self.defaultName ? 0 : 1, $1) }
    }

    public func path(of name: String) -> String? { files[name]?.path }

    public func contains(_ name: String) -> Bool { files[name] != nil }

    public func theme(named name: String) throws(ThemeError) -> Theme {
        var seen: [String] = []
        let definition = try definition(named: name, seen: &seen)
        var styles: [StyleRole: Style] = [:]
        for (role, spec) in definition.styles {
            styles[role] = try spec.style(palette: definition.palette)
        }
        return Theme(name: name, styles: styles)
    }

    /// A theme's palette and style specs, merged over those of the theme it inherits.
    private func definition(named name: String, seen: inout [String]) throws(ThemeError) -> ThemeDefinition {
        guard let file = files[name] else {
            throw ThemeError(
                path: seen.last.flatMap { files[$0]?.path } ?? name, line: nil,
                message: "no theme named '\(name)' (available: \(names.joined(separator: ", ")))")
        }
        guard !seen.contains(name) else {
            throw ThemeError(
                path: file.path, line: nil,
                message: "themes inherit in a circle: \((seen + [name]).joined(separator: " → "))")
        }
        seen.append(name)
        let own = try ThemeDefinition(file)
        guard let parent = own.inherits else { return own }
        return try definition(named: parent, seen: &seen).overridden(by: own)
    }
}

/// One theme file's contents, before colours are resolved.
struct ThemeDefinition {
    var inherits: String?
    var palette: [String: ColorSpec] = [:]
    var styles: [StyleRole: StyleSpec] = [:]

    struct ColorSpec {
        let text: String
        let file: ThemeFile
    }

    struct StyleSpec {
        let foreground: ColorSpec?
        let background: ColorSpec?
        let attributes: Style.Attributes

        func style(palette: [String: ColorSpec]) throws(ThemeError) -> Style {
            Style(
                foreground: try foreground.map { spec throws(ThemeError) in try spec.resolve(palette) },
                background: try background.map { spec throws(ThemeError) in try spec.resolve(palette) },
                attributes: attributes)
        }
    }

    init(_ file: ThemeFile) throws(ThemeError) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: file.text)
        } catch let error as TOMLParseError {
            throw ThemeError(
                path: file.path, line: error.source.begin.line, message: "TOML syntax error: \(error.description)")
        } catch {
            throw ThemeError(path: file.path, line: nil, message: "TOML syntax error: \(error)")
        }
        for key in table.keys where !["inherits", "palette", "styles"].contains(key) {
            throw file.error(at: key, "unknown field '\(key)' (allowed: inherits, palette, styles)")
        }
        if let inherits = table["inherits"] {
            guard let name = inherits.string else { throw file.error(at: "inherits", "inherits takes a theme's name") }
            self.inherits = name
        }
        if let palette = table["palette"] {
            guard let palette = palette.table else { throw file.error(at: "palette", "[palette] must be a table") }
            for key in palette.keys {
                guard let value = palette[key]?.string else {
                    throw file.error(at: key, "palette colour '\(key)' must be a string")
                }
                self.palette[key] = ColorSpec(text: value, file: file)
            }
        }
        if let styles = table["styles"] {
            guard let styles = styles.table else { throw file.error(at: "styles", "[styles] must be a table") }
            for key in styles.keys {
                guard let role = StyleRole(rawValue: key) else {
                    throw file.error(
                        at: key,
                        "unknown style '\(key)' (one of: \(StyleRole.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                }
                self.styles[role] = try Self.styleSpec(styles[key]!, key: key, file: file)
            }
        }
    }

    private init(inherits: String?, palette: [String: ColorSpec], styles: [StyleRole: StyleSpec]) {
        self.inherits = inherits
        self.palette = palette
        self.styles = styles
    }

    func overridden(by child: ThemeDefinition) -> ThemeDefinition {
        ThemeDefinition(
            inherits: nil, palette: palette.merging(child.palette) { _, new in new },
            styles: styles.merging(child.styles) { _, new in new })
    }

    private static func styleSpec(_ value: TOMLValueConvertible, key: String, file: ThemeFile) throws(ThemeError)
        -> StyleSpec
    {
        guard let table = value.table else {
            throw file.error(
                at: key, "style '\(key)' must be a table like { fg = \"…\", bg = \"…\", modifiers = [\"bold\"] }")
        }
        for field in table.keys where !["fg", "bg", "modifiers"].contains(field) {
            throw file.error(at: key, "style '\(key)' has an unknown field '\(field)' (allowed: fg, bg, modifiers)")
        }
        var attributes: Style.Attributes = []
        if let modifiers = table["modifiers"] {
            guard let list = modifiers.array else { throw file.error(at: key, "modifiers must be a list") }
            for modifier in list {
                switch modifier.string {
                case "bold": attributes.insert(.bold)
                case "dim": attributes.insert(.dim)
                case "italic": attributes.insert(.italic)
                case "underline", "underlined": attributes.insert(.underline)
                case "reverse", "reversed": attributes.insert(.reverse)
                default:
                    throw file.error(
                        at: key,
                        "unknown modifier '\(modifier.string ?? "\(modifier)")' (bold, dim, italic, underline, reverse)"
                    )
                }
            }
        }
        func color(_ field: String) throws(ThemeError) -> ColorSpec? {
            guard let value = table[field] else { return nil }
            guard let text = value.string else {
                throw file.error(at: key, "\(field) must be a colour name or #rrggbb")
            }
            return ColorSpec(text: text, file: file)
        }
        return StyleSpec(foreground: try color("fg"), background: try color("bg"), attributes: attributes)
    }
}

extension ThemeDefinition.ColorSpec {
    /// A palette name (followed once), `#rrggbb`, an ANSI colour name or a 256-colour index.
    func resolve(_ palette: [String: ThemeDefinition.ColorSpec], depth: Int = 0) throws(ThemeError) -> Color {
        if let named = palette[text], depth < 8 { return try named.resolve(palette, depth: depth + 1) }
        if text.hasPrefix("#"), text.count == 7, let value = Int(text.dropFirst(), radix: 16) {
            return .rgb(red: value >> 16, green: (value >> 8) & 0xFF, blue: value & 0xFF)
        }
        if let index = Self.ansiNames.firstIndex(of: text) { return .ansi(index) }
        if let index = Int(text), (0...255).contains(index) { return .indexed(index) }
        throw file.error(at: text, "unknown colour '\(text)' (a palette name, #rrggbb, an ANSI name or 0–255)")
    }

    static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white", "bright-black", "bright-red",
        "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]
}

extension ThemeFile {
    /// An error on the first line that mentions `word`, since TOMLKit keeps no positions for values.
    func error(at word: String, _ message: String) -> ThemeError {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.firstIndex { $0.contains(word) }.map { $0 + 1 }
        return ThemeError(path: path, line: line, message: message)
    }
}
