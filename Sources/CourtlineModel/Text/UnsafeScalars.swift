/// The characters that could act on a terminal or make a quote look other than it is: C0
/// and C1 controls and DEL (they move the cursor, retitle the window, write the clipboard),
/// bidi controls (they reorder the text around them), and invisible characters (two quotes
/// that differ by one look the same). The UI and the text commands show each as a
/// placeholder; JSON output escapes each by its code (`\u009b`), which keeps the text exact.
public enum UnsafeScalars {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Printable ASCII, nearly every scalar of an article, is decided without a lookup.
        if value >= 0x20 && value < 0x7F { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value) || bidiControls.contains(value)
            || invisibles.contains(value)
    }

    private static let bidiControls: Set<UInt32> = [
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]

    /// Each stands alone (a grapheme of its own); the joiners that hold emoji and Indic letters
    /// together, U+200C and U+200D, are left alone.
    private static let invisibles: Set<UInt32> = [
        0x00AD, 0x180E, 0x200B, 0x2028, 0x2029, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF,
    ]
}
