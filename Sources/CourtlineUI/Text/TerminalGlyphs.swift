/// What a character is drawn as on a terminal: one or more cells of known width. Measuring
/// (wrapping, fitting, aligning) and drawing both go through here, so a line is never measured
/// as one width and drawn as another, which is how a wrapped line lost its last words.
///
/// - A character that could act on the terminal or hide (a control, a bidi control, a
///   zero-width space) is its placeholder from `TerminalText`, one column.
/// - A sequence joined by zero-width joiners (a family emoji, a judge emoji) is drawn as its
///   parts side by side: terminals disagree on whether they join it, and one disagreement
///   shifts the rest of the line.
/// - Each visible character takes its cells with up to four combining marks after it (more
///   would pile up past what a cell shows); variation selectors and skin tones, which only
///   restyle, are left out.
/// - A combining mark with nothing to combine with is shown on a dotted circle (◌́), as
///   Unicode's charts show one, rather than dropped.
public enum TerminalGlyphs {
    /// Calls `body` with each cell's text and its width (1 or 2), left to right.
    @inline(__always)
    public static func forEach(in character: Character, _ body: (String, Int) -> Void) {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
            body(String(character), 1)
            return
        }
        let shown = TerminalText.visible(character)
        guard shown == character else {
            body(String(shown), 1)
            return
        }
        var glyph = ""
        var glyphWidth = 0
        var marks = 0
        var previous: Unicode.Scalar?
        func flush() {
            if glyphWidth > 0 { body(glyph, glyphWidth) }
            glyph = ""
            glyphWidth = 0
            marks = 0
        }
        for scalar in character.unicodeScalars {
            defer { previous = scalar }
            if isCombiningMark(scalar) {
                if glyphWidth == 0 {
                    glyph = "\u{25CC}"
                    glyphWidth = 1
                }
                if marks < 4 { glyph.unicodeScalars.append(scalar) }
                marks += 1
            } else if scalar.value == 0x200D {
                // The parts of a joined sequence are drawn side by side.
                flush()
            } else if isRegionalIndicator(scalar) && previous.map(isRegionalIndicator) == true && glyphWidth == 1 {
                // A flag: the two letters take the cell together.
                glyph.unicodeScalars.append(scalar)
                glyphWidth = 2
            } else if !isZeroWidth(scalar) {
                flush()
                glyph = String(Character(scalar))
                let wide = !isRegionalIndicator(scalar) && (scalar.properties.isEmojiPresentation || isWide(scalar))
                glyphWidth = wide ? 2 : 1
            }
        }
        flush()
    }

    /// The columns a character takes, as drawn.
    public static func width(of character: Character) -> Int {
        var total = 0
        forEach(in: character) { total += $1 }
        return total
    }

    /// A mark drawn in the cell of the character before it. Variation selectors are marks to
    /// Unicode but only choose a style; spacing marks take a column of their own (wcwidth 1).
    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        let category = scalar.properties.generalCategory
        return (category == .nonspacingMark || category == .enclosingMark)
            && !(0xFE00...0xFE0F).contains(scalar.value) && !(0xE0100...0xE01EF).contains(scalar.value)
    }

    /// What is not drawn at all: format characters and variation selectors, Hangul medial and
    /// final jamo (they join the syllable before them), and skin tones (they restyle a face).
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return (0x1160...0x11FF).contains(scalar.value) || (0x1F3FB...0x1F3FF).contains(scalar.value)
        }
    }

    /// A flag is two regional indicators, each a column where it stands alone (wcwidth's
    /// count), the two together a flag of two columns.
    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), the ones terminals draw in two columns.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return wideRanges.contains { $0.contains(value) }
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E,
        0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
        0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
        0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
