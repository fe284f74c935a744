/// A word, a number or a mark of punctuation, as the date tagger sees the text.
///
/// Words are runs of letters and numbers runs of digits, so "third-quarter", "1990s" and
/// "10:35" are each several tokens, and a rule says whether they must touch (`gluedToPrevious`).
struct DateToken: Sendable {
    enum Kind: Sendable { case word, number, mark }

    /// Unicode-scalar offsets into the text.
    let range: Range<Int>
    /// Lower-cased, with ’ read as '.
    let text: String
    let kind: Kind
    /// No space between this token and the one before it.
    let gluedToPrevious: Bool
    /// Starts with a capital letter.
    let isCapitalized: Bool
    /// A line break that ends a sentence (see `LineBreaks`) lies between this token and the one
    /// before it: a hard-wrapped paragraph's breaks are spaces, so "filed on\nWednesday" reads
    /// as one clause, while a headline's or a dateline's break still parts it from what follows.
    let followsLineBreak: Bool

    var number: Int? { kind == .number && text.count <= 9 ? Int(text) : nil }

    /// Splits `text` into tokens. Whitespace separates tokens and is not kept.
    static func tokens(of text: SourceText) -> [DateToken] {
        // Worked out at the first line break only: most texts read here (a case file's date
        // wording) have none.
        var sentenceEnds: Set<Int>?
        var tokens: [DateToken] = []
        var offset = 0
        var current = String.UnicodeScalarView()
        var currentKind: Kind?
        var currentStart = 0
        var capitalized = false
        var glued = false
        var lineBreak = false
        var sawSpace = true
        var sawLineBreak = false

        func finish() {
            guard let kind = currentKind else { return }
            tokens.append(
                DateToken(
                    range: currentStart..<offset, text: String(current), kind: kind, gluedToPrevious: glued,
                    isCapitalized: capitalized, followsLineBreak: lineBreak))
            current = String.UnicodeScalarView()
            currentKind = nil
            sawSpace = false
            sawLineBreak = false
        }
        func start(_ kind: Kind, _ scalar: Unicode.Scalar) {
            currentKind = kind
            currentStart = offset
            capitalized = scalar.properties.isUppercase
            glued = !sawSpace && !tokens.isEmpty
            lineBreak = sawLineBreak
        }

        for scalar in text.string.unicodeScalars {
            let kind: Kind?
            if scalar.isASCII {
                switch scalar {
                case "0"..."9": kind = .number
                case "a"..."z", "A"..."Z": kind = .word
                case " ", "\t": kind = nil
                case "\n", "\r", "\u{0B}", "\u{0C}": kind = nil
                default: kind = .mark
                }
            } else if scalar.properties.isWhitespace {
                kind = nil
            } else if scalar.properties.isAlphabetic {
                kind = .word
            } else {
                kind = .mark
            }
            if kind != currentKind || kind == .mark { finish() }
            if let kind {
                if currentKind == nil { start(kind, scalar) }
                if kind == .word {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { current.append(lower) }
                } else {
                    current.append(scalar == "’" || scalar == "‘" ? "'" : scalar)
                }
            } else {
                sawSpace = true
                if Punctuation.isLineBreak(scalar) {
                    if sentenceEnds == nil { sentenceEnds = Set(LineBreaks.sentenceEnds(in: text.scalarArray())) }
                    if sentenceEnds?.contains(offset) == true { sawLineBreak = true }
                }
            }
            offset += 1
        }
        finish()
        return tokens
    }
}
