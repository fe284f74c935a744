import CourtlineTestSupport
import Foundation
import Testing

/// Every kind of broken input the command line can be given, each run through the real binary:
/// one line per problem on standard error that names the file (and line and fact where there is
/// one), the sysexits status, nothing on standard output and no crash report.
@Suite("Broken input", .temporaryFiles)
struct BrokenInputTests {
    struct Breakage: Sendable, CustomTestStringConvertible {
        let name: String
        let status: Int32
        /// The case-file line the problem must be reported at, found by the text on it.
        let line: String?
        let fact: String?
        let words: [String]
        let breaking: @Sendable (inout CaseFixture) -> Void

        var testDescription: String { name }
    }

    static let breakages: [Breakage] = [
        Breakage(
            name: "malformed YAML", status: 65, line: "[unclosed", fact: nil,
            words: ["YAML syntax error: this flow sequence is never closed (a list item starts at line 27)"]
        ) { $0.parties += "\n  - id: [unclosed" },
        Breakage(
            name: "an unclosed quote", status: 65, line: "title: \"Acme sues", fact: nil,
            words: ["YAML syntax error: this quoted scalar is never closed (the file ends at line"]
        ) { $0.events = $0.events.replacingOccurrences(of: "title: Acme sues", with: "title: \"Acme sues") },
        Breakage(
            name: "a wrong type for a field", status: 65, line: "role: [plaintiff]", fact: nil,
            words: ["parties[0].role", "expected a single value", "found a list"]
        ) { $0.parties = $0.parties.replacingOccurrences(of: "role: plaintiff", with: "role: [plaintiff]") },
        Breakage(
            name: "a missing article", status: 66, line: "file: gone.txt", fact: "source 'news'",
            words: ["gone.txt", "no such file"]
        ) { $0.sources = $0.sources.replacingOccurrences(of: "file: article.txt", with: "file: gone.txt") },
        Breakage(
            name: "an empty article", status: 65, line: "file: empty.txt", fact: "source 'news'",
            words: ["empty.txt holds no text"]
        ) {
            $0.extraFiles["empty.txt"] = Data()
            $0.sources = $0.sources.replacingOccurrences(of: "file: article.txt", with: "file: empty.txt")
        },
        Breakage(
            name: "a binary article", status: 65, line: "file: photo.jpg", fact: "source 'news'",
            words: ["photo.jpg is binary, not text (a NUL byte at offset 4)"]
        ) {
            $0.extraFiles["photo.jpg"] = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00])
            $0.sources = $0.sources.replacingOccurrences(of: "file: article.txt", with: "file: photo.jpg")
        },
        Breakage(
            name: "an article that is not UTF-8", status: 65, line: "file: latin1.txt", fact: "source 'news'",
            words: ["latin1.txt is not valid UTF-8 text: byte 0xE9 at line 1, column 18", "iconv"]
        ) {
            $0.extraFiles["latin1.txt"] = Data("Acme opened a caf".utf8) + Data([0xE9]) + Data(" in Paris.".utf8)
            $0.sources = $0.sources.replacingOccurrences(of: "file: article.txt", with: "file: latin1.txt")
        },
        Breakage(
            name: "a directory given as an article", status: 66, line: "file: .", fact: "source 'news'",
            words: ["is a directory, not a file"]
        ) { $0.sources = $0.sources.replacingOccurrences(of: "file: article.txt", with: "file: .") },
        Breakage(
            name: "a quote not found", status: 65, line: "Widgit", fact: "party 'acme'",
            words: ["quote not found", "closest text in the source: “Acme sued Widget Co.”"]
        ) {
            $0.parties = $0.parties.replacingOccurrences(
                of: "quote: Acme sued Widget Co.", with: "quote: Acme sued Widgit Co.")
        },
        Breakage(
            name: "a quote found twice", status: 65, line: "quote: Widget", fact: "party 'acme'",
            words: ["found 3 times", "prefix"]
        ) { $0.parties = $0.parties.replacingOccurrences(of: "quote: Acme sued Widget Co.", with: "quote: Widget") },
        Breakage(
            name: "a quote across two sentences", status: 65, line: "patent. The judge", fact: "court 'court'",
            words: ["crosses a sentence boundary"]
        ) { $0.courts = $0.courts.replacingOccurrences(of: "quote: The judge", with: "quote: patent. The judge") },
        Breakage(
            name: "duplicate ids", status: 65, line: "# again", fact: "party 'acme'",
            words: ["duplicate id: already used by the party at line 18"]
        ) {
            $0.parties +=
                "\n  - id: acme  # again\n    name: Acme again\n    kind: organization\n    role: plaintiff\n"
                + "    citations:\n      - source: news\n        quote: Widget Co. in 2019"
        },
        Breakage(
            name: "an unknown party", status: 65, line: "parties: [nobody]", fact: "event 'suit'",
            words: ["unknown party 'nobody'"]
        ) {
            // The first event only: the second keeps its party.
            if let first = $0.events.range(of: "parties: [acme]") {
                $0.events.replaceSubrange(first, with: "parties: [nobody]")
            }
        },
        Breakage(
            name: "an unknown court", status: 65, line: "court: appeals", fact: "event 'ruling'",
            words: ["unknown court 'appeals'"]
        ) { $0.events = $0.events.replacingOccurrences(of: "court: court", with: "court: appeals") },
        Breakage(
            name: "an unknown source", status: 65, line: "source: gazette", fact: "court 'court'",
            words: ["unknown source 'gazette'"]
        ) { $0.courts = $0.courts.replacingOccurrences(of: "source: news", with: "source: gazette") },
        Breakage(
            name: "an unresolvable date", status: 65, line: "text: Acme sued", fact: "event 'suit'",
            words: ["no date expression in “Acme sued”"]
        ) { $0.events = $0.events.replacingOccurrences(of: "text: in 2019", with: "text: Acme sued") },
        Breakage(
            name: "a case with no events", status: 65, line: "events: []", fact: nil, words: ["the case has no events"]
        ) {
            $0.events = "events: []"
            $0.leftOut = ""
        },
    ]

    @Test(arguments: breakages)
    func isOneClearLine(_ breakage: Breakage) throws {
        var fixture = CaseFixture()
        breakage.breaking(&fixture)
        let path = try fixture.write()
        let run = try Courtline.run("list", "--case", path)
        #expect(run.status == breakage.status)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasSuffix("\n") && run.stderr.dropLast().split(separator: "\n").count == 1, "\(run.stderr)")
        let line = try #require(breakage.line.flatMap(fixture.line(of:)), "the fixture holds the broken line")
        var prefix = "\(path):\(line): "
        if let fact = breakage.fact { prefix += "\(fact): " }
        #expect(run.stderr.hasPrefix(prefix), "\(run.stderr)")
        for word in breakage.words {
            #expect(run.stderr.contains(word), "\(run.stderr)")
        }
    }

    @Test func aDirectoryGivenAsTheCaseFile() throws {
        let folder = try TemporaryFolder()
        let run = try Courtline.run("list", "--case", folder.path)
        #expect(run.status == 66)
        #expect(run.stderr == "\(folder.path): case file is a directory, not a file\n")
    }

    @Test func anUnreadableArticle() throws {
        let path = try CaseFixture().write()
        let article = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("article.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: article.path)
        let run = try Courtline.run(arguments: ["list", "--case", path], in: nil, launcher: Courtline.unprivileged)
        #expect(run.status == 66)
        let line = try #require(CaseFixture().line(of: "file: article.txt"))
        #expect(
            run.stderr
                == "\(path):\(line): source 'news': article \(article.path) cannot be read (check its permissions)\n")
    }
}

/// Input that is not broken, only big: it opens, and what it says is still found.
@Suite("Large input", .temporaryFiles)
struct LargeInputTests {
    @Test func aTenMegabyteArticleOpens() throws {
        let filler = String(repeating: "Widget said on Friday that it made more parts than ever. ", count: 180_000)
        let article = filler + "Acme sued Widget in 2019. " + filler
        #expect(article.utf8.count > 10_000_000)
        let path = try TemporaryFolder.oneEventCase(article: article, quote: "Acme sued Widget")
        let show = try Courtline.run("show", "suit", "--case", path)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("sentence 180001 of 360001"), "\(show.stdout.prefix(2_000))")
        #expect(show.stdout.contains("      «Acme sued Widget» in 2019.\n"))
    }

    @Test func aMegabyteLineOpens() throws {
        let article = "Acme sued Widget in 2019 " + String(repeating: "and more ", count: 120_000) + "at last."
        let path = try TemporaryFolder.oneEventCase(article: article, quote: "Acme sued Widget")
        let show = try Courtline.run("show", "suit", "--case", path)
        #expect(show.status == 0, "\(show.stderr)")
        // The sentence is the whole megabyte: the quote is shown with some of it, not all.
        #expect(show.stdout.contains("«Acme sued Widget» in 2019 and more and more"), "\(show.stdout.prefix(2_000))")
        #expect(show.stdout.hasSuffix("more and…\n"))
        #expect(show.stdout.utf8.count < 2_000)
    }
}
