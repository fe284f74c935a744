import Foundation

/// Reads the UTF-8 text files a case is made of, telling apart the ways that can fail.
///
/// Text that is not UTF-8 is refused rather than repaired: a quote must match the article
/// exactly, and a byte silently replaced would change the evidence. The error says where the
/// first bad byte is, so the file can be converted.
public enum TextFile {
    public enum Failure: Error, Equatable {
        case missing
        case directory
        /// A device, a FIFO or a socket: never opened, since reading one could block for good
        /// (a FIFO with no writer) or never end (`/dev/zero`).
        case notAFile(kind: String)
        case unreadable
        /// A NUL byte: no text file holds one.
        case binary(offset: Int)
        /// The first byte that is not UTF-8, where an editor would show it (1-based).
        case notUTF8(byte: UInt8, line: Int, column: Int)

        public var isMissingInput: Bool {
            switch self {
            case .missing, .directory, .notAFile, .unreadable: true
            case .binary, .notUTF8: false
            }
        }

        public var message: String {
            switch self {
            case .missing: "no such file"
            case .directory: "is a directory, not a file"
            case .notAFile(let kind): "is \(kind), not a text file"
            case .unreadable: "cannot be read (check its permissions)"
            case .binary(let offset): "is binary, not text (a NUL byte at offset \(offset))"
            case .notUTF8(let byte, let line, let column):
                "is not valid UTF-8 text: byte 0x\(String(byte, radix: 16, uppercase: true)) at line \(line), "
                    + "column \(column) (if it is Windows-1252 or Latin-1: iconv -f cp1252 -t utf-8)"
            }
        }
    }

    public static func read(_ path: String) throws(Failure) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { throw errno == EACCES ? .unreadable : .missing }
        if status.st_mode & S_IFMT == S_IFDIR { throw .directory }
        if let kind = kind(ofOtherThanAFile: status.st_mode) { throw .notAFile(kind: kind) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable }
        return try decode(data)
    }

    /// What a file of `mode` is, in words, when it is not a regular file: "a FIFO (named pipe)".
    public static func kind(ofOtherThanAFile mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a directory"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    static func decode(_ data: Data) throws(Failure) -> String {
        let decoded: Result<String, Failure> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let nul = bytes.firstIndex(of: 0) { return .failure(.binary(offset: nul)) }
            if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
            return .failure(firstInvalidByte(in: Array(bytes)))
        }
        return try decoded.get()
    }

    private static func firstInvalidByte(in bytes: [UInt8]) -> Failure {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return .notUTF8(byte: bytes.last ?? 0, line: 1, column: 1)
            case .error:
                let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                let line = bytes[..<offset].count { $0 == 0x0A } + 1
                let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
                return .notUTF8(byte: bytes[offset], line: line, column: column)
            }
        }
    }
}
