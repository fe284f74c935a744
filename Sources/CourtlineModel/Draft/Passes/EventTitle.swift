/// The title pass: what happened, in the sentence's own words, from the one who did it.
///
/// The clause around the action is taken from its subject ("A federal judge … ordered"), going
/// back over a relative pronoun to the name it stands for ("Judge Karen Solis, who dismissed" →
/// "Judge Karen Solis … dismissed"), past a dateline ("BOSTON, April 16 (Wire) -"), and without
/// the sentence's date phrases ("on Thursday", "In 2019,"), which the event's date gives. The
/// first letter is capitalized; the words are otherwise the article's, in its order.
enum EventTitle {
    /// At most this many words before the action and in all.
    static let wordsBefore = 10
    static let wordsInAll = 14

    static func title(around index: Int, in reading: SentenceReading, of text: Substring, dateline: Int) -> String {
        let words = reading.words
        if let phrase = timingPhrase(endingAt: index, in: reading) {
            // The date whose wording the phrase is stays; another one's goes.
            let others = datePhrases(in: reading, except: index)
            return written(runs(of: phrase.filter { !others.contains($0) }), in: words, of: text)
        }
        let dated = datePhrases(in: reading)
        // A comma between two names ("Oakland, California") ends no clause, nor does the one
        // closing a place set off after "in" ("A jury in Waco, Texas, on Thursday found"); a
        // colon does ("Roe v. Doe: The court ruled"), and so does a date's comma ("issued
        // Wednesday, California's 2nd District Court").
        let dateWords = Set(reading.dates.flatMap { Array($0.words) })
        func ends(after word: Int) -> Bool {
            guard words[word].endsClause else { return false }
            guard words[word].commaAfter, !dateWords.contains(word), words[word].isCapitalized else { return true }
            if word + 1 < words.count, words[word + 1].isCapitalized { return false }
            return
                !(word >= 2 && words[word - 1].commaAfter && words[word - 1].isCapitalized
                && words[word - 2].lower == "in")
        }
        var (kept, start) = subject(of: index, in: words, after: dateline, ends: ends)
        // "was convicted … in October 2023 and sentenced to life the following month", "filed a
        // charge that spring, and sued in federal court": the second of two joined verbs is
        // titled by their subject and its own words.
        var reach = wordsInAll
        var joined = index - 1
        while joined > dateline, dated.contains(joined) { joined -= 1 }
        if joined > dateline, words[joined].lower == "and",
            reading.actions.contains(where: { $0.word == index && $0.isVerb }),
            let first = reading.actions.last(where: {
                $0.isVerb && $0.word > dateline && $0.word < joined
                    && !words[$0.word..<joined].contains(where: { $0.lower == "and" })
            })
        {
            let (firstKept, firstStart) = subject(of: first.word, in: words, after: dateline, ends: ends)
            kept = firstKept + (firstStart..<first.word).filter { !dated.contains($0) }
            start = index
            reach = wordsInAll - kept.count
        }
        var end = index + 1
        while end < words.count, !ends(after: end - 1), end - start < reach { end += 1 }
        var clause = (start..<end).filter { !dated.contains($0) }
        while let first = clause.first, DraftLexicon.titleOmitsFirst.contains(words[first].lower), clause.count > 1 {
            clause.removeFirst()
        }
        guard !clause.isEmpty else { return SentenceReading.text(of: index..<index + 1, in: words, of: text) }
        // The subject taken from before the clause is a run of its own: the comma between stays out.
        let capitalized = written(runs(of: kept) + runs(of: clause), in: words, of: text)
        // The mark says the clause goes on, not that only its date phrase was left out.
        var rest = end
        while rest < words.count, dated.contains(rest), !ends(after: rest) { rest += 1 }
        let goesOn = rest < words.count && !ends(after: rest - 1) && !dated.contains(rest)
        return goesOn ? capitalized + " …" : capitalized
    }

    /// Where the clause of the verb at `index` starts, back to its subject, and the name set off
    /// before it that is its subject ("Judge Karen Solis, who dismissed", "Marisol Pena, 44, was
    /// fired"), if any.
    private static func subject(
        of index: Int, in words: [Word], after dateline: Int, ends: (Int) -> Bool
    ) -> (kept: [Int], start: Int) {
        var start = index
        while start > dateline, !ends(start - 1), index - start < wordsBefore { start -= 1 }
        // "of setting the fire that destroyed a duplex", "to pay a family whose house burned":
        // the noun the relative clause tells of, from its determiner.
        if let opener = (max(start, index - 3)..<index).last(where: {
            words[$0].lower == "that" || DraftLexicon.relativeClauseOpeners.contains(words[$0].lower)
        }),
            let determiner = [opener - 2, opener - 3].first(where: {
                $0 > dateline && $0 >= start && DraftLexicon.determiners.contains(words[$0].lower)
            }), !words[determiner..<index].contains(where: \.endsClause)
        {
            return ([], determiner)
        }
        var kept: [Int] = []
        if start > dateline, DraftLexicon.relativePronouns.contains(words[start].lower) {
            kept = antecedent(endingAt: start - 1, in: words, after: dateline)
            start += 1
        } else if start > dateline,
            start == index
                || start + 1 == index
                    && (words[start].lower.hasSuffix("ly") || DraftLexicon.beForms.contains(words[start].lower))
        {
            // "The motorcyclist, Evan Price, sued …", "Marisol Pena, 44, was fired": the verb's
            // subject is the name set off before it; "Judge T.S. Ellis, who had been critical of
            // the prosecutors, imposed": the name before the relative clause set off.
            let setOff = setOffRelativeClause(endingAt: start - 1, in: words, after: dateline)
            kept = antecedent(endingAt: (setOff ?? start) - 1, in: words, after: dateline)
        }
        return (kept, start)
    }

    /// Where a relative clause set off by commas that ends at `end` starts, at its pronoun
    /// (", who had been critical of the prosecutors,"), if it does.
    private static func setOffRelativeClause(endingAt end: Int, in words: [Word], after floor: Int) -> Int? {
        guard end > floor, words[end].endsClause,
            let pronoun = stride(from: end - 1, through: max(floor + 1, end - 2 * wordsBefore), by: -1).first(where: {
                words[$0].endsClause || DraftLexicon.relativePronouns.contains(words[$0].lower)
            }),
            !words[pronoun].endsClause, words[pronoun - 1].endsClause
        else { return nil }
        return pronoun
    }

    /// Runs of words as a title: on one line (a hard-wrapped article's line breaks are not the
    /// title's), without a trailing comma or colon, capitalized.
    private static func written(_ runs: [Range<Int>], in words: [Word], of text: Substring) -> String {
        let title = runs.map { SentenceReading.text(of: $0, in: words, of: text) }.joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let trimmed = title.last.map { ",;:".contains($0) } == true ? String(title.dropLast()) : title
        return trimmed.prefix(1).uppercased() + trimmed.dropFirst()
    }

    /// The words of the sentence's dates that say when, with their prepositions, which a title
    /// leaves out; but for the date whose words hold `index`, if given.
    private static func datePhrases(in reading: SentenceReading, except index: Int? = nil) -> Set<Int> {
        Set(
            reading.dates.filter { date in isAdverbial(date, in: reading) && !(index.map(date.words.contains) ?? false)
            }
            .flatMap { datePhrase($0.words, in: reading) })
    }

    /// "Roy sued three months after the ruling on March 3", "an appeal from the trial court's
    /// judgment of 2025-06-30": a noun that times another event, or that a date after "of" dates,
    /// is titled by its own phrase ("The ruling", "The trial court's judgment"), not by the
    /// clause around it.
    private static func timingPhrase(endingAt index: Int, in reading: SentenceReading) -> Range<Int>? {
        let words = reading.words
        guard let action = reading.actions.first(where: { $0.word == index }) else { return nil }
        // "a week after a state grand jury indicted him": a verb's clause runs on to its end.
        let reach = action.isVerb ? 6 : 4
        if let connective = (max(0, index - reach)..<index).last(where: {
            DraftLexicon.timeConnectives.contains(words[$0].lower)
        }),
            !words[connective..<index].contains(where: \.endsClause),
            !reading.actions.contains(where: { (connective + 1..<index).contains($0.word) }),
            // "until Jan. 23 to file": a date after the word makes it a deadline's, not a time's.
            !reading.dates.contains(where: { $0.words.lowerBound == connective + 1 })
        {
            guard action.isVerb else { return connective + 1..<index + 1 }
            var end = index + 1
            while end < words.count, !words[end - 1].endsClause, end - connective <= wordsInAll { end += 1 }
            return connective + 1..<end
        }
        guard !action.isVerb else { return nil }
        guard index + 2 < words.count, ["of", "from"].contains(words[index + 1].lower),
            reading.dates.contains(where: { $0.words.lowerBound == index + 2 }),
            let determiner = (max(0, index - 8)..<index).last(where: {
                DraftLexicon.determiners.contains(words[$0].lower)
            }),
            !words[determiner..<index].contains(where: \.endsClause)
        else { return nil }
        return determiner..<index + 1
    }

    /// Whether the date says when, and can go: not "today's decision" or "a 2019 crash", where
    /// it is part of the thing named, nor a deadline.
    private static func isAdverbial(_ date: DateMention, in reading: SentenceReading) -> Bool {
        let words = reading.words
        let last = words[date.words.upperBound - 1].lower
        if SentenceReading.isPossessive(last) { return false }
        // "have until Sept. 15 to file": a deadline's date is what the title says.
        let first = date.words.lowerBound
        if first > 0, DraftLexicon.deadlineWords.contains(words[first - 1].lower) { return false }
        // "set a trial date of Oct. 5": a date after "of" is its noun's, unless it goes on another
        // date ("in June of that year").
        if first > 0, words[first - 1].lower == "of" { return continuesADate(at: first - 1, in: reading) }
        return !date.modifiesANoun(in: words, headline: reading.isHeadline)
    }

    /// The date's words and the preposition that introduces them ("on Thursday", "in April 2021",
    /// the "of" of "June of that year").
    private static func datePhrase(_ range: Range<Int>, in reading: SentenceReading) -> Range<Int> {
        let before = range.lowerBound > 0 ? reading.words[range.lowerBound - 1].lower : ""
        let lower =
            DraftLexicon.datePrepositions.contains(before)
            || (before == "of" && continuesADate(at: range.lowerBound - 1, in: reading))
        return (lower ? range.lowerBound - 1 : range.lowerBound)..<range.upperBound
    }

    private static func continuesADate(at of: Int, in reading: SentenceReading) -> Bool {
        of > 0 && reading.dates.contains { $0.words.upperBound == of }
    }

    /// "U.S. District Judge Karen Solis in Seattle" before ", who dismissed": the capitalized
    /// words (and the "in" of a place) that end the clause before the pronoun.
    private static func antecedent(endingAt end: Int, in words: [Word], after floor: Int) -> [Int] {
        // "Marisol Pena, 44,": a name's age set off after it is not the name.
        var last = end
        if last > floor, words[last].endsClause, words[last].text.first?.isNumber == true,
            words[last].text.allSatisfy({ $0.isNumber || $0 == "," })
        {
            last -= 1
        }
        guard last >= floor else { return [] }
        // "The plaintiffs, who filed the suit": a common noun after its determiner.
        if !words[last].isCapitalized {
            let determiner = stride(from: last - 1, through: max(floor, last - 2), by: -1).first {
                DraftLexicon.determiners.contains(words[$0].lower)
            }
            guard let determiner, !words[determiner..<last].contains(where: \.endsClause) else { return [] }
            return Array(determiner...last)
        }
        var first = last
        while first - 1 >= floor, last - first < 8 {
            let previous = words[first - 1]
            // "in" joins a place ("Judge Solis in Seattle"), "of" a name ("the Court of Appeals").
            let joinsPlace =
                ["in", "of"].contains(previous.lower) && words[first].isCapitalized && first - 2 >= floor
                && words[first - 2].isCapitalized
            guard previous.isCapitalized || joinsPlace else { break }
            if previous.endsClause, !(previous.isCapitalized && words[first].isCapitalized) { break }
            first -= 1
        }
        while first < last, words[first].lower == "in" { first += 1 }
        if first - 1 >= floor, words[first - 1].lower == "the" { first -= 1 }
        return Array(first...last)
    }

    /// Consecutive word indices as ranges, so each run is cut from the text as written.
    private static func runs(of indices: [Int]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        for index in indices {
            if let last = runs.last, last.upperBound == index {
                runs[runs.count - 1] = last.lowerBound..<index + 1
            } else {
                runs.append(index..<index + 1)
            }
        }
        return runs
    }
}
