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

    init(_ text: Substring, published: CalendarDay = TimexRules.examplePublished) {
        let words = Word.split(text)
        self.words = words
        let spans = Self.quotations(in: text)
        quoted = Set(words.indices.filter { index in spans.contains { $0.contains(words[index].range.lowerBound) } })
        dates = DateMention.find(in: words, of: text, published: published)
        let judges = PersonMention.judges(in: words)
        let courts = CourtMention.find(in: words, judges: judges)
        self.courts = courts
        // "the 9th U.S. Circuit Court of Appeals": a court's name reports no appeal.
        actions = Action.find(in: words).filter { action in !courts.contains { $0.words.contains(action.word) } }
        people = judges + PersonMention.titled(in: words, skipping: judges)
        suits = SuitMention.find(in: words)
        courtLevels = words.indices.compactMap { index in
            let word = words[index].lower
            let before = index > 0 ? words[index - 1].lower : ""
            if let level = Self.levelNouns[word] { return (index, level) }
            guard ["court", "judge", "panel"].contains(word), !words[index].isCapitalized else { return nil }
            switch before {
            case "appeals", "appellate", "three-judge": return (index, .appeals)
            case "trial", "district", "federal", "lower", "bankruptcy": return (index, .trial)
            case "supreme", "high": return (index, .supreme)
            default: return nil
            }
        }
    }

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

    /// Words that name a court by its members: "a jury", "the justices".
    private static let levelNouns: [String: Court.Level] = ["jury": .trial, "juries": .trial, "justices": .supreme]

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

/// A date expression as the sentence writes it: "Friday", "Last year", "Oct. 22, 2023",
/// "six months earlier".
struct DateMention {
    let words: Range<Int>
    let text: String
    let expression: DateExpression
    /// Still to come at publication, as the date engine reads the words' tense ("is scheduled
    /// to begin on June 2"): a day, month or weekday without its year counts forward.
    let ahead: Bool

    /// Counts from another event rather than from the publication ("six months earlier").
    var countsFromAnEvent: Bool {
        if case .shift = expression { return true }
        return false
    }

    /// The sentence's date expressions, as `DateTagger` reads them, each as the words it covers.
    /// An age ("five-year-old case") dates nothing on its own, so it is left out.
    static func find(in words: [Word], of text: Substring, published: CalendarDay) -> [DateMention] {
        let tagged = DateTagger().mentions(in: SourceText(String(text)), published: published)
        let scalars = text.unicodeScalars
        return tagged.compactMap { mention in
            let rest = Substring(scalars[scalars.index(scalars.startIndex, offsetBy: mention.range.upperBound)...])
            let counted = DateExpression.countedFromAnEvent(mention.meaning, before: rest)
            guard let expression = DateExpression(mention.meaning) ?? counted,
                let first = words.firstIndex(where: { $0.range.upperBound > mention.range.lowerBound }),
                var last = words.lastIndex(where: { $0.range.lowerBound < mention.range.upperBound }), first <= last
            else { return nil }
            // "three months after the trial": the wording runs on to the event it counts from, to
            // the clause's end or six words.
            if counted != nil {
                let limit = min(words.count - 1, last + 6)
                while last < limit, !words[last].endsClause { last += 1 }
            }
            let range = first..<last + 1
            let wording = SentenceReading.text(of: range, in: words, of: text)
            // The case file reads the wording again on its own: a date glued inside a longer word
            // ("filing-2024-12-17-2024-12-20") would read back as another date, and the draft would
            // not verify.
            guard DateExpression.parse(wording) == expression else { return nil }
            return DateMention(
                words: range, text: wording, expression: expression,
                ahead: expression.countsFromItsAnchorWithoutAYear && mention.value.first?.isNumber == true
                    && mention.value > published.iso)
        }
    }
}

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
            if index + 1 < words.count, ["court", "courts", "judge", "panel"].contains(words[index + 1].lower) {
                return nil
            }
            if let kind = verbs[word] { return Action(word: index, kind: kind, isVerb: true) }
            if let kind = nouns[word] { return Action(word: index, kind: kind, isVerb: false) }
            return nil
        }
    }

    private static let verbs: [String: Event.Kind] = {
        var table: [String: Event.Kind] = [:]
        let groups: [(Event.Kind, [String])] = [
            (
                .filing,
                [
                    "sued", "sues", "filed", "files", "charged", "indicted", "petitioned", "countersued", "asked",
                    "asks",
                    "brought", "pleaded", "pled",
                ]
            ),
            (
                .ruling,
                [
                    "ruled", "rules", "granted", "grants", "denied", "denies", "rejected", "rejects", "upheld",
                    "upholds", "upholding", "dismissed", "dismisses", "ordered", "orders", "overturned", "reversed",
                    "vacated", "affirmed", "blocked", "struck", "found", "finding", "convicted", "acquitted",
                    "awarded", "enjoined", "certified", "tossed", "threw", "revived", "reinstated", "remanded",
                    "approved", "approves", "sentenced", "sentences",
                ]
            ),
            (.appeal, ["appealed", "appeals", "appealing"]),
            (.withdrawal, ["dropped", "drops", "withdrew", "withdrawn", "abandoned"]),
            (.settlement, ["settled", "settles", "settle"]),
            (.sanction, ["sanctioned", "fined", "penalized"]),
            (.hearing, ["heard", "argued", "hear", "hears"]),
            (.report, ["highlighted", "reported", "revealed", "exposed", "published", "disclosed", "discovered"]),
            (.conduct, ["hacked", "accessed", "accessing", "exploited", "exploiting", "breached", "infringed"]),
            (.seizure, ["seized", "raided", "confiscated", "arrested"]),
            (.statement, ["said", "says", "announced", "stated", "told", "respond", "responded", "commented"]),
        ]
        for (kind, words) in groups { for word in words { table[word] = kind } }
        return table
    }()

    private static let nouns: [String: Event.Kind] = [
        "decision": .ruling, "ruling": .ruling, "judgment": .ruling, "verdict": .ruling, "order": .ruling,
        "lawsuit": .filing, "suit": .filing, "complaint": .filing, "appeal": .appeal, "settlement": .settlement,
        "trial": .trial, "hearing": .hearing, "indictment": .filing, "arraignment": .hearing, "sentencing": .hearing,
    ]
}
