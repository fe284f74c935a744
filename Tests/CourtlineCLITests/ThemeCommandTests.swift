import CourtlineTestSupport
import Foundation
import Testing

@Suite("Themes on the command line", .temporaryFiles)
struct ThemeCommandTests {
    /// A config folder whose `courtline/themes` holds `files`.
    static func config(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("courtline/themes"), withIntermediateDirectories: true)
        for (name, text) in files { try folder.write("courtline/themes/\(name)", text) }
        return folder
    }

    @Test func listsBundledThemesThenTheUsersOwn() throws {
        let config = try Self.config(["paper.toml": "inherits = \"light\"\n"])
        let run = try Courtline.run(
            arguments: ["themes"], in: nil, environment: ["XDG_CONFIG_HOME": config.url.path])
        #expect(run.status == 0)
        #expect(
            run.lines.map { String($0.prefix { $0 != " " }) } == ["default", "high-contrast", "light", "mono", "paper"])
        #expect(run.lines.last?.hasSuffix(config.url.path + "/courtline/themes/paper.toml") == true)
    }

    @Test func aUserThemeReplacesTheBundledOneOfTheSameName() throws {
        let config = try Self.config(["light.toml": "[styles]\nquote = { modifiers = [\"underline\"] }\n"])
        let run = try Courtline.run(
            arguments: ["themes"], in: nil, environment: ["XDG_CONFIG_HOME": config.url.path])
        let light = try #require(run.lines.first { $0.hasPrefix("light ") })
        #expect(light.hasSuffix(config.url.path + "/courtline/themes/light.toml"))
    }

    @Test func aBrokenThemeIsNamedWithItsFileAndLine() throws {
        let config = try Self.config(["broken.toml": "[palette]\nink = \"#12345\"\n[styles]\nbase = { fg = \"ink\" }\n"]
        )
        let run = try Courtline.run(
            arguments: ["themes"], in: nil, environment: ["XDG_CONFIG_HOME": config.url.path])
        #expect(run.status == 65)
        #expect(
            run.stderr
                == "courtline: \(config.url.path)/courtline/themes/broken.toml:2: unknown colour '#12345' (a palette name, #rrggbb, an ANSI name or 0–255)\n"
        )
        #expect(run.lines.contains { $0.hasPrefix("broken ") && $0.hasSuffix("broken") })
    }

    @Test func anUnknownThemeIsAUsageError() throws {
        let run = try Courtline.run("--theme", "nope")
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown theme 'nope' (available: default, high-contrast, light, mono)"))
    }
}
