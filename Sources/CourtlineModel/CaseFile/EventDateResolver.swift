/// Works out every event's date from the case file's date entries, following anchors from one
/// event to another in whatever order they are written.
struct EventDateResolver {
    struct Problem {
        /// Index of the event in the case file.
        let event: Int
        let message: String
    }

    private enum State {
        case pending, resolving, resolved
    }

    private let events: ChunkedList<RawCaseFile.EventEntry>
    private let citations: [[Citation]]
    /// The source of each event's first quote as the case file gives it (anchored or not).
    private let firstCitedSources: [String?]
    /// Whether each event's own date text is in a sentence it cites, found for all events at once.
    private let wordingCited: [Bool]
    /// Of each source, only what dates need: a whole `Source` is costly to copy out of a dictionary.
    private let sentences: [String: Sentences]
    private let published: [String: CalendarDay]
    private let declaredSources: Set<String>
    private let indexByID: [String: Int]
    private var states: [State]
    /// Each event's date once resolved (nil also where it could not be): kept apart from
    /// `states` so that it is handed over whole at the end, not copied out.
    private var dates: [EventDate?]
    /// Expressions already read (see `expression(of:)`).
    private var parsed: [String: DateExpression?] = [:]
    private(set) var problems: [Problem] = []

    init(
        events: ChunkedList<RawCaseFile.EventEntry>, citations: [[Citation]], firstCitedSources: [String?],
        sources: [String: Source], declaredSources: Set<String>
    ) {
        self.events = events
        self.declaredSources = declaredSources
        self.citations = citations
        self.firstCitedSources = firstCitedSources
        let sentences = sources.mapValues(\.sentences)
        self.sentences = sentences
        wordingCited = Self.wordingCited(of: events, citations: citations, sentences: sentences)
        published = sources.mapValues(\.published)
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(events.count)
        for (index, event) in events.enumerated() where indexByID[event.id] == nil { indexByID[event.id] = index }
        self.indexByID = indexByID
        states = Array(repeating: .pending, count: events.count)
        dates = Array(repeating: nil, count: events.count)
    }

    /// Every event's date, and the problems found; the resolver's own state goes with it.
    consuming func resolveAll() -> (dates: [EventDate?], problems: [Problem]) {
        for index in events.indices { resolveAnchors(of: index) }
        return (dates, problems)
    }

    /// Resolves the events that `start`'s date counts from, deepest first, keeping its own stack:
    /// a chain of a hundred thousand `same_as` would overflow the thread's stack by recursion.
    /// Afterwards resolving `start` only looks one step down. An anchor that leads back to an event
    /// still being walked is a cycle, reported at that event as the recursion would report it.
    private mutating func resolveAnchors(of start: Int) {
        guard case .pending = states[start] else { return }
        // Most dates count from no other event, and need no walk.
        if anchors(of: start).isEmpty {
            _ = resolve(start)
            return
        }
        var stack: [(event: Int, anchorsDone: Bool)] = [(start, false)]
        var walking: Set<Int> = [start]
        while let (index, anchorsDone) = stack.popLast() {
            if anchorsDone {
                walking.remove(index)
                _ = resolve(index)
                continue
            }
            stack.append((index, true))
            for other in anchors(of: index) {
                guard case .pending = states[other] else { continue }
                if walking.contains(other) {
                    problems.append(Problem(event: other, message: Self.cycle))
                    states[other] = .resolved
                } else {
                    walking.insert(other)
                    stack.append((other, false))
                }
            }
        }
    }

    /// The events whose dates `index`'s date is worked out from, in the order `work` asks for them.
    private mutating func anchors(of index: Int) -> [Int] {
        let entry = events[index].date
        var names: [String?] = []
        if entry.unknown != nil {
            return []
        } else if entry.notBefore != nil || entry.notAfter != nil {
            names = [entry.notBefore, entry.notAfter]
        } else if let sameAs = entry.sameAs {
            names = [sameAs]
        } else if expression(of: entry.text)?.needsAnchor == true {
            names = [entry.anchor]
        }
        for other in entry.also ?? [] where expression(of: other.text)?.needsAnchor == true {
            names.append(other.anchor)
        }
        return names.compactMap { name in name.flatMap { $0 == Self.publication ? nil : indexByID[$0] } }
    }

    static let cycle = "its date anchors lead back to itself"

    private mutating func resolve(_ index: Int) -> EventDate? {
        switch states[index] {
        case .resolved:
            return dates[index]
        case .resolving:
            problems.append(Problem(event: index, message: Self.cycle))
            return nil
        case .pending:
            states[index] = .resolving
            var date = work(index)
            if let found = date {
                if !wordingCited[index] { reportWording(of: found.text, event: index) }
                date = corroborate(found, event: index)
            }
            states[index] = .resolved
            dates[index] = date
            return date
        }
    }

    private mutating func work(_ index: Int) -> EventDate? {
        let entry = events[index].date
        if let reason = entry.unknown {
            return EventDate(text: entry.text, earliest: nil, latest: nil, explanation: reason)
        }
        if entry.notBefore != nil || entry.notAfter != nil {
            return bounded(index)
        }
        if let other = entry.sameAs {
            guard let anchor = anchor(other, for: index) else { return nil }
            return EventDate(
                text: entry.text, earliest: anchor.earliest, latest: anchor.latest,
                explanation: "the date of \(anchor.description)")
        }
        return expression(
            entry.text, anchor: entry.anchor, source: entry.source, ahead: entry.ahead, countedBack: entry.countedBack,
            for: index)
    }

    /// A date written as words the resolver reads: "in 2019", "on Friday", "six months earlier".
    private mutating func expression(
        _ text: String, anchor name: String?, source: String?, ahead: Bool = false, countedBack: Bool = false,
        for index: Int
    ) -> EventDate? {
        guard var expression = expression(of: text) else {
            problems.append(
                Problem(
                    event: index,
                    message: "no date expression in “\(text.excerpt)” (write it as the article does, e.g. “in 2019”, "
                        + "“on Friday”, “six months earlier”; or give not_before/not_after, same_as or unknown)"))
            return nil
        }
        if countedBack {
            guard case .shift(let unit, let amount) = expression, name != nil else {
                problems.append(
                    Problem(
                        event: index,
                        message: "“\(text.excerpt)” cannot be counted back: counted_back takes a count from another "
                            + "event (“a week after”, “two days before”) and its anchor"))
                return nil
            }
            expression = .shift(unit, by: -amount)
        }
        var anchor: DateAnchor?
        if expression.needsAnchor {
            guard let found = self.anchor(name ?? Self.publication, source: source, for: index) else { return nil }
            anchor = found
        }
        do {
            let found = try expression.resolve(text: text, anchor: anchor, ahead: ahead)
            guard countedBack else { return found }
            return EventDate(
                text: found.text, earliest: found.earliest, latest: found.latest,
                explanation: found.explanation + ", counted back: the words put that after this")
        } catch {
            problems.append(Problem(event: index, message: error.description))
            return nil
        }
    }

    /// Expressions are read once per wording: a long case writes the same dates again and again.
    private mutating func expression(of text: String) -> DateExpression? {
        if let known = parsed[text] { return known }
        let expression = DateExpression.parse(text)
        parsed[text] = .some(expression)
        return expression
    }

    private mutating func bounded(_ index: Int) -> EventDate? {
        let entry = events[index].date
        var lower: DateAnchor?
        var upper: DateAnchor?
        if let name = entry.notBefore {
            guard let found = anchor(name, for: index) else { return nil }
            lower = found
        }
        if let name = entry.notAfter {
            guard let found = anchor(name, for: index) else { return nil }
            upper = found
        }
        if let earliest = lower?.earliest, let latest = upper?.latest, earliest > latest {
            problems.append(
                Problem(
                    event: index,
                    message: "not_before (\(lower!.description)) falls after not_after (\(upper!.description))"))
            return nil
        }
        let explanation = [
            lower.map { "not before \($0.description)" }, upper.map { "not after \($0.description)" },
        ].compactMap { $0 }.joined(separator: " and ")
        return EventDate(text: entry.text, earliest: lower?.earliest, latest: upper?.latest, explanation: explanation)
    }

    static let publication = "publication"

    /// Each `also` expression must overlap the date it corroborates: two articles that disagree
    /// on when something happened are a problem to look at, not to paper over.
    private mutating func corroborate(_ date: EventDate, event index: Int) -> EventDate? {
        var result = date
        for other in events[index].date.also ?? [] {
            guard
                let found = expression(
                    other.text, anchor: other.anchor, source: other.source, ahead: other.ahead, for: index)
            else {
                return nil
            }
            if !Self.isCited(other.text, in: citations[index], sentences: sentences) {
                reportWording(of: other.text, event: index)
            }
            guard found.overlaps(date) else {
                problems.append(
                    Problem(
                        event: index,
                        message:
                            "“\(other.text.excerpt)” (\(found.display)) disagrees with “\(date.text.excerpt)” (\(date.display))"
                    ))
                return nil
            }
            result = result.corroborated(by: found)
        }
        return result
    }

    /// `publication` (of the date's source, or of the event's first cited source) or another event.
    private mutating func anchor(_ name: String, source: String? = nil, for index: Int) -> DateAnchor? {
        if name == Self.publication {
            let sourceID = source ?? events[index].date.source ?? firstCitedSources[index]
            guard let sourceID, let published = published[sourceID] else {
                // A declared source that failed to load has its own problem already.
                if let sourceID, declaredSources.contains(sourceID) { return nil }
                problems.append(
                    Problem(
                        event: index,
                        message: "no source '\((sourceID ?? "").excerpt)' whose publication date could anchor it"))
                return nil
            }
            return .publication(published)
        }
        guard let other = indexByID[name] else {
            problems.append(Problem(event: index, message: "unknown event '\(name.excerpt)' named as a date anchor"))
            return nil
        }
        guard let date = resolve(other) else { return nil }
        return .event(title: events[other].title, date: date)
    }

    private mutating func reportWording(of text: String, event index: Int) {
        problems.append(
            Problem(event: index, message: "the date text “\(text.excerpt)” is in no sentence the event cites"))
    }

    /// Whether a date expression is the article's own words, in a sentence the event cites (an
    /// event that cites nothing has a problem of its own). `sentences` are each source's.
    /// On all cores: the one reading of every event's cited sentences.
    private static func wordingCited(
        of events: ChunkedList<RawCaseFile.EventEntry>, citations: [[Citation]], sentences: [String: Sentences]
    ) -> [Bool] {
        let runs = stride(from: 0, to: events.count, by: 4096).map { $0..<min($0 + 4096, events.count) }
        return runs.concurrentMap { run in
            run.map { isCited(events[$0].date.text, in: citations[$0], sentences: sentences) }
        }.flatMap { $0 }
    }

    static func isCited(_ text: String, in citations: [Citation], sentences: [String: Sentences]) -> Bool {
        // Most dates are written as the article writes them, in the first sentence cited.
        for citation in citations {
            if let sentences = sentences[citation.sourceID],
                sentences[citation.sentenceIndex - 1].slice.containsBytes(of: text)
            {
                return true
            }
        }
        let cited = citations.compactMap { citation in
            sentences[citation.sourceID].map { $0[citation.sentenceIndex - 1].slice }
        }
        // The others need folding.
        let wording = Self.folded(text)
        return cited.isEmpty || cited.contains { Substring(Self.folded(String($0))).containsBytes(of: wording) }
    }

    private static func folded(_ text: String) -> String {
        let lowered = text.lowercased()
        guard lowered.unicodeScalars.contains("’") else { return lowered }
        return String(String.UnicodeScalarView(lowered.unicodeScalars.map { $0 == "’" ? "'" : $0 }))
    }
}
