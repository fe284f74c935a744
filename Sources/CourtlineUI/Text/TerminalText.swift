import CourtlineModel

/// Keeps text from an article or a case file from acting on the terminal: each character
/// `UnsafeScalars` names is shown instead as a visible placeholder of one column.
public enum TerminalText {
    public static func visible(_ character: Character) -> Character {
        for scalar in character.unicodeScalars where UnsafeScalars.contains(scalar) {
            return placeholder(for: scalar)
        }
        return character
    }

    public static func visible(_ text: String) -> String {
        // Nearly all text is safe throughout, and is given back as it is.
        guard text.unicodeScalars.contains(where: UnsafeScalars.contains) else { return text }
        return String(text.map(visible))
    }

    /// C0 controls show as their Control Pictures (␛ for ESC, ␉ for tab); the rest as ⍰.
    private static func placeholder(for scalar: Unicode.Scalar) -> Character {
        if scalar.value < 0x20 { return Character(Unicode.Scalar(0x2400 + scalar.value)!) }
        if scalar.value == 0x7F { return "␡" }
        return "⍰"
    }
}
