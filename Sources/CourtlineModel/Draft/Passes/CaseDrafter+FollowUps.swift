/// The follow-up pass, for a sentence with no date of its own: one where the judge or court
/// goes on ("Hamilton also found") cites the ruling just reported, and a reaction to the
/// ruling ("said the ruling was a victory", "did not immediately respond") is a statement dated
/// after the ruling and by the publication.
extension CaseDrafter {
    /// Whether the sentence followed up an event, and so is cited.
    mutating func followUp(in here: SentenceInDraft) -> Bool {
        let (reading, source, sentence) = (here.reading, here.source, here.sentence)
        if let index = continued(by: reading, in: source, at: sentence.index, judgeCourt: here.judgeCourt) {
            proposals[index].citations.append(here.whole)
            proposals[index].lastSentence = sentence.index
            if proposals[index].courtKey == nil {
                proposals[index].courtKey = here.courtKeys.first?.key ?? here.judgeCourt
            }
            return true
        }
        guard let (words, ruling) = reaction(in: reading, of: source) else { return false }
        let published = sources[source].published
        let text = SentenceReading.text(of: words, in: reading.words, of: here.text)
        let earliest = proposals[ruling].interval.earliest
        proposals.append(
            EventProposal(
                kind: .statement,
                title: EventTitle.title(around: words.lowerBound, in: reading, of: here.text, dateline: here.dateline),
                summary: String(here.text),
                dates: [CaseDraft.DateText(text: text, sourceID: sources[source].id, anchor: nil)],
                interval: EventDate(
                    text: text, earliest: earliest.map { min($0, published) }, latest: published, explanation: ""),
                courtKey: nil, citations: [here.whole], anchor: nil, reactsTo: ruling, actionWord: text, source: source,
                lastSentence: sentence.index))
        return true
    }

    /// Words that react to the article's ruling ("said the ruling was a victory", "welcomed the
    /// ruling", "did not immediately respond"), and the ruling's proposal: the latest one this
    /// article has made so far.
    func reaction(in reading: SentenceReading, of source: Int) -> (Range<Int>, Int)? {
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
            DraftLexicon.rulingNouns.contains(words[index].lower)
                && DraftLexicon.rulingReferents.contains(words[index - 1].lower)
        }
        guard refersToRuling,
            let verb = words.indices.first(where: { DraftLexicon.reactionVerbs.contains(words[$0].lower) })
        else { return nil }
        return (verb..<verb + 1, ruling)
    }

    /// A sentence with no date of its own that carries on the ruling just reported: a judge (by
    /// title, surname, or "She"/"He" opening it) is the subject of a ruling verb, within three
    /// sentences of the ruling's.
    func continued(by reading: SentenceReading, in source: Int, at sentence: Int, judgeCourt: String?) -> Int? {
        // "The family's attorney said they would ask the court…": what someone says a court
        // will do carries on no ruling.
        guard let verb = reading.actions.first(where: { $0.kind == .ruling && $0.isVerb }),
            !reading.actions.contains(where: { $0.kind == .statement && $0.word < verb.word })
        else { return nil }
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
}
