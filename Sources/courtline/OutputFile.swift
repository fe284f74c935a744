import CourtlineModel
import Foundation

/// Writes a file whole or not at all: the bytes go to a temporary file beside it, which is
/// flushed to disk and then renamed over the name. A reader sees the old file or the new one,
/// never half of one, and a failure (a full disk, a missing folder, no permission) leaves any
/// file already there untouched.
enum OutputFile {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "courtline: \(path.oneLine): \(reason)" }
    }

    /// Writes `data` to `path`; replaces a file already there only when `replacing` is true.
    /// A symlink is followed, and the file it points to replaced: the link stays as it was.
    static func write(_ data: Data, to given: String, replacing: Bool) throws(Failure) {
        let path = try target(of: given)
        let exists = access(path, F_OK) == 0
        if exists && !replacing { throw Failure(path: given, reason: "already exists; give --force to replace it") }

        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array("\(folder)/.\(url.lastPathComponent).XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw Failure(path: path, reason: "cannot be written (\(Self.reason()))") }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        do throws(Failure) {
            defer { close(descriptor) }
            try Self.writeAll(data, to: descriptor, path: path)
            // mkstemp makes the file private; give it the mode the file had, or a new file's.
            fchmod(descriptor, Self.mode(replacing: path, orNew: 0o666))
            guard fsync(descriptor) == 0 else {
                throw Failure(path: path, reason: "cannot be saved (\(Self.reason()))")
            }
        } catch {
            unlink(temporary)
            throw error
        }
        // Without --force, link(2) refuses an existing name even if one appeared meanwhile.
        let placed = replacing ? rename(temporary, path) : link(temporary, path)
        let placeError = errno
        if !replacing || placed != 0 { unlink(temporary) }
        guard placed == 0 else {
            throw Failure(
                path: path,
                reason: placeError == EEXIST
                    ? "already exists; give --force to replace it" : "cannot be written (\(Self.reason(placeError)))")
        }
        Self.syncFolder(folder)
    }

    /// Where the bytes go: `path`, or the file a symlink at `path` points to, so long as that is
    /// a regular file or nothing yet. Anything else would be replaced by a regular file where
    /// a device (`/dev/null`), a FIFO or a socket stood, and is refused.
    private static func target(of path: String) throws(Failure) -> String {
        var status = stat()
        guard lstat(path, &status) == 0 else { return path }
        var target = path
        if status.st_mode & S_IFMT == S_IFLNK {
            guard let real = realpath(path, nil) else {
                throw Failure(path: path, reason: "is a symlink to nothing that exists; not written")
            }
            target = String(cString: real)
            free(real)
            guard stat(target, &status) == 0 else { return target }
        }
        guard let kind = TextFile.kind(ofOtherThanAFile: status.st_mode) else { return target }
        let through = target == path ? "" : " (through the symlink, \(target.oneLine))"
        throw Failure(path: path, reason: "is \(kind)\(through); only a regular file is written or replaced")
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(Failure) {
        let failed: Int32? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failed { throw Failure(path: path, reason: "cannot be written (\(Self.reason(failed)))") }
    }

    /// The mode of the file or folder being replaced, else what the umask allows a new one of
    /// mode `new` (0o666 for a file, 0o777 for a folder).
    static func mode(replacing path: String, orNew new: mode_t) -> mode_t {
        var status = stat()
        if stat(path, &status) == 0 { return status.st_mode & 0o7777 }
        let mask = umask(0)
        umask(mask)
        return new & ~mask
    }

    /// Makes the rename itself survive a crash.
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    static func reason(_ code: Int32 = errno) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
