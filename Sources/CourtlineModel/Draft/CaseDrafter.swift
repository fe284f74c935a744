/// Reads articles sentence by sentence and proposes a `CaseDraft`: a court for each court
/// named, a party for each person named with a role and each side of a suit, and an event for
/// each date expression next to a legal action, merged where two sentences (or two articles)
/// report one happening (same court and kind, intervals the same or one within the other).
struct CaseDrafter {
    var courts: [CourtProposal] = []
    var courtByKey: [String: Int] = [:]
    var parties: [PartyProposal] = []
    var partyByName: [String: Int] = [:]
    /// Judges' surnames, and the court each one's title or place names.
    var judgeCourts: [String: String] = [:]
    /// Words that name a court only by its level ("the district court", "the justices"), by
    /// article: a court is proposed for them where the articles name none of that level.
    var levelMentions: [(source: Int, sentence: Int, level: Court.Level, words: CaseDraft.Quote)] = []
    var proposals: [EventProposal] = []
    var cited: [[Bool]] = []
    var sources: [Source] = []
    /// Ids already taken (by the case a draft is added to), which no proposal may reuse.
    var reserved: Set<String> = []

    struct CourtProposal {
        var key: String
        var name: String
        var shortName: String
        var level: Court.Level
        var namedness: Int
        var citations: [CaseDraft.Quote]
        var firstWords: String
    }

    struct PartyProposal {
        let name: String
        let kind: Party.Kind
        var standing: Party.Standing
        var side: String?
        var role: String
        var citations: [CaseDraft.Quote]
    }

    struct EventProposal {
        let kind: Event.Kind
        let title: String
        let summary: String
        var dates: [CaseDraft.DateText]
        var interval: EventDate
        var courtKey: String?
        /// The level of court words such as "an appeals court" name, for a proposal with no court
        /// named: the one court of that level the article names, if there is one.
        var impliedLevel: Court.Level? = nil
        var citations: [CaseDraft.Quote]
        /// The proposal a "six months earlier" counts from.
        let anchor: Int?
        /// For a reaction to a ruling ("said the ruling was a victory"): the ruling's proposal, which
        /// it comes after, by the article's publication.
        var reactsTo: Int? = nil
        let actionWord: String
        /// Where it was proposed, for a continuation ("Hamilton also found") to find it.
        let source: Int
        var lastSentence: Int
    }

    static func draft(_ articles: [DraftArticle], caseID: String, title: String?, reserving reserved: Set<String> = [])
        throws(DraftError) -> CaseDraft
    {
        var drafter = CaseDrafter()
        drafter.reserved = reserved
        var entries: [CaseDraft.SourceEntry] = []
        let ids = uniqueIDs(articles.map { stem(of: $0.file) }, reserved: reserved)
        for (index, article) in articles.enumerated() {
            let text = SourceText(article.text)
            let headline = hasHeadline(article.text)
            let source = Source(
                id: ids[index], file: article.file, text: text, titleBasis: headline ? .headline : .leadSentence,
                published: article.published)
            guard !source.sentences.isEmpty else { throw DraftError.noText(file: article.file) }
            drafter.sources.append(source)
            drafter.cited.append(Array(repeating: false, count: source.sentences.count))
            var outlet: (name: String, quote: CaseDraft.Quote)?
            if let (name, range) = creditedOutlet(in: source) {
                outlet = (name, drafter.quote(range, in: index))
                drafter.cited[index][source.sentenceIndex(containing: range.lowerBound)! - 1] = true
            }
            entries.append(
                CaseDraft.SourceEntry(
                    id: source.id, file: article.file, published: article.published, headline: headline, outlet: outlet)
            )
            for sentence in source.sentences { drafter.read(sentence, of: index) }
        }
        return drafter.finish(
            CaseDraft(
                caseID: caseID, title: title ?? "Draft: " + (drafter.sources.first?.title ?? caseID), sources: entries))
    }

    // MARK: - Reading a sentence

    private mutating func read(_ sentence: Sentence, of source: Int) {
        let reading = SentenceReading(sentence.slice, published: sources[source].published)
        let words = reading.words
        func quote(_ range: Range<Int>) -> CaseDraft.Quote {
            let span = SentenceReading.span(of: range, in: words)
            return self.quote(
                (sentence.range.lowerBound + span.lowerBound)..<(sentence.range.lowerBound + span.upperBound),
                in: source)
        }
        var cites = false
        let dateline = Self.datelineEnd(in: reading, of: sentence.slice)
        var courtKeys: [(words: Range<Int>, key: String)] = []
        for mention in reading.courts {
            let key = Self.courtKey(of: mention, in: source)
            addCourt(mention, key: key, citing: quote(mention.words))
            courtKeys.append((mention.words, key))
            cites = true
        }
        for person in reading.people {
            addParty(
                person.name, kind: .person, standing: PersonMention.standing(ofRole: person.roleWord), side: nil,
                role: person.role, citing: quote(person.words))
            if let court = person.court { judgeCourts[person.surname] = Self.courtKey(of: court, in: source) }
            cites = true
        }
        for suit in reading.suits {
            if let plaintiff = suit.plaintiff {
                addParty(
                    words[plaintiff].map(\.text).joined(separator: " "), kind: .organization, standing: .litigant,
                    side: "plaintiff", role: "plaintiff", citing: quote(plaintiff))
            }
            addParty(
                words[suit.defendant].map(\.text).joined(separator: " "), kind: .organization, standing: .litigant,
                side: "defendant", role: "defendant", citing: quote(suit.defendant))
            cites = true
        }
        let whole = self.quote(sentence.range, in: source)
        let judges = judgeCourts
        let judgeCourt = words.lazy.compactMap { judges[$0.text] }.first
        // Level words inside a named court ("a federal judge in California") are that court.
        let levels = reading.courtLevels.filter { level in !courtKeys.contains { $0.words.contains(level.word) } }
        /// The court an action at `word` is before: the nearer of the courts the sentence names and
        /// the words that name one only by its level ("the district court", "the justices"); with
        /// neither, a suit, trial, hearing or settlement is before a trial court.
        for level in levels {
            let first = level.word > 0 && CourtMention.determiners.contains(words[level.word - 1].lower)
            levelMentions.append(
                (source, sentence.index, level.level, quote((first ? level.word - 1 : level.word)..<(level.word + 1))))
        }
        func court(near word: Int, kind: Event.Kind) -> (key: String?, level: Court.Level?) {
            // What someone said is before no court.
            if kind == .statement { return (nil, nil) }
            let asksAnother = Self.requestsOfAnother.contains(words[word].lower)
            // The subject before the verb names the court acting ("The Federal Circuit … threw
            // out a jury verdict"); only with none before is the nearest after taken ("sued … in
            // Travis County District Court").
            let candidates: [(at: Int, key: String?, level: Court.Level?)] =
                courtKeys.map { ($0.words.lowerBound, $0.key, nil) } + levels.map { ($0.word, nil, $0.level) }
            let before = candidates.filter { $0.at < word }.max { $0.at < $1.at }
            let after = candidates.filter { $0.at > word }.min { $0.at < $1.at }
            if let chosen = before ?? after {
                if let key = chosen.key { return (key, nil) }
                if judgeCourt == nil || before != nil { return (nil, chosen.level) }
            }
            if let key = judgeCourt { return (key, nil) }
            return (nil, Self.trialCourtKinds.contains(kind) && !asksAnother ? .trial : nil)
        }
        let published = DateAnchor.publication(sources[source].published)
        var madeHere: [Int] = []
        for date in reading.dates where !date.countsFromAnEvent {
            guard !Self.datesTheArticle(date, in: reading, of: sentence.slice),
                let action = Self.action(for: date, in: reading),
                let interval = try? date.expression.resolve(text: date.text, anchor: published, ahead: date.ahead)
            else { continue }
            madeHere.append(proposals.count)
            let kind = reading.quoted.contains(action.word) ? .statement : action.kind
            let before = court(near: action.word, kind: kind)
            proposals.append(
                EventProposal(
                    kind: kind,
                    title: EventTitle.title(around: action.word, in: reading, of: sentence.slice, dateline: dateline),
                    summary: String(sentence.slice),
                    dates: [
                        CaseDraft.DateText(
                            text: date.text, sourceID: sources[source].id, anchor: nil, ahead: date.ahead)
                    ],
                    interval: interval, courtKey: before.key, impliedLevel: before.level,
                    citations: [whole], anchor: nil,
                    actionWord: words[action.word].text, source: source, lastSentence: sentence.index))
        }
        // "sued in April 2021, two years after the state passed a law": a phrase set beside
        // another date dates what it names from that date, not the action before it.
        let besideAnother = Set(
            reading.dates.indices.dropFirst().filter {
                reading.dates[$0].words.lowerBound == reading.dates[$0 - 1].words.upperBound
            }.map { reading.dates[$0].words.lowerBound })
        for date in reading.dates where date.countsFromAnEvent && !besideAnother.contains(date.words.lowerBound) {
            // "eight months after the suit was filed": from the article's latest event of the kind
            // the words name; "Three months later": from this sentence's event, else the article's last.
            let named = reading.actions.first { date.words.contains($0.word) }?.kind
            let ofNamedKind = named.flatMap { kind in
                proposals.lastIndex { $0.source == source && $0.anchor == nil && $0.kind == kind }
            }
            let previous = proposals.lastIndex { $0.source == source && $0.anchor == nil && $0.kind != .statement }
            guard let anchor = ofNamedKind ?? madeHere.first ?? previous,
                let action = Self.action(for: date, in: reading)
            else {
                continue
            }
            let from = DateAnchor.event(title: proposals[anchor].title, date: proposals[anchor].interval)
            guard let interval = try? date.expression.resolve(text: date.text, anchor: from) else { continue }
            cites = true
            let kind = reading.quoted.contains(action.word) ? .statement : action.kind
            let before = court(near: action.word, kind: kind)
            proposals.append(
                EventProposal(
                    kind: kind,
                    title: EventTitle.title(around: action.word, in: reading, of: sentence.slice, dateline: dateline),
                    summary: String(sentence.slice),
                    dates: [CaseDraft.DateText(text: date.text, sourceID: nil, anchor: nil)], interval: interval,
                    courtKey: before.key, impliedLevel: before.level, citations: [whole],
                    anchor: anchor,
                    actionWord: words[action.word].text, source: source, lastSentence: sentence.index))
        }
        if madeHere.isEmpty, let index = continued(by: reading, in: source, at: sentence.index, judgeCourt: judgeCourt)
        {
            proposals[index].citations.append(whole)
            proposals[index].lastSentence = sentence.index
            if proposals[index].courtKey == nil { proposals[index].courtKey = courtKeys.first?.key ?? judgeCourt }
            cites = true
        } else if madeHere.isEmpty, let (words, ruling) = reaction(in: reading, of: source) {
            let published = sources[source].published
            let text = SentenceReading.text(of: words, in: reading.words, of: sentence.slice)
            let earliest = proposals[ruling].interval.earliest
            proposals.append(
                EventProposal(
                    kind: .statement,
                    title: EventTitle.title(
                        around: words.lowerBound, in: reading, of: sentence.slice, dateline: dateline),
                    summary: String(sentence.slice),
                    dates: [CaseDraft.DateText(text: text, sourceID: sources[source].id, anchor: nil)],
                    interval: EventDate(
                        text: text, earliest: earliest.map { min($0, published) },
                        latest: published, explanation: ""),
                    courtKey: nil, citations: [whole], anchor: nil, reactsTo: ruling, actionWord: text, source: source,
                    lastSentence: sentence.index))
            cites = true
        }
        if !madeHere.isEmpty || cites { cited[source][sentence.index - 1] = true }
    }

    /// A dateline's date ("SAN FRANCISCO, March 14 (Wire) - A judge …", "CITY, Ore. (June 10,
    /// 2025) -") and a line that only stamps the article ("Published Nov. 21, 2025") date the
    /// article, not an event it reports.
    private static func datesTheArticle(_ date: DateMention, in reading: SentenceReading, of text: Substring) -> Bool {
        let words = reading.words
        let others = words.indices.filter { !date.words.contains($0) }
        if others.count <= 1, others.allSatisfy({ stampWords.contains(words[$0].lower) }) { return true }
        return date.words.upperBound <= datelineEnd(in: reading, of: text)
    }

    /// The first word after a dateline ("SAN FRANCISCO, March 14 (Wire) - A judge …": the
    /// place in capitals, then a dash within the sentence's first twelve words), else 0.
    static func datelineEnd(in reading: SentenceReading, of text: Substring) -> Int {
        let words = reading.words
        guard let first = words.first, first.text.count >= 2,
            first.text.allSatisfy({ $0.isUppercase || !$0.isLetter })
        else { return 0 }
        let scalars = Array(text.unicodeScalars)
        for index in words.indices.dropFirst().prefix(12) {
            let gap = scalars[words[index - 1].range.upperBound..<words[index].range.lowerBound]
            if gap.contains(where: { "-–—".unicodeScalars.contains($0) }), gap.contains(" ") { return index }
        }
        return 0
    }

    private static let stampWords: Set<String> = ["published", "updated", "posted", "dated"]

    /// The action a date goes with: the nearest before it ("dropped a similar case in
    /// September"), else the nearest after ("Last year, the Supreme Court rejected"). A year
    /// that modifies a noun ("a 2019 highway crash", "the 2023 ruling") dates only that noun.
    private static func action(for date: DateMention, in reading: SentenceReading) -> Action? {
        // "prosecutors said on Monday", "he said Tuesday": the day the words were said.
        let start = date.words.lowerBound
        if let said = reading.actions.last(where: { $0.word < start && $0.kind == .statement && $0.isVerb }),
            start - said.word == 1 || (start - said.word == 2 && reading.words[start - 1].lower == "on")
        {
            return said
        }
        if case .year = date.expression, date.words.lowerBound > 0,
            CourtMention.determiners.contains(reading.words[date.words.lowerBound - 1].lower)
        {
            let phrase = date.words.upperBound..<(date.words.upperBound + 3)
            return reading.actions.first { phrase.contains($0.word) && !$0.isVerb }
        }
        let before = reading.actions.last { $0.word < date.words.lowerBound && $0.kind != .statement }
        let after = reading.actions.first { $0.word >= date.words.upperBound && $0.kind != .statement }
        return before ?? after
            ?? reading.actions.last { $0.word < date.words.lowerBound }
            ?? reading.actions.first {
                $0.word >= date.words.upperBound
            }
    }

    /// Words that react to the article's ruling ("said the ruling was a victory", "welcomed the
    /// ruling", "did not immediately respond"), and the ruling's proposal: the latest one this
    /// article has made so far.
    private func reaction(in reading: SentenceReading, of source: Int) -> (Range<Int>, Int)? {
        // The article's news: its latest ruling, not the last one it mentions, and not one it
        // dates after its own publication (a reaction is by then).
        let published = sources[source].published
        let rulings = proposals.indices.filter {
            proposals[$0].source == source && proposals[$0].kind == .ruling && proposals[$0].anchor == nil
                && (proposals[$0].interval.earliest.map { $0 <= published } ?? true)
        }
        guard let ruling = rulings.max(by: { proposals[$0].interval.sortKey < proposals[$1].interval.sortKey }) else {
            return nil
        }
        let words = reading.words
        for index in words.indices where words[index].lower == "not" || words[index].lower == "declined" {
            // "did not immediately respond", "declined to comment".
            let end = words[index...].prefix(3).firstIndex { ["respond", "comment"].contains($0.lower) }
            if let end { return ((words[index].lower == "not" && index > 0 ? index - 1 : index)..<(end + 1), ruling) }
        }
        let refersToRuling = words.indices.dropFirst().contains { index in
            ["ruling", "decision", "verdict", "judgment", "opinion", "order"].contains(words[index].lower)
                && ["the", "this", "today's", "today’s"].contains(words[index - 1].lower)
        }
        guard refersToRuling,
            let verb = words.indices.first(where: { Self.reactionVerbs.contains(words[$0].lower) })
        else { return nil }
        return (verb..<verb + 1, ruling)
    }

    /// What is before a trial court when the sentence names none: a suit is filed in one, and
    /// trials, hearings and settlements are held or approved there.
    private static let trialCourtKinds: Set<Event.Kind> = [.filing, .trial, .hearing, .settlement]
    /// Filings that ask someone other than a trial court ("asked the Patent Office", "petitioned
    /// the justices"): no court is taken for them unless the sentence names it.
    private static let requestsOfAnother: Set<String> = ["asked", "asks", "petitioned"]

    private static let reactionVerbs: Set<String> = [
        "said", "says", "told", "wrote", "described", "welcomed", "praised", "criticized", "called", "hailed",
        "decried", "condemned",
    ]

    /// A sentence with no date of its own that carries on the ruling just reported: a judge (by
    /// title, surname, or "She"/"He" opening it) is the subject of a ruling verb, within three
    /// sentences of the ruling's.
    private func continued(by reading: SentenceReading, in source: Int, at sentence: Int, judgeCourt: String?) -> Int? {
        guard reading.actions.contains(where: { $0.kind == .ruling && $0.isVerb }) else { return nil }
        let words = reading.words
        let namesJudge =
            reading.people.contains { $0.court != nil } || judgeCourt != nil || !reading.courts.isEmpty
            || ["she", "he"].contains(words.first?.lower ?? "")
            || (words.count > 1 && words[0].lower == "the" && ["judge", "court"].contains(words[1].lower))
        guard namesJudge,
            let last = proposals.lastIndex(where: { $0.source == source && $0.anchor == nil }),
            proposals[last].kind == .ruling, sentence - proposals[last].lastSentence <= 3
        else { return nil }
        return last
    }

    // MARK: - Courts and parties

    /// A trial court no place names ("District Judge Carla Ortega") is its article's own until
    /// it is known which court it is (see `joinUnplacedTrialCourts`).
    static func courtKey(of mention: CourtMention, in source: Int) -> String {
        mention.key == unplacedTrialCourt ? "\(unplacedTrialCourt) \(source)" : mention.key
    }

    static let unplacedTrialCourt = "trial ?"

    private mutating func addCourt(_ mention: CourtMention, key: String, citing quote: CaseDraft.Quote) {
        if let index = courtByKey[key] {
            if !courts[index].citations.contains(quote) { courts[index].citations.append(quote) }
            if mention.namedness > courts[index].namedness
                || (mention.namedness == courts[index].namedness && mention.name.count > courts[index].name.count)
            {
                courts[index].name = mention.name
                courts[index].shortName = mention.shortName
                courts[index].namedness = mention.namedness
            }
            return
        }
        courtByKey[key] = courts.count
        courts.append(
            CourtProposal(
                key: key, name: mention.name, shortName: mention.shortName, level: mention.level,
                namedness: mention.namedness, citations: [quote], firstWords: quote.text))
    }

    /// A name met again keeps its first standing unless the new one is nearer the suit (someone
    /// quoted first and later named as the one sued is a litigant), and keeps the longer role.
    private mutating func addParty(
        _ name: String, kind: Party.Kind, standing: Party.Standing, side: String?, role: String,
        citing quote: CaseDraft.Quote
    ) {
        let key = name.lowercased()
        if let index = partyByName[key] {
            if !parties[index].citations.contains(quote) { parties[index].citations.append(quote) }
            if standing < parties[index].standing {
                parties[index].standing = standing
                parties[index].side = side
                parties[index].role = role
            } else if standing == parties[index].standing, parties[index].role.count < role.count {
                parties[index].role = role
            }
            return
        }
        partyByName[key] = parties.count
        parties.append(
            PartyProposal(name: name, kind: kind, standing: standing, side: side, role: role, citations: [quote]))
    }

    /// A quote of `range` of source `source`, with the occurrence that picks it where its words
    /// occur more than once.
    func quote(_ range: Range<Int>, in source: Int) -> CaseDraft.Quote {
        let text = sources[source].text[range]
        let starts = sources[source].text.occurrences(of: text)
        let occurrence = starts.count > 1 ? starts.firstIndex(of: range.lowerBound).map { $0 + 1 } : nil
        return CaseDraft.Quote(sourceID: sources[source].id, text: text, occurrence: occurrence)
    }
}
