import Foundation

/// Words searched for in an event's title, summary and cited quotes, ignoring case and accents.
///
/// Searching a hundred thousand events on each keystroke must not go through Foundation for
/// each field: text in ASCII (most of it) is compared byte by byte, folding case as it goes,
/// and only text with other characters is folded the general way.
struct SearchQuery {
    let text: String
    private let folded: String
    /// The query's bytes in lower case, when it is all ASCII.
    private let asciiLowercased: [UInt8]?

    init(_ text: String) {
        self.text = text
        folded = Self.fold(text)
        asciiLowercased = text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.map(Self.lowercased) : nil
    }

    func matches(_ event: Event) -> Bool {
        matches(event.title) || matches(event.summary) || event.citations.contains { matches($0.quoteSlice) }
    }

    func matches(_ field: String) -> Bool {
        matches(Substring(field))
    }

    func matches(_ field: Substring) -> Bool {
        if let asciiLowercased, let found = Self.asciiContains(field, asciiLowercased) { return found }
        return Self.fold(String(field)).contains(folded)
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// Whether the field holds the lower-cased ASCII needle, ignoring case; nil when the field
    /// has a letter or mark beyond ASCII, which needs the full fold to tell.
    private static func asciiContains(_ field: Substring, _ needle: [UInt8]) -> Bool? {
        var field = field
        return field.withUTF8 { bytes -> Bool? in
            guard let first = needle.first else { return true }
            let firstUpper = (0x61...0x7A).contains(first) ? first - 0x20 : first
            var start = 0
            while start < bytes.count {
                let byte = bytes[start]
                if byte >= 0x80 {
                    // Punctuation such as curly quotes folds to nothing in ASCII, so no match
                    // can hold it; a letter or mark might (é is e), and needs the full fold.
                    let width = UTF8.width(leadingByte: byte)
                    guard start + width <= bytes.count,
                        let scalar = String(
                            decoding: UnsafeBufferPointer(rebasing: bytes[start..<start + width]), as: UTF8.self
                        )
                        .unicodeScalars.first,
                        !scalar.properties.isAlphabetic, !Self.isMark(scalar)
                    else { return nil }
                    start += width
                    continue
                }
                if byte == first || byte == firstUpper, start + needle.count <= bytes.count {
                    var offset = 1
                    while offset < needle.count, lowercased(bytes[start + offset]) == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                start += 1
            }
            return false
        }
    }
}
