import CourtlineTestSupport
import Foundation
import Testing

@Suite("Generating a synthetic case", .temporaryFiles)
struct GenerateCommandTests {
    static func generate(_ seed: Int, into folder: TemporaryFolder, force: Bool = false) throws -> Courtline.Run {
        try Courtline.run(
            arguments: ["generate", "--sources", "4", "--events", "120", "--seed", "\(seed)", "--out", folder.path]
                + (force ? ["--force"] : []), in: nil)
    }

    static func files(in folder: TemporaryFolder) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.url.appendingPathComponent(name))
        }
        return files
    }

    @Test func writesACaseThatVerifiesAndPrintsItsPath() throws {
        let folder = try TemporaryFolder()
        let run = try Self.generate(1, into: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let caseFile = folder.url.appendingPathComponent("case.yaml").path
        #expect(run.stdout == caseFile + "\n")
        #expect(try Self.files(in: folder).keys.sorted() == (1...4).map { "article-000\($0).txt" } + ["case.yaml"])
        let verify = try Courtline.run("verify", "--case", caseFile)
        #expect(verify.status == 0, "\(verify.stderr)\(verify.stdout.suffix(2_000))")
        #expect(verify.stdout.hasSuffix("Sound.\n"))
        #expect(try Courtline.run("list", "--case", caseFile).lines.count == 120)
    }

    @Test func theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws {
        let first = try TemporaryFolder()
        let second = try TemporaryFolder()
        let third = try TemporaryFolder()
        #expect(try Self.generate(7, into: first).status == 0)
        #expect(try Self.generate(7, into: second).status == 0)
        #expect(try Self.generate(8, into: third).status == 0)
        #expect(try Self.files(in: first) == Self.files(in: second))
        #expect(try Self.files(in: first) != Self.files(in: third))
    }

    /// A long case is read in batches and anchored in runs of events on several cores: its
    /// problems must still come in the case file's order, each with its own line.
    @Test func aLongCasesProblemsComeInTheCaseFilesOrderWithTheirLines() throws {
        let folder = try TemporaryFolder()
        let made = try Courtline.run(
            arguments: ["generate", "--sources", "20", "--events", "9000", "--out", folder.path], in: nil)
        #expect(made.status == 0, "\(made.stderr)")
        let caseFile = folder.url.appendingPathComponent("case.yaml")
        var lines = try String(contentsOf: caseFile, encoding: .utf8).components(separatedBy: "\n")
        var broken: [Int] = []
        for (index, line) in lines.enumerated()
        where line.hasPrefix("  - {id: e7,") || line.hasPrefix("  - {id: e8200,") {
            lines[index] = line.replacing("quote: \"", with: "quote: \"Not in the article: ", maxReplacements: 1)
            broken.append(index + 1)
        }
        #expect(broken.count == 2)
        try lines.joined(separator: "\n").write(to: caseFile, atomically: true, encoding: .utf8)
        let verify = try Courtline.run("verify", "--case", caseFile.path)
        #expect(verify.status == 65)
        let quoteProblems = verify.stderr.components(separatedBy: "\n").filter { $0.contains("quote not found") }
        #expect(
            quoteProblems.map { $0.prefix { $0 != "“" } } == [
                "\(caseFile.path):\(broken[0]): event 'e7': in source 's7': ",
                "\(caseFile.path):\(broken[1]): event 'e8200': in source 's20': ",
            ])
    }

    @Test func replacesAnEarlierCaseOnlyWithForce() throws {
        let folder = try TemporaryFolder()
        #expect(try Self.generate(1, into: folder).status == 0)
        let again = try Self.generate(2, into: folder)
        #expect(again.status == 73)
        #expect(again.stderr.contains("already holds a case; give --force to replace it"))
        #expect(try Self.generate(2, into: folder, force: true).status == 0)
    }

    /// The set is written beside the folder and swapped in whole: a run stopped part way (here
    /// by a file-size limit that the articles fit but the case file does not, as a full disk
    /// would stop it) leaves the earlier case exactly as it was, verifying, with no
    /// half-written file inside.
    @Test func aRunKilledPartWayLeavesTheEarlierCaseWhole() throws {
        let folder = try TemporaryFolder()
        #expect(try Self.generate(1, into: folder).status == 0)
        let before = try Self.files(in: folder)
        let killed = try Courtline.run(
            arguments: [
                "generate", "--sources", "4", "--events", "2000", "--seed", "2", "--out", folder.path, "--force",
            ],
            in: nil, launcher: ["/usr/bin/prlimit", "--fsize=200000"])
        #expect(killed.status != 0)
        #expect(try Self.files(in: folder) == before)
        let verify = try Courtline.run("verify", "--case", folder.url.appendingPathComponent("case.yaml").path)
        #expect(verify.status == 0, "\(verify.stderr)")
    }

    /// A folder holding files of its own is not swept away, even with --force.
    @Test func leavesAFolderWithOtherFilesAlone() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes.txt", "mine")
        let run = try Self.generate(1, into: folder, force: true)
        #expect(run.status == 73)
        #expect(run.stderr.contains("holds files of its own (such as notes.txt)"))
        #expect(try Self.files(in: folder) == ["notes.txt": Data("mine".utf8)])
    }
}
