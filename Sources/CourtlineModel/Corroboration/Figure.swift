/// A number an article gives about an event, as it writes it: "more than a thousand targeted
/// phones", "1,400 people", "six months", "$2.5 million", "in 2016".
public struct Figure: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// How many of something: people, phones, companies.
        case count
        /// How long: "five years", "six months".
        case duration
        /// An amount of money.
        case money
        /// A calendar year named outright.
        case year
        /// The name of a person in a role ("Judge Phyllis Hamilton"): `unit` is the role.
        case name
    }

    public let kind: Kind
    /// The words as written, from the qualifier ("more than") to the thing counted ("phones").
    public let text: String
    /// Unicode scalar offsets of `text` in what was read, end exclusive.
    public let range: Range<Int>
    /// The values the words allow: "more than a thousand" is above 1,000, "1,400" is 1,400.
    public let value: FigureValue
    /// For a duration, its unit in the singular ("year", "month"); for a name, the role ("judge",
    /// "spokesman"); empty otherwise.
    public let unit: String

    /// What two sources must share to agree: a value, or a name in any case.
    var comparable: String { kind == .name ? text.lowercased() : value.description }

    /// Whether this and `other` (of one kind) can both be true.
    func agrees(with other: Figure) -> Bool {
        kind == .name ? comparable == other.comparable : value.overlaps(other.value)
    }

    /// The same figure with its range counted `offset` scalars further on: from the start of the
    /// article rather than of the quote it was read in.
    func moved(by offset: Int) -> Figure {
        let range = (range.lowerBound + offset)..<(range.upperBound + offset)
        return Figure(kind: kind, text: text, range: range, value: value, unit: unit)
    }
}

/// The values a figure allows, an interval whose ends are open or closed as the words say.
public struct FigureValue: Sendable, Hashable, CustomStringConvertible {
    /// Nil where unbounded.
    public let lower: Double?
    public let upper: Double?
    public let lowerIncluded: Bool
    public let upperIncluded: Bool
    /// "about", "roughly", "some": the words name a number without bounding it.
    public let isApproximate: Bool

    public init(
        lower: Double?, upper: Double?, lowerIncluded: Bool = true, upperIncluded: Bool = true,
        isApproximate: Bool = false
    ) {
        self.lower = lower
        self.upper = upper
        self.lowerIncluded = lowerIncluded
        self.upperIncluded = upperIncluded
        self.isApproximate = isApproximate
    }

    public static func exactly(_ number: Double) -> FigureValue { FigureValue(lower: number, upper: number) }

    /// Whether some value satisfies both. An approximate figure is taken to allow a tenth either way.
    public func overlaps(_ other: FigureValue) -> Bool {
        let (low, high) = widened
        let (otherLow, otherHigh) = other.widened
        func below(_ a: (Double, Bool)?, _ b: (Double, Bool)?) -> Bool {
            guard let a, let b else { return true }
            return a.0 < b.0 || (a.0 == b.0 && a.1 && b.1)
        }
        return below(low, otherHigh) && below(otherLow, high)
    }

    private var widened: (low: (Double, Bool)?, high: (Double, Bool)?) {
        let slack = isApproximate ? 0.1 : 0
        return (
            lower.map { ($0 * (1 - slack), lowerIncluded || isApproximate) },
            upper.map { ($0 * (1 + slack), upperIncluded || isApproximate) }
        )
    }

    /// `1,400`, `more than 1,000`, `at least 3`, `under 50`, `about 200`, `1,000 to 2,000`.
    public var description: String {
        func number(_ value: Double) -> String {
            let whole = value.rounded() == value && abs(value) < 1e15
            guard whole else { return String(value) }
            var digits = String(Int(value))
            var grouped = ""
            while digits.count > 3 {
                grouped = "," + digits.suffix(3) + grouped
                digits.removeLast(3)
            }
            return digits + grouped
        }
        switch (lower, upper) {
        case let (low?, high?) where low == high: return (isApproximate ? "about " : "") + number(low)
        case let (low?, high?): return "\(number(low)) to \(number(high))"
        case let (low?, nil): return (lowerIncluded ? "at least " : "more than ") + number(low)
        case let (nil, high?): return (upperIncluded ? "at most " : "fewer than ") + number(high)
        case (nil, nil): return "any number"
        }
    }
}
