import CourtlineUI

/// Any text, wrapped to a width the first byte picks (2 to 41 columns) and drawn line by line
/// into a grid of that width: no line is wider than the width, each is drawn as wide as it is
/// measured, and the cells show every glyph of the text, in order (spaces, tabs and line
/// breaks aside). A character measured one way and drawn another used to cut words off. The
/// lines counted without building them are as many as those built.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let width = 2 + Int(start[0]) % 40
    let text = String(decoding: UnsafeBufferPointer(start: start + 1, count: count - 1), as: UTF8.self)
    var expected: [String] = []
    // Line breaks break lines, and spaces and tabs are where lines break: neither is drawn.
    for character in text where !["\n", "\r\n", "\t"].contains(character) {
        TerminalGlyphs.forEach(in: character) { glyph, _ in if glyph != " " { expected.append(glyph) } }
    }
    var drawn: [String] = []
    for line in StyledText(text).wrapped(to: width) {
        precondition(line.width <= width, "a line is wider than \(width): \(line.plain.debugDescription)")
        var grid = Grid(width: width, height: 1)
        let used = grid.write(line, x: 0, y: 0, clip: grid.bounds)
        precondition(used == line.width, "drawn \(used) columns wide, measured \(line.width)")
        drawn += (0..<width).map { grid[$0, 0].text }.filter { !$0.isEmpty && $0 != " " }
    }
    precondition(drawn == expected, "wrapping lost or changed a glyph: \(text.debugDescription)")
    // The source pane counts an article's rows without building them: the count is the lines'.
    precondition(
        StyledText(text).lineCount(wrappedTo: width) == StyledText(text).wrapped(to: width).count,
        "counted lines differ from wrapped lines: \(text.debugDescription) at \(width)")
    return 0
}
