/// Which legal action a date expression dates. The nearest action before the date is taken
/// ("dropped a similar case in September"), else the nearest after ("Last year, the Supreme Court
/// rejected"); then each refinement below, in order, may move it to the word that reports what
/// happened, each for a way the nearest word misleads.
extension SentenceReading {
    /// "fees charged to customers between 2018 and 2024", "if you bought one between 2019 and
    /// 2023": the two ends of a period say how long something went on, not when an action was
    /// taken, so neither dates an event of its own.
    func isAnEndOfAPeriod(_ date: DateMention) -> Bool {
        let start = date.words.lowerBound
        guard start > 0 else { return false }
        let before = words[start - 1].lower
        // The first end: "between" marks it alone; "from" only with a joiner and a second end after.
        if before == "between" { return true }
        let end = date.words.upperBound
        if let joiners = DraftLexicon.spanJoiners[before], end < words.count, joiners.contains(words[end].lower),
            dates.contains(where: { $0.words.lowerBound == end + 1 })
        {
            return true
        }
        // The second end: after the joiner its opener takes.
        return dates.contains { first in
            first.words.upperBound == start - 1 && first.words.lowerBound > 0
                && DraftLexicon.spanJoiners[words[first.words.lowerBound - 1].lower]?.contains(before) == true
        }
    }

    func action(for date: DateMention) -> Action? {
        // "fired in January 2022, three weeks after she filed a complaint": the action a later
        // count's wording names is the event that count counts from. (An earlier count's named
        // event is what a date after it dates: "three months after the ruling on March 3".)
        let actions = actions.filter { action in
            !dates.contains { $0.words.lowerBound >= date.words.upperBound && $0.words.contains(action.word) }
        }
        let start = date.words.lowerBound
        // "prosecutors said on Monday", "he said Tuesday": the day the words were said.
        if let said = actions.last(where: { $0.word < start && $0.kind == .statement && $0.isVerb }),
            start - said.word == 1 || (start - said.word == 2 && words[start - 1].lower == "on")
        {
            // "The state has agreed to settle the suit, the governor announced Wednesday": what
            // is announced is made known that day, and it is the news, unless the sentence dates
            // it otherwise ("A court on Monday barred …, the agency announced today").
            if DraftLexicon.announcingVerbs.contains(words[said.word].lower),
                let news = actions.first(where: { $0.word < said.word && $0.kind != .statement }),
                // A ruling announced by a party was made before ("has entered a judgment …, the
                // attorney general announced today"); a settlement or a charge is made known then.
                news.kind != .ruling,
                words[news.word..<said.word].contains(where: \.endsClause),
                !dates.contains(where: { $0.words.upperBound <= said.word })
            {
                return news
            }
            return said
        }
        // "Kestrel today announced that …", "prosecutors on Monday said": the saying's day;
        // but "today announced a settlement" is the settlement.
        if let said = actions.first(where: { $0.word >= date.words.upperBound }), said.kind == .statement,
            said.isVerb, said.word == date.words.upperBound,
            !DraftLexicon.rulingWhenACourtActs.contains(words[said.word].lower),
            !actions.contains(where: { $0.word > said.word && $0.word <= said.word + 4 && $0.kind != .statement })
        {
            return said
        }
        // "upholding a city law passed in 2024": the date is the law's passing, no legal action;
        // so is a date joined to such a date ("phones it sold in 2010 and 2011").
        let lead =
            start >= 1 && words[start - 1].lower == "and" ? dates.first { $0.words.upperBound == start - 1 } : nil
        let claimer = phraseStart(of: lead ?? date) - 1
        // But "the trial finally opened in July" is the trial's start.
        if claimer >= 0, DraftLexicon.otherHappenings.contains(words[claimer].lower),
            claimer == 0 || !DraftLexicon.decisionPapers.contains(words[claimer - 1].lower),
            !actions.contains(where: { !$0.isVerb && $0.word < claimer && claimer - $0.word <= 2 })
        {
            return nil
        }
        // "a 2019 crash", "an August ruling", "will appeal Thursday's ruling": the date dates only
        // the noun after it.
        if date.modifiesANoun(in: words, headline: isHeadline)
            || SentenceReading.isPossessive(words[date.words.upperBound - 1].lower)
        {
            let phrase = date.words.upperBound..<(date.words.upperBound + 3)
            return actions.first { phrase.contains($0.word) && !$0.isVerb }
        }
        // "Judge Cote's July 10 verdict", "the Sept. 6 order": a day between a determiner or a
        // possessive and an action noun is that noun's.
        if start >= 1,
            DraftLexicon.determiners.contains(words[start - 1].lower)
                || SentenceReading.isPossessive(words[start - 1].lower),
            let noun = actions.first(where: { $0.word == date.words.upperBound && !$0.isVerb })
        {
            return noun
        }
        // "the trial court's judgment of 2025-06-30", "a ruling from 2024": a date after "of" or
        // "from" is the noun's own.
        if start >= 2, ["of", "from"].contains(words[start - 1].lower),
            let noun = actions.first(where: { $0.word == start - 2 && !$0.isVerb })
        {
            return noun
        }
        // "a family whose house burned in 2023": a date in a relative clause dates what the
        // clause tells, an action only if the clause names one.
        if let clause = relativeClause(around: date) {
            let inside = actions.filter { clause.contains($0.word) && $0.kind != .statement }
            return inside.last { $0.word < start } ?? inside.first { $0.word >= date.words.upperBound }
        }
        var before = actions.last { $0.word < start && $0.kind != .statement }
        for refine in [paperItPublishes, headOfItsPhrase, verbOfItsObject, verbGoverningItsInfinitive] {
            before = before.map(refine)
        }
        // "sent a notice in 2022, and they filed their petition": an action after a clause joined
        // to the date's is that clause's.
        let joined = (date.words.upperBound - 1..<max(date.words.upperBound - 1, words.count - 1)).first { index in
            words[index].endsClause && DraftLexicon.leadingJoiners.contains(words[index + 1].lower)
        }
        // "was diagnosed in 2019 and died the next year": a verb joined after the date that a
        // date of its own follows is that date's.
        func datedByItsOwn(_ action: Action) -> Bool {
            words[date.words.upperBound..<action.word].contains { $0.lower == "and" }
                && dates.contains { $0.words.lowerBound > action.word && $0.words.lowerBound <= action.word + 3 }
        }
        // A verb that is a ruling when a court does it ("on Wednesday confirmed the plan") is a
        // candidate too, and an infinitive yields to the verb before it ("declined to hear").
        let following = actions.filter { action in
            action.word >= date.words.upperBound && action.word <= (joined ?? words.count)
                && (action.kind != .statement || DraftLexicon.rulingWhenACourtActs.contains(words[action.word].lower))
                && !datedByItsOwn(action)
        }
        // "Last Friday, after a four-day trial, a jury awarded": a noun a time connective takes is
        // the time of the verb after it, which the date dates.
        let after = following.first.map { first in
            timesAnother(first) ? following.first(where: \.isVerb) ?? first : first
        }.map(verbGoverningItsInfinitive).map(objectItsVerbNames)
        if let before, let after,
            opensAJoinedClause(date, whoseVerbIs: after)
                || setOff(before, beforeTheClauseOf: date, whoseVerbIs: after)
                || introduces(before, dated: date, beforeTheClauseOf: after)
        {
            return after
        }
        // "Justice Ashby found that the airline sold seats between May and July 2022": a date in
        // the clause a verb reports dates what the clause tells, not the finding.
        if let before, before.isVerb, DraftLexicon.verbsOfFinding.contains(words[before.word].lower),
            opensAClause(between: before.word, and: start)
        {
            return after
        }
        // "The suit says Zipline knew of the defect by early 2024": likewise what is said.
        if let before,
            let says = actions.last(where: {
                $0.word > before.word && $0.word < start && $0.kind == .statement && $0.isVerb
            }), says.word + 1 < start, !words[says.word..<start].contains(where: \.endsClause),
            opensAClause(at: says.word + 1)
        {
            return after
        }
        return before ?? after ?? actions.last { $0.word < start }
            ?? actions.first {
                $0.word >= date.words.upperBound && $0.word <= (joined ?? words.count) && !datedByItsOwn($0)
            }
    }

    /// The words of the relative clause the date stands in, from its pronoun ("who", "whose",
    /// "which", "where") to the clause's end. "That" opens reported clauses too ("found that
    /// the airline", "the claim that the bank lied"), so it counts only after a common noun and
    /// before a verb ("the fire that destroyed a duplex").
    private func relativeClause(around date: DateMention) -> Range<Int>? {
        let start = date.words.lowerBound
        guard
            let pronoun = (0..<start).last(where: {
                DraftLexicon.relativeClauseOpeners.contains(words[$0].lower) || words[$0].endsClause
                    || isRelativeThat(at: $0)
            }), !words[pronoun].endsClause,
            DraftLexicon.relativeClauseOpeners.contains(words[pronoun].lower) || isRelativeThat(at: pronoun)
        else { return nil }
        let end = (date.words.upperBound - 1..<words.count).first { words[$0].endsClause } ?? words.count - 1
        return pronoun..<end + 1
    }

    /// "the fire that destroyed", "a lower court's order that would": "that" after a common noun
    /// that a determiner or a possessive opens, and before no subject of its own.
    private func isRelativeThat(at index: Int) -> Bool {
        guard words[index].lower == "that", index >= 2, index + 1 < words.count,
            !words[index - 1].endsClause, words[index - 1].isPlainLowercase,
            // "a decision on that request": a determiner after a preposition.
            ![DraftLexicon.nounAttachers, DraftLexicon.datePrepositions, DraftLexicon.timeConnectives].contains(where: {
                $0.contains(words[index - 1].lower)
            }),
            DraftLexicon.determiners.contains(words[index - 2].lower)
                || SentenceReading.isPossessive(words[index - 2].lower)
                || (index >= 3 && DraftLexicon.determiners.contains(words[index - 3].lower)),
            !opensAClause(at: index + 1)
        else { return false }
        return true
    }

    /// "ruled on Tuesday that the airline misled buyers in 2022": a "that" before a subject (a
    /// determiner, a pronoun or a name) opens the clause a verb reports; "affirmed that decision"
    /// is a noun's determiner.
    private func opensAClause(between verb: Int, and date: Int) -> Bool {
        guard !words[verb..<date].contains(where: \.endsClause),
            let that = (verb + 1..<date).first(where: { words[$0].lower == "that" }), that + 1 < date
        else { return false }
        return opensAClause(at: that + 1)
    }

    /// A clause's subject starts at `index`: a determiner, a pronoun, a name, or "that" before one.
    private func opensAClause(at index: Int) -> Bool {
        let word = words[index]
        if word.lower == "that" { return index + 1 < words.count && opensAClause(at: index + 1) }
        return DraftLexicon.determiners.contains(word.lower) || DraftLexicon.clauseSubjects.contains(word.lower)
            || word.isCapitalized
    }

    /// "a hearing on those motions for Dec. 15": a noun a preposition attaches to the noun before
    /// it is not the head of the phrase.
    private func headOfItsPhrase(_ action: Action) -> Action {
        var noun = action
        while !noun.isVerb,
            let head = actions.last(where: { $0.word < noun.word && $0.kind != .statement }), !head.isVerb,
            noun.word - head.word <= 8,
            words[(head.word + 1)..<noun.word].contains(where: { DraftLexicon.nounAttachers.contains($0.lower) }),
            !words[(head.word + 1)..<noun.word].contains(where: { DraftLexicon.verbPhraseOpeners.contains($0.lower) }),
            !words[head.word..<noun.word].contains(where: \.endsClause)
        {
            noun = head
        }
        return noun
    }

    /// "dismissed the suit on Tuesday": the verb reports what happened, its object only names
    /// what it happened to; "filed an appeal" is the object's kind. A noun in a clause of its own
    /// ("will hear arguments in the fall, with a ruling expected by June") is no object, nor is
    /// one that times the verb ("sued three months after the ruling in 2024"). A verb "to" makes
    /// an infinitive of yields to the verb before it ("petitioned the court to set aside the
    /// order" is a petition), even one that takes its object's kind.
    private func verbOfItsObject(_ action: Action) -> Action {
        // "appealing the Final Judgment entered on September 6": a paper a participle dates is
        // dated itself.
        guard !action.isVerb, !isDatedPaper(action),
            let verb = actions.last(where: { $0.word < action.word && $0.isVerb && $0.kind != .statement }),
            !words[verb.word..<action.word].contains(where: {
                $0.endsClause || DraftLexicon.timeConnectives.contains($0.lower)
            })
        else { return action }
        let governing = verbGoverningItsInfinitive(verb)
        if governing.word != verb.word { return governing }
        // "filed an appeal" is an appeal; "pleaded not guilty to charges" is the plea itself.
        return DraftLexicon.verbsTheirObjectNames.contains(words[verb.word].lower) && verb.kind != action.kind
            ? action : verb
    }

    /// "On April 5, the court held a hearing", "Last week the family filed an appeal": a verb
    /// that takes its object's kind, after the date, is the action its object names. Setting a
    /// date ("on Tuesday scheduled a jury trial") is a ruling of that day.
    private func objectItsVerbNames(_ verb: Action) -> Action {
        let lower = words[verb.word].lower
        guard verb.isVerb, DraftLexicon.verbsTheirObjectNames.contains(lower),
            !DraftLexicon.settingVerbs.contains(lower),
            let object = actions.first(where: { $0.word > verb.word }), !object.isVerb,
            object.word - verb.word <= 4, object.kind != verb.kind,
            !words[verb.word..<object.word].contains(where: \.endsClause)
        else { return verb }
        return object
    }

    /// "The justices agreed to hear the case that October": the verb "to" follows is what was
    /// agreed to, not what happened then; so is it after an object ("petitioned the court to
    /// set aside the order").
    private func verbGoverningItsInfinitive(_ action: Action) -> Action {
        guard action.isVerb, action.word >= 2, words[action.word - 1].lower == "to",
            let governing = actions.last(where: {
                $0.isVerb && $0.word < action.word - 1 && action.word - 1 - $0.word <= 4
            }),
            !words[governing.word..<(action.word - 1)].contains(where: \.endsClause)
        else { return action }
        return governing
    }

    /// "In a 34-page opinion issued Thursday, Judge Bell dismissed the suit": a noun dated in a
    /// phrase that opens the sentence yields to the verb of the clause the phrase opens.
    private func introduces(_ noun: Action, dated date: DateMention, beforeTheClauseOf verb: Action) -> Bool {
        // "At a first-day hearing on Thursday, the judge allowed …": what the court did there.
        let rulingAtAHearing =
            noun.kind == .hearing
            && (verb.kind == .ruling || DraftLexicon.rulingWhenACourtActs.contains(words[verb.word].lower))
        guard !noun.isVerb, verb.isVerb, noun.kind == verb.kind || rulingAtAHearing,
            let opening = (0..<noun.word).last(where: { DraftLexicon.openingPrepositions.contains(words[$0].lower) }),
            opening == 0 || words[opening - 1].endsClause,
            let phraseEnd = (date.words.upperBound - 1..<verb.word).first(where: { words[$0].endsClause }),
            !words[opening..<date.words.lowerBound].contains(where: \.endsClause),
            !words[(phraseEnd + 1)..<verb.word].contains(where: \.endsClause)
        else { return false }
        return true
    }

    /// "in a decision published on Monday": the day a court's paper is made public is the
    /// decision's, not a report of it.
    private func paperItPublishes(_ action: Action) -> Action {
        let paper: Action
        if action.isVerb {
            guard action.kind == .report, action.word >= 1,
                let noun = actions.first(where: { $0.word == action.word - 1 && !$0.isVerb }),
                DraftLexicon.decisionPapers.contains(words[noun.word].lower)
            else { return action }
            paper = noun
        } else {
            guard DraftLexicon.decisionPapers.contains(words[action.word].lower) else { return action }
            paper = action
        }
        // "has ruled that …, in a decision published on Monday", "has certified a class action …,
        // in a ruling released Tuesday": the ruling the paper gives.
        var opener = paper.word - 1
        if opener >= 0, DraftLexicon.determiners.contains(words[opener].lower) { opener -= 1 }
        if opener >= 0, DraftLexicon.openingPrepositions.contains(words[opener].lower),
            let ruled = actions.last(where: { $0.isVerb && $0.kind == paper.kind && $0.word < opener })
        {
            return ruled
        }
        return paper
    }

    /// "after a four-day trial", "following the verdict": a noun within three words after a time
    /// connective, in the same clause, times another action.
    private func timesAnother(_ action: Action) -> Bool {
        guard !action.isVerb else { return false }
        return (max(0, action.word - 3)..<action.word).contains { index in
            DraftLexicon.timeConnectives.contains(words[index].lower)
                && !words[index..<action.word].contains(where: \.endsClause)
        }
    }

    /// "issued an injunction in February 2015, and, on November 9, 2015, the Fifth Circuit
    /// affirmed it": a date that opens a clause joined after another dates that clause's verb.
    private func opensAJoinedClause(_ date: DateMention, whoseVerbIs verb: Action) -> Bool {
        let joiner = phraseStart(of: date) - 1
        guard verb.isVerb, joiner >= 1, DraftLexicon.leadingJoiners.contains(words[joiner].lower),
            words[joiner - 1].endsClause
        else { return false }
        return !words[date.words.upperBound..<verb.word].contains(where: \.endsClause)
    }

    /// "After a three-week trial, a jury today found": a noun set off before the date's clause
    /// yields to the verb of that clause.
    private func setOff(_ noun: Action, beforeTheClauseOf date: DateMention, whoseVerbIs verb: Action) -> Bool {
        !noun.isVerb && verb.isVerb && words[noun.word..<date.words.lowerBound].contains(where: \.endsClause)
            && !words[date.words.lowerBound..<verb.word].contains(where: \.endsClause)
    }
}
