/// The mention pass: each court, judge, person with a role and side of a suit the sentence
/// names is proposed, or cites again the proposal it already has; words that name a court only
/// by its level are kept for the merge pass to propose a court for where none is named.
extension CaseDrafter {
    /// Whether the sentence named anything, and so is cited.
    mutating func proposeMentions(in here: inout SentenceInDraft) -> Bool {
        let (reading, source, words) = (here.reading, here.source, here.words)
        var cites = false
        for mention in reading.courts {
            let key = Self.courtKey(of: mention, in: source)
            addCourt(mention, key: key, citing: quote(words: mention.words, of: here))
            here.courtKeys.append((mention.words, key))
            cites = true
        }
        for person in reading.people {
            addParty(
                person.name, kind: .person, standing: PersonMention.standing(ofRole: person.roleWord), side: nil,
                role: person.role, citing: quote(words: person.words, of: here))
            if let court = person.court { judgeCourts[person.surname] = Self.courtKey(of: court, in: source) }
            cites = true
        }
        for suit in reading.suits {
            if let plaintiff = suit.plaintiff {
                addParty(
                    words[plaintiff].map(\.text).joined(separator: " "), kind: .organization, standing: .litigant,
                    side: "plaintiff", role: "plaintiff", citing: quote(words: plaintiff, of: here))
            }
            addParty(
                words[suit.defendant].map(\.text).joined(separator: " "), kind: .organization, standing: .litigant,
                side: "defendant", role: "defendant", citing: quote(words: suit.defendant, of: here))
            cites = true
        }
        for index in reading.courtsLastNamed {
            let earlier = here.courtKeys.last { $0.words.upperBound <= index }?.key ?? lastNamedCourt[source]
            // "the Board" is the board named last, not a court of another name.
            let noun = SentenceReading.withoutPossessive(words[index].lower)
            if let earlier,
                noun == "court" || courtByKey[earlier].map({ courts[$0].name.lowercased().contains(noun) }) == true
            {
                here.courtKeys.append((index..<index + 1, earlier))
            }
        }
        here.courtKeys.sort { $0.words.lowerBound < $1.words.lowerBound }
        // "…, a jury in the U.S. District Court … . The company will ask Judge Samuel Ortega to cut
        // the award": a judge titled only "Judge" sits on the trial court the sentence names, or
        // else the one named last before it.
        for person in reading.people
        where person.roleWord == "judge" && person.role == "Judge" && person.court == nil
            && judgeCourts[person.surname] == nil
        {
            let named =
                here.courtKeys.last { $0.words.upperBound <= person.words.lowerBound }?.key
                ?? here.courtKeys.first?.key ?? lastNamedCourt[source]
            if let named, let index = courtByKey[named], courts[index].level == .trial {
                judgeCourts[person.surname] = named
            }
        }
        if let last = here.courtKeys.last { lastNamedCourt[source] = last.key }
        let judges = judgeCourts
        here.judgeCourt = words.lazy.compactMap { judges[$0.text] }.first
        // Level words inside a named court ("a federal judge in California") or just after it ("a
        // Michigan Court of Appeals panel", "the Ohio Supreme Court justices") are that court.
        let courtKeys = here.courtKeys
        here.levels = reading.courtLevels.filter { level in
            !courtKeys.contains { $0.words.contains(level.word) || $0.words.upperBound == level.word }
        }
        for level in here.levels {
            let first = level.word > 0 && DraftLexicon.determiners.contains(words[level.word - 1].lower)
            levelMentions.append(
                (
                    source, here.sentence.index, level.level,
                    quote(words: (first ? level.word - 1 : level.word)..<(level.word + 1), of: here)
                ))
        }
        return cites
    }

    /// A trial court no place names ("District Judge Carla Ortega") is its article's own until
    /// it is known which court it is (see `joinUnplacedTrialCourts`).
    static func courtKey(of mention: CourtMention, in source: Int) -> String {
        mention.key == unplacedTrialCourt ? "\(unplacedTrialCourt) \(source)" : mention.key
    }

    static let unplacedTrialCourt = "trial ?"

    mutating func addCourt(_ mention: CourtMention, key: String, citing quote: CaseDraft.Quote) {
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
    mutating func addParty(
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
}
