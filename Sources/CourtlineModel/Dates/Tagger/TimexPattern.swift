/// One step of a date rule's pattern, matched against tokens.
indirect enum TimexPiece: Sendable {
    /// Any one of these lower-cased words.
    case word(Set<String>)
    /// Any one of these lower-cased words, which the rule's meaning reads.
    case choice(Set<String>)
    /// This mark of punctuation.
    case mark(String)
    /// A value from a lexicon, which the rule's meaning reads.
    case capture(TimexLexicon)
    /// The piece, touching the token before it: the "s" of "1990s", the "-" of "third-quarter".
    case glued(TimexPiece)
    /// The pieces in turn, or none of them.
    case optional([TimexPiece])
    /// The first of these sequences that matches.
    case either([[TimexPiece]])
}

/// What a captured piece held.
enum TimexCapture: Sendable, Equatable {
    case number(Int)
    case unit(TimexUnit)
    case word(String)
}

/// The captures of one match, read by position.
struct TimexCaptures: Sendable {
    let values: [TimexCapture]

    func number(_ index: Int) -> Int {
        if case .number(let value) = values[index] { return value }
        return 0
    }

    func unit(_ index: Int) -> TimexUnit {
        if case .unit(let unit) = values[index] { return unit }
        return .day
    }

    func word(_ index: Int) -> String {
        if case .word(let word) = values[index] { return word }
        return ""
    }

    var count: Int { values.count }
}

/// Matches pieces against tokens, trying each optional part both with and without it, so a
/// rule never fails because an optional part took a token the next piece needed.
struct TimexMatcher {
    let tokens: [DateToken]

    /// Where a match of `pieces` starting at token `start` ends (exclusive), with its captures.
    func match(_ pieces: ArraySlice<TimexPiece>, at start: Int, captures: [TimexCapture]) -> (
        end: Int, captures: [TimexCapture]
    )? {
        guard let piece = pieces.first else { return (start, captures) }
        let rest = pieces.dropFirst()
        switch piece {
        case .optional(let inner):
            if let found = match(ArraySlice(inner + rest), at: start, captures: captures) { return found }
            return match(rest, at: start, captures: captures)
        case .either(let choices):
            for choice in choices {
                if let found = match(ArraySlice(choice + rest), at: start, captures: captures) { return found }
            }
            return nil
        default:
            guard let (end, captured) = matchOne(piece, at: start) else { return nil }
            return match(rest, at: end, captures: captured.map { captures + [$0] } ?? captures)
        }
    }

    private func matchOne(_ piece: TimexPiece, at index: Int) -> (Int, TimexCapture?)? {
        guard index < tokens.count else { return nil }
        switch piece {
        case .word(let words):
            return tokens[index].kind == .word && words.contains(tokens[index].text) ? (index + 1, nil) : nil
        case .choice(let words):
            return tokens[index].kind == .word && words.contains(tokens[index].text)
                ? (index + 1, .word(tokens[index].text)) : nil
        case .mark(let mark):
            return tokens[index].kind == .mark && tokens[index].text == mark ? (index + 1, nil) : nil
        case .capture(let lexicon):
            return lexicon.match(tokens, at: index)
        case .glued(let inner):
            guard index > 0, tokens[index].gluedToPrevious else { return nil }
            return matchOne(inner, at: index)
        case .optional, .either:
            // Handled by `match`, which can try the rest of the pattern after them.
            guard let found = match([piece], at: index, captures: []) else { return nil }
            return (found.end, found.captures.first)
        }
    }
}
