/// What `courtline draft` finds in one sentence: its date expressions, the legal actions it
/// reports, the courts and the people it names. Only the words are read; a mention is kept with
/// its place, so that whatever is proposed from it cites the exact words.
struct SentenceReading {
    let words: [Word]
    let dates: [DateMention]
    let actions: [Action]
    let courts: [CourtMention]
    let people: [PersonMention]
    let suits: [SuitMention]
    /// Words that name a court only by its level ("an appeals court", "the trial judge", "a
    /// jury"): the word's place and the level.
    let courtLevels: [(word: Int, level: Court.Level)]
    /// Words inside quotation marks: what someone is quoted saying, not what the article reports.
    let quoted: Set<Int>
    /// "the court" alone ("The court temporarily shut down the operation"): the court the article
    /// last named, where the word stands.
    let courtsLastNamed: [Int]
    /// The sentence is the article's headline, whose words drop articles ("jailed for 2019
    /// warehouse fire").
    let isHeadline: Bool

    /// The sentence `text`, which starts at `offset` in its article, with the date expressions
    /// the date engine found in the article there (`tagged`).
    init(_ text: Substring, at offset: Int, tagged: [TimexMention], published: CalendarDay, isHeadline: Bool = false) {
        let words = Word.split(text)
        self.words = words
        self.isHeadline = isHeadline
        let spans = Self.quotations(in: text)
        quoted = Set(words.indices.filter { index in spans.contains { $0.contains(words[index].range.lowerBound) } })
        dates = DateMention.find(in: words, of: text, tagged: tagged, offset: offset, published: published)
        let judges = PersonMention.judges(in: words)
        let levels = Self.courtLevels(in: words)
        let courts = Self.inApposition(CourtMention.find(in: words, judges: judges), to: levels, in: words)
        self.courts = courts
        // "the 9th U.S. Circuit Court of Appeals": a court's name reports no appeal.
        // "According to the SEC's order, the misstatements began": the order is where it is told.
        let attributed = Set(
            words.indices.filter { DraftLexicon.attributions.contains(words[$0].lower) }.flatMap { start in
                start..<(words[start...].firstIndex(where: \.endsClause).map { $0 + 1 } ?? words.count)
            })
        actions = Action.find(in: words).filter { action in
            !courts.contains { $0.words.contains(action.word) } && !attributed.contains(action.word)
        }
        people = judges + PersonMention.titled(in: words, skipping: judges)
        suits = SuitMention.find(in: words)
        courtsLastNamed = words.indices.filter { index in
            index > 0 && words[index - 1].lower == "the"
                && DraftLexicon.lastNamedForumNouns.contains(Self.withoutPossessive(words[index].lower))
                && !(index + 1 < words.count && words[index + 1].lower == "of")
                && !courts.contains { $0.words.contains(index) }
        }
        courtLevels = levels.filter { level in !courts.contains { Self.isApposition(level.word, to: $0, in: words) } }
    }

    private static func courtLevels(in words: [Word]) -> [(word: Int, level: Court.Level)] {
        words.indices.compactMap { index in
            // "the trial court's judgment": the possessive is the court's noun.
            let word = Self.withoutPossessive(words[index].lower)
            let before = index > 0 ? words[index - 1].lower : ""
            // "the panel ruled", not "a panel of experts".
            let ofSomething = index + 1 < words.count && words[index + 1].lower == "of"
            // "an arbitration panel": the word before says whose panel.
            if let level = DraftLexicon.levelNouns[word], !ofSomething {
                return (index, DraftLexicon.levelModifiers[before] ?? level)
            }
            // "the court of appeals heard": a level named after the court, in lower case.
            if word == "court", ofSomething, index + 2 < words.count, words[index + 2].lower.hasPrefix("appeal") {
                return (index, .appeals)
            }
            guard DraftLexicon.levelHeads.contains(word), !words[index].isCapitalized else { return nil }
            // "the state's highest criminal appeals court": the highest of its kind is the last
            // resort, whatever the words nearer the noun say.
            let modifiers = words[max(0, index - 4)..<index].reversed().prefix { $0.isPlainLowercase }
            if modifiers.contains(where: { DraftLexicon.lastResortModifiers.contains($0.lower) }) {
                return (index, .supreme)
            }
            if let level = DraftLexicon.levelModifiers[before] { return (index, level) }
            // "A Delaware judge ordered": a judge of a place, as trial judges are named.
            if word == "judge", index >= 2, words[index - 1].isCapitalized,
                DraftLexicon.determiners.contains(words[index - 2].lower)
            {
                return (index, .trial)
            }
            // "A Dane County circuit judge": a county's judge is a trial judge.
            if word == "judge", words[max(0, index - 3)..<index].contains(where: { $0.lower == "county" }) {
                return (index, .trial)
            }
            // "A judge dismissed the case": a judge named by no court sits alone, as a trial
            // judge does; appeals are decided by panels and justices.
            if word == "judge", before == "a", !ofSomething,
                !(index + 1 < words.count && ["on", "at", "in"].contains(words[index + 1].lower))
            {
                return (index, .trial)
            }
            return nil
        }
    }

    /// "New York's highest court, the Court of Appeals, ruled": a court named just after a
    /// level, set off by a comma, is of that level, whatever its name says.
    private static func inApposition(
        _ courts: [CourtMention], to levels: [(word: Int, level: Court.Level)], in words: [Word]
    ) -> [CourtMention] {
        courts.map { court in
            guard let level = levels.first(where: { isApposition($0.word, to: court, in: words) })?.level,
                level != court.level
            else { return court }
            return CourtMention(
                words: court.words, level: level, key: "\(level.rawValue) " + court.name.lowercased(), name: court.name,
                shortName: court.shortName, namedness: court.namedness)
        }
    }

    private static func isApposition(_ level: Int, to court: CourtMention, in words: [Word]) -> Bool {
        guard words[level].endsClause else { return false }
        let start = court.words.lowerBound
        return start == level + 1 || (start == level + 2 && words[level + 1].lower == "the")
    }

    static func isPossessive(_ word: String) -> Bool { word.hasSuffix("'s") || word.hasSuffix("’s") }

    /// "the judgment entered on September 6", "an order issued Monday": a decision's paper that a
    /// participle after it dates.
    func isDatedPaper(_ action: Action) -> Bool {
        !action.isVerb && DraftLexicon.decisionPapers.contains(words[action.word].lower)
            && action.word + 1 < words.count && DraftLexicon.paperParticiples.contains(words[action.word + 1].lower)
    }

    /// A word that may stand inside a court's name or level: "Georgia", "9th", "appeals", "panel",
    /// "of the".
    /// Where the date's phrase starts: at its preposition ("on Tuesday", "in 2010"), if it has one.
    func phraseStart(of date: DateMention) -> Int {
        let start = date.words.lowerBound
        return start > 0 && DraftLexicon.datePrepositions.contains(words[start - 1].lower) ? start - 1 : start
    }

    static func isCourtNameWord(_ word: Word) -> Bool {
        let lower = withoutPossessive(word.lower)
        return word.isCapitalized || lower.first?.isNumber == true || DraftLexicon.courtNouns.contains(lower)
            || DraftLexicon.levelModifiers[lower] != nil || DraftLexicon.levelNouns[lower] != nil
            || DraftLexicon.courtNameJoiners.contains(lower)
    }

    static func withoutPossessive(_ word: String) -> String { isPossessive(word) ? String(word.dropLast(2)) : word }

    /// The scalar offsets inside each pair of quotation marks: curly (“…”) or straight ("…").
    /// An opening mark without its close (a quote running on into the next paragraph) quotes to
    /// the sentence's end.
    static func quotations(in text: Substring) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "“": open = offset + 1
            case "”":
                if let start = open { spans.append(start..<offset) }
                open = nil
            case "\"":
                if let start = open {
                    spans.append(start..<offset)
                    open = nil
                } else {
                    open = offset + 1
                }
            default: break
            }
        }
        if let start = open { spans.append(start..<text.unicodeScalars.count) }
        return spans
    }

    /// The exact words from word `range.lowerBound` to the end of word `range.upperBound - 1`.
    static func text(of range: Range<Int>, in words: [Word], of text: Substring) -> String {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: words[range.lowerBound].range.lowerBound)
        let upper = scalars.index(scalars.startIndex, offsetBy: words[range.upperBound - 1].range.upperBound)
        return String(Substring(scalars[lower..<upper]))
    }

    /// The scalar offsets (in the sentence) words `range` cover.
    static func span(of range: Range<Int>, in words: [Word]) -> Range<Int> {
        words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound
    }
}
