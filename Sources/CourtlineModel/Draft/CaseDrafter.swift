/// Reads articles sentence by sentence and proposes a `CaseDraft`: a court for each court
/// named, a party for each person named with a role and each side of a suit, and an event for
/// each date expression next to a legal action, merged where two sentences (or two articles)
/// report one happening (same court and kind, intervals the same or one within the other).
///
/// The work is a pipeline of passes, each in `Passes/`: every sentence (from the segmenter) is
/// read for its dates (the one date engine), actions and mentions (`SentenceReading`); then
/// the mention pass proposes courts and parties, the event pass events from dates, the title
/// pass their titles, and the follow-up pass continuations and reactions; at the end the merge
/// pass joins proposals of one happening. The words they read by are data in `DraftLexicon`.
struct CaseDrafter {
    var courts: [CourtProposal] = []
    var courtByKey: [String: Int] = [:]
    var parties: [PartyProposal] = []
    var partyByName: [String: Int] = [:]
    /// Judges' surnames, and the court each one's title or place names.
    var judgeCourts: [String: String] = [:]
    /// The court each article named last, by source: what "the court" after it is.
    var lastNamedCourt: [Int: String] = [:]
    /// Words that name a court only by its level ("the district court", "the justices"), by
    /// article: a court is proposed for them where the articles name none of that level.
    var levelMentions: [(source: Int, sentence: Int, level: Court.Level, words: CaseDraft.Quote)] = []
    var proposals: [EventProposal] = []
    var cited: [[Bool]] = []
    var sources: [Source] = []
    /// Each article's date expressions by sentence, found by the date engine over the whole
    /// article (so that "the next year" counts from the date an earlier sentence gave) and sorted
    /// into their sentences once.
    var tagged: [[[TimexMention]]] = []
    /// Ids already taken (by the case a draft is added to), which no proposal may reuse.
    var reserved: Set<String> = []

    struct CourtProposal {
        var key: String
        var name: String
        var shortName: String
        var level: Court.Level
        var namedness: Int
        var citations: [CaseDraft.Quote]
        var firstWords: String
    }

    struct PartyProposal {
        let name: String
        let kind: Party.Kind
        var standing: Party.Standing
        var side: String?
        var role: String
        var citations: [CaseDraft.Quote]
    }

    struct EventProposal {
        let kind: Event.Kind
        let title: String
        let summary: String
        var dates: [CaseDraft.DateText]
        var interval: EventDate
        var courtKey: String?
        /// The level of court words such as "an appeals court" name, for a proposal with no court
        /// named: the one court of that level the article names, if there is one.
        var impliedLevel: Court.Level? = nil
        var citations: [CaseDraft.Quote]
        /// The proposal a "six months earlier" counts from.
        let anchor: Int?
        /// Where the date it was proposed from stands in the article.
        var dateSpan: Range<Int>? = nil
        /// For a reaction to a ruling ("said the ruling was a victory"): the ruling's proposal, which
        /// it comes after, by the article's publication.
        var reactsTo: Int? = nil
        let actionWord: String
        /// Whether a verb reported it ("denied"), not a noun that names it ("the decision").
        var reportedByAVerb = false
        /// Where it was proposed, for a continuation ("Hamilton also found") to find it.
        let source: Int
        var lastSentence: Int
    }

    static func draft(_ articles: [DraftArticle], caseID: String, title: String?, reserving reserved: Set<String> = [])
        throws(DraftError) -> CaseDraft
    {
        var drafter = CaseDrafter()
        drafter.reserved = reserved
        var entries: [CaseDraft.SourceEntry] = []
        let ids = uniqueIDs(articles.map { stem(of: $0.file) }, reserved: reserved)
        for (index, article) in articles.enumerated() {
            let text = SourceText(article.text)
            let headline = hasHeadline(article.text)
            let source = Source(
                id: ids[index], file: article.file, text: text, titleBasis: headline ? .headline : .leadSentence,
                published: article.published)
            guard !source.sentences.isEmpty else { throw DraftError.noText(file: article.file) }
            drafter.sources.append(source)
            drafter.cited.append(Array(repeating: false, count: source.sentences.count))
            var outlet: (name: String, quote: CaseDraft.Quote)?
            if let (name, range) = creditedOutlet(in: source) {
                outlet = (name, drafter.quote(range, in: index))
                drafter.cited[index][source.sentenceIndex(containing: range.lowerBound)! - 1] = true
            }
            entries.append(
                CaseDraft.SourceEntry(
                    id: source.id, file: article.file, published: article.published, headline: headline, outlet: outlet)
            )
            var bySentence = Array(repeating: [TimexMention](), count: source.sentences.count)
            for mention in DateTagger().mentions(in: text, published: article.published) {
                guard let index = source.sentenceIndex(containing: mention.range.lowerBound),
                    mention.range.upperBound <= source.sentences[index - 1].range.upperBound
                else { continue }
                bySentence[index - 1].append(mention)
            }
            drafter.tagged.append(bySentence)
            for sentence in source.sentences { drafter.read(sentence, of: index) }
        }
        return drafter.finish(
            CaseDraft(
                caseID: caseID, title: title ?? "Draft: " + (drafter.sources.first?.title ?? caseID), sources: entries))
    }

    // MARK: - Reading a sentence

    /// The passes over one sentence, in order: its reading (words, dates, actions, mentions),
    /// then mentions proposed, then events from its dates, then what follows up an earlier event.
    private mutating func read(_ sentence: Sentence, of source: Int) {
        var here = sentenceInDraft(sentence, of: source)
        var cites = proposeMentions(in: &here)
        let madeHere = proposeDatedEvents(in: here)
        cites = proposeCountedEvents(in: here, madeHere: madeHere) || cites
        if madeHere.isEmpty { cites = followUp(in: here) || cites }
        if !madeHere.isEmpty || cites { cited[source][sentence.index - 1] = true }
    }

    /// The sentence as the passes read it, with the article's date expressions that lie in it.
    func sentenceInDraft(_ sentence: Sentence, of source: Int) -> SentenceInDraft {
        let range = sentence.range
        let reading = SentenceReading(
            sentence.slice, at: range.lowerBound, tagged: tagged[source][sentence.index - 1],
            published: sources[source].published,
            isHeadline: sentence.index == 1 && sources[source].titleBasis == .headline)
        return SentenceInDraft(
            sentence: sentence, source: source, reading: reading,
            dateline: Self.datelineEnd(in: reading, of: sentence.slice), whole: quote(range, in: source))
    }

    /// A quote of the words `range` of the sentence.
    func quote(words range: Range<Int>, of here: SentenceInDraft) -> CaseDraft.Quote {
        let span = SentenceReading.span(of: range, in: here.words)
        let start = here.sentence.range.lowerBound
        return quote((start + span.lowerBound)..<(start + span.upperBound), in: here.source)
    }

    /// A quote of `range` of source `source`, with the occurrence that picks it where its words
    /// occur more than once.
    func quote(_ range: Range<Int>, in source: Int) -> CaseDraft.Quote {
        let text = sources[source].text[range]
        let starts = sources[source].text.occurrences(of: text)
        let occurrence = starts.count > 1 ? starts.firstIndex(of: range.lowerBound).map { $0 + 1 } : nil
        return CaseDraft.Quote(sourceID: sources[source].id, text: text, occurrence: occurrence)
    }
}
