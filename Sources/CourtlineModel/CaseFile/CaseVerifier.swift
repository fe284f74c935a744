import Foundation

/// Turns a decoded case file into a verified `Case`, collecting every problem on the way so
/// that one run reports them all.
struct CaseVerifier: Sendable {
    let file: String
    let lines: LineLocator
    private(set) var raw: RawCaseFile
    let articleDirectory: String
    /// Whether an article may lie outside `articleDirectory` (`--allow-outside-sources`).
    let allowsSourcesOutsideFolder: Bool

    private var problems: [CaseProblem] = []
    private var missingInput = false
    /// Every quote of the case file, anchored where its article was read.
    private var anchored = AnchoredQuotes()
    private let courtIDs: Set<String>
    private let partyIDs: Set<String>

    init(
        file: String, lines: LineLocator, raw: RawCaseFile, articleDirectory: String,
        allowsSourcesOutsideFolder: Bool = false
    ) {
        self.file = file
        self.lines = lines
        self.raw = raw
        self.articleDirectory = articleDirectory
        self.allowsSourcesOutsideFolder = allowsSourcesOutsideFolder
        courtIDs = Set(raw.courts.map(\.id))
        partyIDs = Set(raw.parties.map(\.id))
    }

    mutating func verify() throws(CaseLoadError) -> Case {
        checkIDs()
        let sources = loadSources()
        let lookup = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let courts = raw.courts.enumerated().compactMap { verifyCourt($1, at: $0, sources: lookup) }
        let parties = raw.parties.enumerated().compactMap { verifyParty($1, at: $0, sources: lookup) }
        if raw.events.isEmpty { report(at: [.key("events")], fact: nil, "the case has no events") }
        let events = verifyEvents(sources: lookup)
        let leftOut = anchorLeftOut(sources: lookup)
        var model = Case(
            id: raw.header.id, title: raw.header.title, sources: sources, courts: courts, parties: parties,
            events: consume events)
        model.leftOut = verifyLeftOut(leftOut, in: model)
        guard problems.isEmpty else {
            throw CaseLoadError(kind: missingInput ? .missingInput : .badData, problems: problems)
        }
        return model
    }

    // MARK: - Ids

    private mutating func checkIDs() {
        check(ids: [raw.header.id], in: [.key("case")], kind: "case")
        check(ids: raw.sources.map(\.id), in: [.key("sources")], kind: "source")
        check(ids: raw.courts.map(\.id), in: [.key("courts")], kind: "court")
        check(ids: raw.parties.map(\.id), in: [.key("parties")], kind: "party")
        check(ids: raw.events.map(\.id), in: [.key("events")], kind: "event")
        for (index, court) in raw.courts.enumerated() where court.id == Self.noCourtID {
            report(
                at: [.key("courts"), .index(index)], fact: "court 'none'", "'none' is reserved for events with no court"
            )
        }
    }

    /// The court filter's word for events with no court, so no court may take it as an id.
    static let noCourtID = "none"

    private mutating func check(ids: [String], in path: YAMLPath, kind: String) {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() {
            let place = path.last == .key("case") ? path : path + [.index(index)]
            if !Self.isID(id) {
                report(
                    at: place + [.key("id")], fact: "\(kind) '\(id.excerpt)'",
                    "an id may hold only letters, digits, '-', '_' and '.'")
            }
            if let first = seen[id] {
                report(
                    at: place + [.key("id")], fact: "\(kind) '\(id.excerpt)'",
                    "duplicate id: already used by the \(kind) at line \(lines.line(at: path + [.index(first)]) ?? 0)")
            } else {
                seen[id] = index
            }
        }
    }

    private static let idCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))

    /// Letters, digits, '-', '_' and '.'; ids in ASCII, nearly all, are read without the character set.
    private static func isID(_ id: String) -> Bool {
        guard !id.isEmpty else { return false }
        let ascii = id.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                true
            default: false
            }
        }
        return ascii || id.unicodeScalars.allSatisfy(idCharacters.contains)
    }

    // MARK: - Sources

    /// The quotes of courts, parties, events and left-out sentences for each source, in the order
    /// the verifier reads them (see `AnchoredQuotes`). A source's outlet is anchored with its article.
    private func quotesBySource() -> [String: [RawCaseFile.QuotePlace]] {
        var places: [String: [RawCaseFile.QuotePlace]] = [:]
        // Record by record, in place: gathering a hundred thousand events' lists first copies them all.
        func add(_ cited: [RawCaseFile.Quote], of list: RawCaseFile.QuotePlace.List, row: Int) {
            for (index, quote) in cited.enumerated() {
                places[quote.source, default: []].append(RawCaseFile.QuotePlace(list: list, row: row, index: index))
            }
        }
        for row in raw.courts.indices { add(raw.courts[row].citations, of: .courts, row: row) }
        for row in raw.parties.indices { add(raw.parties[row].citations, of: .parties, row: row) }
        for row in raw.events.indices { add(raw.events[row].citations, of: .events, row: row) }
        for (row, entry) in (raw.leftOut ?? []).enumerated() {
            places[entry.source, default: []].append(RawCaseFile.QuotePlace(list: .leftOut, row: row, index: 0))
        }
        return places
    }

    /// An article read, segmented and its quotes anchored, or why it could not be read.
    private typealias ReadArticle = Result<
        (source: Source, outlet: AnchoredQuotes.Anchored?, anchored: AnchoredQuotes.OfSource), ArticleFailure
    >

    private func articlePath(_ entry: RawCaseFile.SourceEntry) -> String {
        entry.file.hasPrefix("/") ? entry.file : "\(articleDirectory)/\(entry.file)"
    }

    /// Why an article was not read: the file, or where it is. A case file is shared, and one
    /// that could name any file (`../../etc/passwd`, an absolute path, a symlink out) would
    /// show it, or put it in an export someone then passes on.
    private enum ArticleFailure: Error {
        case file(TextFile.Failure)
        case outsideFolder
    }

    /// Reads the articles on all cores: each is read, segmented and its quotes anchored on its own.
    private func readArticles() -> [ReadArticle?] {
        let quotes = quotesBySource()
        let work = raw.sources.map { entry in (entry, articlePath(entry), quotes[entry.id] ?? []) }
        let raw = raw
        let folder = allowsSourcesOutsideFolder ? nil : ArticleFolder(articleDirectory)
        return work.concurrentMap { entry, path, quotes -> ReadArticle? in
            guard let published = CalendarDay(iso: entry.published) else { return nil }
            if let folder, !folder.holds(path) { return .failure(.outsideFolder) }
            let text: String
            do throws(TextFile.Failure) {
                text = try TextFile.read(path)
            } catch {
                return .failure(.file(error))
            }
            let source = Source(
                id: entry.id, file: entry.file, text: SourceText(text),
                titleBasis: entry.headline ? .headline : .leadSentence, published: published)
            let outlet = entry.outlet.map { outlet in
                Result { () throws(AnchoringError) in try source.anchor(outlet.selector(of: entry.id)) }
            }
            let anchored = AnchoredQuotes.OfSource(source.anchor(quotes.lazy.map { raw.selector(at: $0) }))
            return .success((source, outlet, anchored))
        }
    }

    private mutating func loadSources() -> [Source] {
        let articles = readArticles()
        return raw.sources.enumerated().compactMap { index, entry -> Source? in
            let path: YAMLPath = [.key("sources"), .index(index)]
            let fact = "source '\(entry.id.excerpt)'"
            let articlePath = articlePath(entry)
            guard let article = articles[index] else {
                report(
                    at: path + [.key("published")], fact: fact,
                    "published date '\(entry.published.excerpt)' is not a day written YYYY-MM-DD")
                return nil
            }
            let read: (source: Source, outlet: AnchoredQuotes.Anchored?, anchored: AnchoredQuotes.OfSource)
            switch article {
            case .failure(.file(let error)):
                missingInput = missingInput || error.isMissingInput
                report(at: path + [.key("file")], fact: fact, "article \(articlePath.oneLine) \(error.message)")
                return nil
            case .failure(.outsideFolder):
                report(
                    at: path + [.key("file")], fact: fact,
                    "article \(entry.file.oneLine) is outside the case file's folder, so it is not read "
                        + "(give --allow-outside-sources to read it)")
                return nil
            case .success(let success):
                read = success
            }
            var source = read.source
            if source.sentences.isEmpty {
                report(at: path + [.key("file")], fact: fact, "article \(articlePath.oneLine) holds no text")
                return nil
            }
            anchored.add(read.anchored, of: entry.id)
            if let outlet = entry.outlet, let result = read.outlet {
                if let citation = citation(
                    result, quoted: outlet.quote, in: source, at: path + [.key("outlet")], fact: fact)
                {
                    if !citation.quote.contains(outlet.name) {
                        report(
                            at: path + [.key("outlet")], fact: fact,
                            "the outlet's quote “\(outlet.quote.excerpt)” does not name \(outlet.name.excerpt)")
                    }
                    source.outlet = Source.Outlet(name: outlet.name, citation: citation)
                }
            }
            return source
        }
    }

    // MARK: - Courts, parties, events

    private mutating func verifyCourt(_ entry: RawCaseFile.CourtEntry, at index: Int, sources: [String: Source])
        -> Court?
    {
        let path: YAMLPath = [.key("courts"), .index(index)]
        let fact = "court '\(entry.id.excerpt)'"
        let citations = anchorAll(entry.citations, at: path, fact: fact, sources: sources)
        guard let level = Court.Level(rawValue: entry.level) else {
            report(
                at: path + [.key("level")], fact: fact,
                "unknown level '\(entry.level.excerpt)' (one of: \(Court.Level.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
            return nil
        }
        return Court(
            id: entry.id, name: entry.name, shortName: entry.short, level: level, citations: citations,
            draft: entry.draft)
    }

    private mutating func verifyParty(_ entry: RawCaseFile.PartyEntry, at index: Int, sources: [String: Source])
        -> Party?
    {
        let path: YAMLPath = [.key("parties"), .index(index)]
        let fact = "party '\(entry.id.excerpt)'"
        let citations = anchorAll(entry.citations, at: path, fact: fact, sources: sources)
        guard let kind = Party.Kind(rawValue: entry.kind) else {
            report(
                at: path + [.key("kind")], fact: fact,
                "unknown kind '\(entry.kind.excerpt)' (one of: \(Party.Kind.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
            return nil
        }
        let written = entry.standing ?? Party.Standing.other.rawValue
        guard let standing = Party.Standing(rawValue: written) else {
            report(
                at: path + [.key("standing")], fact: fact,
                "unknown standing '\(written.excerpt)' (one of: \(Party.Standing.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
            return nil
        }
        if standing == .litigant, entry.side == nil {
            report(at: path, fact: fact, "a litigant needs its side (side: plaintiff, defendant, appellant…)")
            return nil
        }
        if standing != .litigant, let side = entry.side {
            report(
                at: path + [.key("side")], fact: fact,
                "only a litigant has a side, and this party's standing is \(standing.rawValue) (side '\(side.excerpt)')"
            )
            return nil
        }
        return Party(
            id: entry.id, name: entry.name, kind: kind, standing: standing, side: entry.side, role: entry.role,
            citations: citations, draft: entry.draft)
    }

    /// Checks an event's kind, court and parties; its kind, if it is one.
    private mutating func checkEvent(_ entry: RawCaseFile.EventEntry, at index: Int) -> Event.Kind? {
        // Made only for a problem: most of a long case's events have none.
        var path: YAMLPath { [.key("events"), .index(index)] }
        var fact: String { "event '\(entry.id.excerpt)'" }
        let kind = Event.Kind(rawValue: entry.kind)
        if kind == nil {
            report(
                at: path + [.key("kind")], fact: fact,
                "unknown kind '\(entry.kind.excerpt)' (one of: \(Event.Kind.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
        }
        if let court = entry.court, !courtIDs.contains(court) {
            report(at: path + [.key("court")], fact: fact, "unknown court '\(court.excerpt)'")
        }
        for (partyIndex, party) in entry.parties.enumerated() where !partyIDs.contains(party) {
            report(at: path + [.key("parties"), .index(partyIndex)], fact: fact, "unknown party '\(party.excerpt)'")
        }
        return kind
    }

    /// Every event with its quotes anchored and its date worked out. What only that takes (the
    /// date resolver, each event's citations and date apart) is freed when it is done.
    private mutating func verifyEvents(sources: [String: Source]) -> [Event] {
        let (citations, firstCitedSources, kinds) = anchorEvents(sources: sources)
        // The events' results are held no more once they are theirs, before the dates are worked
        // out and the events built: the peak of a load.
        anchored.dropTaken()
        let resolver = EventDateResolver(
            events: raw.events, citations: citations, firstCitedSources: firstCitedSources, sources: sources,
            declaredSources: Set(raw.sources.map(\.id)))
        let (dates, dateProblems) = resolver.resolveAll()
        for problem in dateProblems {
            report(
                at: [.key("events"), .index(problem.event), .key("date")],
                fact: "event '\(raw.events[problem.event].id.excerpt)'", problem.message)
        }
        // Reserved, not grown by doubling: a hundred thousand events would briefly be held twice.
        var events: [Event] = []
        events.reserveCapacity(raw.events.count)
        for index in raw.events.indices {
            // Each chunk of records goes once its events are made, so the two are not all held at once.
            defer { raw.releaseEvents(before: index + 1) }
            guard let kind = kinds[index], let date = dates[index] else { continue }
            let entry = raw.events[index]
            events.append(
                Event(
                    id: entry.id, title: entry.title, kind: kind, summary: entry.summary, date: date,
                    courtID: entry.court, partyIDs: entry.parties, citations: citations[index], draft: entry.draft))
        }
        // The records go (freed by another core) before the case's indexes are built, the peak.
        release(elsewhere: raw.takeEvents())
        return events
    }

    /// The left-out sentences' quotes anchored, in order; nil where one could not be.
    private mutating func anchorLeftOut(sources: [String: Source]) -> [Citation?] {
        (raw.leftOut ?? []).enumerated().map { index, entry in
            anchor(
                entry.selector(), at: [.key("left_out"), .index(index)], fact: "left_out[\(index)]", sources: sources)
        }
    }

    private mutating func verifyLeftOut(_ citations: [Citation?], in model: Case) -> [LeftOutSentence] {
        var seen: Set<SentenceKey> = []
        return zip(raw.leftOut ?? [], citations).enumerated().compactMap { index, pair in
            let (entry, citation) = pair
            guard let citation else { return nil }
            let path: YAMLPath = [.key("left_out"), .index(index)]
            let fact = "left_out[\(index)]"
            let key = SentenceKey(sourceID: citation.sourceID, index: citation.sentenceIndex)
            if model.cites(sentence: key.index, of: key.sourceID) {
                report(
                    at: path, fact: fact,
                    "sentence \(key.index) of source '\(key.sourceID)' is left out, but a fact cites it")
            } else if !seen.insert(key).inserted {
                report(at: path, fact: fact, "sentence \(key.index) of source '\(key.sourceID)' is left out twice")
            } else if entry.reason.trimmingWhitespace().isEmpty {
                report(at: path + [.key("reason")], fact: fact, "a left-out sentence needs a reason")
            }
            return LeftOutSentence(sourceID: key.sourceID, sentenceIndex: key.index, reason: entry.reason)
        }
    }

    // MARK: - Quotes

    /// Every event's quotes anchored and its kind, court and parties checked, in the case file's
    /// order. Each event's quotes as written are taken out of its record and go once anchored,
    /// freed on this core, which makes the event's citations next: they take the memory the quotes
    /// leave rather than more.
    private mutating func anchorEvents(sources: [String: Source])
        -> (citations: [[Citation]], firstCitedSources: [String?], kinds: [Event.Kind?])
    {
        var citations: [[Citation]] = []
        var firstCitedSources: [String?] = []
        var kinds: [Event.Kind?] = []
        citations.reserveCapacity(raw.events.count)
        firstCitedSources.reserveCapacity(raw.events.count)
        kinds.reserveCapacity(raw.events.count)
        for index in raw.events.indices {
            let quotes = raw.takeQuotes(ofEvent: index)
            let id = raw.events[index].id
            firstCitedSources.append(quotes.first?.source)
            citations.append(
                anchorAll(quotes, at: [.key("events"), .index(index)], fact: "event '\(id.excerpt)'", sources: sources))
            kinds.append(checkEvent(raw.events[index], at: index))
        }
        return (citations, firstCitedSources, kinds)
    }

    /// `path` and `fact` are made only for a problem: most of a long case's quotes have none.
    private mutating func anchorAll(
        _ quotes: [RawCaseFile.Quote], at path: @autoclosure () -> YAMLPath, fact: @autoclosure () -> String,
        sources: [String: Source]
    ) -> [Citation] {
        if quotes.isEmpty {
            report(at: path() + [.key("citations")], fact: fact(), "cites no quote; every fact needs at least one")
        }
        var citations: [Citation] = []
        citations.reserveCapacity(quotes.count)
        for (index, quote) in quotes.enumerated() {
            let citation = anchor(
                quote.selector(), at: path() + [.key("citations"), .index(index)], fact: fact(), sources: sources)
            if let citation { citations.append(citation) }
        }
        return citations
    }

    private mutating func anchor(
        _ selector: TextQuoteSelector, at path: @autoclosure () -> YAMLPath, fact: @autoclosure () -> String,
        sources: [String: Source]
    ) -> Citation? {
        guard let source = sources[selector.sourceID] else {
            if !raw.sources.contains(where: { $0.id == selector.sourceID }) {
                report(at: path() + [.key("source")], fact: fact(), "unknown source '\(selector.sourceID.excerpt)'")
            }
            return nil
        }
        return anchor(selector, in: source, at: path(), fact: fact())
    }

    /// Takes the selector's result from those anchored with its article (see `AnchoredQuotes`).
    private mutating func anchor(
        _ selector: TextQuoteSelector, in source: Source, at path: @autoclosure () -> YAMLPath,
        fact: @autoclosure () -> String
    ) -> Citation? {
        let result =
            anchored.take(from: source) ?? Result { () throws(AnchoringError) in try source.anchor(selector) }
        return citation(result, quoted: selector.exact, in: source, at: path(), fact: fact())
    }

    private mutating func citation(
        _ result: AnchoredQuotes.Anchored, quoted quote: String, in source: Source,
        at path: @autoclosure () -> YAMLPath, fact: @autoclosure () -> String
    ) -> Citation? {
        switch result {
        case .success(let citation):
            return citation
        case .failure(let error):
            report(at: path() + [.key("quote")], fact: fact(), "in source '\(source.id)': “\(quote.excerpt)”: \(error)")
            return nil
        }
    }

    private mutating func report(at path: YAMLPath, fact: String?, _ message: String) {
        problems.append(CaseProblem(file: file, line: lines.line(at: path), fact: fact, message: message))
    }
}
