/// Reads articles sentence by sentence and proposes a `CaseDraft`: a court for each court
/// named, a party for each person named with a role and each side of a suit, and an event for
/// each date expression next to a legal action, merged where two sentences (or two articles)
/// report one happening (same interval, court and kind).
struct CaseDrafter {
    private var courts: [CourtProposal] = []
    private var courtByKey: [String: Int] = [:]
    private var parties: [PartyProposal] = []
    private var partyByName: [String: Int] = [:]
    /// Judges' surnames, and the court each one's title or place names.
    private var judgeCourts: [String: String] = [:]
    private var proposals: [EventProposal] = []
    private var cited: [[Bool]] = []
    private var sources: [Source] = []
    /// Ids already taken (by the case a draft is added to), which no proposal may reuse.
    private var reserved: Set<String> = []

    private struct CourtProposal {
        var key: String
        var name: String
        var shortName: String
        var level: Court.Level
        var namedness: Int
        var citations: [CaseDraft.Quote]
        var firstWords: String
    }

    private struct PartyProposal {
        let name: String
        let kind: Party.Kind
        var role: String
        var citations: [CaseDraft.Quote]
    }

    private struct EventProposal {
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
        let reading = SentenceReading(sentence.slice)
        let words = reading.words
        func quote(_ range: Range<Int>) -> CaseDraft.Quote {
            let span = SentenceReading.span(of: range, in: words)
            return self.quote(
                (sentence.range.lowerBound + span.lowerBound)..<(sentence.range.lowerBound + span.upperBound),
                in: source)
        }
        var cites = false
        var courtKeys: [(words: Range<Int>, key: String)] = []
        for mention in reading.courts {
            addCourt(mention, citing: quote(mention.words))
            courtKeys.append((mention.words, mention.key))
            cites = true
        }
        for person in reading.people {
            addParty(person.name, kind: .person, role: person.role, citing: quote(person.words))
            if let court = person.court { judgeCourts[person.surname] = court.key }
            cites = true
        }
        for suit in reading.suits {
            addParty(
                words[suit.plaintiff].map(\.text).joined(separator: " "), kind: .organization, role: "plaintiff",
                citing: quote(suit.plaintiff))
            addParty(
                words[suit.defendant].map(\.text).joined(separator: " "), kind: .organization, role: "defendant",
                citing: quote(suit.defendant))
            cites = true
        }
        let whole = self.quote(sentence.range, in: source)
        let judges = judgeCourts
        let judgeCourt = words.lazy.compactMap { judges[$0.text] }.first
        func court(near word: Int) -> String? {
            courtKeys.min { abs($0.words.lowerBound - word) < abs($1.words.lowerBound - word) }?.key ?? judgeCourt
        }
        func level(near word: Int) -> Court.Level? {
            reading.courtLevels.min { abs($0.word - word) < abs($1.word - word) }?.level
        }
        let published = DateAnchor.publication(sources[source].published)
        var madeHere: [Int] = []
        for date in reading.dates where !date.countsFromAnEvent {
            guard let action = Self.action(for: date, in: reading),
                let interval = try? date.expression.resolve(text: date.text, anchor: published)
            else { continue }
            madeHere.append(proposals.count)
            proposals.append(
                EventProposal(
                    kind: action.kind, title: Self.clause(around: action.word, in: reading, of: sentence.slice),
                    summary: String(sentence.slice),
                    dates: [CaseDraft.DateText(text: date.text, sourceID: sources[source].id, anchor: nil)],
                    interval: interval, courtKey: court(near: action.word), impliedLevel: level(near: action.word),
                    citations: [whole], anchor: nil,
                    actionWord: words[action.word].text, source: source, lastSentence: sentence.index))
        }
        for date in reading.dates where date.countsFromAnEvent {
            // "Three months later": from this sentence's event, else the article's last one.
            let previous = proposals.lastIndex { $0.source == source && $0.anchor == nil && $0.kind != .statement }
            guard let anchor = madeHere.first ?? previous, let action = Self.action(for: date, in: reading) else {
                continue
            }
            let from = DateAnchor.event(title: proposals[anchor].title, date: proposals[anchor].interval)
            guard let interval = try? date.expression.resolve(text: date.text, anchor: from) else { continue }
            cites = true
            proposals.append(
                EventProposal(
                    kind: action.kind, title: Self.clause(around: action.word, in: reading, of: sentence.slice),
                    summary: String(sentence.slice),
                    dates: [CaseDraft.DateText(text: date.text, sourceID: nil, anchor: nil)], interval: interval,
                    courtKey: court(near: action.word), impliedLevel: level(near: action.word), citations: [whole],
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
                    kind: .statement, title: Self.clause(around: words.lowerBound, in: reading, of: sentence.slice),
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

    /// The action a date goes with: the nearest before it ("dropped a similar case in
    /// September"), else the nearest after ("Last year, the Supreme Court rejected").
    private static func action(for date: DateMention, in reading: SentenceReading) -> Action? {
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
            ["ruling", "decision", "verdict", "judgment"].contains(words[index].lower)
                && ["the", "this", "today's", "today’s"].contains(words[index - 1].lower)
        }
        guard refersToRuling,
            let verb = words.indices.first(where: { Self.reactionVerbs.contains(words[$0].lower) })
        else { return nil }
        return (verb..<verb + 1, ruling)
    }

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

    /// The clause holding word `index`, at most twelve words: the event's title in the article's words.
    private static func clause(around index: Int, in reading: SentenceReading, of text: Substring) -> String {
        let words = reading.words
        var start = index
        while start > 0, !words[start - 1].endsClause, index - start < 6 { start -= 1 }
        var end = index + 1
        while end < words.count, !words[end - 1].endsClause, end - start < 12 { end += 1 }
        let clause = SentenceReading.text(of: start..<end, in: words, of: text)
        return end < words.count && !words[end - 1].endsClause ? clause + " …" : clause
    }

    // MARK: - Courts and parties

    private mutating func addCourt(_ mention: CourtMention, citing quote: CaseDraft.Quote) {
        if let index = courtByKey[mention.key] {
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
        courtByKey[mention.key] = courts.count
        courts.append(
            CourtProposal(
                key: mention.key, name: mention.name, shortName: mention.shortName, level: mention.level,
                namedness: mention.namedness, citations: [quote], firstWords: quote.text))
    }

    private mutating func addParty(_ name: String, kind: Party.Kind, role: String, citing quote: CaseDraft.Quote) {
        let key = name.lowercased()
        if let index = partyByName[key] {
            if !parties[index].citations.contains(quote) { parties[index].citations.append(quote) }
            if parties[index].role.count < role.count, !parties[index].role.hasPrefix("plaintiff"),
                !parties[index].role.hasPrefix("defendant")
            {
                parties[index].role = role
            }
            return
        }
        partyByName[key] = parties.count
        parties.append(PartyProposal(name: name, kind: kind, role: role, citations: [quote]))
    }

    /// A quote of `range` of source `source`, with the occurrence that picks it where its words
    /// occur more than once.
    private func quote(_ range: Range<Int>, in source: Int) -> CaseDraft.Quote {
        let text = sources[source].text[range]
        let starts = sources[source].text.occurrences(of: text)
        let occurrence = starts.count > 1 ? starts.firstIndex(of: range.lowerBound).map { $0 + 1 } : nil
        return CaseDraft.Quote(sourceID: sources[source].id, text: text, occurrence: occurrence)
    }
}

// MARK: - From proposals to a draft

extension CaseDrafter {
    fileprivate mutating func finish(_ draft: CaseDraft) -> CaseDraft {
        var draft = draft
        let alias = joinUnplacedTrialCourt()
        let courtIDs = Self.uniqueIDs(courts.map { Self.slug($0.shortName) }, reserved: reserved)
        for (index, court) in courts.enumerated() {
            draft.courts.append(
                CaseDraft.CourtEntry(
                    id: courtIDs[index], name: court.name, shortName: String(court.shortName.prefix(12)),
                    level: court.level, citations: court.citations,
                    note: "proposed from “\(court.firstWords)”: check the court's name and level"))
        }
        let partyIDs = Self.uniqueIDs(parties.map { Self.slug($0.name) }, reserved: reserved)
        for (index, party) in parties.enumerated() {
            draft.parties.append(
                CaseDraft.PartyEntry(
                    id: partyIDs[index], name: party.name, kind: party.kind, role: party.role,
                    citations: party.citations,
                    note: "proposed from “\(party.citations[0].text)”: check name, kind and role"))
        }
        func courtID(_ key: String?) -> String? {
            key.flatMap { courtByKey[alias[$0] ?? $0] }.map { courtIDs[$0] }
        }
        // A proposal that says only "an appeals court" is before the one appeals court its article names.
        for index in proposals.indices where proposals[index].courtKey == nil {
            guard let level = proposals[index].impliedLevel else { continue }
            let sourceID = sources[proposals[index].source].id
            let ofLevel = courts.filter { $0.level == level }
            let inArticle = ofLevel.filter { $0.citations.contains { $0.sourceID == sourceID } }
            proposals[index].courtKey =
                (inArticle.count == 1 ? inArticle : ofLevel.count == 1 ? ofLevel : []).first?.key
        }
        // One event for each happening: proposals of one kind and court whose intervals are the
        // same, or one within the other ("November 2023" and "on Tuesday"), are merged, dated by
        // the narrower, the other wording kept to be checked against it.
        var merged: [EventProposal] = []
        var into: [Int] = []
        for proposal in proposals {
            // Each reaction stands alone: two people saying something are two events.
            if proposal.anchor == nil, proposal.kind != .statement,
                let same = merged.firstIndex(where: {
                    $0.anchor == nil && $0.kind == proposal.kind && courtID($0.courtKey) == courtID(proposal.courtKey)
                        && ($0.interval.contains(proposal.interval) || proposal.interval.contains($0.interval))
                })
            {
                for citation in proposal.citations where !merged[same].citations.contains(citation) {
                    merged[same].citations.append(citation)
                }
                let wider = merged[same].interval
                let sameDays = wider.earliest == proposal.interval.earliest && wider.latest == proposal.interval.latest
                if wider.contains(proposal.interval), !sameDays {
                    merged[same].interval = proposal.interval
                    merged[same].dates = proposal.dates + merged[same].dates.filter { !proposal.dates.contains($0) }
                } else {
                    for date in proposal.dates where !merged[same].dates.contains(date) {
                        merged[same].dates.append(date)
                    }
                }
                into.append(same)
            } else {
                into.append(merged.count)
                merged.append(proposal)
            }
        }
        let eventIDs = Self.uniqueIDs(
            merged.map { "\($0.kind.rawValue)-\(Self.slug($0.interval.display))" }, reserved: reserved)
        for (index, event) in merged.enumerated() {
            let date: CaseDraft.DateText
            if let anchor = event.anchor {
                date = CaseDraft.DateText(text: event.dates[0].text, sourceID: nil, anchor: eventIDs[into[anchor]])
            } else if let ruling = event.reactsTo {
                date = CaseDraft.DateText(
                    text: event.dates[0].text, sourceID: event.dates[0].sourceID, anchor: nil,
                    notBefore: eventIDs[into[ruling]], notAfter: "publication")
            } else {
                date = event.dates[0]
            }
            let texts = event.citations.map(\.text)
            let involved = parties.indices.filter { party in
                texts.contains { Self.mentions(parties[party].name, in: $0) }
            }
            draft.events.append(
                CaseDraft.EventEntry(
                    id: eventIDs[index], title: event.title, kind: event.kind, summary: event.summary, date: date,
                    alsoDated: event.anchor == nil ? Array(event.dates.dropFirst()) : [],
                    courtID: courtID(event.courtKey), partyIDs: involved.map { partyIDs[$0] },
                    citations: event.citations,
                    note: event.reactsTo == nil
                        ? "proposed from “\(event.actionWord)” and “\(event.dates[0].text)”: check the title, kind, court and parties"
                        : "proposed from “\(event.actionWord)”, dated after the ruling it answers and by publication: check it",
                    earliest: event.interval.earliest, latest: event.interval.latest
                ))
        }
        for (source, flags) in cited.enumerated() {
            for (offset, isCited) in flags.enumerated() where !isCited {
                draft.leftOut.append(
                    CaseDraft.LeftOutEntry(
                        quote: quote(sources[source].sentences[offset].range, in: source),
                        reason: "draft: nothing was proposed from this sentence; review it"))
            }
        }
        return draft
    }

    /// A trial court named only by a judge's title ("District Judge Phyllis Hamilton") is the
    /// trial court another sentence places, when there is just one.
    private mutating func joinUnplacedTrialCourt() -> [String: String] {
        let unplacedKey = "trial ?"
        let placed = courts.indices.filter { courts[$0].level == .trial && courts[$0].key != unplacedKey }
        guard let unplaced = courtByKey[unplacedKey], placed.count == 1 else { return [:] }
        let target = placed[0]
        for quote in courts[unplaced].citations where !courts[target].citations.contains(quote) {
            courts[target].citations.append(quote)
        }
        courts.remove(at: unplaced)
        courtByKey = Dictionary(uniqueKeysWithValues: courts.enumerated().map { ($1.key, $0) })
        return [unplacedKey: courts[target > unplaced ? target - 1 : target].key]
    }

    /// Whether `name` stands in `text` as whole words.
    static func mentions(_ name: String, in text: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: name) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }

    // MARK: - Sources

    /// A first line of at most 120 characters, with more text after it, reads as a headline.
    fileprivate static func hasHeadline(_ text: String) -> Bool {
        guard let end = text.firstIndex(of: "\n") else { return false }
        let first = text[..<end].trimmingCharacters(in: " \t\r")
        return !first.isEmpty && first.count <= 120 && text[end...].contains { $0.isLetter }
    }

    /// "(Reuters) –" near the start of an article: the outlet it credits, and where that stands.
    fileprivate static func creditedOutlet(in source: Source) -> (String, Range<Int>)? {
        let scalars = Array(source.text.string.unicodeScalars.prefix(400))
        guard let open = scalars.firstIndex(of: "("), let close = scalars[open...].firstIndex(of: ")"),
            close - open > 1
        else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
        let after = String(String.UnicodeScalarView(scalars[(close + 1)...].prefix(3)))
        guard name.first?.isUppercase == true, name.split(separator: " ").count <= 3,
            name.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." }),
            after.trimmingCharacters(in: " ").first.map({ "–—-".contains($0) }) == true
        else { return nil }
        return (name, open..<(close + 1))
    }

    fileprivate static func stem(of file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return slug(
            name.split(separator: ".").dropLast().joined(separator: ".").isEmpty
                ? name : name.split(separator: ".").dropLast().joined(separator: "."))
    }

    /// Lowercase letters and digits, other runs made one hyphen: "9th Cir." → "9th-cir".
    static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "item" : slug
    }

    /// The ids as given, a number added to each repeat and to each taken one: "ruling-2024",
    /// "ruling-2024-2".
    static func uniqueIDs(_ ids: [String], reserved: Set<String> = []) -> [String] {
        var taken = reserved
        return ids.map { id in
            var unique = id
            var number = 1
            while taken.contains(unique) {
                number += 1
                unique = "\(id)-\(number)"
            }
            taken.insert(unique)
            return unique
        }
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}

extension EventDate {
    /// Whether `other`'s interval lies within this one; an unbounded end holds any end.
    fileprivate func contains(_ other: EventDate) -> Bool {
        let startsBefore = earliest.map { start in other.earliest.map { start <= $0 } ?? false } ?? true
        let endsAfter = latest.map { end in other.latest.map { end >= $0 } ?? false } ?? true
        return startsBefore && endsAfter
    }
}
