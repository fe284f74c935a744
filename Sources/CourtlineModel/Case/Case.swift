/// A litigation case: its sources, courts, parties and events, every one tied to the sentences
/// it comes from. Built only by `CaseLoader`, which verifies it.
public struct Case: Sendable {
    public let id: String
    public let title: String
    public let sources: [Source]
    public let courts: [Court]
    /// Grouped by standing, litigants first, each group in the case file's order.
    public let parties: [Party]
    /// Where each standing's parties lie in `parties`, in order, for those the case has.
    public let partyGroups: [(standing: Party.Standing, range: Range<Int>)]
    /// In date order (see `EventDate.sortsBefore`), ties in case-file order.
    public let events: [Event]
    public internal(set) var leftOut: [LeftOutSentence] = []

    private let sourceIndex: [String: Int]
    private let courtIndex: [String: Int]
    private let partyIndex: [String: Int]
    let eventIndex: [String: Int]
    /// Event rows (indices into `events`) by court, by party, and with no court: filters start
    /// from these rather than from every event.
    let rowsByCourt: [String: [Int]]
    let rowsWithoutCourt: [Int]
    let rowsByParty: [String: [Int]]
    /// Each event's date length (in characters, as the timeline shows it) and court (an index
    /// into `courts`, -1 for none), so a filtered timeline sizes its columns without reading events.
    let dateLengths: [Int]
    let courtRows: [Int]
    private let citedSentences: [[Bool]]

    init(id: String, title: String, sources: [Source], courts: [Court], parties: [Party], events: consuming [Event]) {
        self.id = id
        self.title = title
        self.sources = sources
        self.courts = courts
        let parties = parties.enumerated().sorted {
            ($0.element.standing, $0.offset) < ($1.element.standing, $1.offset)
        }
        .map(\.element)
        self.parties = parties
        partyGroups = Party.Standing.allCases.compactMap { standing in
            guard let first = parties.firstIndex(where: { $0.standing == standing }) else { return nil }
            let end = parties[first...].firstIndex { $0.standing != standing } ?? parties.count
            return (standing, first..<end)
        }
        let sourceIndex = Self.index(sources.map(\.id))
        let courtIndex = Self.index(courts.map(\.id))
        self.sourceIndex = sourceIndex
        self.courtIndex = courtIndex
        partyIndex = Self.index(parties.map(\.id))
        // A long timeline's indexes take a while each; those that share nothing are made at once.
        let (order, cited) = inParallel(
            { [events] in Self.dateOrder(of: events) },
            { [events] in
                Self.citedSentences(
                    sources: sources, courts: courts, parties: parties, events: events, sourceIndex: sourceIndex)
            })
        citedSentences = cited
        Self.arrange(&events, takingFrom: order)
        let sorted = events
        self.events = sorted
        let (eventIndex, rows) = inParallel(
            { Self.index(sorted.indices.map { sorted[$0].id }) }, { Rows(of: sorted, courtIndex: courtIndex) })
        self.eventIndex = eventIndex
        rowsByCourt = rows.byCourt
        rowsWithoutCourt = rows.withoutCourt
        rowsByParty = rows.byParty
        dateLengths = rows.dateLengths
        courtRows = rows.courts
    }

    /// The rows of events in date order: by their first known day, ties in case-file order.
    private static func dateOrder(of events: [Event]) -> [Int] {
        var keys = events.indices.map { row in
            let key = events[row].date.sortKey
            return (key.firstYear, key.firstDay, key.closedStart, key.endYear, key.endDay, row)
        }
        // In place: a sorted copy of a long timeline's keys would be held beside them.
        keys.sort(by: <)
        return keys.map(\.5)
    }

    /// Which rows each court and party has, and what the timeline's columns need of each row.
    private struct Rows: Sendable {
        var byCourt: [String: [Int]] = [:]
        var withoutCourt: [Int] = []
        var byParty: [String: [Int]] = [:]
        var dateLengths: [Int] = []
        var courts: [Int] = []

        init(of events: [Event], courtIndex: [String: Int]) {
            dateLengths.reserveCapacity(events.count)
            courts.reserveCapacity(events.count)
            var rowsOfCourt = [[Int]](repeating: [], count: courtIndex.count)
            // Many events share a date, and writing one out costs more than looking it up.
            var lengths: [DateInterval: Int] = [:]
            // By row and field, not `for event in events`: an event is large, and each would be copied.
            for row in events.indices {
                if let court = events[row].courtID {
                    let index = courtIndex[court] ?? -1
                    if index >= 0 { rowsOfCourt[index].append(row) } else { byCourt[court, default: []].append(row) }
                    courts.append(index)
                } else {
                    withoutCourt.append(row)
                    courts.append(-1)
                }
                let partyIDs = events[row].partyIDs
                for (position, party) in partyIDs.enumerated() where !partyIDs[..<position].contains(party) {
                    byParty[party, default: []].append(row)
                }
                let date = events[row].date
                let interval = DateInterval(earliest: date.earliest, latest: date.latest)
                if let length = lengths[interval] {
                    dateLengths.append(length)
                } else {
                    // Every character of a date as shown is one scalar, so no grapheme need be found.
                    let length = date.display.unicodeScalars.count
                    lengths[interval] = length
                    dateLengths.append(length)
                }
            }
            for (court, index) in courtIndex where !rowsOfCourt[index].isEmpty { byCourt[court] = rowsOfCourt[index] }
        }

        private struct DateInterval: Hashable {
            let earliest: CalendarDay?
            let latest: CalendarDay?
        }
    }

    public func source(_ id: String) -> Source? { sourceIndex[id].map { sources[$0] } }
    public func court(_ id: String) -> Court? { courtIndex[id].map { courts[$0] } }
    public func party(_ id: String) -> Party? { partyIndex[id].map { parties[$0] } }
    public func event(_ id: String) -> Event? { eventIndex[id].map { events[$0] } }

    /// The sentence a citation points into.
    public func sentence(of citation: Citation) -> Sentence? {
        source(citation.sourceID).map { $0.sentences[citation.sentenceIndex - 1] }
    }

    /// Every citation of every court, party, event and outlet.
    public var allCitations: [Citation] {
        courts.flatMap(\.citations) + parties.flatMap(\.citations) + events.flatMap(\.citations)
            + sources.compactMap(\.outlet?.citation)
    }

    public var citationCount: Int {
        courts.reduce(0) { $0 + $1.citations.count } + parties.reduce(0) { $0 + $1.citations.count }
            + events.reduce(0) { $0 + $1.citations.count } + sources.reduce(0) { $0 + ($1.outlet == nil ? 0 : 1) }
    }

    /// Whether a fact cites sentence `index` (1-based) of source `sourceID`.
    func cites(sentence index: Int, of sourceID: String) -> Bool {
        guard let source = sourceIndex[sourceID] else { return false }
        return citedSentences[source][index - 1]
    }

    public var coverage: Coverage {
        Coverage(sources: sources, cited: citedSentences, leftOut: leftOut, sourceIndex: sourceIndex)
    }

    /// Which sentences of each source (by index into `sources`, then sentence) a fact cites,
    /// marked by reading every citation in place rather than gathering them.
    private static func citedSentences(
        sources: [Source], courts: [Court], parties: [Party], events: [Event], sourceIndex: [String: Int]
    ) -> [[Bool]] {
        var cited = sources.map { [Bool](repeating: false, count: $0.sentences.count) }
        func mark(_ citations: [Citation]) {
            for citation in citations {
                if let source = sourceIndex[citation.sourceID] { cited[source][citation.sentenceIndex - 1] = true }
            }
        }
        for row in courts.indices { mark(courts[row].citations) }
        for row in parties.indices { mark(parties[row].citations) }
        for row in events.indices { mark(events[row].citations) }
        for row in sources.indices { mark(sources[row].outlet.map { [$0.citation] } ?? []) }
        return cited
    }

    /// Puts `order[row]`'s element at each row, in place: each element moves once, along the
    /// cycles of the order, where sorting the elements themselves would move them at every swap
    /// and gathering them into a new array would copy and then free every one.
    private static func arrange<Element>(_ elements: inout [Element], takingFrom order: [Int]) {
        var placed = [Bool](repeating: false, count: elements.count)
        elements.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for start in buffer.indices where !placed[start] {
                let first = (base + start).move()
                var row = start
                while true {
                    placed[row] = true
                    let from = order[row]
                    if from == start { break }
                    (base + row).moveInitialize(from: base + from, count: 1)
                    row = from
                }
                (base + row).initialize(to: first)
            }
        }
    }

    private static func index(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (offset, id) in ids.enumerated() where index[id] == nil { index[id] = offset }
        return index
    }
}

struct SentenceKey: Hashable {
    let sourceID: String
    let index: Int
}
