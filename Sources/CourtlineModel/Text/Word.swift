/// A word of a passage with its place: whitespace-separated, its outer punctuation trimmed
/// (a leading currency sign is kept).
struct Word {
    let text: String
    let lower: String
    let range: Range<Int>
    /// The word is followed at once by a comma, semicolon, colon or full stop, or by a dash.
    var endsClause: Bool
    /// The mark after the word is a comma, which a name's parts share ("Waco, Texas").
    var commaAfter = false

    var isCapitalized: Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return (0x41...0x5A).contains(first) }
        return text.first?.isUppercase == true
    }

    var isPlainLowercase: Bool {
        guard !text.isEmpty else { return false }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.allSatisfy { (0x61...0x7A).contains($0) || $0 == 0x2D }
        }
        return text.allSatisfy { $0.isLowercase || $0 == "-" }
    }

    /// A case has a hundred thousand quotes to read words in: ASCII, most of their text, is
    /// told apart without asking Unicode, and a word's text is cut from the passage, not built.
    static func split(_ text: Substring) -> [Word] {
        var words: [Word] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        while index < scalars.endIndex {
            guard !isWhitespace(scalars[index]) else {
                scalars.formIndex(after: &index)
                offset += 1
                continue
            }
            // One run of non-space scalars: its kept part, then what trails it.
            var lower = index
            var lowerOffset = offset
            var keptEnd = index
            var keptEndOffset = offset
            var trailing: [Unicode.Scalar] = []
            var anyKept = false
            var loneDash = false
            while index < scalars.endIndex, !isWhitespace(scalars[index]) {
                let scalar = scalars[index]
                if !anyKept {
                    if keeps(scalar, leading: true) {
                        anyKept = true
                        lower = index
                        lowerOffset = offset
                    } else if scalar == "–" || scalar == "—" || scalar == "-" {
                        loneDash = true
                    }
                }
                scalars.formIndex(after: &index)
                offset += 1
                if anyKept, keeps(scalar, leading: false) {
                    keptEnd = index
                    keptEndOffset = offset
                    trailing.removeAll(keepingCapacity: true)
                } else if anyKept {
                    trailing.append(scalar)
                }
            }
            // A currency sign alone ("$") begins a word but is none.
            guard anyKept, keptEndOffset > lowerOffset else {
                // A dash standing alone ("Citizen Lab – which", "2025 -- In") ends the clause before it.
                if loneDash, !words.isEmpty { words[words.count - 1].endsClause = true }
                continue
            }
            // "U.S.", "Oct.", "Inc.": an abbreviation keeps its period, which ends no clause.
            if trailing.first == ".", Abbreviations.kind(of: scalars[lower..<keptEnd]) != nil {
                scalars.formIndex(after: &keptEnd)
                keptEndOffset += 1
                trailing.removeFirst()
            }
            let word = String(Substring(scalars[lower..<keptEnd]))
            words.append(
                Word(
                    text: word, lower: word.lowercased(), range: lowerOffset..<keptEndOffset,
                    endsClause: trailing.contains { $0 == "," || $0 == ";" || $0 == "." || $0 == ":" },
                    commaAfter: trailing.first == ","))
        }
        return words
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    private static func keeps(_ scalar: Unicode.Scalar, leading: Bool) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || (leading && scalar == "$")
        }
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
        return leading && (scalar == "€" || scalar == "£" || scalar == "§")
    }
}
