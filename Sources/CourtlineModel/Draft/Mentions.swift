/// A court a sentence names, or implies by naming its judge: "the 9th U.S. Circuit Court of
/// Appeals", "US District Judge Phyllis Hamilton in Oakland, California", "a federal judge in
/// California".
struct CourtMention {
    let words: Range<Int>
    let level: Court.Level
    /// Which court this is, so two mentions of one court are one court: the level and the
    /// circuit, state or name ("appeals 9th", "trial california", "supreme us").
    let key: String
    /// The court's name in the sentence's words, or made of them ("District court in Oakland,
    /// California" from "District Judge … in Oakland, California").
    let name: String
    let shortName: String
    /// How sure the name is: a court named outright (2) over one implied by a judge with a place
    /// (1) over one without (0); the best names the drafted court.
    let namedness: Int

    static func find(in words: [Word], judges: [PersonMention]) -> [CourtMention] {
        var found: [CourtMention] = []
        var taken = Set<Int>()
        func add(_ mention: CourtMention) {
            guard !mention.words.contains(where: taken.contains) else { return }
            found.append(mention)
            taken.formUnion(mention.words)
        }
        for judge in judges { if let court = judge.court { add(court) } }
        for index in words.indices {
            let word = words[index].lower
            if word == "circuit", let mention = circuit(at: index, in: words) { add(mention) }
            if word == "court", words[index].isCapitalized, let mention = namedCourt(at: index, in: words) {
                add(mention)
            }
            if word == "judge" || word == "court" || word == "jury", !words[index].isCapitalized,
                let mention = placedCourt(at: index, in: words)
            {
                add(mention)
            }
        }
        return found.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    /// "9th U.S. Circuit Court of Appeals", "Ninth Circuit".
    private static func circuit(at index: Int, in words: [Word]) -> CourtMention? {
        var start = index - 1
        if start >= 0, ["u.s.", "us", "federal"].contains(words[start].lower) { start -= 1 }
        guard start >= 0, let number = ordinal(words[start].lower) ?? circuitName(words[start].lower) else {
            return nil
        }
        var end = index + 1
        if end + 2 < words.count, words[end].lower == "court", words[end + 1].lower == "of",
            words[end + 2].lower.hasPrefix("appeal")
        {
            end += 3
        }
        let text = words[start..<end].map(\.text).joined(separator: " ")
        return CourtMention(
            words: start..<end, level: .appeals, key: "appeals \(number)", name: text, shortName: "\(number) Cir.",
            namedness: 2)
    }

    /// "US Supreme Court", "US District Court for the Northern District of California",
    /// "Delaware Court of Chancery", "High Court": capitalized words around "Court".
    private static func namedCourt(at index: Int, in words: [Word]) -> CourtMention? {
        var start = index
        while start > 0, words[start - 1].isCapitalized || words[start - 1].lower == "u.s.",
            !words[start - 1].endsClause,
            !determiners.contains(words[start - 1].lower), words[start - 1].lower != "judge"
        {
            start -= 1
        }
        var end = index + 1
        // "Court of Appeals", "Court of Chancery", "for the Northern District of California".
        if end + 1 < words.count, words[end].lower == "of", words[end + 1].isCapitalized, !words[index].endsClause {
            end += 2
        }
        if end + 4 < words.count, !words[end - 1].endsClause, words[end].lower == "for", words[end + 1].lower == "the",
            words[end + 3].lower == "district", words[end + 4].lower == "of", end + 5 < words.count
        {
            end += 6
        }
        let lower = words[start..<end].map(\.lower)
        guard end - start > 1 else { return nil }
        let text = words[start..<end].map(\.text).joined(separator: " ")
        let level: Court.Level
        let key: String
        if lower.contains("supreme") {
            level = .supreme
            let place = lower.prefix { $0 != "supreme" }.filter { !["u.s.", "us", "united", "states"].contains($0) }
            key = "supreme " + (place.isEmpty ? "us" : place.joined(separator: " "))
        } else if lower.contains(where: { $0.hasPrefix("appeal") }) {
            level = .appeals
            key = "appeals " + text.lowercased()
            // "Court of Appeals for the Federal Circuit" is the court "the Federal Circuit" names.
            if end + 3 < words.count, words[end].lower == "for", words[end + 1].lower == "the",
                words[end + 3].lower == "circuit",
                let circuit = ordinal(words[end + 2].lower) ?? circuitName(words[end + 2].lower)
            {
                let name = words[start..<(end + 4)].map(\.text).joined(separator: " ")
                return CourtMention(
                    words: start..<(end + 4), level: .appeals, key: "appeals \(circuit)", name: name,
                    shortName: "\(circuit) Cir.", namedness: 2)
            }
        } else if lower.contains(where: { trialWords.contains($0) }) {
            level = .trial
            key = "trial " + (lower.last.map { lower.contains("of") || lower.count > 2 ? $0 : "?" } ?? "?")
        } else {
            level = .other
            key = "other " + text.lowercased()
        }
        let short =
            switch level {
            case .supreme: "Supreme"
            case .trial where lower.contains("district"): "District"
            default: words[start].text
            }
        return CourtMention(words: start..<end, level: level, key: key, name: text, shortName: short, namedness: 2)
    }

    /// A court named by its level and place: "a federal judge in California", "a U.S. judge in
    /// Manhattan", "federal court in Delaware", "an appeals court in Austin".
    private static func placedCourt(at index: Int, in words: [Word]) -> CourtMention? {
        guard index > 0, let level = placedLevels[words[index - 1].lower],
            let (place, end) = place(after: index + 1, in: words)
        else { return nil }
        var start = index - 1
        if start > 0, determiners.contains(words[start - 1].lower) { start -= 1 }
        let (name, short) = level == .appeals ? ("Appeals court", "Appeals") : ("Federal court", "District")
        return CourtMention(
            words: start..<end, level: level, key: "\(level.rawValue) " + place.last!.lowercased(),
            name: "\(name) in " + place.joined(separator: ", "), shortName: short, namedness: 1)
    }

    private static let placedLevels: [String: Court.Level] = [
        "federal": .trial, "u.s.": .trial, "us": .trial, "district": .trial, "appeals": .appeals,
        "appellate": .appeals,
    ]

    /// "in Oakland, California": the capitalized place words after "in", and where they end.
    static func place(after index: Int, in words: [Word]) -> ([String], Int)? {
        guard index < words.count, words[index].lower == "in" else { return nil }
        var place: [String] = []
        var end = index + 1
        var current: [String] = []
        while end < words.count, words[end].isCapitalized, !determiners.contains(words[end].lower) {
            current.append(words[end].text)
            end += 1
            if words[end - 1].endsClause || end == words.count {
                place.append(current.joined(separator: " "))
                current = []
                // "in Oakland, California, granted": a place of one or two parts.
                if place.count == 2 || end == words.count || !words[end].isCapitalized { break }
            }
        }
        if !current.isEmpty { place.append(current.joined(separator: " ")) }
        return place.isEmpty ? nil : (place, end)
    }

    /// The circuits named rather than numbered: "Federal Circuit", "D.C. Circuit".
    private static func circuitName(_ word: String) -> String? {
        ["federal": "Fed.", "d.c.": "D.C."][word]
    }

    /// "9th" → "9th", "Ninth" → "9th".
    private static func ordinal(_ word: String) -> String? {
        if let digits = Int(word.prefix { $0.isNumber }),
            ["st", "nd", "rd", "th"].contains(String(word.drop { $0.isNumber }))
        {
            return "\(digits)\(word.drop { $0.isNumber })"
        }
        return ordinalWords[word].map { "\($0)\(suffix($0))" }
    }

    private static func suffix(_ number: Int) -> String {
        switch number {
        case 1: "st"
        case 2: "nd"
        case 3: "rd"
        default: "th"
        }
    }

    private static let ordinalWords = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11,
    ]
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "its", "their", "his", "her"]
    private static let trialWords: Set<String> = [
        "district", "superior", "chancery", "high", "county", "magistrates", "crown", "bankruptcy", "trial",
        "commercial",
    ]
}

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
            while start > 0, judgeTitles.contains(words[start - 1].lower) { start -= 1 }
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
        for index in words.indices where roleWords.contains(words[index].lower) {
            guard !judges.contains(where: { $0.words.contains(index) }) else { continue }
            // Before the name: "WhatsApp spokesman Carl Woog", "Acme's chief executive, Priya Raman,".
            let appositive =
                words[index].endsClause && nameEnd(from: index + 1, in: words).map { words[$0 - 1].endsClause } == true
            if !words[index].endsClause || appositive, let nameEnd = nameEnd(from: index + 1, in: words) {
                var start = index
                while start > 0, roleModifiers.contains(words[start - 1].lower) { start -= 1 }
                // Whose role: "WhatsApp spokesman", "Lone Star spokesman", up to three words.
                let roleStart = start
                while start > 0, roleStart - start < 3, words[start - 1].isCapitalized, !words[start - 1].endsClause,
                    !CourtMention.determiners.contains(words[start - 1].lower)
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
                CourtMention.determiners.contains(words[roleStart].lower) ? roleStart + 1 : roleStart
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
            if words[end - 1].endsClause { break }
        }
        return end - start >= 2 ? end : nil
    }

    private static let judgeTitles: Set<String> = [
        "us", "u.s.", "district", "circuit", "magistrate", "bankruptcy", "chief", "federal", "senior", "appeals",
        "court", "supreme", "associate",
    ]
    private static let roleModifiers: Set<String> = ["chief", "senior", "general", "deputy", "vice", "former", "lead"]
    /// Where a person named by a role word stands: the judge sits on the court, a lawyer is
    /// counsel, and anyone else (a spokesman, a researcher) is only named.
    static func standing(ofRole roleWord: String) -> Party.Standing {
        switch roleWord {
        case "judge", "justice", "magistrate": .court
        case "lawyer", "attorney", "counsel", "prosecutor": .counsel
        default: .other
        }
    }

    static let roleWords: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "counsel", "ceo", "founder", "president",
        "director", "head", "researcher", "analyst", "professor", "prosecutor", "minister", "senator", "chairman",
        "chairwoman", "executive",
    ]
}

/// "Acme sued Widget Co.": who sued whom, as capitalized names either side of the verb; or
/// "a lawsuit … against Lone Star Pipeline LLC": who was sued.
struct SuitMention {
    let plaintiff: Range<Int>?
    let defendant: Range<Int>

    static func find(in words: [Word]) -> [SuitMention] {
        var found: [SuitMention] = []
        for index in words.indices {
            if ["sued", "sues", "countersued"].contains(words[index].lower),
                let plaintiff = name(endingBefore: index, in: words), !words[index].endsClause,
                let defendant = name(startingAt: index + 1, in: words)
            {
                found.append(SuitMention(plaintiff: plaintiff, defendant: defendant))
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
            if words[start].lower.hasSuffix("'s") || words[start].lower.hasSuffix("’s") {
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
        word.isCapitalized && !CourtMention.determiners.contains(word.lower)
            && !["In", "On", "Last"].contains(word.text)
    }
}
