/// The case file as written, before verification: the YAML's shape and nothing more.
///
/// Each record reads its fields by name, and those are all the fields it allows: any other is
/// reported as unknown, so a misspelt field is an error rather than silently ignored.
struct RawCaseFile: CaseFileRecord {
    static let schema = CaseFileSchema.CaseFile.record

    let header: Header
    private(set) var sources: [SourceEntry]
    private(set) var courts: [CourtEntry]
    private(set) var parties: [PartyEntry]
    private(set) var events: ChunkedList<EventEntry>
    private(set) var leftOut: [LeftOutEntry]?

    /// The lists the parser may hand over item by item (see `StreamedLists`).
    static let lists: Set<String> = ["sources", "courts", "parties", "events", "left_out"]

    /// Takes the events out, leaving none: once verified into the case's events, which share
    /// their words, their records are needed no more.
    mutating func takeEvents() -> ChunkedList<EventEntry> {
        defer { events = ChunkedList() }
        return events
    }

    /// Lets the event records before `row` go, once what they verify into is made.
    mutating func releaseEvents(before row: Int) {
        events.releaseChunks(before: row)
    }

    /// Takes an event's quotes out, as written, leaving the event without them: once anchored,
    /// they are needed no more, and the quotes are a large case file's largest part.
    mutating func takeQuotes(ofEvent index: Int) -> [Quote] {
        events[index].takeQuotes()
    }

    /// Takes the lists read item by item in place of the empty ones the tree was left with.
    mutating func take(_ streamed: StreamedLists) {
        if streamed.received.contains("sources") { sources = streamed.sources }
        if streamed.received.contains("courts") { courts = streamed.courts }
        if streamed.received.contains("parties") { parties = streamed.parties }
        if streamed.received.contains("events") { events = streamed.events }
        if streamed.received.contains("left_out") { leftOut = streamed.leftOut }
    }

    init(_ fields: inout CaseFileFields) {
        header = fields.record(CaseFileSchema.CaseFile.header)
        sources = fields.list(CaseFileSchema.CaseFile.sources)
        courts = fields.list(CaseFileSchema.CaseFile.courts)
        parties = fields.list(CaseFileSchema.CaseFile.parties)
        events = ChunkedList(fields.list(CaseFileSchema.CaseFile.events) as [EventEntry])
        leftOut = fields.optionalList(CaseFileSchema.CaseFile.leftOut)
    }

    struct Header: CaseFileRecord {
        static let schema = CaseFileSchema.CaseHeader.record

        let id: String
        let title: String

        init(_ fields: inout CaseFileFields) {
            id = fields.text(CaseFileSchema.CaseHeader.id)
            title = fields.text(CaseFileSchema.CaseHeader.title)
        }
    }

    struct Quote: CaseFileRecord {
        static let schema = CaseFileSchema.Quote.record

        let source: String
        let quote: String
        /// Which occurrence is meant, apart in one box, as most quotes occur once: a long case
        /// holds a hundred and fifty thousand quotes at once.
        private let choice: Choice?

        var prefix: String? { choice?.prefix }
        var suffix: String? { choice?.suffix }
        var occurrence: Int? { choice?.occurrence }

        private final class Choice: Sendable {
            let prefix: String?
            let suffix: String?
            let occurrence: Int?

            init(prefix: String?, suffix: String?, occurrence: Int?) {
                self.prefix = prefix
                self.suffix = suffix
                self.occurrence = occurrence
            }
        }

        init(_ fields: inout CaseFileFields) {
            source = fields.text(CaseFileSchema.Quote.source)
            quote = fields.text(CaseFileSchema.Quote.quote)
            let prefix = fields.optionalText(CaseFileSchema.Quote.prefix)
            let suffix = fields.optionalText(CaseFileSchema.Quote.suffix)
            let occurrence = fields.optionalInt(CaseFileSchema.Quote.occurrence)
            choice =
                prefix == nil && suffix == nil && occurrence == nil
                ? nil : Choice(prefix: prefix, suffix: suffix, occurrence: occurrence)
        }

        func selector() -> TextQuoteSelector {
            TextQuoteSelector(sourceID: source, exact: quote, prefix: prefix, suffix: suffix, occurrence: occurrence)
        }
    }

    /// Where a quote is among the records, to be read there: a long case has a hundred and
    /// fifty thousand, so this is a list and two numbers rather than a copy of the quote.
    struct QuotePlace: Sendable {
        enum List: UInt8, Sendable { case courts, parties, events, leftOut }

        let list: List
        private let row: Int32
        private let index: Int32

        init(list: List, row: Int, index: Int) {
            self.list = list
            self.row = Int32(row)
            self.index = Int32(index)
        }

        fileprivate var rowIndex: Int { Int(row) }
        fileprivate var citationIndex: Int { Int(index) }
    }

    func selector(at place: QuotePlace) -> TextQuoteSelector {
        switch place.list {
        case .courts: courts[place.rowIndex].citations[place.citationIndex].selector()
        case .parties: parties[place.rowIndex].citations[place.citationIndex].selector()
        case .events: events[place.rowIndex].citations[place.citationIndex].selector()
        case .leftOut: leftOut![place.rowIndex].selector()
        }
    }

    struct OutletEntry: CaseFileRecord {
        static let schema = CaseFileSchema.Outlet.record

        let name: String
        let quote: String
        let prefix: String?
        let suffix: String?
        let occurrence: Int?

        init(_ fields: inout CaseFileFields) {
            name = fields.text(CaseFileSchema.Outlet.name)
            quote = fields.text(CaseFileSchema.Quote.quote)
            prefix = fields.optionalText(CaseFileSchema.Quote.prefix)
            suffix = fields.optionalText(CaseFileSchema.Quote.suffix)
            occurrence = fields.optionalInt(CaseFileSchema.Quote.occurrence)
        }

        func selector(of sourceID: String) -> TextQuoteSelector {
            TextQuoteSelector(sourceID: sourceID, exact: quote, prefix: prefix, suffix: suffix, occurrence: occurrence)
        }
    }

    struct SourceEntry: CaseFileRecord {
        static let schema = CaseFileSchema.Source.record

        let id: String
        let file: String
        let published: String
        let headline: Bool
        let outlet: OutletEntry?

        init(_ fields: inout CaseFileFields) {
            id = fields.text(CaseFileSchema.Source.id)
            file = fields.text(CaseFileSchema.Source.file)
            published = fields.text(CaseFileSchema.Source.published)
            headline = fields.bool(CaseFileSchema.Source.headline)
            outlet = fields.optionalRecord(CaseFileSchema.Source.outlet)
        }
    }

    struct CourtEntry: CaseFileRecord {
        static let schema = CaseFileSchema.Court.record

        let id: String
        let name: String
        let short: String
        let level: String
        let citations: [Quote]
        let draft: String?

        init(_ fields: inout CaseFileFields) {
            id = fields.text(CaseFileSchema.Court.id)
            name = fields.text(CaseFileSchema.Court.name)
            short = fields.text(CaseFileSchema.Court.short)
            level = fields.text(CaseFileSchema.Court.level)
            citations = fields.list(CaseFileSchema.citations)
            draft = fields.optionalText(CaseFileSchema.draft)
        }
    }

    struct PartyEntry: CaseFileRecord {
        static let schema = CaseFileSchema.Party.record

        let id: String
        let name: String
        let kind: String
        let standing: String?
        let side: String?
        let role: String
        let citations: [Quote]
        let draft: String?

        init(_ fields: inout CaseFileFields) {
            id = fields.text(CaseFileSchema.Party.id)
            name = fields.text(CaseFileSchema.Party.name)
            kind = fields.text(CaseFileSchema.Party.kind)
            standing = fields.optionalText(CaseFileSchema.Party.standing)
            side = fields.optionalText(CaseFileSchema.Party.side)
            role = fields.text(CaseFileSchema.Party.role)
            citations = fields.list(CaseFileSchema.citations)
            draft = fields.optionalText(CaseFileSchema.draft)
        }
    }

    struct DateEntry: CaseFileRecord {
        static let schema = CaseFileSchema.Date.record

        /// The expression as the article writes it.
        let text: String
        /// The fields most dates do without, apart in one box, so that a plain date ("in 2019")
        /// holds one pointer for them: a long case has a hundred thousand dates to hold at once.
        private let details: Details?

        /// Whose publication date anchors it; by default the source of the event's first citation.
        var source: String? { details?.source }
        /// Another event it counts from ("six months earlier").
        var anchor: String? { details?.anchor }
        /// Still to come at publication: the words count forward.
        var ahead: Bool { details?.ahead ?? false }
        /// The words count from this event to its anchor, so the count runs back from it.
        var countedBack: Bool { details?.countedBack ?? false }
        /// Bounds from other events (or `publication`), for happenings the articles only order.
        var notBefore: String? { details?.notBefore }
        var notAfter: String? { details?.notAfter }
        /// Another event whose date this one shares (a finding of the same ruling).
        var sameAs: String? { details?.sameAs }
        /// Why the articles give no date, for happenings still to come.
        var unknown: String? { details?.unknown }
        /// Other expressions, often from the other article, that must agree with this one.
        var also: [Corroboration]? { details?.also }

        private final class Details: Sendable {
            let source: String?
            let anchor: String?
            let ahead: Bool
            let countedBack: Bool
            let notBefore: String?
            let notAfter: String?
            let sameAs: String?
            let unknown: String?
            let also: [Corroboration]?

            init(
                source: String?, anchor: String?, ahead: Bool, countedBack: Bool, notBefore: String?,
                notAfter: String?, sameAs: String?, unknown: String?, also: [Corroboration]?
            ) {
                self.source = source
                self.anchor = anchor
                self.ahead = ahead
                self.countedBack = countedBack
                self.notBefore = notBefore
                self.notAfter = notAfter
                self.sameAs = sameAs
                self.unknown = unknown
                self.also = also
            }
        }

        init(_ fields: inout CaseFileFields) {
            text = fields.text(CaseFileSchema.Date.text)
            let source = fields.optionalText(CaseFileSchema.Date.source)
            let anchor = fields.optionalText(CaseFileSchema.Date.anchor)
            let ahead = fields.optionalBool(CaseFileSchema.Date.ahead) ?? false
            let countedBack = fields.optionalBool(CaseFileSchema.Date.countedBack) ?? false
            let notBefore = fields.optionalText(CaseFileSchema.Date.notBefore)
            let notAfter = fields.optionalText(CaseFileSchema.Date.notAfter)
            let sameAs = fields.optionalText(CaseFileSchema.Date.sameAs)
            let unknown = fields.optionalText(CaseFileSchema.Date.unknown)
            let also: [Corroboration]? = fields.optionalList(CaseFileSchema.Date.also)
            let plain =
                source == nil && anchor == nil && !ahead && !countedBack && notBefore == nil && notAfter == nil
                && sameAs == nil
                && unknown == nil && also == nil
            details =
                plain
                ? nil
                : Details(
                    source: source, anchor: anchor, ahead: ahead, countedBack: countedBack, notBefore: notBefore,
                    notAfter: notAfter, sameAs: sameAs, unknown: unknown, also: also)
        }
    }

    struct Corroboration: CaseFileRecord {
        static let schema = CaseFileSchema.Corroboration.record

        let text: String
        let source: String?
        let anchor: String?
        let ahead: Bool

        init(_ fields: inout CaseFileFields) {
            text = fields.text(CaseFileSchema.Corroboration.text)
            source = fields.optionalText(CaseFileSchema.Corroboration.source)
            anchor = fields.optionalText(CaseFileSchema.Corroboration.anchor)
            ahead = fields.optionalBool(CaseFileSchema.Corroboration.ahead) ?? false
        }
    }

    struct EventEntry: CaseFileRecord {
        static let schema = CaseFileSchema.Event.record

        let id: String
        let title: String
        let kind: String
        let summary: String
        let date: DateEntry
        let court: String?
        let parties: [String]
        private(set) var citations: [Quote]
        let draft: String?

        init(_ fields: inout CaseFileFields) {
            id = fields.text(CaseFileSchema.Event.id)
            title = fields.text(CaseFileSchema.Event.title)
            kind = fields.text(CaseFileSchema.Event.kind)
            summary = fields.text(CaseFileSchema.Event.summary)
            date = fields.record(CaseFileSchema.Event.date)
            court = fields.optionalText(CaseFileSchema.Event.court)
            parties = fields.textList(CaseFileSchema.Event.parties)
            citations = fields.list(CaseFileSchema.citations)
            draft = fields.optionalText(CaseFileSchema.draft)
        }

        fileprivate mutating func takeQuotes() -> [Quote] {
            defer { citations = [] }
            return citations
        }
    }

    struct LeftOutEntry: CaseFileRecord {
        static let schema = CaseFileSchema.LeftOut.record

        let source: String
        let quote: String
        let prefix: String?
        let suffix: String?
        let occurrence: Int?
        let reason: String

        init(_ fields: inout CaseFileFields) {
            source = fields.text(CaseFileSchema.Quote.source)
            quote = fields.text(CaseFileSchema.Quote.quote)
            prefix = fields.optionalText(CaseFileSchema.Quote.prefix)
            suffix = fields.optionalText(CaseFileSchema.Quote.suffix)
            occurrence = fields.optionalInt(CaseFileSchema.Quote.occurrence)
            reason = fields.text(CaseFileSchema.LeftOut.reason)
        }

        func selector() -> TextQuoteSelector {
            TextQuoteSelector(sourceID: source, exact: quote, prefix: prefix, suffix: suffix, occurrence: occurrence)
        }
    }
}
