import Foundation

/// Text as a key compared and hashed by its UTF-8 bytes.
///
/// Quotes are found in articles byte for byte, so they must be told apart the same way: a
/// `String` key treats canonically equivalent spellings (é as one scalar or as e and an accent)
/// as one, and hashes text beyond ASCII only after normalizing it, which for a case's many
/// quotes with curly quotation marks costs more than finding them.
struct ExactText: Hashable, Sendable {
    let string: String

    init(_ string: String) {
        var string = string
        string.makeContiguousUTF8()
        self.string = string
    }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        lhs.withBytes { left in
            rhs.withBytes { right in
                left.count == right.count
                    && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
    }

    /// Hashes the length and at most the first 48 and last 16 bytes: a case's quotes are long,
    /// and rarely alike in all of those; those that are are told apart by `==`.
    func hash(into hasher: inout Hasher) {
        withBytes { bytes in
            hasher.combine(bytes.count)
            guard bytes.count > 64 else { return hasher.combine(bytes: UnsafeRawBufferPointer(bytes)) }
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<48])))
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[(bytes.count - 16)...])))
        }
    }

    var byteCount: Int { string.utf8.count }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // `init` made the storage contiguous, so this never copies.
        string.utf8.withContiguousStorageIfAvailable(body) ?? body(UnsafeBufferPointer(start: nil, count: 0))
    }
}
