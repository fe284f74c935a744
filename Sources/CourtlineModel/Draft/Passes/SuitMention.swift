/// "Acme sued Widget Co.": who sued whom, as capitalized names either side of the verb; or
/// "a lawsuit … against Lone Star Pipeline LLC": who was sued.
struct SuitMention {
    let plaintiff: Range<Int>?
    let defendant: Range<Int>

    static func find(in words: [Word]) -> [SuitMention] {
        var found: [SuitMention] = []
        for index in words.indices {
            // "The family sued Calor": a plaintiff named by a common noun is no name, but the
            // one sued still is.
            if ["sued", "sues", "countersued"].contains(words[index].lower), !words[index].endsClause,
                let defendant = name(startingAt: index + 1, in: words)
            {
                found.append(SuitMention(plaintiff: name(endingBefore: index, in: words), defendant: defendant))
            } else if ["suit", "lawsuit", "case", "complaint", "claims"].contains(words[index].lower),
                let against = words[index...].prefix(8).firstIndex(where: { $0.lower == "against" }),
                !words[index..<against].contains(where: \.endsClause), against + 1 < words.count,
                let defendant = name(startingAt: against + 1, in: words)
            {
                found.append(SuitMention(plaintiff: nil, defendant: defendant))
            }
        }
        return found
    }

    /// Capitalized words just before `end`, up to four, after any possessive ("Israel's NSO Group").
    static func name(endingBefore end: Int, in words: [Word]) -> Range<Int>? {
        var start = end
        while start > 0, end - start < 4, isNameWord(words[start - 1]), !words[start - 1].endsClause || start == end {
            start -= 1
            if SentenceReading.isPossessive(words[start].lower) {
                start += 1
                break
            }
        }
        return start < end ? start..<end : nil
    }

    /// Capitalized words from `start`, up to four, stopping at the clause's end.
    static func name(startingAt start: Int, in words: [Word]) -> Range<Int>? {
        var end = start
        while end < words.count, end - start < 4, isNameWord(words[end]) {
            end += 1
            if words[end - 1].endsClause { break }
        }
        return end > start ? start..<end : nil
    }

    private static func isNameWord(_ word: Word) -> Bool {
        word.isCapitalized && !DraftLexicon.determiners.contains(word.lower)
            && !["In", "On", "Last"].contains(word.text)
    }
}
