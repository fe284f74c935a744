/// The case file's records and fields, described once. The loader reads each record by these
/// fields (any other is reported as unknown), drafts are written with them, and
/// `courtline schema` publishes them as a JSON Schema for editors that check YAML as it is typed.
public enum CaseFileSchema {
    public struct Field: Sendable {
        public let key: String
        public let type: FieldType
        public let required: Bool
        public let summary: String

        init(_ key: String, _ type: FieldType, required: Bool = true, _ summary: String) {
            self.key = key
            self.type = type
            self.required = required
            self.summary = summary
        }

        /// The same field, where it is always given.
        var always: Field { Field(key, type, required: true, summary) }
    }

    public indirect enum FieldType: Sendable {
        /// Any single value, read as text.
        case text
        /// A day written `YYYY-MM-DD`.
        case day
        case bool
        /// A whole number from 1.
        case count
        /// A whole number from 0: a place in a text.
        case offset
        /// One of these words.
        case oneOf([String])
        /// A record of its own, by name.
        case record(String)
        case list(FieldType)
    }

    public struct Record: Sendable {
        public let name: String
        public let summary: String
        public let fields: [Field]

        /// Whether the record has a field of this name.
        func allows(_ key: String) -> Bool { fields.contains { $0.key == key } }
    }

    // MARK: - The fields, by record

    enum CaseHeader {
        static let id = Field("id", .text, "the case's id")
        static let title = Field("title", .text, "the case's name, as a person says it")
        static let record = Record(name: "case", summary: "The case itself.", fields: [id, title])
    }

    /// What a quote of an article is, wherever one is given: the words, and which occurrence.
    enum Quote {
        static let source = Field("source", .text, "the id of the source quoted")
        static let quote = Field("quote", .text, "the article's exact words, inside one of its sentences")
        static let prefix = Field(
            "prefix", .text, required: false, "words just before the quote, to tell one occurrence from another")
        static let suffix = Field("suffix", .text, required: false, "words just after the quote, likewise")
        static let occurrence = Field(
            "occurrence", .count, required: false, "which occurrence is meant (1 the first), when the words recur")
        static let record = Record(
            name: "quote", summary: "A citation: words of an article.",
            fields: [source, quote, prefix, suffix, occurrence])
    }

    enum Outlet {
        static let name = Field("name", .text, "the outlet's name")
        static let record = Record(
            name: "outlet", summary: "The outlet, where the article names it, with the words that name it.",
            fields: [name, Quote.quote, Quote.prefix, Quote.suffix, Quote.occurrence])
    }

    enum Source {
        static let id = Field("id", .text, "the source's id, as quotes name it")
        static let file = Field("file", .text, "the article's file, from the case file's folder")
        static let published = Field(
            "published", .day, "the publication date: metadata, shown as supplied, from which dates are counted")
        static let headline = Field("headline", .bool, "whether the article's first line is its headline")
        static let outlet = Field("outlet", .record(Outlet.record.name), required: false, "who published it")
        static let record = Record(
            name: "source", summary: "An article, as plain UTF-8 text.",
            fields: [id, file, published, headline, outlet])
    }

    static let citations = Field("citations", .list(.record(Quote.record.name)), "the quotes that say so")
    static let draft = Field(
        "draft", .text, required: false,
        "set by courtline draft: what a person should check; delete it once reviewed")

    enum Court {
        static let id = Field("id", .text, "the court's id, as events and --court name it")
        static let name = Field("name", .text, "the court's full name")
        static let short = Field("short", .text, "a short name for the timeline's court column")
        static let level = Field("level", .oneOf(CourtlineModel.Court.Level.allCases.map(\.rawValue)), "its level")
        static let record = Record(
            name: "court", summary: "A court the articles name.",
            fields: [id, name, short, level, citations, draft])
    }

    enum Party {
        static let id = Field("id", .text, "the party's id, as events and --party name it")
        static let name = Field("name", .text, "the name the articles give")
        static let kind = Field("kind", .oneOf(CourtlineModel.Party.Kind.allCases.map(\.rawValue)), "what it is")
        static let role = Field("role", .text, "its part in the case, in a few words")
        static let standing = Field(
            "standing", .oneOf(CourtlineModel.Party.Standing.allCases.map(\.rawValue)), required: false,
            "litigant, court (a judge, a jury), counsel, or other (an outlet, a product, a bystander); other if not given"
        )
        static let side = Field(
            "side", .text, required: false, "a litigant's side: plaintiff, defendant, appellant, petitioner…")
        static let record = Record(
            name: "party", summary: "Someone or something the articles name in the case.",
            fields: [id, name, kind, standing, side, role, citations, draft])
    }

    enum Corroboration {
        static let text = Field("text", .text, "another expression of the same date, as written")
        static let source = Field("source", .text, required: false, "the source it is in")
        static let anchor = Field("anchor", .text, required: false, "the event it counts from")
        static let ahead = Field(
            "ahead", .bool, required: false,
            "it was still to come when its article was written: as the date's own `ahead`")
        static let record = Record(
            name: "corroboration", summary: "Another expression that must agree with the date.",
            fields: [text, source, anchor, ahead])
    }

    enum Date {
        static let text = Field("text", .text, "the date as the article writes it (\"on Friday\", \"in 2019\")")
        static let source = Field(
            "source", .text, required: false, "whose publication date anchors it (default: the first citation's)")
        static let anchor = Field(
            "anchor", .text, required: false, "the event it counts from (\"six months earlier\")")
        static let notBefore = Field(
            "not_before", .text, required: false, "an event (or publication) it cannot come before")
        static let notAfter = Field(
            "not_after", .text, required: false, "an event (or publication) it cannot come after")
        static let ahead = Field(
            "ahead", .bool, required: false,
            "the date was still to come when the article was written (\"is scheduled for June 2\"): a day, month or weekday without its year counts forward from the anchor"
        )
        static let countedBack = Field(
            "counted_back", .bool, required: false,
            "the words count from this event to its anchor, not from the anchor (\"pleaded not guilty on Thursday, a week after a grand jury indicted him\", said of the indictment, whose anchor is the plea): the count runs back from the anchor"
        )
        static let sameAs = Field("same_as", .text, required: false, "an event whose date it shares")
        static let unknown = Field(
            "unknown", .text, required: false, "why the articles give no date, for what is still to come")
        static let also = Field(
            "also", .list(.record(Corroboration.record.name)), required: false,
            "other expressions that must agree with it")
        static let record = Record(
            name: "date", summary: "When it happened, as the articles' words give it.",
            fields: [text, source, anchor, countedBack, ahead, notBefore, notAfter, sameAs, unknown, also])
    }

    enum Event {
        static let id = Field("id", .text, "the event's id, as show takes it")
        static let title = Field("title", .text, "what happened, in a line")
        static let kind = Field(
            "kind", .oneOf(CourtlineModel.Event.Kind.allCases.map(\.rawValue)), "what kind of event")
        static let summary = Field("summary", .text, "what happened, in a sentence or two")
        static let date = Field("date", .record(Date.record.name), "when")
        static let court = Field("court", .text, required: false, "the id of the court it happened at")
        static let parties = Field("parties", .list(.text), "the ids of the parties involved")
        static let record = Record(
            name: "event", summary: "Something the articles report as having happened, or as still to come.",
            fields: [id, title, kind, summary, date, court, parties, citations, draft])
    }

    enum LeftOut {
        static let reason = Field("reason", .text, "why no fact cites it")
        static let record = Record(
            name: "left_out", summary: "A sentence no fact cites, and why.",
            fields: [Quote.source, Quote.quote, Quote.prefix, Quote.suffix, Quote.occurrence, reason])
    }

    enum CaseFile {
        static let header = Field("case", .record(CaseHeader.record.name), "the case's id and title")
        static let sources = Field("sources", .list(.record(Source.record.name)), "the articles")
        static let courts = Field("courts", .list(.record(Court.record.name)), "the courts")
        static let parties = Field("parties", .list(.record(Party.record.name)), "the parties")
        static let events = Field("events", .list(.record(Event.record.name)), "the timeline")
        static let leftOut = Field(
            "left_out", .list(.record(LeftOut.record.name)), required: false, "sentences no fact cites, and why")
        static let record = Record(
            name: "case_file", summary: "A Courtline case file.",
            fields: [header, sources, courts, parties, events, leftOut])
    }

    /// Every record, the case file first.
    public static let records: [Record] = [
        CaseFile.record, CaseHeader.record, Source.record, Outlet.record, Court.record, Party.record, Event.record,
        Date.record, Corroboration.record, Quote.record, LeftOut.record,
    ]
}
