import Foundation
import Testing

@testable import CourtlineUI

@Suite("Themes")
struct ThemeTests {
    static let bundled: [ThemeFile] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { $0.hasSuffix(".toml") }.map { name in
            let path = folder.appendingPathComponent(name).path
            return ThemeFile(
                name: String(name.dropLast(5)), path: path,
                text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
        }
    }()

    @Test func everyBundledThemeResolvesAndDefaultComesFirst() throws {
        let library = ThemeLibrary(Self.bundled)
        #expect(library.names == ["default", "high-contrast", "light", "mono"])
        for name in library.names {
            let theme = try library.theme(named: name)
            #expect(theme.name == name)
            // Selection and quotes must show without colour in every theme.
            #expect(!theme.withoutColor.style(.timelineSelected).attributes.isEmpty)
            #expect(!theme.withoutColor.style(.quote).attributes.isEmpty)
        }
    }

    @Test func inheritsPaletteAndStylesAndOverridesThem() throws {
        let library = ThemeLibrary(Self.bundled)
        let dark = try library.theme(named: "default")
        let light = try library.theme(named: "light")
        // Same style rule, the light palette's colour.
        #expect(dark.style(.timelineSelected).background == .rgb(red: 0x89, green: 0xB4, blue: 0xFA))
        #expect(light.style(.timelineSelected).background == .rgb(red: 0x1E, green: 0x66, blue: 0xF5))
        #expect(light.style(.timelineSelected).attributes == dark.style(.timelineSelected).attributes)
        let mono = try library.theme(named: "mono")
        #expect(mono.style(.quote) == Style(attributes: [.bold, .underline, .reverse]))
    }

    @Test func aLaterFileOfTheSameNameReplacesTheBundledOne() throws {
        let user = ThemeFile(
            name: "default", path: "/home/me/.config/courtline/themes/default.toml",
            text: "[styles]\n\"timeline.selected\" = { fg = \"red\", modifiers = [\"underline\"] }\n")
        let theme = try ThemeLibrary(Self.bundled + [user]).theme(named: "default")
        #expect(theme.style(.timelineSelected) == Style(foreground: .ansi(1), attributes: [.underline]))
    }

    @Test(arguments: [
        ("[styles\nbase = {}\n", 1, "TOML syntax error"),
        ("[styles]\nbase = { fg = \"nocolour\" }\n", 2, "unknown colour 'nocolour'"),
        ("[styles]\n\"timeline.nope\" = { fg = \"red\" }\n", 2, "unknown style 'timeline.nope'"),
        ("\n[styles]\nquote = { modifiers = [\"blink\"] }\n", 3, "unknown modifier 'blink'"),
        ("colours = 1\n", 1, "unknown field 'colours'"),
    ])
    func aBrokenThemeNamesItsFileAndLine(_ text: String, line: Int, message: String) {
        let file = ThemeFile(name: "broken", path: "/themes/broken.toml", text: text)
        #expect {
            try ThemeLibrary([file]).theme(named: "broken")
        } throws: { error in
            guard let error = error as? ThemeError else { return false }
            return error.path == "/themes/broken.toml" && error.line == line && error.message.contains(message)
                && error.description.hasPrefix("/themes/broken.toml:\(line): ")
        }
    }

    @Test func circularInheritanceIsAnError() {
        let a = ThemeFile(name: "a", path: "/t/a.toml", text: "inherits = \"b\"\n")
        let b = ThemeFile(name: "b", path: "/t/b.toml", text: "inherits = \"a\"\n")
        #expect(throws: ThemeError.self) { try ThemeLibrary([a, b]).theme(named: "a") }
    }

    @Test func colourDepthFollowsTheTerminalAndNoColor() {
        #expect(ColorDepth(colors: 256, environment: [:]) == .palette256)
        #expect(ColorDepth(colors: 8, environment: [:]) == .ansi8)
        #expect(ColorDepth(colors: 0, environment: [:]) == .none)
        #expect(ColorDepth(colors: 256, environment: ["NO_COLOR": "1"]) == .none)
        #expect(ColorDepth(colors: 256, environment: ["NO_COLOR": ""]) == .palette256)
    }

    @Test func coloursComeDownToWhatTheTerminalHas() {
        let accent = Color.rgb(red: 0x89, green: 0xB4, blue: 0xFA)
        #expect(ColorDepth.palette256.index(of: accent) == 111)
        #expect(ColorDepth.palette256.index(of: .rgb(red: 0x31, green: 0x32, blue: 0x44)) == 237)
        #expect(ColorDepth.ansi16.index(of: .ansi(11)) == 11)
        #expect(ColorDepth.ansi8.index(of: .ansi(11)) == 3)
        #expect(ColorDepth.ansi8.index(of: .rgb(red: 250, green: 10, blue: 10)) == 1)
        #expect(ColorDepth.ansi8.index(of: .indexed(196)) == 1)
        #expect(ColorDepth.none.index(of: accent) == nil)
    }
}
