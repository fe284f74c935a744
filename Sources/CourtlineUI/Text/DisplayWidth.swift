/// How many terminal columns text takes as it is drawn (`TerminalGlyphs`), worked out without
/// asking the C library: the grid must measure the same way in tests as on screen.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        TerminalGlyphs.width(of: character)
    }

    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII, most text, takes a column a byte: no character need be found.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }
}
