/// Keeps text from an article or a case file from acting on the terminal: a control character
/// could move the cursor, retitle the window or write the clipboard. Each one is shown instead
/// as a visible placeholder of the same single column.
public enum TerminalText {
    public static func visible(_ character: Character) -> Character {
        for scalar in character.unicodeScalars where isUnsafe(scalar) {
            return placeholder(for: scalar)
        }
        return character
    }

    public static func visible(_ text: String) -> String {
        String(text.map(visible))
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
    }

    /// C0 controls show as their Control Pictures (␛ for ESC, ␉ for tab); the rest as ⍰.
    private static func placeholder(for scalar: Unicode.Scalar) -> Character {
        if scalar.value < 0x20 { return Character(Unicode.Scalar(0x2400 + scalar.value)!) }
        if scalar.value == 0x7F { return "␡" }
        return "⍰"
    }
}
