/// A word of a passage with its place: whitespace-separated, its outer punctuation trimmed
/// (a leading currency sign is kept).
struct Word {
    let text: String
    let lower: String
    let range: Range<Int>
    /// The word is followed at once by a comma, semicolon, colon or full stop, or by a dash.
    var endsClause: Bool

    var isCapitalized: Bool { text.first?.isUppercase == true }

    var isPlainLowercase: Bool { !text.isEmpty && text.allSatisfy { $0.isLowercase || $0 == "-" } }

    static func split(_ text: some StringProtocol) -> [Word] {
        var words: [Word] = []
        var scalars: [Unicode.Scalar] = []
        var start = 0
        func finish(at end: Int) {
            defer { scalars.removeAll(keepingCapacity: true) }
            var lower = 0
            var upper = scalars.count
            while lower < upper, !keeps(scalars[lower], leading: true) { lower += 1 }
            while upper > lower, !keeps(scalars[upper - 1], leading: false) { upper -= 1 }
            guard lower < upper else {
                // A dash standing alone ("Citizen Lab – which") ends the clause before it.
                if scalars.contains(where: { "–—".unicodeScalars.contains($0) }), !words.isEmpty {
                    words[words.count - 1].endsClause = true
                }
                return
            }
            // "U.S.", "Oct.", "Inc.": an abbreviation keeps its period, which ends no clause.
            if upper < scalars.count, scalars[upper] == ".", Abbreviations.kind(of: scalars[lower..<upper]) != nil {
                upper += 1
            }
            let trailing = scalars[upper...]
            let text = String(String.UnicodeScalarView(scalars[lower..<upper]))
            words.append(
                Word(
                    text: text, lower: text.lowercased(), range: (start + lower)..<(start + upper),
                    endsClause: trailing.contains { ",;.:".unicodeScalars.contains($0) }))
        }
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                finish(at: offset)
                start = offset + 1
            } else {
                scalars.append(scalar)
            }
            offset += 1
        }
        finish(at: offset)
        return words
    }

    private static func keeps(_ scalar: Unicode.Scalar, leading: Bool) -> Bool {
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
        return leading && "$€£§".unicodeScalars.contains(scalar)
    }
}
