/// Writes the articles and the case file of a `SyntheticCase` together, so that every quote in
/// the case file is a sentence it has just put in an article.
struct CaseWriter {
    let sourceCount: Int
    let eventCount: Int
    var random: SplitMix64

    private(set) var articles: [SyntheticCase.Article] = []
    private(set) var caseFile = ""

    private var sentences: [[String]]
    private var courts: [String] = []
    private var parties: [String] = []
    private var events: [String] = []
    private var leftOut: [String] = []

    init(sourceCount: Int, eventCount: Int, random: SplitMix64) {
        self.sourceCount = sourceCount
        self.eventCount = eventCount
        self.random = random
        sentences = Array(repeating: [], count: sourceCount)
    }

    var courtCount: Int { max(2, min(20, eventCount / 5_000)) }
    var partyCount: Int { max(4, eventCount / 50) }

    static func sourceID(_ index: Int) -> String { "s\(index + 1)" }

    mutating func write() {
        for source in 0..<sourceCount {
            let headline = Words.headline(number: source, random: &random)
            sentences[source].append(headline)
            leftOut.append("  - {source: \(Self.sourceID(source)), quote: \(yaml(headline)), reason: the headline}")
        }
        for court in 0..<courtCount { writeCourt(court) }
        for party in 0..<partyCount { writePartyIntroduction(party) }
        for event in 0..<eventCount { writeEvent(event) }
        articles = sentences.enumerated().map { source, lines in
            // The headline on a line of its own, then paragraphs of four sentences.
            var text = lines[0] + "\n"
            for start in stride(from: 1, to: lines.count, by: 4) {
                text += lines[start..<min(start + 4, lines.count)].joined(separator: " ") + "\n"
            }
            return SyntheticCase.Article(fileName: Self.fileName(source), text: text)
        }
        caseFile = caseFileText()
    }

    static func fileName(_ source: Int) -> String {
        let digits = String(source + 1)
        return "article-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".txt"
    }

    /// Adds a sentence to a source and returns the quote that cites it: the whole sentence but
    /// its final period.
    private mutating func add(_ sentence: String, to source: Int) -> String {
        sentences[source].append(sentence)
        return String(sentence.dropLast())
    }

    private mutating func writeCourt(_ court: Int) {
        let source = court % sourceCount
        let name = Words.courtName(court)
        let quote = add(Words.courtSentence(name: name, number: court, random: &random), to: source)
        courts.append(
            "  - {id: c\(court + 1), name: \(yaml(name)), short: \(yaml(Words.courtShortName(court))), "
                + "level: \(Words.courtLevel(court)), citations: [{source: \(Self.sourceID(source)), quote: \(yaml(quote))}]}"
        )
    }

    private mutating func writePartyIntroduction(_ party: Int) {
        let source = party % sourceCount
        let name = Words.partyName(party)
        let role = party % 2 == 0 ? "plaintiff" : "defendant"
        let quote = add(Words.partySentence(name: name, party: party, role: role, random: &random), to: source)
        parties.append(
            "  - {id: p\(party + 1), name: \(yaml(name)), kind: \(party % 4 < 2 ? "organization" : "person"), "
                + "role: \(role), citations: [{source: \(Self.sourceID(source)), quote: \(yaml(quote))}]}")
    }

    private mutating func writeEvent(_ event: Int) {
        let source = event % sourceCount
        let first = Int.random(in: 0..<partyCount, using: &random)
        let second = (first + 1 + Int.random(in: 0..<(partyCount - 1), using: &random)) % partyCount
        let court = Int.random(in: 0..<courtCount, using: &random)
        let told = Words.eventSentence(
            number: event, plaintiff: Words.partyName(first), defendant: Words.partyName(second),
            court: Words.courtName(court), random: &random)
        var citations = ["{source: \(Self.sourceID(source)), quote: \(yaml(add(told.sentence, to: source)))}"]
        // Every other event is told again by the next article, as coverage overlaps.
        if event % 2 == 1 {
            let other = (source + 1) % sourceCount
            let again = Words.followUpSentence(number: event, kind: told.kind, random: &random)
            citations.append("{source: \(Self.sourceID(other)), quote: \(yaml(add(again, to: other)))}")
        }
        // A sentence of background every ten events, which no fact cites.
        if event % 10 == 0 {
            let background = Words.backgroundSentence(number: event, random: &random)
            sentences[source].append(background)
            leftOut.append(
                "  - {source: \(Self.sourceID(source)), quote: \(yaml(String(background.dropLast()))), reason: background}"
            )
        }
        events.append(
            "  - {id: e\(event + 1), title: \(yaml(told.title)), kind: \(told.kind), summary: \(yaml(told.summary)), "
                + "date: {text: \(yaml(told.date))}, court: c\(court + 1), parties: [p\(first + 1), p\(second + 1)], "
                + "citations: [\(citations.joined(separator: ", "))]}")
    }

    private func caseFileText() -> String {
        let sources = (0..<sourceCount).map { source in
            let day = 1 + source % 28
            return "  - {id: \(Self.sourceID(source)), file: \(Self.fileName(source)), "
                + "published: \"2025-\(source % 12 < 9 ? "0" : "")\(source % 12 + 1)-\(day < 10 ? "0" : "")\(day)\", "
                + "headline: true}"
        }
        return """
            # A synthetic case made by `courtline generate`: \(sourceCount) articles, \(eventCount) events.
            case: {id: synthetic, title: Harbor Freight Lines v. Meridian Systems (synthetic)}
            sources:
            \(sources.joined(separator: "\n"))
            courts:
            \(courts.joined(separator: "\n"))
            parties:
            \(parties.joined(separator: "\n"))
            events:
            \(events.joined(separator: "\n"))
            left_out:
            \(leftOut.joined(separator: "\n"))

            """
    }

    /// A YAML double-quoted string. The generated prose holds no backslash or straight quote.
    private func yaml(_ text: String) -> String { "\"\(text)\"" }
}
