/// A date expression as the sentence writes it: "Friday", "Last year", "Oct. 22, 2023",
/// "six months earlier".
struct DateMention {
    let words: Range<Int>
    let text: String
    let expression: DateExpression
    /// Still to come at publication, as the date engine reads the words' tense ("is scheduled
    /// to begin on June 2"): a day, month or weekday without its year counts forward.
    let ahead: Bool

    /// Counts from another event rather than from the publication ("six months earlier").
    var countsFromAnEvent: Bool {
        if case .shift = expression { return true }
        return false
    }

    /// The sentence's date expressions, as `DateTagger` reads them, each as the words it covers.
    /// An age ("five-year-old case") dates nothing on its own, so it is left out.
    static func find(in words: [Word], of text: Substring, published: CalendarDay) -> [DateMention] {
        let tagged = DateTagger().mentions(in: SourceText(String(text)), published: published)
        return tagged.compactMap { mention in
            guard let (expression, counted) = DateExpression.reading(mention, in: text),
                let first = words.firstIndex(where: { $0.range.upperBound > mention.range.lowerBound }),
                var last = words.lastIndex(where: { $0.range.lowerBound < mention.range.upperBound }), first <= last
            else { return nil }
            // "three months after the trial": the wording runs on to the event it counts from, to
            // the clause's end or six words.
            if counted {
                let limit = min(words.count - 1, last + 6)
                while last < limit, !words[last].endsClause { last += 1 }
            }
            let range = first..<last + 1
            let wording = SentenceReading.text(of: range, in: words, of: text)
            // The case file reads the wording again on its own: a date glued inside a longer word
            // ("filing-2024-12-17-2024-12-20") would read back as another date, and the draft would
            // not verify.
            guard DateExpression.parse(wording) == expression else { return nil }
            return DateMention(
                words: range, text: wording, expression: expression,
                ahead: expression.countsFromItsAnchorWithoutAYear && mention.value.first?.isNumber == true
                    && mention.value > published.iso)
        }
    }

    /// "a 2019 crash", "Brightline Health's 2024 acquisition": a year after a determiner or a
    /// possessive names when the noun after it was, not when the sentence's action happened.
    func modifiesANoun(in words: [Word]) -> Bool {
        guard case .year = expression, self.words.lowerBound > 0 else { return false }
        let before = words[self.words.lowerBound - 1].lower
        return DraftLexicon.determiners.contains(before) || before.hasSuffix("'s") || before.hasSuffix("’s")
    }
}
