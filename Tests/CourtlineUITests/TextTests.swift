import CourtlineTestSupport
import Testing

@testable import CourtlineUI

@Suite("Text on the grid")
struct TextTests {
    @Test(arguments: [
        ("NSO’s “easy case”", 17), ("2018 – 2019", 11), ("café", 4), ("e\u{301}", 1), ("法院", 4), ("⚖️", 1), ("👩‍⚖️", 3),
        ("❤️", 1), ("✅", 2), ("👨‍👩‍👧", 6), ("\u{301}", 1), ("कि", 2),
        ("a\u{200B}b", 3),
    ])
    func measuresDisplayWidth(_ text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func wrapsAtWordsByDisplayWidth() {
        let lines = StyledText("法院 ruled that NSO’s “mere licensing” was no defence").wrapped(to: 12).map(\.plain)
        #expect(lines == ["法院 ruled", "that NSO’s", "“mere", "licensing”", "was no", "defence"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 })
    }

    @Test func breaksAWordOnlyWhenItAloneIsTooWide() {
        #expect(StyledText("Scott-Railton").wrapped(to: 6).map(\.plain) == ["Scott-", "Railto", "n"])
    }

    @Test func neverDrawsPastTheClipOrSplitsAWideCharacter() {
        var grid = Grid(width: 10, height: 2)
        let clip = Rect(x: 2, y: 0, width: 5, height: 1)
        let used = grid.write("法院法院法院", x: 2, y: 0, style: .plain, clip: clip)
        #expect(used == 4)
        #expect(grid.line(0) == "  法院")
        grid.write("outside", x: 0, y: 1, style: .plain, clip: clip)
        #expect(grid.line(1) == "")
        grid.write("overflowing the grid", x: 5, y: 1, style: .plain)
        #expect(grid.line(1) == "     overf")
    }

    @Test func aCellHoldsOneCharacterAndItsCombiningMarks() {
        func drawn(_ text: String) -> [String] {
            var grid = Grid(width: 10, height: 1)
            let used = grid.write(text, x: 0, y: 0, style: .plain)
            #expect(used == DisplayWidth.of(text), "drawn as wide as it is measured")
            return (0..<used).map { grid[$0, 0].text }
        }
        #expect(drawn("e\u{301}") == ["e\u{301}"])
        #expect(drawn("⚖️") == ["⚖"])
        #expect(drawn("👩‍⚖️") == ["👩", "", "⚖"], "a joined emoji shows each of its parts")
        #expect(drawn("👨‍👩‍👧") == ["👨", "", "👩", "", "👧", ""])
        #expect(drawn("a\u{200B}b") == ["a", "⍰", "b"], "a zero-width space shows, and takes its column")
        #expect(drawn("\u{301}x") == ["◌\u{301}", "x"], "a lone mark on a dotted circle")
    }

    /// Wrapped to any width and drawn line by line into that width, text shows every character
    /// it is drawn as, in order: nothing is cut off at a line's end, whatever it is made of.
    @Test(arguments: 0..<300)
    func wrappingNeverLosesACharacter(_ seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let pieces = [
            "a", "word", "NSO", " ", " ", "  ", "法院", "\u{200B}", "\u{200D}", "e\u{301}", "\u{301}", "👨‍👩‍👧", "👩‍⚖️", "⚖️",
            "\u{202E}", "\u{1B}", "🇺🇸", "👍🏽", "कि", "\u{FEFF}", "\n", "–", "x\u{FE0F}", "\u{2060}",
        ]
        let text = (0..<Int.random(in: 1...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            .joined()
        let width = Int.random(in: 2...16, using: &random)
        func glyphs(_ text: String) -> [String] {
            var glyphs: [String] = []
            for character in text where character != "\n" {
                TerminalGlyphs.forEach(in: character) { glyph, _ in if glyph != " " { glyphs.append(glyph) } }
            }
            return glyphs
        }
        var drawn: [String] = []
        for line in StyledText(text).wrapped(to: width) {
            #expect(line.width <= width, "\(line.plain.debugDescription) is wider than \(width)")
            var grid = Grid(width: width, height: 1)
            let used = grid.write(line, x: 0, y: 0, clip: grid.bounds)
            #expect(used == line.width, "drawn as wide as measured: \(line.plain.debugDescription)")
            drawn += (0..<width).map { grid[$0, 0].text }.filter { !$0.isEmpty && $0 != " " }
        }
        #expect(drawn == glyphs(text), "\(text.debugDescription) at \(width)")
        // The source pane counts an article's lines without building them: the count is the lines'.
        #expect(StyledText(text).lineCount(wrappedTo: width) == StyledText(text).wrapped(to: width).count)
    }

    /// A paragraph is counted a byte at a time where the bytes can tell; the count is that of
    /// the lines built, and news text (curly quotes, dashes, accents, CJK) takes that way.
    @Test(arguments: 0..<300)
    func paragraphsAreCountedAsTheyAreWrapped(_ seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let pieces = [
            "a", "word", "NSO", " ", "  ", "\t", "\n", "\n\n", "U.S.C.", "supercalifragilistic", "x", "“quoted”",
            "café", "–", "法院", "e\u{301}", " \u{301}", "\u{200B}", "👩‍⚖️", "\r\n",
        ]
        let text = (0..<Int.random(in: 0...60, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            .joined()
        let width = Int.random(in: 1...12, using: &random)
        let built = StyledText(text).wrapped(to: width).count
        #expect(StyledText(text).lineCount(wrappedTo: width) == built, "\(text.debugDescription) at \(width)")
        if let fast = StyledText.fastLineCount(text, width: width) {
            #expect(fast == built, "\(text.debugDescription) at \(width)")
        }
    }

    @Test func newsTextIsCountedByBytes() {
        let text = "“We disagree,” the firm said – in 2019 – of the café’s 法院 filing.\nA new paragraph."
        #expect(StyledText.fastLineCount(text, width: 20) == StyledText(text).wrapped(to: 20).count)
    }

    @Test func controlCharactersBecomeVisiblePlaceholdersOfOneColumn() {
        var grid = Grid(width: 20, height: 1)
        grid.write("a\u{1B}[31mb\u{07}\u{202E}c\u{9B}", x: 0, y: 0, style: .plain)
        #expect(grid.line(0) == "a␛[31mb␇⍰c⍰")
        #expect(TerminalText.visible("tab\there") == "tab␉here")
    }

    @Test(arguments: HostileText.samples.map(\.name))
    func everyHostileSampleBecomesHarmlessAndKeepsItsLength(_ name: String) throws {
        let text = try #require(HostileText.samples.first { $0.name == name }?.text)
        let visible = TerminalText.visible(text)
        #expect(!visible.unicodeScalars.contains(where: HostileText.isUnsafe), "\(visible.debugDescription)")
        #expect(visible.count == text.count, "one placeholder for each character, so columns stay put")
        #expect(DisplayWidth.of(visible) == visible.count)
    }

    @Test func joinersInsideEmojiAndWordsAreLeftAlone() {
        #expect(TerminalText.visible("👩\u{200D}⚖\u{FE0F}") == "👩\u{200D}⚖\u{FE0F}")
        #expect(TerminalText.visible("می\u{200C}خواهم") == "می\u{200C}خواهم")
    }
}

@Suite("Search highlighting")
struct HighlightTests {
    @Test func patchesEveryMatchAcrossSpansIgnoringCaseAndAccents() {
        let bold = Style(attributes: [.bold])
        let mark = Style(attributes: [.underline])
        var text = StyledText()
        text.append("Café ", style: .plain)
        text.append("CAFE and cafe", style: bold)
        let marked = text.highlighting("cafe", with: mark)
        #expect(marked.plain == text.plain)
        #expect(
            marked.spans.map(\.text) == ["Café", " ", "CAFE", " and ", "cafe"])
        #expect(marked.spans.map(\.style) == [mark, .plain, bold.patched(with: mark), bold, bold.patched(with: mark)])
        #expect(text.highlighting("", with: mark) == text)
        #expect(text.highlighting("nothing", with: mark) == text)
    }
}

@Suite("Wrapping keeps styles exact")
struct WrappedStyleTests {
    /// The column where a style starts, on each wrapped line that has it.
    private func columns(of style: Style, in lines: [StyledText]) -> [Int] {
        lines.compactMap { line in
            var column = 0
            for span in line.spans {
                if span.style == style { return column }
                column += span.text.count
            }
            return nil
        }
    }

    /// Issue 19: a quote's highlight started on the space before it.
    @Test func aHighlightStartsOnItsFirstCharacterNotTheSpaceBeforeIt() {
        let quote = Style(attributes: [.reverse])
        var text = StyledText()
        text.append("The judge wrote that ", style: .plain)
        text.append("the firm had no defence", style: quote)
        text.append(" at all.", style: .plain)
        let wide = text.wrapped(to: 80)
        #expect(columns(of: quote, in: wide) == [21])
        #expect(wide[0].spans.map(\.text) == ["The judge wrote that ", "the firm had no defence", " at all."])
        // Wrapped inside the quote, the next line's highlight starts at its first column, and
        // the spaces inside the quote stay highlighted.
        let narrow = text.wrapped(to: 30)
        #expect(narrow.map(\.plain) == ["The judge wrote that the firm", "had no defence at all."])
        #expect(columns(of: quote, in: narrow) == [21, 0])
        #expect(narrow[1].spans.map(\.text) == ["had no defence", " at all."])
    }
}
