/// The merge pass: proposals made one event, court and party each, then written as a draft.
extension CaseDrafter {
    mutating func finish(_ draft: CaseDraft) -> CaseDraft {
        var draft = draft
        let alias = joinUnplacedTrialCourts()
        proposeCourtsNamedOnlyByLevel()
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
                    id: partyIDs[index], name: party.name, kind: party.kind, standing: party.standing,
                    side: party.side, role: party.role, citations: party.citations,
                    note: "proposed from “\(party.citations[0].text)”: check name, kind, standing and role"))
        }
        // Litigants first, as the case file lists them (the sort is stable: text order within each).
        draft.parties.sort { $0.standing < $1.standing }
        func courtID(_ key: String?) -> String? {
            key.flatMap { courtByKey[alias[$0] ?? $0] }.map { courtIDs[$0] }
        }
        // A proposal that says only "an appeals court" is before the one appeals court its article
        // names; a ruling told with no court at all ("was approved in December"), before the
        // article's court if it names only one.
        for index in proposals.indices where proposals[index].courtKey == nil {
            let sourceID = sources[proposals[index].source].id
            let inArticle = courts.filter { $0.citations.contains { $0.sourceID == sourceID } }
            if let level = proposals[index].impliedLevel {
                let ofLevel = courts.filter { $0.level == level }
                let ofLevelInArticle = inArticle.filter { $0.level == level }
                // An article that names a tribunal and no trial or appeals court ("The riders
                // brought their claims in 2024") files and hears before its first tribunal,
                // whatever the kind's usual level: not before a supreme court it names for another
                // case, nor before a tribunal it names after ("will appeal to the Employment Appeal
                // Tribunal"). A deadline ("has until Sept. 25 to ask a court") may be for another.
                let tribunal =
                    ofLevel.isEmpty && !inArticle.contains { $0.level == .trial || $0.level == .appeals }
                        && proposals[index].actionWord.lowercased() != "until"
                    ? inArticle.first { $0.level == .other } : nil
                proposals[index].courtKey =
                    ofLevelInArticle.count == 1
                    ? ofLevelInArticle[0].key : ofLevel.count == 1 ? ofLevel[0].key : tribunal?.key
            } else if proposals[index].kind == .ruling, inArticle.count == 1 {
                proposals[index].courtKey = inArticle[0].key
            }
        }
        // One event for each happening: proposals of one kind and court whose intervals are the
        // same, or one within the other ("November 2023" and "on Tuesday"), are merged, dated by
        // the narrower, the other wording kept to be checked against it. Two verbs of one article
        // ("scheduled a trial on Tuesday", "earlier this month denied the motion") are two acts.
        func twoActs(_ one: EventProposal, _ other: EventProposal) -> Bool {
            one.source == other.source && one.reportedByAVerb && other.reportedByAVerb
                && one.actionWord.lowercased() != other.actionWord.lowercased()
        }
        // "Why a judge's ruling on Wednesday could cost a bank billions" over "On Wednesday, a
        // federal judge in Pittsburgh agreed": one told with no court, the same day, is the other.
        func sameDayOneCourtless(_ one: EventProposal, _ other: EventProposal) -> Bool {
            (courtID(one.courtKey) == nil || courtID(other.courtKey) == nil) && one.interval.earliest != nil
                && one.interval.earliest == other.interval.earliest && one.interval.latest == other.interval.latest
        }
        var merged: [EventProposal] = []
        var into: [Int] = []
        for proposal in proposals {
            // Each reaction stands alone: two people saying something are two events.
            if proposal.anchor == nil, proposal.kind != .statement,
                let same = merged.firstIndex(where: {
                    $0.anchor == nil && $0.kind == proposal.kind
                        && (courtID($0.courtKey) == courtID(proposal.courtKey)
                            || sameDayOneCourtless($0, proposal))
                        && ($0.interval.holds(proposal.interval) || proposal.interval.holds($0.interval))
                        && !twoActs($0, proposal)
                })
            {
                if merged[same].courtKey == nil { merged[same].courtKey = proposal.courtKey }
                for citation in proposal.citations where !merged[same].citations.contains(citation) {
                    merged[same].citations.append(citation)
                }
                let wider = merged[same].interval
                let sameDays = wider.earliest == proposal.interval.earliest && wider.latest == proposal.interval.latest
                if wider.holds(proposal.interval), !sameDays {
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
                date = CaseDraft.DateText(
                    text: event.dates[0].text, sourceID: nil, anchor: eventIDs[into[anchor]],
                    ahead: event.dates[0].ahead, countedBack: event.dates[0].countedBack)
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

    /// "The district court granted …" where the articles name no trial court: a court of that
    /// level, one to an article, citing the words that name it, for a person to name.
    private mutating func proposeCourtsNamedOnlyByLevel() {
        let named = Set(courts.map(\.level))
        for (source, sentence, level, words) in levelMentions {
            guard !named.contains(level), let (name, short) = DraftLexicon.unnamedCourts[level] else { continue }
            cited[source][sentence - 1] = true
            let key = "\(level.rawValue) named by level \(source)"
            if let known = courtByKey[key] {
                if !courts[known].citations.contains(words) { courts[known].citations.append(words) }
            } else {
                courtByKey[key] = courts.count
                courts.append(
                    CourtProposal(
                        key: key, name: name, shortName: short, level: level, namedness: -1, citations: [words],
                        firstWords: words.text))
            }
        }
    }

    /// A trial court named only by a judge's title ("District Judge Phyllis Hamilton") is the
    /// trial court another sentence places: the one its article cites, or the draft's one.
    private mutating func joinUnplacedTrialCourts() -> [String: String] {
        let unplaced = Self.unplacedTrialCourt
        let placed = courts.filter { $0.level == .trial && !$0.key.hasPrefix(unplaced) }
        var alias: [String: String] = [:]
        for court in courts where court.key.hasPrefix(unplaced) {
            let sourceID = court.citations.first?.sourceID
            let inArticle = placed.filter { $0.citations.contains { $0.sourceID == sourceID } }
            guard let target = (inArticle.count == 1 ? inArticle : placed.count == 1 ? placed : []).first else {
                continue
            }
            alias[court.key] = target.key
        }
        for (from, to) in alias {
            guard let source = courtByKey[from], let target = courtByKey[to] else { continue }
            for quote in courts[source].citations where !courts[target].citations.contains(quote) {
                courts[target].citations.append(quote)
            }
        }
        courts.removeAll { alias[$0.key] != nil }
        courtByKey = Dictionary(uniqueKeysWithValues: courts.enumerated().map { ($1.key, $0) })
        return alias
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
}
