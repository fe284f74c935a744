/// A date expression as the sentence writes it: "Friday", "Last year", "Oct. 22, 2023",
/// "six months earlier".
struct DateMention {
    let words: Range<Int>
    let text: String
    let expression: DateExpression
    /// Still to come at publication, as the date engine reads the words' tense ("is scheduled
    /// to begin on June 2"): a day, month or weekday without its year counts forward.
    let ahead: Bool
    /// Where the date expression stands in the article (Unicode-scalar offsets).
    let span: Range<Int>
    /// For "the next year", "that month": where the earlier date it counts from stands in the
    /// article, as the date engine found it.
    let earlier: Range<Int>?
    /// "three weeks ago" counts from the day of writing, never from an event the text names.
    let countsFromPublication: Bool

    /// Counts from another event rather than from the publication ("six months earlier", "the
    /// following year").
    var countsFromAnEvent: Bool {
        if case .shift = expression { return !countsFromPublication }
        return earlier != nil
    }

    /// The sentence's date expressions, of those `DateTagger` found in the whole article
    /// (`tagged`, offsets in the article; the sentence starts at `offset`), each as the words it
    /// covers. An age ("five-year-old case") dates nothing on its own, so it is left out.
    static func find(
        in words: [Word], of text: Substring, tagged: [TimexMention], offset: Int, published: CalendarDay
    ) -> [DateMention] {
        tagged.compactMap { mention in
            let range = (mention.range.lowerBound - offset)..<(mention.range.upperBound - offset)
            guard let (expression, counted) = DateExpression.reading(mention, in: text, at: range),
                let first = words.firstIndex(where: { $0.range.upperBound > range.lowerBound }),
                var last = words.lastIndex(where: { $0.range.lowerBound < range.upperBound }), first <= last
            else { return nil }
            // "three months after the trial": the wording runs on to the event it counts from, to
            // the clause's end or eight words, and stops before another date ("three months after
            // the ruling in 2024"), which is a mention of its own.
            if counted {
                let limit = min(words.count - 1, last + 8)
                let nextDate = tagged.lazy.map(\.range.lowerBound).filter { $0 >= mention.range.upperBound }.min()
                    .map { $0 - offset }
                while last < limit, !words[last].endsClause,
                    nextDate.map({ words[last + 1].range.lowerBound < $0 }) ?? true
                {
                    last += 1
                }
                // "… after the ruling on March 3": the preposition belongs to the next date.
                while last > first, DraftLexicon.datePrepositions.contains(words[last].lower) { last -= 1 }
            }
            // "a little over three years after she was fired", "nearly two months later": a
            // hedged count gives no day or month to draft, only its neighbourhood.
            if case .shift = expression,
                DraftLexicon.hedges.contains(words[first].lower)
                    || (first > 0 && DraftLexicon.hedges.contains(words[first - 1].lower))
            {
                return nil
            }
            let wording = SentenceReading.text(of: first..<last + 1, in: words, of: text)
            // The case file reads the wording again on its own: a date glued inside a longer word
            // ("filing-2024-12-17-2024-12-20") would read back as another date, and the draft would
            // not verify.
            guard DateExpression.parse(wording) == expression else { return nil }
            var ahead =
                expression.countsFromItsAnchorWithoutAYear && mention.value.first?.isNumber == true
                && Self.begins(mention.value, after: published)
            var earlier: Range<Int>?
            switch mention.meaning {
            case .anaphor where mention.derivation.basis == .earlierDate:
                earlier = mention.derivation.anchorRange
            case .seasonOfReference(_, let direction) where mention.derivation.basis == .earlierDate:
                // "The following spring" after "August 2020" is the spring after the anchor; "that
                // fall" after "March 2023" is the fall of its year.
                earlier = mention.derivation.anchorRange
                ahead = direction > 0 || (direction == 0 && mention.value >= (mention.derivation.anchorValue ?? ""))
            case .monthOfReference where mention.derivation.basis == .earlierDate:
                // "That June" after "January 2024" is the June after the anchor's start.
                earlier = mention.derivation.anchorRange
                ahead =
                    mention.derivation.anchorValue.map { anchor in
                        !Self.begins(anchor, after: CalendarDay(iso: mention.value + "-01") ?? published)
                    } ?? false
            default: break
            }
            var fromPublication = false
            if case .shift(_, _, let fromEarlierDate) = mention.meaning {
                fromPublication = !fromEarlierDate && mention.derivation.basis == .publication
            }
            return DateMention(
                words: first..<last + 1, text: wording, expression: expression, ahead: ahead, span: mention.range,
                earlier: earlier, countsFromPublication: fromPublication)
        }
    }

    /// Whether a TIMEX3 value starts after `day`: "2026-FA" is September 2026 on, and sorts as
    /// text only among digits.
    static func begins(_ value: String, after day: CalendarDay) -> Bool {
        let codes = ["SP": 1, "SU": 2, "FA": 3, "WI": 4]
        if value.count == 7, let year = Int(value.prefix(4)), let season = codes[String(value.suffix(2))] {
            return DateExpression.days(ofSeason: season, in: year).first > day
        }
        // "2019-03-07TAF", Thursday afternoon: a time of day begins on its day.
        return value.prefix(10) > day.iso
    }

    /// "a 2019 crash", "Brightline Health's 2024 acquisition", "an August ruling": a year or a
    /// month after a determiner or a possessive names when the noun after it was, not when the
    /// sentence's action happened.
    /// A headline drops the determiner: "man jailed for 2019 warehouse fire", a year right
    /// before a word in lower case that is no preposition or joiner.
    func modifiesANoun(in words: [Word], headline: Bool = false) -> Bool {
        switch expression {
        case .year, .month(_, year: nil): break
        default: return false
        }
        guard self.words.lowerBound > 0 else { return false }
        let before = words[self.words.lowerBound - 1].lower
        if DraftLexicon.determiners.contains(before) || SentenceReading.isPossessive(before) { return true }
        guard headline, case .year = expression, self.words.upperBound < words.count,
            !words[self.words.upperBound - 1].endsClause
        else { return false }
        let next = words[self.words.upperBound]
        return next.isPlainLowercase && !DraftLexicon.datePrepositions.contains(next.lower)
            && !DraftLexicon.leadingJoiners.contains(next.lower) && !DraftLexicon.timeConnectives.contains(next.lower)
    }
}
