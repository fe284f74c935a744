/// The event pass: an event proposed for each date expression beside a legal action, dated by
/// the date engine from the publication (or, for "eight months after the suit was filed", from
/// the event its words name), before the court the sentence names nearest the action.
extension CaseDrafter {
    /// The proposals made from the sentence's dates that count from the publication.
    mutating func proposeDatedEvents(in here: SentenceInDraft) -> [Int] {
        let published = DateAnchor.publication(sources[here.source].published)
        var madeHere: [Int] = []
        for date in here.reading.dates where !date.countsFromAnEvent {
            let start = date.words.lowerBound
            guard start == 0 || !DraftLexicon.stateStarts.contains(here.words[start - 1].lower),
                !here.reading.isAnEndOfAPeriod(date),
                !Self.datesTheArticle(date, in: here),
                let action = here.reading.action(for: date),
                let interval = try? date.expression.resolve(text: date.text, anchor: published, ahead: date.ahead)
            else { continue }
            madeHere.append(proposals.count)
            let text = CaseDraft.DateText(
                text: date.text, sourceID: sources[here.source].id, anchor: nil, ahead: date.ahead)
            var made = proposal(for: action, dated: text, interval: interval, anchor: nil, in: here)
            made.dateSpan = date.span
            proposals.append(made)
        }
        return madeHere
    }

    /// The proposal made from the date at `span` of the article, for "the next year" to count
    /// from; where that sentence reports no legal action ("officers flew a drone over his yard in
    /// 2022"), what it reports is proposed as the conduct the case is about, so that the later
    /// date can name it.
    mutating func proposal(datedAt span: Range<Int>, in source: Int) -> Int? {
        if let made = proposals.lastIndex(where: { $0.source == source && $0.dateSpan == span }) { return made }
        guard let index = sources[source].sentenceIndex(containing: span.lowerBound) else { return nil }
        let here = sentenceInDraft(sources[source].sentences[index - 1], of: source)
        let published = DateAnchor.publication(sources[source].published)
        guard let date = here.reading.dates.first(where: { $0.span == span }), !date.countsFromAnEvent,
            !Self.datesTheArticle(date, in: here),
            let interval = try? date.expression.resolve(text: date.text, anchor: published, ahead: date.ahead)
        else { return nil }
        // With no action word, the title is the clause the date ends ("was injured in a collision
        // … in December 2022"), around the word before the date's phrase.
        var last = max(0, date.words.lowerBound - 1)
        if last > 0, DraftLexicon.datePrepositions.contains(here.words[last].lower) { last -= 1 }
        // "Then, in the spring of 2021, he noticed a charge": a clause of one word before the date
        // says nothing; the one after it does.
        let words = here.words
        if last == 0 || (last >= 1 && words[last - 1].endsClause), date.words.upperBound + 1 < words.count,
            words[date.words.upperBound - 1].endsClause
        {
            last = date.words.upperBound + 1
        }
        let action = here.reading.action(for: date) ?? Action(word: last, kind: .conduct, isVerb: false)
        var made = proposal(
            for: action,
            dated: CaseDraft.DateText(
                text: date.text, sourceID: sources[source].id, anchor: nil, ahead: date.ahead),
            interval: interval, anchor: nil, in: here)
        made.dateSpan = span
        cited[source][index - 1] = true
        proposals.append(made)
        return proposals.count - 1
    }

    /// "Three months later", "eight months after the suit was filed": from the article's latest
    /// event of the kind the words name; else from this sentence's event, else the article's last.
    mutating func proposeCountedEvents(in here: SentenceInDraft, madeHere: [Int]) -> Bool {
        let reading = here.reading
        // "sued in April 2021, two years after the state passed a law": a phrase set beside
        // another date dates what it names from that date, not the action before it.
        // "Nearly two years later, in January 2024, Roy filed": a count set just before a stated
        // date only restates it; one that names its event ("three months after the ruling on
        // March 3") leaves the stated date to that event.
        let restating = Set(
            reading.dates.indices.dropLast().filter { index in
                guard !reading.actions.contains(where: { reading.dates[index].words.contains($0.word) }) else {
                    return false
                }
                let end = reading.dates[index].words.upperBound
                let next = reading.dates[index + 1].words.lowerBound
                guard end < next else { return false }
                let gap = end..<next
                return gap.count <= 2 && !reading.dates[index + 1].expression.needsAnchor
                    && reading.words[gap].allSatisfy { DraftLexicon.datePrepositions.contains($0.lower) }
            }.map { reading.dates[$0].words.lowerBound })
        let besideAnother = restating.union(
            reading.dates.indices.dropFirst().filter {
                reading.dates[$0].words.lowerBound == reading.dates[$0 - 1].words.upperBound
            }.map { reading.dates[$0].words.lowerBound })
        var cites = false
        for date in reading.dates where date.countsFromAnEvent {
            let action: Action
            let anchor: Int
            var text = CaseDraft.DateText(text: date.text, sourceID: nil, anchor: nil, ahead: date.ahead)
            var expression = date.expression
            if let (named, from) = eventCountedBack(by: date, in: here) {
                guard case .shift(let unit, let amount) = date.expression else { continue }
                (action, anchor) = (named, from)
                text = CaseDraft.DateText(text: date.text, sourceID: nil, anchor: nil)
                text.countedBack = true
                expression = .shift(unit, by: -amount)
            } else {
                guard !besideAnother.contains(date.words.lowerBound),
                    let from = anchorOfCount(date, in: here, madeHere: madeHere),
                    let timed = reading.action(for: date),
                    // "was indicted last October and resigned the same week": a count that dates
                    // the action its own anchor dates is no second event.
                    !(madeHere.contains(from) && proposals[from].actionWord == here.words[timed.word].text)
                else { continue }
                (action, anchor) = (timed, from)
            }
            let from = DateAnchor.event(title: proposals[anchor].title, date: proposals[anchor].interval)
            guard let interval = try? expression.resolve(text: date.text, anchor: from, ahead: text.ahead)
            else { continue }
            cites = true
            var made = proposal(for: action, dated: text, interval: interval, anchor: anchor, in: here)
            made.dateSpan = date.span
            proposals.append(made)
        }
        return cites
    }

    /// The proposal a count counts from: the one of the date the engine read it against ("the
    /// next year"), else the article's latest of the kind its words name, else this sentence's
    /// first, else the article's last that is no statement.
    private mutating func anchorOfCount(_ date: DateMention, in here: SentenceInDraft, madeHere: [Int]) -> Int? {
        let source = here.source
        if let earlier = date.earlier { return proposal(datedAt: earlier, in: source) }
        let named = here.reading.actions.first { date.words.contains($0.word) }?.kind
        let ofNamedKind = named.flatMap { kind in
            proposals.lastIndex { $0.source == source && $0.anchor == nil && $0.kind == kind }
        }
        let previous = proposals.lastIndex { $0.source == source && $0.anchor == nil && $0.kind != .statement }
        return ofNamedKind ?? madeHere.first ?? previous
    }

    /// "pleaded not guilty on Thursday …, a week after a grand jury indicted him": a count that
    /// names its event, after the verb a stated date of the sentence dates, places the event it
    /// names before that verb's: the indictment a week before the plea. Its action and the
    /// proposal it counts back from.
    private func eventCountedBack(by count: DateMention, in here: SentenceInDraft) -> (Action, Int)? {
        let reading = here.reading
        guard count.earlier == nil, let named = reading.actions.first(where: { count.words.contains($0.word) }),
            let timed = reading.action(for: count)
        else { return nil }
        for stated in reading.dates where !stated.countsFromAnEvent && stated.words.upperBound <= count.words.lowerBound
        {
            guard let own = reading.action(for: stated), own.word == timed.word,
                let made = proposals.lastIndex(where: { $0.source == here.source && $0.dateSpan == stated.span })
            else { continue }
            return (named, made)
        }
        return nil
    }

    private func proposal(
        for action: Action, dated date: CaseDraft.DateText, interval: EventDate, anchor: Int?, in here: SentenceInDraft
    ) -> EventProposal {
        // What someone is quoted saying is a statement, not the ruling it speaks of; but a paper
        // quoted by its name ("is appealing "the Final Judgment entered on September 6"") is it.
        let quoted = here.reading.quoted.contains(action.word) && !here.reading.isDatedPaper(action)
        var kind = quoted ? .statement : action.kind
        // "The court temporarily shut down the operation": the court is the verb's subject, with
        // no other action between ("The complaint, filed in federal court, says … Vaultline froze").
        // A judge named without a court acts for one ("Judge Ana Morales allowed …").
        if !quoted, DraftLexicon.rulingWhenACourtActs.contains(here.words[action.word].lower),
            let court = (here.courtWords.map(\.at) + here.judgeWords).filter({ $0 < action.word }).max(),
            !here.reading.actions.contains(where: { (court..<action.word).contains($0.word) })
        {
            kind = .ruling
        }
        if !quoted, kind == .statement, let said = DraftLexicon.kindWhenACourtSays[here.words[action.word].lower],
            courtIsSubject(of: action.word, in: here)
        {
            kind = said
        }
        let court = court(before: action.word, kind: kind, in: here)
        return EventProposal(
            kind: kind,
            title: EventTitle.title(around: action.word, in: here.reading, of: here.text, dateline: here.dateline),
            summary: String(here.text), dates: [date], interval: interval, courtKey: court.key,
            impliedLevel: court.level, citations: [here.whole], anchor: anchor,
            actionWord: here.words[action.word].text, reportedByAVerb: action.isVerb, source: here.source,
            lastSentence: here.sentence.index)
    }

    /// Whether the verb's subject is a court's name alone, a date aside ("a Ninth Circuit panel
    /// said", "an appeals court panel on Tuesday questioned"). A judge's words may be said from
    /// the bench or to a reporter, so only a court's count.
    private func courtIsSubject(of verb: Int, in here: SentenceInDraft) -> Bool {
        guard let court = here.courtWords.map(\.at).filter({ $0 < verb }).max() else { return false }
        let dated = Set(
            here.reading.dates.flatMap { Array(here.reading.phraseStart(of: $0)..<$0.words.upperBound) })
        return (court..<verb).allSatisfy { index in
            dated.contains(index)
                || (!here.words[index].endsClause && SentenceReading.isCourtNameWord(here.words[index]))
        }
    }

    /// The court an action at `word` is before: the subject before the verb names the court
    /// acting ("The Federal Circuit … threw out a jury verdict"), by name or only by its level
    /// ("the district court", "the justices"); only with none before is the nearest after taken
    /// ("sued … in Travis County District Court"). With neither, a suit, trial, hearing or
    /// settlement is before a trial court, a hearing before the court of the article's latest
    /// event, and what someone said is before none. A ruling left with no court ("was approved in
    /// December") is given the article's one court at merge, once the whole article is read.
    func court(before word: Int, kind: Event.Kind, in here: SentenceInDraft) -> (
        key: String?, level: Court.Level?
    ) {
        // What someone said, and the conduct a case is about, happen before no court.
        if kind == .statement || kind == .conduct { return (nil, nil) }
        // "challenging Judge Denise Cote's July 10 verdict": a judge's own ruling, whatever court
        // the sentence names before; a judge titled only by the role rules as a trial judge does.
        if here.reading.actions.contains(where: { $0.word == word && !$0.isVerb }),
            let judge = here.reading.people.first(where: { person in
                PersonMention.standing(ofRole: person.roleWord) == .court && person.court == nil
                    && person.words.upperBound <= word && word - person.words.upperBound <= 3
                    && SentenceReading.isPossessive(here.words[person.words.upperBound - 1].lower)
            })
        {
            return (nil, judge.roleWord == "justice" ? .supreme : .trial)
        }
        let candidates = here.courtWords
        var before = candidates.filter { $0.at < word }.max { $0.at < $1.at }
        // A court after the action names where it happened ("sued … in Travis County District
        // Court", "In an opinion issued Wednesday, the 2nd District Court of Appeal held"), not
        // when a clause joined after it names it ("…, and an appellate court sided").
        let after = candidates.filter { $0.at > word }.min { $0.at < $1.at }.flatMap { court in
            (word..<court.at).contains { index in
                here.words[index].endsClause && DraftLexicon.leadingJoiners.contains(here.words[index + 1].lower)
            } ? nil : court
        }
        // "an August ruling by the 1st Circuit", "a 2025 ruling of the Court of Appeals": the
        // court the ruling is by, not the subject's.
        if let after, here.words[(word + 1)..<after.at].contains(where: { $0.lower == "by" || $0.lower == "of" }),
            here.words[(word + 1)..<after.at].allSatisfy({ DraftLexicon.byCourt.contains($0.lower) })
        {
            before = nil
        }
        // "lifting an injunction a Cole County judge issued in June": the court right after a
        // noun, in the clause that tells of it, is the noun's.
        if let after, here.reading.actions.contains(where: { $0.word == word && !$0.isVerb }), after.at - word <= 4,
            here.words[(word + 1)..<after.at].allSatisfy({
                DraftLexicon.determiners.contains($0.lower) || $0.isCapitalized
            }),
            !here.words[word..<after.at].contains(where: \.endsClause)
        {
            before = nil
        }
        if let chosen = before ?? after {
            if let key = chosen.key { return (key, nil) }
            if here.judgeCourt == nil || before != nil { return (nil, chosen.level) }
        }
        if let key = here.judgeCourt { return (key, nil) }
        // "Judge Lorna Pike orders": a judge titled only "Judge" rules alone, as a trial judge
        // does; an appeals court rules as a panel, a supreme court as its justices.
        if kind == .ruling,
            here.reading.people.contains(where: {
                $0.roleWord == "judge" && $0.role == "Judge" && $0.court == nil && $0.words.upperBound <= word
            })
        {
            return (nil, .trial)
        }
        // The latest event's court may be named only by its level ("The justices agreed").
        if DraftLexicon.currentCourtKinds.contains(kind) {
            let latest = proposals.lazy.filter {
                $0.source == here.source && ($0.courtKey != nil || $0.impliedLevel != nil)
            }
            .max { $0.interval.sortKey < $1.interval.sortKey }
            guard let latest else { return (nil, .trial) }
            return (latest.courtKey, latest.courtKey == nil ? latest.impliedLevel : nil)
        }
        // "asked the Patent Office to …" asks someone named; "asked in July for the suit to be
        // dismissed" and "asked a court last Thursday to …" ask the court the case is in.
        let addressee = word + 1 < here.words.count ? here.words[word + 1] : nil
        let asksACourt =
            word + 2 < here.words.count && DraftLexicon.lastNamedForumNouns.contains(here.words[word + 2].lower)
        let asksAnother =
            DraftLexicon.requestsOfAnother.contains(here.words[word].lower) && !asksACourt
            && addressee.map { DraftLexicon.determiners.contains($0.lower) || $0.isCapitalized } == true
        let level = DraftLexicon.levelByActionWord[here.words[word].lower] ?? DraftLexicon.levelByKind[kind]
        return (nil, asksAnother ? nil : level)
    }

    /// A dateline's date ("SAN FRANCISCO, March 14 (Wire) - A judge …", "CITY, Ore. (June 10,
    /// 2025) -") and a line that only stamps the article ("Published Nov. 21, 2025", "Filed
    /// 2026-02-09, Legal Digest": a stamp word, then no sentence's end) date the article, not an
    /// event it reports.
    static func datesTheArticle(_ date: DateMention, in here: SentenceInDraft) -> Bool {
        let words = here.words
        let others = words.indices.filter { !date.words.contains($0) }
        if others.count <= 1, others.allSatisfy({ DraftLexicon.stampWords.contains(words[$0].lower) }) { return true }
        if let first = words.first, DraftLexicon.stampWords.contains(first.lower),
            let last = here.text.unicodeScalars.last(where: { !$0.properties.isWhitespace }),
            !".!?\"”'’".unicodeScalars.contains(last)
        {
            return true
        }
        return date.words.upperBound <= here.dateline
    }

    /// The first word after a dateline ("SAN FRANCISCO, March 14 (Wire) - A judge …": the
    /// place in capitals, then a dash within the sentence's first twelve words), else 0.
    static func datelineEnd(in reading: SentenceReading, of text: Substring) -> Int {
        let words = reading.words
        let scalars = Array(text.unicodeScalars)
        // "Dec. 19, 2025 -- In a 34-page opinion …": a date and a dash open the article.
        if let date = reading.dates.first, date.words.lowerBound == 0, date.words.upperBound < words.count {
            let gap = scalars[
                words[date.words.upperBound - 1].range.upperBound..<words[date.words.upperBound].range.lowerBound]
            if gap.contains(where: { "-–—".unicodeScalars.contains($0) }), gap.contains(" ") {
                return date.words.upperBound
            }
        }
        guard let first = words.first, first.text.count >= 2,
            first.text.allSatisfy({ $0.isUppercase || !$0.isLetter })
        else { return 0 }
        for index in words.indices.dropFirst().prefix(12) {
            let gap = scalars[words[index - 1].range.upperBound..<words[index].range.lowerBound]
            if gap.contains(where: { "-–—".unicodeScalars.contains($0) }), gap.contains(" ") { return index }
        }
        return 0
    }
}
