/// Which sources tell an event, and where they differ on a detail they both give: a figure
/// ("more than a thousand targeted phones" in one, "1,400 people" in the other), a year, or the
/// name of the person in a role ("Judge Ann Lee", "Judge Anne Leigh").
public struct Corroboration: Sendable, Hashable {
    /// The sources the event's citations come from, in the order the event first cites them.
    public let sourceIDs: [String]
    /// Each kind of figure that two or more sources give, with different values.
    public let differences: [Difference]

    /// Told by more than one source.
    public var isCorroborated: Bool { sourceIDs.count > 1 }

    /// One kind of figure, as each source that gives it gives it.
    public struct Difference: Sendable, Hashable {
        public let kind: Figure.Kind
        /// For a duration, its unit ("year"): durations in other units are compared apart.
        public let unit: String
        public let accounts: [Account]

        /// "a count", "a duration in years", "an amount of money", "a year", "the judge's name".
        public var measure: String {
            switch kind {
            case .count: "a count"
            case .duration: "a duration in \(unit)s"
            case .money: "an amount of money"
            case .year: "a year"
            case .name: "the \(unit)'s name"
            }
        }

        /// Says whether the details can all be true, and that this comes from the words alone.
        public var verdict: String {
            switch (kind, canAllHold) {
            case (.name, true): "they name some of the same people"
            case (.name, false): "they name different people, or spell one name differently"
            case (_, true): "by their words the figures can all be true"
            case (_, false): "the figures cannot all be true: no value fits them all"
            }
        }

        /// Whether the figures can all be true together: every source's figures allow a value
        /// another source's figures allow ("1,400" is "more than a thousand"). Worked out from the
        /// words alone; they may still count different things (phones, people). Names hold
        /// together where every two sources share one.
        public var canAllHold: Bool {
            accounts.indices.allSatisfy { first in
                accounts.indices.allSatisfy { second in
                    first == second
                        || accounts[first].figures.contains { figure in
                            accounts[second].figures.contains { $0.figure.agrees(with: figure.figure) }
                        }
                }
            }
        }
    }

    /// What one source says: its figures of one kind, each in the citation it comes from.
    public struct Account: Sendable, Hashable {
        public let sourceID: String
        public let figures: [CitedFigure]
    }

    public struct CitedFigure: Sendable, Hashable {
        /// `range` counts from the start of the article, like a citation's.
        public let figure: Figure
        public let citation: Citation

        /// The quote's words before and after the figure, to show the figure marked inside it.
        public func quoteAround(in source: Source) -> (before: String, after: String) {
            (
                source.text[citation.range.lowerBound..<figure.range.lowerBound],
                source.text[figure.range.upperBound..<citation.range.upperBound]
            )
        }
    }

    public init(of event: Event) {
        let sourceIDs = event.sourceIDs
        self.sourceIDs = sourceIDs
        guard sourceIDs.count > 1 else {
            differences = []
            return
        }
        var figures: [CitedFigure] = []
        for citation in event.citations {
            for figure in FigureReader.details(in: citation.quoteSlice) {
                let offset = citation.range.lowerBound
                figures.append(CitedFigure(figure: figure.moved(by: offset), citation: citation))
            }
        }
        var differences: [Difference] = []
        var measures: [(Figure.Kind, String)] = []
        for figure in figures where !measures.contains(where: { $0 == (figure.figure.kind, figure.figure.unit) }) {
            measures.append((figure.figure.kind, figure.figure.unit))
        }
        for (kind, unit) in measures {
            let accounts = sourceIDs.compactMap { source -> Account? in
                let own = figures.filter {
                    $0.citation.sourceID == source && $0.figure.kind == kind && $0.figure.unit == unit
                }
                return own.isEmpty ? nil : Account(sourceID: source, figures: own)
            }
            let values = accounts.map { Set($0.figures.map(\.figure.comparable)) }
            if accounts.count > 1, values.contains(where: { $0 != values[0] }) {
                differences.append(Difference(kind: kind, unit: unit, accounts: accounts))
            }
        }
        self.differences = differences
    }
}

extension Case {
    /// Which sources tell `event` and where they differ; worked out when asked, from its quotes.
    public func corroboration(of event: Event) -> Corroboration { Corroboration(of: event) }

    /// The corroboration of each event, worked out on all cores: a long case has tens of
    /// thousands of events told by more than one source, and each one's quotes are read.
    public func corroborations(of events: [Event]) -> [Corroboration] {
        let chunk = Swift.max(64, events.count / 64)
        let starts = Array(Swift.stride(from: 0, to: events.count, by: chunk))
        return starts.concurrentMap { start in
            events[start..<Swift.min(events.count, start + chunk)].map(Corroboration.init(of:))
        }.flatMap { $0 }
    }

    /// Whether `event` cites more than one source, without reading its quotes.
    public func isCorroborated(_ event: Event) -> Bool {
        guard let first = event.citations.first?.sourceID else { return false }
        return event.citations.contains { $0.sourceID != first }
    }
}
