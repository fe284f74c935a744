import CourtlineTestSupport
import Foundation
import Testing

/// `courtline draft`: a case file from articles that `verify` accepts, wherever it is written.
@Suite("courtline draft", .temporaryFiles)
struct DraftCommandTests {
    static let seeds = Courtline.packageRoot.appendingPathComponent("seeds")
    static let articles = ["000_6aff62c01c763dfa.txt", "001_709da0dd731e1626.txt"].map {
        seeds.appendingPathComponent($0).path
    }

    @Test func writesADraftThatVerifiesFromAnotherFolder() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("draft.yaml").path
        let run = try Courtline.run(
            ["draft"] + Self.articles + ["--published", "2024-12-20", "--case-id", "nso", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        let verify = try Courtline.run("verify", "--case", folder.url.appendingPathComponent("draft.yaml").path)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(
            verify.lines.first
                == "Case nso: Draft: Israel-based maker of Pegasus program loses five-year-old landmark case.")
        #expect(verify.stdout.contains("are drafts (`courtline draft` proposed them"))
        #expect(verify.stdout.hasSuffix("Sound.\n"))
        // The article files are named from the case file's folder.
        let caseFile = try String(contentsOfFile: folder.url.appendingPathComponent("draft.yaml").path, encoding: .utf8)
        #expect(caseFile.contains(#"file: "../"#))
        let list = try Courtline.run("list", "--case", folder.url.appendingPathComponent("draft.yaml").path)
        #expect(
            list.lines.contains {
                $0.hasPrefix("2021 ") && $0.contains("9th Cir.") && $0.contains("Upholding that ruling")
            })
    }

    @Test func printsTheDraftNamingArticlesFromTheCurrentFolder() throws {
        let run = try Courtline.run(
            arguments: ["draft", "000_6aff62c01c763dfa.txt", "--published", "2024-12-20"], in: Self.seeds)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(#"file: "000_6aff62c01c763dfa.txt""#))
        #expect(run.stdout.contains("    draft: "))
    }

    @Test func refusesBadDatesMissingArticlesAndAnExistingFile() throws {
        let badDate = try Courtline.run(["draft"] + Self.articles + ["--published", "20 Dec 2024"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("--published '20 Dec 2024' is not a date written YYYY-MM-DD"))
        let tooFew = try Courtline.run(
            ["draft"] + Self.articles + [
                "--published", "2024-12-20", "--published", "2024-12-21", "--published", "2024-12-22",
            ])
        #expect(tooFew.status == 64)
        let missing = try Courtline.run("draft", "/nonexistent/article.txt", "--published", "2024-12-20")
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent/article.txt: no such file"))
        let folder = try TemporaryFolder()
        let out = try folder.write("draft.yaml", "keep me")
        let existing = try Courtline.run(["draft"] + Self.articles + ["--published", "2024-12-20", "--out", out])
        #expect(existing.status == 73)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep me")
    }
}
