/// A word that reports a legal action ("sued", "ruled", "appealed") or names one ("decision",
/// "lawsuit"), and the kind of event it is.
struct Action {
    let word: Int
    let kind: Event.Kind
    /// A verb reports the action ("granted"); a noun only names it ("the decision").
    let isVerb: Bool

    static func find(in words: [Word]) -> [Action] {
        words.indices.compactMap { index in
            let word = words[index].lower
            // "an appeals court", "the trial judge": a court's name, not an action.
            if index + 1 < words.count, DraftLexicon.courtNouns.contains(words[index + 1].lower) {
                return nil
            }
            // "the court of appeals": the level after the court's noun is no action either.
            if index >= 2, words[index - 1].lower == "of", DraftLexicon.courtNouns.contains(words[index - 2].lower) {
                return nil
            }
            // "the 42 days the rules allow": after a determiner, a verb's spelling is a noun.
            let before = index > 0 ? words[index - 1].lower : ""
            // "a hearing is set for July 15": a passive participle is no one's act.
            let passive = DraftLexicon.schedulingVerbs.contains(word) && DraftLexicon.beForms.contains(before)
            // "moved to compel arbitration", "moved for summary judgment": a motion.
            if ["moved", "moves"].contains(word), index + 2 < words.count,
                words[index + 1].lower == "for"
                    || (words[index + 1].lower == "to" && DraftLexicon.motionVerbs.contains(words[index + 2].lower))
            {
                return Action(word: index, kind: .filing, isVerb: true)
            }
            // "told the Georgia Court of Appeals on Monday that …", "urged the justices to": what a
            // party tells a court it tells in a filing.
            if DraftLexicon.addressingVerbs.contains(word), addressesACourt(from: index + 1, in: words) {
                return Action(word: index, kind: .filing, isVerb: true)
            }
            // "tried to block the deal", "stayed in service": another sense than the action's.
            if index + 1 < words.count, DraftLexicon.otherSenseBefore[word]?.contains(words[index + 1].lower) == true {
                return nil
            }
            // "the fire that destroyed a duplex": after "that", a past tense is a verb.
            let determined = DraftLexicon.determiners.contains(before) && !(before == "that" && word.hasSuffix("ed"))
            if let kind = verbs[word], !determined, !passive {
                return Action(word: index, kind: kind, isVerb: true)
            }
            // "The collision took place", "The crash happened": what happened is conduct, unless
            // the clause's subject names an action ("The trial took place over five days").
            let occurs = DraftLexicon.occurrenceVerbs.contains(word)
            if occurs || (word == "place" && DraftLexicon.takingPlace.contains(before)) {
                var start = index - 1
                while start > 0, index - start < 8, !words[start - 1].endsClause { start -= 1 }
                if words[start..<index].contains(where: { DraftLexicon.actionNouns[$0.lower] != nil }) { return nil }
                if !occurs { return Action(word: index, kind: .conduct, isVerb: true) }
            }
            // "put on hold the eviction", "put the eviction on hold": a court's stay, else conduct.
            if word == "hold", before == "on",
                words[max(0, index - 6)..<index].contains(where: { DraftLexicon.puttingOnHold.contains($0.lower) })
            {
                return Action(word: index, kind: .conduct, isVerb: true)
            }
            if word == "effect", index > 0, DraftLexicon.takingEffect.contains(words[index - 1].lower) {
                return Action(word: index, kind: .ruling, isVerb: true)
            }
            if word == "until", DraftLexicon.deadlineHolders.contains(before) {
                return Action(word: index, kind: .filing, isVerb: true)
            }
            if let kind = DraftLexicon.actionNouns[word] { return Action(word: index, kind: kind, isVerb: false) }
            return nil
        }
    }

    /// A court's name or level right after a determiner at `start`: "the 9th Circuit", "a
    /// federal appeals court", "the justices".
    private static func addressesACourt(from start: Int, in words: [Word]) -> Bool {
        guard start < words.count, DraftLexicon.determiners.contains(words[start].lower) else { return false }
        for word in words[(start + 1)..<min(words.count, start + 7)] {
            if DraftLexicon.courtAddressHeads.contains(SentenceReading.withoutPossessive(word.lower)) { return true }
            guard !word.endsClause, SentenceReading.isCourtNameWord(word) else { return false }
        }
        return false
    }

    private static let verbs: [String: Event.Kind] = {
        var table: [String: Event.Kind] = [:]
        for (kind, words) in DraftLexicon.actionVerbs { for word in words { table[word] = kind } }
        return table
    }()
}
