/// Finds the figures a passage gives: numbers in digits or words ("1,400", "a thousand",
/// "twenty-five", "1.5 million"), with the words that bound them ("more than", "nearly") and the
/// thing they count ("people", "months"). Only what the words say: a number that names rather than
/// counts (an ordinal, "Section 230", "Rule 37") is no figure.
public enum FigureReader {
    public static func figures(in text: some StringProtocol) -> [Figure] {
        guard mayHoldFigures(text) else { return [] }
        return figures(in: Word.split(Substring(text)))
    }

    /// The figures and the people named in a role, the passage's words split once for both.
    public static func details(in text: some StringProtocol) -> [Figure] {
        let numbers = mayHoldFigures(text)
        let people = mayHoldNames(text)
        guard numbers || people else { return [] }
        let words = Word.split(Substring(text))
        return (numbers ? figures(in: words) : []) + (people ? names(in: words) : [])
    }

    private static func figures(in words: [Word]) -> [Figure] {
        var figures: [Figure] = []
        var index = 0
        while index < words.count {
            if mayStart(words[index]), let (figure, next) = figure(at: index, in: words) {
                figures.append(figure)
                index = next
            } else {
                index += 1
            }
        }
        return figures
    }

    /// The people a passage names in a role ("Judge Phyllis Hamilton", "WhatsApp spokesman Carl
    /// Woog"), each a figure of kind `name`, its unit the role's word.
    public static func names(in text: some StringProtocol) -> [Figure] {
        guard mayHoldNames(text) else { return [] }
        return names(in: Word.split(Substring(text)))
    }

    private static func names(in words: [Word]) -> [Figure] {
        let judges = PersonMention.judges(in: words)
        return (judges + PersonMention.titled(in: words, skipping: judges)).map { person in
            let range =
                words[person.nameWords.lowerBound].range
                .lowerBound..<words[person.nameWords.upperBound - 1].range.upperBound
            return Figure(
                kind: .name, text: person.name, range: range, value: FigureValue(lower: nil, upper: nil),
                unit: person.roleWord)
        }
    }

    /// Whether the text has a digit or a number word at all, found in one pass over its bytes
    /// without making a word: most quotes hold no figure, and a long case has a hundred thousand.
    static func mayHoldFigures(_ text: some StringProtocol) -> Bool {
        holdsWord(of: numberWordKeys, in: text, orDigit: true)
    }

    /// Whether the text has a word that names a role (`PersonMention`'s), found the same way.
    static func mayHoldNames(_ text: some StringProtocol) -> Bool {
        holdsWord(of: roleWordKeys, in: text, orDigit: false)
    }

    /// Whether a word of the text, its first eight ASCII letters lower-cased as a key ("thousands"
    /// is "thousand"), is one of `keys`; or, if `orDigit`, the text holds a digit.
    private static func holdsWord(of keys: Set<UInt64>, in text: some StringProtocol, orDigit: Bool) -> Bool {
        var key: UInt64 = 0
        var length = 0
        func ends() -> Bool {
            defer {
                key = 0
                length = 0
            }
            return length >= 3 && keys.contains(key)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9") where orDigit: return true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if length < 8 { key |= UInt64(byte | 0x20) << (8 * UInt64(length)) }
                length += 1
            default:
                if ends() { return true }
            }
        }
        return ends()
    }

    private static func keys(_ words: some Sequence<String>) -> Set<UInt64> {
        Set(
            words.map { word in
                word.utf8.prefix(8).enumerated().reduce(UInt64(0)) {
                    $0 | UInt64($1.element) << (8 * UInt64($1.offset))
                }
            })
    }

    private static let numberWordKeys = keys([
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
        "million", "millions", "billion", "billions", "trillion", "dozen", "dozens",
    ])
    private static let roleWordKeys = keys(DraftLexicon.roleWords.union(["judge", "justice"]))

    /// Whether a figure can begin at this word: a number, a number word, or a qualifier's first
    /// word. Most words are none, and are passed over without trying each pattern.
    private static func mayStart(_ word: Word) -> Bool {
        guard let first = word.lower.unicodeScalars.first else { return false }
        if ("0"..."9").contains(first) || first == "$" || first == "€" || first == "£" { return true }
        if startWords.contains(word.lower) { return true }
        // "five-year-old", "twenty-five".
        guard let dash = word.lower.firstIndex(of: "-") else { return false }
        return startWords.contains(String(word.lower[..<dash]))
    }

    private static let startWords: Set<String> = [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen", "dozens", "hundreds", "thousands",
        "millions", "more", "over", "above", "upwards", "at", "no", "fewer", "less", "under", "below", "up", "as",
        "nearly", "almost", "about", "around", "roughly", "approximately", "some", "close",
    ]

    private static func figure(at start: Int, in words: [Word]) -> (Figure, Int)? {
        var index = start
        let qualifier = Qualifier.read(at: &index, in: words)
        guard index < words.count, !namesRatherThanCounts(words, before: start) else { return nil }
        if let vague = vagueAmounts[words[index].lower], qualifier == nil {
            // "thousands of documents": the thing counted follows "of".
            let of = index + 1 < words.count && words[index + 1].lower == "of" && !words[index].endsClause
            let counted = thingCounted(after: index + (of ? 2 : 1), in: words)
            let end = counted.isEmpty ? index + 1 : counted.upperBound
            return (make(.count, words, start..<end, FigureValue(lower: vague.0, upper: vague.1)), end)
        }
        guard let (number, afterNumber) = Number.read(at: index, in: words) else { return nil }
        var next = afterNumber
        let word = words[index]
        let isMoney = word.text.hasPrefix("$") || word.text.hasPrefix("€") || word.text.hasPrefix("£")
        if let unit = number.compoundUnit {
            return (make(.duration, words, start..<next, qualifier.apply(to: number.value), unit: unit), next)
        }
        let counted = thingCounted(after: next, in: words)
        if let first = counted.first, let unit = timeUnits[words[first].lower] {
            next = first + 1
            return (make(.duration, words, start..<next, qualifier.apply(to: number.value), unit: unit), next)
        }
        if isMoney || counted.first.map({ currencies.contains(words[$0].lower) }) == true {
            next += counted.count
            return (make(.money, words, start..<next, qualifier.apply(to: number.value)), next)
        }
        // "in 2019 seeking": a year, unless what follows is plainly many of something ("2000 people").
        if number.isBareYear, qualifier == nil, counted.last.map({ !isPlural(words[$0].lower) }) ?? true {
            return (make(.year, words, start..<next, .exactly(number.value)), next)
        }
        // A lone "one" or "a" is too often not a count at all ("one of the", "a judge").
        if number.isLoneOne, counted.isEmpty { return nil }
        next += counted.count
        return (make(.count, words, start..<next, qualifier.apply(to: number.value)), next)
    }

    private static func make(
        _ kind: Figure.Kind, _ words: [Word], _ span: Range<Int>, _ value: FigureValue, unit: String = ""
    ) -> Figure {
        let range = words[span.lowerBound].range.lowerBound..<words[span.upperBound - 1].range.upperBound
        let text = words[span].map(\.text).joined(separator: " ")
        return Figure(kind: kind, text: text, range: range, value: value, unit: unit)
    }

    /// Up to two plain lowercase words after a number, the thing it counts: "targeted phones",
    /// "people", "months". Stops at a word that starts a phrase of its own ("to", "of", "in") and
    /// where the clause ends: "1,400 people, including" keeps "people".
    private static func thingCounted(after index: Int, in words: [Word]) -> Range<Int> {
        guard index > 0, !words[index - 1].endsClause else { return index..<index }
        var end = index
        while end < words.count, end - index < 2 {
            let word = words[end]
            guard word.isPlainLowercase, !phraseStarters.contains(word.lower) else { break }
            end += 1
            if timeUnits[word.lower] != nil || currencies.contains(word.lower) || word.endsClause { break }
            // A plural is the thing counted; what follows it says something else ("people marched").
            if isPlural(word.lower) { break }
        }
        return index..<end
    }

    private static func namesRatherThanCounts(_ words: [Word], before index: Int) -> Bool {
        index > 0 && namingWords.contains(words[index - 1].lower.trimmingSuffix("."))
    }

    private static let phraseStarters: Set<String> = [
        "to", "of", "in", "on", "at", "for", "by", "with", "and", "or", "but", "the", "a", "an", "that", "which",
        "who", "was", "were", "is", "are", "had", "has", "have", "be", "been", "from", "as", "after", "before",
        "since", "than", "when", "while", "into", "over", "under", "per", "each", "later", "earlier", "ago",
    ]
    private static let namingWords: Set<String> = [
        "section", "sections", "rule", "rules", "no", "number", "article", "title", "chapter", "page", "pages",
        "paragraph", "amendment", "docket", "case", "room", "route", "§",
    ]
    private static let timeUnits: [String: String] = [
        "year": "year", "years": "year", "month": "month", "months": "month", "week": "week", "weeks": "week",
        "day": "day", "days": "day", "hour": "hour", "hours": "hour", "decade": "decade", "decades": "decade",
        "minute": "minute", "minutes": "minute",
    ]
    private static func isPlural(_ word: String) -> Bool { word.hasSuffix("s") || irregularPlurals.contains(word) }

    private static let irregularPlurals: Set<String> = ["people", "children", "men", "women", "staff", "police"]
    private static let currencies: Set<String> = ["dollars", "dollar", "euros", "euro", "pounds", "shekels"]
    private static let vagueAmounts: [String: (Double, Double)] = [
        "dozens": (24, 143), "hundreds": (200, 999), "thousands": (2000, 999_999),
        "millions": (2_000_000, 999_999_999),
    ]
}

/// The words that bound a number: "more than", "at least", "nearly", "about".
private enum Qualifier {
    case above(inclusive: Bool), below(inclusive: Bool), justBelow, approximately

    static func read(at index: inout Int, in words: [Word]) -> Qualifier? {
        for (phrase, qualifier) in phrases {
            let end = index + phrase.count
            guard end <= words.count, zip(phrase, words[index..<end]).allSatisfy({ $0 == $1.lower }) else { continue }
            // "over" and "under" qualify only a number that follows: "over 300 phones", not "over it".
            guard end < words.count, Number.read(at: end, in: words) != nil else { continue }
            index = end
            return qualifier
        }
        return nil
    }

    private static let phrases: [([String], Qualifier)] = [
        (["more", "than"], .above(inclusive: false)), (["over"], .above(inclusive: false)),
        (["above"], .above(inclusive: false)), (["upwards", "of"], .above(inclusive: false)),
        (["at", "least"], .above(inclusive: true)), (["no", "fewer", "than"], .above(inclusive: true)),
        (["no", "less", "than"], .above(inclusive: true)), (["fewer", "than"], .below(inclusive: false)),
        (["less", "than"], .below(inclusive: false)), (["under"], .below(inclusive: false)),
        (["below"], .below(inclusive: false)), (["up", "to"], .below(inclusive: true)),
        (["at", "most"], .below(inclusive: true)), (["as", "many", "as"], .below(inclusive: true)),
        (["no", "more", "than"], .below(inclusive: true)), (["nearly"], .justBelow), (["almost"], .justBelow),
        (["about"], .approximately), (["around"], .approximately), (["roughly"], .approximately),
        (["approximately"], .approximately), (["some"], .approximately), (["an", "estimated"], .approximately),
        (["close", "to"], .approximately),
    ]
}

extension Optional where Wrapped == Qualifier {
    fileprivate func apply(to number: Double) -> FigureValue {
        switch self {
        case nil: .exactly(number)
        case .above(let inclusive)?: FigureValue(lower: number, upper: nil, lowerIncluded: inclusive)
        case .below(let inclusive)?: FigureValue(lower: nil, upper: number, upperIncluded: inclusive)
        case .justBelow?: FigureValue(lower: number * 0.9, upper: number, upperIncluded: false)
        case .approximately?: FigureValue(lower: number, upper: number, isApproximate: true)
        }
    }
}

/// A number in digits ("1,400", "1.5", "$2"), words ("a thousand", "twenty-five", "two million")
/// or both ("1.5 million"), or a number joined to a time unit ("five-year-old", "10-year").
private struct Number {
    var value: Double
    var isBareYear = false
    var isLoneOne = false
    var compoundUnit: String?

    static func read(at index: Int, in words: [Word]) -> (Number, next: Int)? {
        let word = words[index]
        var next = index + 1
        var number: Number
        let parts = word.lower.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count >= 2, let value = digits(parts[0]) ?? wordValue(parts[0]),
            let unit = compoundUnits[String(parts[1])]
        {
            return (Number(value: value, compoundUnit: unit), next)
        }
        if let value = digits(word.lower) {
            let bare = word.lower.allSatisfy(\.isNumber)
            number = Number(value: value, isBareYear: bare && word.lower.count == 4 && (1800...2100).contains(value))
        } else if let value = spelled(word.lower) {
            number = Number(value: value, isLoneOne: value == 1)
        } else {
            return nil
        }
        while next < words.count, let scale = scales[words[next].lower] {
            number = Number(value: number.value * scale)
            next += 1
        }
        if number.isLoneOne, word.lower == "a", next == index + 1 { return nil }
        return (number, next)
    }

    /// "1,400", "1.5", "$2,000": digits, grouped by commas in threes, perhaps a decimal point.
    private static func digits(_ text: some StringProtocol) -> Double? {
        var text = Substring(text)
        if let first = text.first, "$€£".contains(first) { text = text.dropFirst() }
        guard let first = text.first, first.isASCII, first.isNumber, text.last?.isNumber == true else { return nil }
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count <= 2, groups.allSatisfy({ !$0.isEmpty }) else { return nil }
        let whole = groups[0].split(separator: ",", omittingEmptySubsequences: false)
        guard whole.dropFirst().allSatisfy({ $0.count == 3 }), whole.allSatisfy({ !$0.isEmpty }) else { return nil }
        let plain = whole.joined() + (groups.count == 2 ? "." + groups[1] : "")
        guard plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return Double(plain)
    }

    /// "a", "one" … "ninety-nine".
    private static func spelled(_ text: String) -> Double? {
        if text == "a" || text == "an" { return 1 }
        let parts = text.split(separator: "-")
        if parts.count == 2, let tens = tensWords[String(parts[0])], let ones = wordValue(parts[1]), ones < 10 {
            return tens + ones
        }
        return parts.count == 1 ? wordValue(parts[0]) : nil
    }

    private static func wordValue(_ text: some StringProtocol) -> Double? {
        let text = String(text)
        return units[text] ?? tensWords[text]
    }

    private static let units: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "dozen": 12,
    ]
    private static let tensWords: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1e12,
        "dozen": 12,
    ]
    private static let compoundUnits: [String: String] = [
        "year": "year", "years": "year", "month": "month", "months": "month", "week": "week", "day": "day",
        "hour": "hour", "decade": "decade",
    ]
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
