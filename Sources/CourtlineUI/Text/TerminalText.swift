/// Keeps text from an article or a case file from acting on the terminal: a control character
/// could move the cursor, retitle the window or write the clipboard, and a bidi control or an
/// invisible one could make a quote look other than it is. Each is shown instead as a visible
/// placeholder of one column.
public enum TerminalText {
    public static func visible(_ character: Character) -> Character {
        for scalar in character.unicodeScalars where isUnsafe(scalar) {
            return placeholder(for: scalar)
        }
        return character
    }

    public static func visible(_ text: String) -> String {
        // Nearly all text is safe throughout, and is given back as it is.
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return String(text.map(visible))
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Printable ASCII, nearly every scalar of an article, is decided without a lookup.
        if value >= 0x20 && value < 0x7F { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value) || bidiControls.contains(value)
            || invisibles.contains(value)
    }

    /// Characters that reorder the text around them: a quote could read other than it is.
    private static let bidiControls: Set<UInt32> = [
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]

    /// Characters that take no room and show nothing, so two quotes that differ look the same.
    /// Each stands alone (a grapheme of its own); the joiners that hold emoji and Indic letters
    /// together, U+200C and U+200D, are left alone.
    private static let invisibles: Set<UInt32> = [
        0x00AD, 0x180E, 0x200B, 0x2028, 0x2029, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF,
    ]

    /// C0 controls show as their Control Pictures (␛ for ESC, ␉ for tab); the rest as ⍰.
    private static func placeholder(for scalar: Unicode.Scalar) -> Character {
        if scalar.value < 0x20 { return Character(Unicode.Scalar(0x2400 + scalar.value)!) }
        if scalar.value == 0x7F { return "␡" }
        return "⍰"
    }
}
