import CourtlineModel

/// How `verify` and `show` tell which sources an event has and where they differ: each
/// difference names its measure and verdict, then sets the sources' words side by side, the
/// figure marked «like this» inside its quote.
enum CorroborationReport {
    static let width = 100

    static func lines(for corroboration: Corroboration, in model: Case, indent: String) -> [String] {
        corroboration.differences.flatMap { difference in
            ["\(indent)the sources differ on \(difference.measure); \(difference.verdict):"]
                + Columns.sideBySide(
                    difference.accounts.map { account(of: $0, in: model) }, width: width - indent.count - 2
                ).map { indent + "  " + $0 }
        }
    }

    private static func account(of account: Corroboration.Account, in model: Case) -> String {
        account.figures.map { cited in
            let citation = cited.citation
            let count = model.source(citation.sourceID)?.sentences.count ?? 0
            let quote = model.source(citation.sourceID).map { source in
                let (before, after) = cited.quoteAround(in: source)
                return before + "«" + cited.figure.text + "»" + after
            }
            return "\(account.sourceID), sentence \(citation.sentenceIndex) of \(count)\n“\(quote ?? citation.quote)”"
        }.joined(separator: "\n")
    }
}
