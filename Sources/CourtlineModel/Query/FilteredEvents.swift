/// The events a filter lets through, in date order: a view of the case's events by row, so
/// that a filter costs the events it returns, not a copy of the timeline.
public struct FilteredEvents: RandomAccessCollection, Sendable {
    private let model: Case
    /// Rows of the case's events, ascending; nil when every event is let through.
    let rows: [Int]?

    init(model: Case, rows: [Int]?) {
        self.model = model
        self.rows = rows
    }

    private var events: [Event] { model.events }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows?.count ?? events.count }

    public subscript(position: Int) -> Event { events[rows?[position] ?? position] }

    /// Where the event with this id stands among these, if it is let through.
    public func position(ofEventID id: String) -> Int? {
        guard let row = model.eventIndex[id] else { return nil }
        guard let rows else { return row }
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle] < row { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low] == row ? low : nil
    }

    /// The most characters any of these events' dates takes as the timeline shows it.
    public var longestDate: Int { maximum(over: model.dateLengths) }

    /// The courts these events are at, in the case's order, and whether any is at none.
    public var courts: (courts: [Court], anyWithout: Bool) {
        var present = Array(repeating: false, count: model.courts.count + 1)
        if let rows {
            for row in rows { present[model.courtRows[row] + 1] = true }
        } else {
            present = [!model.rowsWithoutCourt.isEmpty] + model.courts.map { model.rowsByCourt[$0.id] != nil }
        }
        return (model.courts.indices.filter { present[$0 + 1] }.map { model.courts[$0] }, present[0])
    }

    private func maximum(over values: [Int]) -> Int {
        guard let rows else { return values.max() ?? 0 }
        return rows.reduce(0) { Swift.max($0, values[$1]) }
    }
}

extension Case {
    /// The events that cite sentence `index` (1-based) of a source, in date order: which facts
    /// rest on it.
    public func events(citingSentence index: Int, of sourceID: String) -> [Event] {
        events.filter { event in event.citations.contains { $0.sourceID == sourceID && $0.sentenceIndex == index } }
    }
}
