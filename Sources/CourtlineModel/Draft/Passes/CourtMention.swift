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
        // A line in capitals ("COURT OF APPEALS THROWS OUT VERDICT") capitalizes every word, so
        // its capitals name no court.
        let shouting = words.count >= 3 && words.allSatisfy { $0.text == $0.text.uppercased() }
        for index in words.indices where !shouting {
            let word = words[index].lower
            if word == "circuit", let mention = circuit(at: index, in: words) { add(mention) }
            if SentenceReading.withoutPossessive(word) == "court", words[index].isCapitalized,
                let mention = namedCourt(at: index, in: words)
            {
                add(mention)
            }
            if words[index].isCapitalized, let mention = namedWithoutTheWord(at: index, in: words) { add(mention) }
            if word == "district", words[index].isCapitalized, let mention = district(at: index, in: words) {
                add(mention)
            }
            if DraftLexicon.tribunalHeads[word] != nil, words[index].isCapitalized,
                let mention = tribunal(at: index, in: words)
            {
                add(mention)
            }
            if word == "judge" || word == "court" || word == "jury", !words[index].isCapitalized,
                let mention = placedCourt(at: index, in: words)
            {
                add(mention)
            }
            if word == "tribunal", !words[index].isCapitalized, let mention = placedTribunal(at: index, in: words) {
                add(mention)
            }
        }
        return found.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    /// "9th U.S. Circuit Court of Appeals", "Ninth Circuit".
    private static func circuit(at index: Int, in words: [Word]) -> CourtMention? {
        var start = index - 1
        // "the 9th U.S. Circuit", but "the Federal Circuit" is a circuit's name.
        if start >= 1, ["u.s.", "us", "federal"].contains(words[start].lower), ordinal(words[start - 1].lower) != nil {
            start -= 1
        }
        guard start >= 0, let number = ordinal(words[start].lower) ?? circuitName(words[start].lower) else {
            return nil
        }
        var end = index + 1
        if end + 2 < words.count, words[end].lower == "court", words[end + 1].lower == "of",
            words[end + 2].lower.hasPrefix("appeal")
        {
            end += 3
        }
        return circuitCourt(number, named: start..<end, in: words)
    }

    /// "US Supreme Court", "US District Court for the Northern District of California",
    /// "Delaware Court of Chancery", "High Court": capitalized words around "Court".
    private static func namedCourt(at index: Int, in words: [Word]) -> CourtMention? {
        var start = index
        while start > 0, words[start - 1].isCapitalized || words[start - 1].lower == "u.s.",
            !words[start - 1].endsClause,
            !DraftLexicon.determiners.contains(words[start - 1].lower), words[start - 1].lower != "judge"
        {
            start -= 1
        }
        var end = index + 1
        // "Court of Appeals", "Court of Chancery", "for the Northern District of California".
        if end + 1 < words.count, words[end].lower == "of", words[end + 1].isCapitalized, !words[index].endsClause {
            end += 2
            // "Supreme Court of British Columbia": a place of up to three words, but not a judge's
            // title or a date after it ("Court of Chancery Judge Ruiz", "of Georgia Tuesday").
            if !DraftLexicon.courtNameEndings.contains(words[end - 1].lower) {
                end = endOfPlace(from: end, before: index + 5, in: words) { word in
                    word.lower == "justice" || DraftLexicon.judgeTitles.contains(word.lower)
                        || TimexLexicon.months[word.lower] != nil || TimexLexicon.weekdays[word.lower] != nil
                }
            }
            // "Circuit Court of Cook County", "Court of Common Pleas", "Court of Criminal Appeals".
            while end < words.count, end - index < 5, !words[end - 1].endsClause,
                DraftLexicon.courtNameEndings.contains(words[end].lower), words[end].isCapitalized
            {
                end += 1
            }
        }
        if end + 4 < words.count, !words[end - 1].endsClause, words[end].lower == "for", words[end + 1].lower == "the",
            words[end + 3].lower == "district", words[end + 4].lower == "of", end + 5 < words.count
        {
            // "for the Southern District of New York": the state's name may be two words.
            end = endOfPlace(from: end + 6, before: index + 10, in: words)
        } else if end + 1 < words.count, !words[end - 1].endsClause, words[end].lower == "for",
            words[end + 1].isCapitalized, !DraftLexicon.determiners.contains(words[end + 1].lower)
        {
            // "the Circuit Court for Baltimore City": the place the court is for.
            end = endOfPlace(from: end + 1, before: index + 5, in: words)
        } else if end + 4 < words.count, words[start..<end].contains(where: { $0.lower == "district" }),
            !words[end - 1].endsClause, words[end].lower == "for",
            words[end + 1].lower == "the", words[end + 2].lower == "district", words[end + 3].lower == "of",
            words[end + 4].isCapitalized
        {
            // "for the District of Maryland", "of New Jersey": a district that is a whole state.
            end = endOfPlace(from: end + 5, before: index + 8, in: words)
        }
        guard end - start > 1 else { return nil }
        // "the U.S. Supreme Court's decision": the court, without the possessive.
        var written = words[start..<end].map(\.text)
        written[written.count - 1] = SentenceReading.withoutPossessive(written[written.count - 1])
        let lower = written.map { $0.lowercased() }
        let text = written.joined(separator: " ")
        var level: Court.Level
        var key: String
        if lower.contains("supreme") {
            level = .supreme
            let place = lower.prefix { $0 != "supreme" }.filter { !["u.s.", "us", "united", "states"].contains($0) }
            key = "supreme " + (place.isEmpty ? "us" : place.joined(separator: " "))
        } else if lower.contains(where: DraftLexicon.supremeCourtWords.contains) {
            level = .supreme
            key = "supreme " + text.lowercased()
        } else if lower.contains(where: { $0.hasPrefix("appeal") || $0 == "appellate" }) {
            level = .appeals
            key = "appeals " + text.lowercased()
            // "Court of Appeals for the Federal Circuit" is the court "the Federal Circuit" names.
            if end + 3 < words.count, words[end].lower == "for", words[end + 1].lower == "the",
                words[end + 3].lower == "circuit",
                let circuit = ordinal(words[end + 2].lower) ?? circuitName(words[end + 2].lower)
            {
                return circuitCourt(circuit, named: start..<(end + 4), in: words)
            }
            // "… for the District of Columbia Circuit": the D.C. Circuit.
            if end + 5 < words.count, words[end].lower == "for", words[end + 1].lower == "the",
                words[(end + 2)..<(end + 6)].map(\.lower) == ["district", "of", "columbia", "circuit"]
            {
                return circuitCourt("D.C.", named: start..<(end + 6), in: words)
            }
        } else if lower.contains(where: { DraftLexicon.trialCourtWords.contains($0) }) {
            level = .trial
            // "Britain's High Court" and "Westminster Magistrates' Court" both end in "court": a
            // name that does is told apart by its words, a possessive place aside.
            if lower.last == "court", lower.count > 2, !lower.contains("of") {
                key = "trial " + lower.filter { !SentenceReading.isPossessive($0) }.joined(separator: " ")
            } else {
                key = "trial " + (lower.last.map { lower.contains("of") || lower.count > 2 ? $0 : "?" } ?? "?")
            }
        } else {
            level = .other
            key = "other " + text.lowercased()
        }
        if let named = DraftLexicon.levelsByNamePhrase.first(where: { Self.holds($0.phrase, in: lower) }) {
            level = named.level
            key = "\(named.level.rawValue) " + text.lowercased()
        }
        let short =
            switch level {
            case .supreme where lower.contains("supreme"): "Supreme"
            case .trial where lower.contains("district"): "District"
            // "Court of Appeal", "Court of Chancery": the word after "of" tells it apart, before
            // any place the court is for ("Court of Appeal for Ontario").
            case _ where lower.first == "court" && lower.count >= 3:
                words[(lower.firstIndex(of: "for").map { start + $0 } ?? end) - 1].text
            default: words[start].text
            }
        return CourtMention(words: start..<end, level: level, key: key, name: text, shortName: short, namedness: 2)
    }

    /// Where the capitalized words of a place that start at `end` stop ("New York", "Baltimore
    /// City"): before `limit`, at a clause's end, at a court's noun ("of New Jersey Judge Lin"),
    /// or at a word the caller names.
    private static func endOfPlace(
        from end: Int, before limit: Int, in words: [Word], alsoStoppingAt stops: (Word) -> Bool = { _ in false }
    ) -> Int {
        var end = end
        while end < min(words.count, limit), words[end].isCapitalized, !words[end - 1].endsClause,
            !DraftLexicon.levelHeads.contains(words[end].lower), !stops(words[end])
        {
            end += 1
        }
        return end
    }

    /// Whether `phrase` runs in `words`, word for word.
    private static func holds(_ phrase: [String], in words: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }

    /// "the Appellate Division": a court its name gives without the word "court".
    private static func namedWithoutTheWord(at index: Int, in words: [Word]) -> CourtMention? {
        for (name, level) in DraftLexicon.courtsWithoutTheWord where words[index].lower == name[0] {
            guard index + name.count <= words.count,
                (0..<name.count).allSatisfy({ words[index + $0].lower == name[$0] && words[index + $0].isCapitalized })
            else { continue }
            let range = index..<(index + name.count)
            let text = words[range].map(\.text).joined(separator: " ")
            return CourtMention(
                words: range, level: level, key: "\(level.rawValue) " + text.lowercased(), name: text,
                shortName: words[range.upperBound - 1].text, namedness: 2)
        }
        return nil
    }

    /// "the Southern District of New York", "the District of Delaware": a federal trial court
    /// named by its district alone.
    private static func district(at index: Int, in words: [Word]) -> CourtMention? {
        guard index + 2 < words.count, words[index + 1].lower == "of", !words[index].endsClause,
            words[index + 2].isCapitalized
        else { return nil }
        var start = index
        if start > 0, DraftLexicon.districtDirections.contains(words[start - 1].lower), words[start - 1].isCapitalized {
            start -= 1
        }
        var end = index + 3
        while end < words.count, end - index < 5, words[end].isCapitalized, !words[end - 1].endsClause { end += 1 }
        // "the District of Columbia Circuit U.S. Court of Appeals": the D.C. Circuit, as "the
        // D.C. Circuit" names it.
        if words[index + 2].lower == "columbia",
            let circuit = words[start..<end].firstIndex(where: { $0.lower == "circuit" })
        {
            return circuitCourt("D.C.", named: start..<(circuit + 1), in: words)
        }
        // One key with "U.S. District Court for the Southern District of New York": its last word.
        let name = words[start..<end].map(\.text).joined(separator: " ")
        return CourtMention(
            words: start..<end, level: .trial, key: "trial " + words[end - 1].lower, name: name,
            shortName: "District", namedness: 2)
    }

    /// "the Patent Trial and Appeal Board", "the Board of Immigration Appeals", "the Competition
    /// Appeal Tribunal": capitalized words around "Board" that say it hears trials or appeals, or
    /// around "Tribunal".
    private static func tribunal(at index: Int, in words: [Word]) -> CourtMention? {
        var start = index
        while start > 0, words[start - 1].isCapitalized || words[start - 1].lower == "and",
            !words[start - 1].endsClause, !DraftLexicon.determiners.contains(words[start - 1].lower)
        {
            start -= 1
        }
        var end = index + 1
        if end + 1 < words.count, words[end].lower == "of", !words[index].endsClause {
            end += 1
            while end < words.count, words[end].isCapitalized, end - index < 5 {
                end += 1
                if words[end - 1].endsClause { break }
            }
        }
        let lower = words[start..<end].map(\.lower)
        let needsAWord = DraftLexicon.tribunalHeads[words[index].lower] ?? true
        guard end - start > 1, !needsAWord || lower.contains(where: DraftLexicon.tribunalWords.contains) else {
            return nil
        }
        let name = words[start..<end].map(\.text).joined(separator: " ")
        return CourtMention(
            words: start..<end, level: .other, key: "other " + name.lowercased(), name: name,
            shortName: words[index].text, namedness: 2)
    }

    /// "an employment tribunal in London": a tribunal named by what it hears and its place, as
    /// the one of that place, told apart from a tribunal the article names ("the Employment
    /// Appeal Tribunal").
    private static func placedTribunal(at index: Int, in words: [Word]) -> CourtMention? {
        guard index > 0, !words[index - 1].isCapitalized, !DraftLexicon.determiners.contains(words[index - 1].lower),
            let (place, end) = place(after: index + 1, in: words)
        else { return nil }
        var start = index - 1
        if start > 0, DraftLexicon.determiners.contains(words[start - 1].lower) { start -= 1 }
        let what = words[index - 1].text
        return CourtMention(
            words: start..<end, level: .other, key: "other \(what.lowercased()) tribunal " + place.last!.lowercased(),
            name: what.prefix(1).uppercased() + what.dropFirst() + " tribunal in " + place.joined(separator: ", "),
            shortName: "Tribunal", namedness: 1)
    }

    /// A court named by its level and place: "a federal judge in California", "a U.S. judge in
    /// Manhattan", "federal court in Delaware", "an appeals court in Austin".
    private static func placedCourt(at index: Int, in words: [Word]) -> CourtMention? {
        guard index > 0, let level = DraftLexicon.placedLevels[words[index - 1].lower],
            let (place, end) = place(after: index + 1, in: words)
        else { return nil }
        var start = index - 1
        if start > 0, DraftLexicon.determiners.contains(words[start - 1].lower) { start -= 1 }
        let (name, short) = level == .appeals ? ("Appeals court", "Appeals") : ("Federal court", "District")
        return CourtMention(
            words: start..<end, level: level, key: "\(level.rawValue) " + place.last!.lowercased(),
            name: "\(name) in " + place.joined(separator: ", "), shortName: short, namedness: 1)
    }

    /// "in Oakland, California": the capitalized place words after "in", and where they end.
    static func place(after index: Int, in words: [Word]) -> ([String], Int)? {
        guard index < words.count, words[index].lower == "in" else { return nil }
        var place: [String] = []
        var end = index + 1
        var current: [String] = []
        while end < words.count, words[end].isCapitalized, !DraftLexicon.determiners.contains(words[end].lower) {
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
    /// A federal court of appeals by its circuit ("9th", "Fed.", "D.C."), one key however it is named.
    private static func circuitCourt(_ circuit: String, named range: Range<Int>, in words: [Word]) -> CourtMention {
        CourtMention(
            words: range, level: .appeals, key: "appeals \(circuit)",
            name: words[range].map(\.text).joined(separator: " "), shortName: "\(circuit) Cir.", namedness: 2)
    }

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
}
