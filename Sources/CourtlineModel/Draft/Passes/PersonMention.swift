/// A person the sentence names with a role: a judge ("US District Judge Phyllis Hamilton"), or
/// someone with a title ("WhatsApp spokesman Carl Woog", "Will Cathcart, head of WhatsApp").
struct PersonMention {
    let words: Range<Int>
    /// The words of the name alone.
    let nameWords: Range<Int>
    let name: String
    let role: String
    /// The role's own word, lower-cased: "judge", "spokesman", "head".
    let roleWord: String
    /// A judge's court, where the title or place says which.
    let court: CourtMention?

    var surname: String { name.split(separator: " ").last.map(String.init) ?? name }

    static func judges(in words: [Word]) -> [PersonMention] {
        words.indices.compactMap { index -> PersonMention? in
            guard words[index].lower == "judge" || words[index].lower == "justice", words[index].isCapitalized,
                let nameEnd = nameEnd(from: index + 1, in: words)
            else { return nil }
            var start = index
            while start > 0, DraftLexicon.judgeTitles.contains(words[start - 1].lower) { start -= 1 }
            let titles = words[start...index].map(\.text).joined(separator: " ")
            let lowerTitles = Set(words[start..<index].map(\.lower))
            let name = words[(index + 1)..<nameEnd].map(\.text).joined(separator: " ")
            var end = nameEnd
            var court: CourtMention?
            let level: Court.Level? =
                words[index].lower == "justice"
                ? .supreme
                : !lowerTitles.isDisjoint(with: ["district", "magistrate", "bankruptcy", "federal"])
                    ? .trial : lowerTitles.contains("circuit") ? .appeals : nil
            if level == .trial {
                let place =
                    nameEnd > 0 && !words[nameEnd - 1].endsClause ? CourtMention.place(after: nameEnd, in: words) : nil
                if let placeEnd = place?.1 { end = placeEnd }
                let kind = lowerTitles.contains("bankruptcy") ? "Bankruptcy" : "District"
                court = CourtMention(
                    words: start..<end, level: .trial, key: "trial " + (place?.0.last?.lowercased() ?? "?"),
                    name: "\(kind) court" + (place.map { " in " + $0.0.joined(separator: ", ") } ?? ""),
                    shortName: kind, namedness: place == nil ? 0 : 1)
            }
            return PersonMention(
                words: start..<end, nameWords: (index + 1)..<nameEnd, name: name, role: titles,
                roleWord: "judge", court: court)
        }
    }

    /// "WhatsApp spokesman Carl Woog" and "Will Cathcart, head of WhatsApp": a role word next to
    /// a name of two or three capitalized words.
    static func titled(in words: [Word], skipping judges: [PersonMention]) -> [PersonMention] {
        var found: [PersonMention] = []
        for index in words.indices where DraftLexicon.roleWords.contains(words[index].lower) {
            guard !judges.contains(where: { $0.words.contains(index) }) else { continue }
            // Before the name: "WhatsApp spokesman Carl Woog", "Acme's chief executive, Priya Raman,".
            let appositive =
                words[index].endsClause && nameEnd(from: index + 1, in: words).map { words[$0 - 1].endsClause } == true
            if !words[index].endsClause || appositive, let nameEnd = nameEnd(from: index + 1, in: words) {
                var start = index
                while start > 0, DraftLexicon.roleModifiers.contains(words[start - 1].lower) { start -= 1 }
                // Whose role: "WhatsApp spokesman", "Lone Star spokesman", up to three words.
                let roleStart = start
                while start > 0, roleStart - start < 3, words[start - 1].isCapitalized, !words[start - 1].endsClause,
                    !DraftLexicon.determiners.contains(words[start - 1].lower)
                {
                    start -= 1
                }
                let role = words[start...index].map(\.text).joined(separator: " ")
                let name = words[(index + 1)..<nameEnd].map(\.text).joined(separator: " ")
                found.append(
                    PersonMention(
                        words: start..<nameEnd, nameWords: (index + 1)..<nameEnd, name: name, role: role,
                        roleWord: words[index].lower, court: nil))
                continue
            }
            // After the name: "Will Cathcart, head of WhatsApp", "Jane Roe, a lawyer for Acme".
            var roleStart = index
            while roleStart > 0, !words[roleStart - 1].endsClause, words[roleStart - 1].isPlainLowercase {
                roleStart -= 1
            }
            guard roleStart > 0, words[roleStart - 1].endsClause else { continue }
            var nameStart = roleStart - 1
            while nameStart > 0, words[nameStart - 1].isCapitalized, !words[nameStart - 1].endsClause,
                roleStart - nameStart < 3
            {
                nameStart -= 1
            }
            guard roleStart - nameStart >= 2, words[nameStart..<roleStart].allSatisfy(\.isCapitalized),
                nameStart == 0 || !words[nameStart - 1].isCapitalized
            else { continue }
            var end = index + 1
            while end < words.count, !words[end - 1].endsClause, end - index < 8 { end += 1 }
            let roleWordsFrom =
                DraftLexicon.determiners.contains(words[roleStart].lower) ? roleStart + 1 : roleStart
            let role = words[roleWordsFrom..<end].map(\.text).joined(separator: " ")
            let name = words[nameStart..<roleStart].map(\.text).joined(separator: " ")
            found.append(
                PersonMention(
                    words: nameStart..<end, nameWords: nameStart..<roleStart, name: name, role: role,
                    roleWord: words[index].lower, court: nil))
        }
        return found
    }

    /// Where a name of two or three capitalized words starting at `start` ends.
    private static func nameEnd(from start: Int, in words: [Word]) -> Int? {
        var end = start
        while end < words.count, end - start < 3, words[end].isCapitalized, words[end].text.count > 1,
            words[end].text.first?.isLetter == true
        {
            end += 1
            // "Judge Denise Cote's July 10 verdict": a possessive ends the name.
            if words[end - 1].endsClause || SentenceReading.isPossessive(words[end - 1].lower) { break }
        }
        return end - start >= 2 ? end : nil
    }

    /// Where a person named by a role word stands: the judge sits on the court, a lawyer is
    /// counsel, and anyone else (a spokesman, a researcher) is only named.
    static func standing(ofRole roleWord: String) -> Party.Standing {
        DraftLexicon.standingByRole[roleWord] ?? .other
    }
}
