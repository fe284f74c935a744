import Foundation

/// The words and "quoted phrases" of a search, in order: each must be found, a phrase as
/// written (its words together, in order). The UI highlights the same terms it filters by.
public enum SearchTerms {
    public static func parse(_ query: String) -> [String] {
        var terms: [String] = []
        var rest = query[...]
        while true {
            rest = rest.drop(while: \.isWhitespace)
            guard let first = rest.first else { return terms }
            if first == "\"" || first == "“" {
                // A phrase runs to its closing quote, or to the end while it is being typed.
                let body = rest.dropFirst()
                let end = body.firstIndex { $0 == "\"" || $0 == "”" } ?? body.endIndex
                if !body[..<end].isEmpty { terms.append(String(body[..<end])) }
                rest = end < body.endIndex ? body[body.index(after: end)...] : body[body.endIndex...]
            } else {
                let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
                terms.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
    }
}

/// A search of the events: every term must be found in the event's title, summary, cited
/// sentences (whole, not only the quoted words) or its parties' names, roles and sides, each term in
/// any of them, ignoring case and accents.
///
/// Searching a hundred thousand events on each keystroke must not go through Foundation for
/// each field: text in ASCII (most of it) is compared byte by byte, folding case as it goes,
/// and only text with other characters is folded the general way.
struct SearchQuery {
    let text: String
    private let terms: [Term]

    init(_ text: String) {
        self.text = text
        terms = SearchTerms.parse(text).map(Term.init)
    }

    func matches(_ event: Event, in model: Case) -> Bool {
        terms.allSatisfy { term in
            term.matches(event.title[...]) || term.matches(event.summary[...])
                || event.citations.contains { citation in
                    guard let source = model.source(citation.sourceID), let sentence = model.sentence(of: citation)
                    else { return term.matches(citation.quoteSlice) }
                    return term.matches(source.text.slice(sentence.range))
                }
                || event.partyIDs.contains { id in
                    model.party(id).map {
                        term.matches($0.name[...]) || term.matches($0.role[...])
                            || $0.side.map { term.matches($0[...]) } == true
                    } ?? false
                }
        }
    }

    /// Whether one field holds every term.
    func matches(_ field: String) -> Bool {
        terms.allSatisfy { $0.matches(field[...]) }
    }

    /// A word or phrase, folded once for every field it is compared with.
    private struct Term {
        private let folded: String
        /// The term's bytes in lower case, when it is all ASCII.
        private let asciiLowercased: [UInt8]?

        init(_ text: String) {
            folded = SearchQuery.fold(text)
            asciiLowercased = text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.map(SearchQuery.lowercased) : nil
        }

        func matches(_ field: Substring) -> Bool {
            if let asciiLowercased, let found = SearchQuery.asciiContains(field, asciiLowercased) { return found }
            return SearchQuery.fold(String(field)).contains(folded)
        }
    }

    fileprivate static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    fileprivate static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// Whether the field holds the lower-cased ASCII needle, ignoring case; nil when the field
    /// has a letter or mark beyond ASCII, which needs the full fold to tell.
    fileprivate static func asciiContains(_ field: Substring, _ needle: [UInt8]) -> Bool? {
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
