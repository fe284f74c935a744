import CourtlineTestSupport
import Foundation
import Testing

/// `export --out`: a file is written whole or not at all, and an existing one is replaced only
/// with `--force`, and never lost.
@Suite("Export to a file", .temporaryFiles)
struct ExportFileTests {
    static func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    static func names(in folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func writesWhatStandardOutputWouldShow() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("case.json").path
        let run = try Courtline.run("export", "--out", out)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(try Self.contents(out) == (try Courtline.run("export").stdout))
        #expect(try Self.names(in: folder) == ["case.json"], "no temporary file is left behind")
    }

    @Test func refusesToReplaceAFileWithoutForce() throws {
        let folder = try TemporaryFolder()
        let out = try folder.write("case.json", "keep me")
        let run = try Courtline.run("export", "--out", out)
        #expect(run.status == 73)
        #expect(run.stderr == "courtline: \(out): already exists; give --force to replace it\n")
        #expect(try Self.contents(out) == "keep me")
        #expect(try Self.names(in: folder) == ["case.json"])
    }

    @Test func replacesAFileWithForceKeepingItsMode() throws {
        let folder = try TemporaryFolder()
        let out = try folder.write("case.json", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: out)
        let run = try Courtline.run("export", "--out", out, "--force")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.contents(out).hasPrefix("{"))
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try Self.names(in: folder) == ["case.json"])
    }

    @Test func aFailedWriteLeavesTheOldFileWhole() throws {
        let folder = try TemporaryFolder()
        let out = try folder.write("case.json", "keep me")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let run = try Courtline.run(
            arguments: ["export", "--out", out, "--force"], in: nil, launcher: Courtline.unprivileged)
        #expect(run.status == 73)
        #expect(run.stderr == "courtline: \(out): cannot be written (permission denied)\n")
        #expect(try Self.contents(out) == "keep me")
        #expect(try Self.names(in: folder) == ["case.json"])
    }

    @Test func aBrokenCaseWritesNothing() throws {
        let path = try TemporaryFolder.oneEventCase(article: "Acme sued Widget in 2019.", quote: "Acme sued Widgit")
        let folder = try TemporaryFolder()
        let out = try folder.write("case.json", "keep me")
        let run = try Courtline.run("export", "--case", path, "--out", out, "--force")
        #expect(run.status == 65)
        #expect(try Self.contents(out) == "keep me")
    }

    @Test func aMissingFolderOrADirectoryIsNamed() throws {
        let folder = try TemporaryFolder()
        let missing = try Courtline.run("export", "--out", folder.path + "/no/such/case.json")
        #expect(missing.status == 73)
        #expect(
            missing.stderr
                == "courtline: \(folder.path)/no/such/case.json: cannot be written (no such file or directory)\n")
        let directory = try Courtline.run("export", "--out", folder.path, "--force")
        #expect(directory.status == 73)
        #expect(
            directory.stderr
                == "courtline: \(folder.path): is a directory; only a regular file is written or replaced\n")
    }
}
