/// The JSON export, `courtline/1`, described once. Where the export carries what the case file
/// holds, the field is the case file's own (same key, same words); the rest is what loading works
/// out: offsets, resolved dates, who told each event. `CaseExport` writes by these records, and
/// `courtline schema --export` publishes them as a JSON Schema. Every field is always written:
/// an optional one is `null` when absent, never left out.
public enum ExportSchema {
    public typealias Field = CaseFileSchema.Field
    public typealias Record = CaseFileSchema.Record
    private typealias File = CaseFileSchema

    public static let version = "courtline/1"

    enum Citation {
        static let sentence = Field("sentence", .count, "the sentence the quote lies in (1 the first)")
        static let start = Field("start", .offset, "where the quote starts, in Unicode scalars from the file's start")
        static let end = Field(
            "end", .offset, "where it ends, likewise: the article's text from start to end is the quote")
        static let record = Record(
            name: "citation", summary: "A quote, found in its sentence.",
            fields: [File.Quote.source, sentence, start, end, File.Quote.quote])
    }

    static let citations = Field("citations", .list(.record(Citation.record.name)), File.citations.summary)

    enum Sentence {
        static let index = Field("index", .count, "its place in the article (1 the first)")
        static let start = Field("start", .offset, "where it starts, in Unicode scalars from the file's start")
        static let end = Field("end", .offset, "where it ends, likewise")
        static let text = Field("text", .text, "its words, exactly as the article writes them")
        static let record = Record(
            name: "sentence", summary: "A sentence of an article, as Courtline segments it.",
            fields: [index, start, end, text])
    }

    enum Source {
        static let title = Field("title", .text, "the article's headline, or its first sentence")
        static let titleBasis = Field(
            "title_basis", .oneOf(CourtlineModel.Source.TitleBasis.allCases.map(\.rawValue)), "where the title is from")
        static let outlet = Field("outlet", .text, required: false, "the outlet's name, where the case file gives it")
        static let published = Field(
            File.Source.published.key, .day, required: false, "\(File.Source.published.summary); null if not supplied")
        static let publishedBasis = Field("published_basis", .text, "where the publication date comes from")
        static let sentences = Field("sentences", .list(.record(Sentence.record.name)), "the article's sentences")
        static let record = Record(
            name: "source", summary: File.Source.record.summary,
            fields: [File.Source.id, File.Source.file, title, titleBasis, outlet, published, publishedBasis, sentences])
    }

    enum Court {
        static let record = Record(
            name: "court", summary: File.Court.record.summary,
            fields: [File.Court.id, File.Court.name, File.Court.short, File.Court.level, citations, File.draft])
    }

    enum Party {
        /// Always written: a case file that leaves it out means `other`.
        static let standing = File.Party.standing.always
        static let record = Record(
            name: "party", summary: File.Party.record.summary,
            fields: [
                File.Party.id, File.Party.name, File.Party.kind, standing, File.Party.side, File.Party.role, citations,
                File.draft,
            ])
    }

    enum Date {
        static let earliest = Field("earliest", .day, required: false, "the first day it can be; null if unbounded")
        static let latest = Field("latest", .day, required: false, "the last day it can be; null if unbounded")
        static let precision = Field(
            "precision", .oneOf(CourtlineModel.DatePrecision.allCases.map(\.rawValue)), "how much of the date is known")
        static let basis = Field("basis", .text, "how the date was worked out from the words")
        static let record = Record(
            name: "date", summary: "When it happened: the words, and the days they allow (inclusive).",
            fields: [File.Date.text, earliest, latest, precision, basis])
    }

    enum Event {
        static let date = Field(File.Event.date.key, .record(Date.record.name), File.Event.date.summary)
        static let toldBy = Field(
            "told_by", .list(.text), "the sources its citations come from, in the order first cited")
        static let record = Record(
            name: "event", summary: File.Event.record.summary,
            fields: [
                File.Event.id, File.Event.title, File.Event.kind, File.Event.summary, date, File.Event.court,
                File.Event.parties, citations, toldBy, File.draft,
            ])
    }

    enum Export {
        static let schema = Field("schema", .oneOf([version]), "the export's version")
        static let header = File.CaseFile.header
        static let sources = Field(File.CaseFile.sources.key, .list(.record(Source.record.name)), "the articles")
        static let courts = Field(File.CaseFile.courts.key, .list(.record(Court.record.name)), "the courts")
        static let parties = Field(File.CaseFile.parties.key, .list(.record(Party.record.name)), "the parties")
        static let events = Field(
            File.CaseFile.events.key, .list(.record(Event.record.name)), "the events chosen, in date order")
        static let record = Record(
            name: "export", summary: "A Courtline case, exported.",
            fields: [schema, header, sources, courts, parties, events])
    }

    /// Every record, the export first.
    public static let records: [Record] = [
        Export.record, File.CaseHeader.record, Source.record, Sentence.record, Court.record, Party.record,
        Event.record, Date.record, Citation.record,
    ]
}
