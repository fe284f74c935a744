import CourtlineTestSupport
import Foundation
import Testing

@Suite("courtline dates", .temporaryFiles)
struct DatesCommandTests {
    /// Hard-wrapped at 40 columns, as mail is.
    static let article =
        "A federal judge on Friday ruled that\nNSO Group broke the law. The suit was\nfiled in 2019. Two years "
        + "later an\nappeals court agreed, and a trial\nstarts next month.\n"

    @Test func listsEachExpressionAsJSONWithTheOffsetsSourcesGives() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("article.txt", Self.article)
        let run = try Courtline.run("dates", "--file", path, "--published", "2024-12-20", "--format", "json")
        #expect(run.status == 0, "\(run.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(items.map { $0["text"] as? String } == ["Friday", "2019", "Two years later", "next month"])
        #expect(items.map { $0["value"] as? String } == ["2024-12-20", "2019", "2021", "2025-01"])
        #expect(items.map { $0["type"] as? String } == ["DATE", "DATE", "DATE", "DATE"])
        let derivations = items.compactMap { $0["derivation"] as? [String: Any] }
        #expect(derivations.map { $0["basis"] as? String } == ["publication", "stated", "earlier-date", "publication"])
        #expect(derivations[2]["anchorText"] as? String == "2019")
        let scalars = Array(Self.article.unicodeScalars)
        for item in items {
            let start = try #require(item["start"] as? Int)
            let end = try #require(item["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == item["text"] as? String)
        }
        // The sentence crosses the wrapped line break, as `sources` gives it.
        let sources = try Courtline.run("sources", "--file", path)
        #expect(sources.stdout.contains("[0, 61)    A federal judge on Friday ruled that␊NSO Group broke the law."))
    }

    @Test func printsATableSayingHowEachValueWasWorkedOut() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("article.txt", Self.article)
        let run = try Courtline.run("dates", "--file", path, "--published", "2024-12-20")
        #expect(run.status == 0)
        #expect(run.lines.count == 4)
        #expect(run.lines[2].hasPrefix("[90, 105)   DATE  2021"))
        #expect(run.lines[2].contains("“2019” (2019)"))
    }

    @Test func refusesBadInputWithOneLineAndTheUsualStatus() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("article.txt", Self.article)
        let binary = try folder.write("binary.txt", Data([0x66, 0xFF, 0xFE, 0x0A]))
        let cases: [([String], Int32, String)] = [
            (["dates", "--file", path, "--published", "2024-13-01"], 64, "2024-13-01"),
            (["dates", "--file", path, "--published", "yesterday"], 64, "YYYY-MM-DD"),
            (["dates", "--file", path], 64, "--published"),
            (["dates", "--file", folder.path + "/missing.txt", "--published", "2024-12-20"], 66, "missing.txt"),
            (["dates", "--file", binary, "--published", "2024-12-20"], 65, "UTF-8"),
        ]
        for (arguments, status, named) in cases {
            let run = try Courtline.run(arguments: arguments, in: nil)
            #expect(run.status == status, "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains(named), "\(arguments): \(run.stderr)")
        }
    }
}
