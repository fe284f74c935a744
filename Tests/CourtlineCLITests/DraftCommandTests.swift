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

    /// A case file reads only the articles in its own folder, so a draft written elsewhere is
    /// refused unless its reader will allow them too.
    @Test func writesADraftThatVerifiesFromAnotherFolderOnlyWhenAllowed() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("draft.yaml").path
        let refused = try Courtline.run(
            ["draft"] + Self.articles + ["--published", "2024-12-20", "--case-id", "nso", "--out", out])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("is outside \(folder.url.standardizedFileURL.path), the case file's folder"))
        #expect(refused.stderr.contains("--allow-outside-sources"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let run = try Courtline.run(
            ["draft"] + Self.articles + [
                "--published", "2024-12-20", "--case-id", "nso", "--out", out, "--allow-outside-sources",
            ])
        #expect(run.status == 0, "\(run.stderr)")
        let plainVerify = try Courtline.run("verify", "--case", out)
        #expect(plainVerify.status == 65)
        #expect(plainVerify.stderr.contains("is outside the case file's folder, so it is not read"))
        let verify = try Courtline.run(
            "verify", "--allow-outside-sources", "--case", folder.url.appendingPathComponent("draft.yaml").path)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(
            verify.lines.first
                == "Case nso: Draft: Israel-based maker of Pegasus program loses five-year-old landmark case.")
        #expect(verify.stdout.contains("are drafts (`courtline draft` proposed them"))
        #expect(verify.stdout.hasSuffix("Sound.\n"))
        // The article files are named from the case file's folder.
        let caseFile = try String(contentsOfFile: folder.url.appendingPathComponent("draft.yaml").path, encoding: .utf8)
        #expect(caseFile.contains(#"file: "../"#))
        let list = try Courtline.run(
            "list", "--allow-outside-sources", "--case", folder.url.appendingPathComponent("draft.yaml").path)
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
        let quiet = try folder.write("quiet.txt", "Nothing happened here.\n")
        let nothing = try Courtline.run("draft", quiet, "--published", "2024-12-20")
        #expect(nothing.status == 65)
        #expect(nothing.stderr.hasPrefix("courtline: no event found: no sentence gives a date next to a legal action"))
        #expect(nothing.stdout.isEmpty)
        let out = try folder.write("draft.yaml", "keep me")
        let existing = try Courtline.run(
            ["draft"] + Self.articles + ["--published", "2024-12-20", "--out", out, "--allow-outside-sources"])
        #expect(existing.status == 73)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep me")
    }

    @Test func addsAnArticleToACaseFileInPlaceOnlyWhenTheResultVerifies() throws {
        let folder = try TemporaryFolder()
        let articles = Courtline.packageRoot.appendingPathComponent("Tests/CourtlineModelTests/DraftArticles")
        for name in ["jury-verdict.txt", "appeal-ruling.txt"] {
            try folder.write(name, try Data(contentsOf: articles.appendingPathComponent(name)))
        }
        let path = folder.url.appendingPathComponent("case.yaml").path
        let first = try Courtline.run(
            arguments: ["draft", "jury-verdict.txt", "--published", "2023-11-16", "--out", "case.yaml"], in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        let added = try Courtline.run(
            arguments: ["draft", "appeal-ruling.txt", "--published", "2024-06-04", "--add-to", "case.yaml"],
            in: folder.url)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.lines.first == "Added to case.yaml:")
        #expect(added.lines.contains("  event ruling-2023-11-14: 1 more citation"))
        #expect(added.lines.contains("  new court fed-cir: U.S. Court of Appeals for the Federal Circuit"))
        let verify = try Courtline.run("verify", "--case", path)
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.lines.contains("  ruling-2023-11-14: jury-verdict, appeal-ruling"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "appeal-ruling.txt", "case.yaml", "jury-verdict.txt",
            ])
        // Added again: refused, and the case file is as it was.
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let again = try Courtline.run(
            arguments: ["draft", "appeal-ruling.txt", "--published", "2024-06-04", "--add-to", "case.yaml"],
            in: folder.url)
        #expect(again.status == 65)
        #expect(again.stderr.contains("appeal-ruling.txt is already a source of the case"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
        let both = try Courtline.run(["draft", "x.txt", "--published", "2024-06-04", "--add-to", path, "--out", path])
        #expect(both.status == 64)
    }
}
