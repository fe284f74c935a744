import CourtlineModel
import Foundation

/// Writes a set of files as one folder, whole or not at all: they are written into a new
/// folder beside the target, and that folder is swapped in for the target at the end. A full
/// disk or a kill part way leaves the target as it was (a generated case's articles never
/// stand beside another case's case file), and nothing half-written inside it.
enum OutputFolder {
    /// Writes `files` as the folder `path`. The folder may be missing or empty; one that
    /// already holds files is replaced only when `replacing` is true and it holds nothing but
    /// what `belongs` accepts, so no file of anyone else's is swept away with it.
    static func write(
        _ files: [(name: String, data: Data)], to path: String, replacing: Bool, belongs: (String) -> Bool
    ) throws(OutputFile.Failure) {
        let existing = try contents(of: path)
        if let existing, !existing.isEmpty {
            if let stranger = existing.first(where: { !belongs($0) }) {
                throw OutputFile.Failure(
                    path: path,
                    reason: "holds files of its own (such as \(stranger.oneLine)); give a new or empty folder, "
                        + "or one holding an earlier generated case")
            }
            guard replacing else {
                throw OutputFile.Failure(path: path, reason: "already holds a case; give --force to replace it")
            }
        }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        var template = Array("\(parent)/.\(url.lastPathComponent).courtline-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else {
            throw OutputFile.Failure(path: path, reason: "cannot be written (\(OutputFile.reason()))")
        }
        let staging = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        do throws(OutputFile.Failure) {
            chmod(staging, OutputFile.mode(replacing: path, orNew: 0o777))
            for file in files {
                try OutputFile.write(file.data, to: "\(staging)/\(file.name)", replacing: false)
            }
            try swap(staging, into: path, exists: existing != nil)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        // After an exchange the staging name holds the earlier case.
        try? FileManager.default.removeItem(atPath: staging)
        OutputFile.syncFolder(parent)
    }

    /// The names in the folder, nil if there is none; a file that is not a folder is refused.
    private static func contents(of path: String) throws(OutputFile.Failure) -> [String]? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw OutputFile.Failure(path: path, reason: "is not a folder")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw OutputFile.Failure(path: path, reason: "cannot be read (\(OutputFile.reason()))")
        }
        return names
    }

    /// Puts `staging` where `path` is. A missing or empty folder is replaced by rename(2); one
    /// with files is exchanged with it in one step (renameat2's RENAME_EXCHANGE), or, where the
    /// file system cannot, moved aside first.
    private static func swap(_ staging: String, into path: String, exists: Bool) throws(OutputFile.Failure) {
        if rename(staging, path) == 0 { return }
        guard exists, errno == ENOTEMPTY || errno == EEXIST else {
            throw OutputFile.Failure(path: path, reason: "cannot be written (\(OutputFile.reason()))")
        }
        if let exchange = renameExchange, exchange(AT_FDCWD, staging, AT_FDCWD, path, 2) == 0 { return }
        let aside = staging + ".old"
        guard rename(path, aside) == 0 else {
            throw OutputFile.Failure(path: path, reason: "cannot be replaced (\(OutputFile.reason()))")
        }
        guard rename(staging, path) == 0 else {
            let failure = OutputFile.reason()
            rename(aside, path)
            throw OutputFile.Failure(path: path, reason: "cannot be replaced (\(failure))")
        }
        rename(aside, staging)
    }

    /// glibc's renameat2, looked up at run time: Swift's Glibc module does not declare it.
    private static let renameExchange:
        (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32)? = {
            guard let symbol = dlsym(nil, "renameat2") else { return nil }
            return unsafeBitCast(
                symbol,
                to: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32).self)
        }()
}
