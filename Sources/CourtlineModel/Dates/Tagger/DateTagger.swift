/// A date expression found in a text, with its TIMEX3 type and value and how the value was
/// worked out.
public struct TimexMention: Sendable, Equatable {
    /// Unicode-scalar offsets into the text, end exclusive.
    public let range: Range<Int>
    public let text: String
    public let type: TimexType
    public let value: String
    public let derivation: TimexDerivation
    /// The rule that read it, named in the rule table.
    public let rule: String
    /// The meaning before it was placed, for the case file's dates.
    let meaning: TimexMeaning
}

/// How a value was worked out.
public struct TimexDerivation: Sendable, Hashable {
    public enum Basis: String, Sendable, Hashable {
        /// The words give the value whole ("March 1996", "three years").
        case stated
        /// Counted from the publication date ("Friday", "last year").
        case publication
        /// Counted from a date given earlier in the text ("two years later", "that month").
        case earlierDate = "earlier-date"
        /// Taken from a date given just after it: the end of the span it starts ("between May and
        /// July 2022").
        case laterDate = "later-date"
    }

    public let basis: Basis
    /// The value counted from: the publication date, or the earlier date's value.
    public let anchorValue: String?
    /// The earlier expression counted from, and where it stands.
    public let anchorText: String?
    public let anchorRange: Range<Int>?
    /// In words: "the Friday on or before publication (1998-08-07)".
    public let explanation: String
}

/// Finds every date expression in a text: the rules of `TimexRules` are tried at each token,
/// the longest match wins, and each match is then placed on the calendar from the publication
/// date or from the date the text last gave.
public struct DateTagger: Sendable {
    public init() {}

    public func mentions(in text: SourceText, published: CalendarDay) -> [TimexMention] {
        mentions(in: text, published: published, includingAges: false)
    }

    func mentions(in text: SourceText, published: CalendarDay, includingAges: Bool) -> [TimexMention] {
        let tokens = DateToken.tokens(of: text)
        let matcher = TimexMatcher(tokens: tokens)
        var resolver = TimexResolver(published: published, tokens: tokens)
        var mentions: [TimexMention] = []
        var index = 0
        while index < tokens.count {
            guard let found = longestMatch(at: index, matcher) else {
                index += 1
                continue
            }
            let start = extendedStart(found.start, tokens)
            let range = tokens[start].range.lowerBound..<tokens[found.end - 1].range.upperBound
            // News annotated in TimeML leaves ages out ("a 6-year-old"); the case file's dates read them.
            if found.meaning == .fraction || (found.meaning.isAge && !includingAges) {
                index = found.end
                continue
            }
            if let placed = resolver.place(
                found.meaning, tokens: found.start..<found.end, text: text[range], range: range)
            {
                mentions.append(
                    TimexMention(
                        range: range, text: text[range], type: found.meaning.type, value: placed.value,
                        derivation: placed.derivation, rule: found.rule, meaning: found.meaning))
            }
            index = found.end
        }
        return SpanStart.placed(mentions, in: text)
    }

    private func longestMatch(at index: Int, _ matcher: TimexMatcher) -> (
        start: Int, end: Int, meaning: TimexMeaning, rule: String
    )? {
        var best: (start: Int, end: Int, meaning: TimexMeaning, rule: String)?
        for rule in TimexRules.starting(with: matcher.tokens[index]) {
            guard let (end, captures) = matcher.match(ArraySlice(rule.pieces), at: index, captures: []),
                end > best?.end ?? index, !TimexRules.continuesAsOtherWord(matcher.tokens, end),
                index == 0 || !(rule.ruledOutAfter?(matcher.tokens[index - 1]) ?? false),
                end == matcher.tokens.count || !(rule.ruledOutBefore?(matcher.tokens[end]) ?? false),
                let meaning = rule.meaning(TimexCaptures(values: captures))
            else { continue }
            best = (index, end, meaning, rule.name)
        }
        return best
    }

    /// Takes in the modifiers before a match ("early", "the end of", "nearly"), which TIMEX3
    /// keeps in the expression's span without changing its value.
    private func extendedStart(_ start: Int, _ tokens: [DateToken]) -> Int {
        var start = start
        var extended = true
        while extended {
            extended = false
            for modifier in TimexRules.modifiers where start >= modifier.count {
                let before = tokens[(start - modifier.count)..<start]
                if zip(modifier, before).allSatisfy({ $0 == $1.text }), !tokens[start].followsLineBreak {
                    start -= modifier.count
                    extended = true
                    break
                }
            }
        }
        return start
    }
}
