/// New articles added to a case file: the draft of the articles, with what the case already
/// has recognised. A proposed event of the same interval, court and kind as one of the case's
/// becomes more citations of that event, not a second event; so does a court of the same level
/// and name, and a party of the same name. The rest is added as drafts. The case file's own text
/// is kept as it is, comments and all: the additions are lines put into it.
public struct CaseAddition: Sendable {
    /// The case file with the additions.
    public let caseFile: String
    /// What was added, a line each: "event suit: 2 more citations", "new event ruling-2025".
    public let changes: [String]

    /// `text` is the case file `existing` was loaded from.
    public init(adding articles: [DraftArticle], to existing: Case, caseFileText text: String) throws(CaseAdditionError)
    {
        let files = Set(existing.sources.map(\.file))
        if let repeated = articles.first(where: { files.contains($0.file) }) {
            throw CaseAdditionError(line: nil, message: "\(repeated.file) is already a source of the case")
        }
        let reserved = Set(
            existing.sources.map(\.id) + existing.courts.map(\.id) + existing.parties.map(\.id)
                + existing.events.map(\.id))
        let draft: CaseDraft
        do {
            draft = try CaseDraft(articles: articles, reserving: reserved)
        } catch {
            throw CaseAdditionError(line: nil, message: error.description)
        }
        var file = try CaseFileLines(text)
        var changes: [String] = []

        try file.append(draft.sources.map(\.lines), toList: "sources")
        changes += draft.sources.map { "new source \($0.id) (\($0.file))" }

        let courtIDs = try Self.merge(
            draft.courts, into: &file, list: "courts", noting: &changes, matching: { Self.match($0, in: existing)?.id })
        let partyIDs = try Self.merge(
            draft.parties, into: &file, list: "parties", noting: &changes,
            matching: { Self.match($0, in: existing)?.id })

        var eventIDs: [String: String] = [:]
        var newEvents: [CaseDraft.EventEntry] = []
        for event in draft.events {
            let court = event.courtID.map { courtIDs[$0] ?? $0 }
            if let known = Self.match(event, court: court, in: existing) {
                eventIDs[event.id] = known.id
                try file.addCitations(event.citations, toItem: known.id, ofList: "events")
                changes.append("event \(known.id): \(Self.more(event.citations.count))")
            } else {
                newEvents.append(event)
            }
        }
        try file.append(
            newEvents.map { event in
                // The case's own parties take part where the new event's quotes name them.
                let named = existing.parties.filter { party in
                    event.citations.contains { CaseDrafter.mentions(party.name, in: $0.text) }
                }
                return event.referring(courts: courtIDs, parties: partyIDs, events: eventIDs, adding: named.map(\.id))
                    .lines
            }, toList: "events")
        changes += newEvents.map { "new event \($0.id): \($0.title)" }
        try file.append(draft.leftOut.map(\.lines), toList: "left_out")
        caseFile = file.text
        self.changes = changes
    }

    private static func more(_ count: Int) -> String { "\(count) more citation\(count == 1 ? "" : "s")" }

    /// Courts or parties: each one the case has gains its citations, the others are added.
    /// Returns the drafted ids that are the case's own, with the case's id for each.
    private static func merge<Entry: DraftedEntry>(
        _ entries: [Entry], into file: inout CaseFileLines, list: String, noting changes: inout [String],
        matching match: (Entry) -> String?
    ) throws(CaseAdditionError) -> [String: String] {
        var known: [String: String] = [:]
        var added: [[String]] = []
        for entry in entries {
            if let id = match(entry) {
                known[entry.id] = id
                try file.addCitations(entry.citations, toItem: id, ofList: list)
                changes.append("\(Entry.noun) \(id): \(more(entry.citations.count))")
            } else {
                added.append(entry.lines)
                changes.append("new \(Entry.noun) \(entry.id): \(entry.name)")
            }
        }
        try file.append(added, toList: list)
        return known
    }

    /// The case's court of the same level whose name shares a word with this one's (beyond
    /// "court", "the", "of"), or its one court of that level.
    static func match(_ court: CaseDraft.CourtEntry, in model: Case) -> Court? {
        let sameLevel = model.courts.filter { $0.level == court.level }
        let words = significantWords(court.name)
        return sameLevel.first { !significantWords($0.name).isDisjoint(with: words) }
            ?? (sameLevel.count == 1 ? sameLevel[0] : nil)
    }

    /// The case's party of the same name, or whose name holds every word of this one's ("NSO" in
    /// "NSO Group").
    static func match(_ party: CaseDraft.PartyEntry, in model: Case) -> Party? {
        let words = Set(party.name.lowercased().split(separator: " "))
        return model.parties.first { $0.name.lowercased() == party.name.lowercased() }
            ?? model.parties.first { known in
                let knownWords = Set(known.name.lowercased().split(separator: " "))
                return words.isSubset(of: knownWords) || knownWords.isSubset(of: words)
            }
    }

    /// The case's event of the same court and kind whose interval is the same as this one's,
    /// or else holds it or lies within it ("November 2023" and "on Tuesday"). Statements are
    /// never one another: two people's words are two events.
    static func match(_ event: CaseDraft.EventEntry, court: String?, in model: Case) -> Event? {
        guard event.kind != .statement else { return nil }
        let candidates = model.events.filter { $0.courtID == court && $0.kind == event.kind }
        return candidates.first { $0.date.earliest == event.earliest && $0.date.latest == event.latest }
            ?? candidates.first { known in
                let proposed = EventDate(
                    text: event.date.text, earliest: event.earliest, latest: event.latest, explanation: "")
                return known.date.holds(proposed) || proposed.holds(known.date)
            }
    }

    private static func significantWords(_ name: String) -> Set<Substring> {
        Set(
            name.lowercased().split { !$0.isLetter && !$0.isNumber }.filter {
                !["court", "the", "of", "for", "in", "us", "u", "s", "united", "states"].contains($0)
            })
    }
}

public struct CaseAdditionError: Error, Sendable, CustomStringConvertible {
    public let line: Int?
    public let message: String

    public var description: String { (line.map { "line \($0): " } ?? "") + message }
}

extension CaseDraft.EventEntry {
    /// Two drafted parties can both be one of the case's.
    fileprivate static func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }

    /// The event with its court, parties and date references renamed where they stand for the
    /// case's own.
    fileprivate func referring(
        courts: [String: String], parties: [String: String], events: [String: String], adding more: [String]
    ) -> Self {
        func event(_ id: String?) -> String? { id.map { events[$0] ?? $0 } }
        let date = CaseDraft.DateText(
            text: self.date.text, sourceID: self.date.sourceID, anchor: event(self.date.anchor), ahead: self.date.ahead,
            countedBack: self.date.countedBack, notBefore: event(self.date.notBefore), notAfter: self.date.notAfter)
        return Self(
            id: id, title: title, kind: kind, summary: summary, date: date, alsoDated: alsoDated,
            courtID: courtID.map { courts[$0] ?? $0 }, partyIDs: Self.unique(partyIDs.map { parties[$0] ?? $0 } + more),
            citations: citations, note: note, earliest: earliest, latest: latest)
    }
}

/// A drafted court or party, as `CaseAddition.merge` adds it.
protocol DraftedEntry {
    static var noun: String { get }
    var id: String { get }
    var name: String { get }
    var citations: [CaseDraft.Quote] { get }
    var lines: [String] { get }
}

extension CaseDraft.CourtEntry: DraftedEntry {
    static var noun: String { "court" }
}

extension CaseDraft.PartyEntry: DraftedEntry {
    static var noun: String { "party" }
}
