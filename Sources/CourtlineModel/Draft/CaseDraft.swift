/// Why articles give no draft.
public enum DraftError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The article has no sentence to cite (it is empty, or only spaces).
    case noText(file: String)
    /// No sentence gives a date beside a legal action, so no event is proposed.
    case noEvent

    public var description: String {
        switch self {
        case .noText(let file): "\(file) holds no text"
        case .noEvent:
            "no event found: no sentence gives a date next to a legal action (sued, ruled, appealed…), so there is nothing to draft"
        }
    }
}

/// An article to draft a case from: its text, the name the case file will give its file, and
/// its publication date (metadata the person drafting supplies; the text does not hold it).
public struct DraftArticle: Sendable {
    public let file: String
    public let text: String
    public let published: CalendarDay

    public init(file: String, text: String, published: CalendarDay) {
        self.file = file
        self.text = text
        self.published = published
    }
}

/// A case proposed from articles by reading their words: courts, parties and dated events, each
/// citing the exact words it comes from, and every other sentence left out with a reason. Every
/// item is marked as a draft for a person to review; nothing is proposed that no sentence states.
public struct CaseDraft: Sendable {
    public let caseID: String
    public let title: String
    public internal(set) var sources: [SourceEntry] = []
    public internal(set) var courts: [CourtEntry] = []
    public internal(set) var parties: [PartyEntry] = []
    public internal(set) var events: [EventEntry] = []
    public internal(set) var leftOut: [LeftOutEntry] = []

    /// Words of an article, found where the selector says (as the case file's `occurrence`).
    public struct Quote: Sendable, Hashable {
        public let sourceID: String
        public let text: String
        /// Which occurrence of `text` in the article, where it occurs more than once.
        public let occurrence: Int?
    }

    public struct SourceEntry: Sendable {
        public let id: String
        public let file: String
        public let published: CalendarDay
        public let headline: Bool
        /// The outlet the article credits at its start ("(Reuters)"), with the words that do.
        public let outlet: (name: String, quote: Quote)?
    }

    public struct CourtEntry: Sendable {
        public let id: String
        public internal(set) var name: String
        public internal(set) var shortName: String
        public let level: Court.Level
        public internal(set) var citations: [Quote]
        public let note: String
    }

    public struct PartyEntry: Sendable {
        public let id: String
        public let name: String
        public let kind: Party.Kind
        public let standing: Party.Standing
        public let side: String?
        public internal(set) var role: String
        public internal(set) var citations: [Quote]
        public let note: String
    }

    public struct EventEntry: Sendable {
        public let id: String
        public let title: String
        public let kind: Event.Kind
        public let summary: String
        public let date: DateText
        /// The same date as other articles word it; the loader checks they agree.
        public let alsoDated: [DateText]
        public let courtID: String?
        public let partyIDs: [String]
        public let citations: [Quote]
        public let note: String
        /// The interval the date's words give (as the loader will work it out), for matching.
        public let earliest: CalendarDay?
        public let latest: CalendarDay?
    }

    public struct DateText: Sendable, Hashable {
        public let text: String
        /// The source whose publication the words count from (nil for an anchored date).
        public let sourceID: String?
        /// The event the words count from ("six months earlier").
        public let anchor: String?
        /// Still to come at publication: the words count forward.
        public var ahead = false
        /// The words count from this event to its anchor ("a week after a grand jury indicted
        /// him", of the indictment): the count runs back from the anchor.
        public var countedBack = false
        /// Bounds for words that date nothing themselves: a reaction comes after the ruling it
        /// reacts to (an event id) and by the publication.
        public var notBefore: String? = nil
        public var notAfter: String? = nil
    }

    public struct LeftOutEntry: Sendable {
        public let quote: Quote
        public let reason: String
    }
}
