import ArgumentParser
import CourtlineModel
import Foundation

struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "List every date expression in a text, with its TIMEX3 type and value.",
        discussion: """
            Values follow TimeML's TIMEX3: 2013-03-22, 2013-W11, 2013-Q1, PRESENT_REF, P1M, XXXX-WXX-4.
            Each says how it was worked out: as written, from the publication date, or from a date the
            text gave earlier. Offsets count Unicode scalars from the start of the file, end exclusive,
            as `sources` gives them.
            """)

    @Option(help: "The UTF-8 text file to read.")
    var file: String

    @Option(help: "The day the text was published, YYYY-MM-DD: relative dates count from it.")
    var published: String

    @Option(help: "text or json (an array of {start, end, text, type, value, derivation}).")
    var format: OutputFormat = .text

    func validate() throws {
        guard CalendarDay(iso: published) != nil else {
            throw ValidationError("--published '\(published)' is not a date written YYYY-MM-DD")
        }
    }

    func run() throws {
        let text = try TextFile.readOrExit(file)
        let mentions = DateTagger().mentions(in: SourceText(text), published: CalendarDay(iso: published)!)
        switch format {
        case .json:
            print(CaseExport.json(mentions.map(Record.init)))
        case .text:
            let rows = mentions.map { mention in
                [
                    "[\(mention.range.lowerBound), \(mention.range.upperBound))", mention.type.rawValue, mention.value,
                    mention.text.oneLine, "← " + mention.derivation.explanation.oneLine,
                ]
            }
            for line in Columns.align(rows) { say(line) }
        }
    }

    /// The JSON shape of one mention, as `timex-score` and other TIMEX3 tools read it.
    struct Record: Encodable {
        let start: Int
        let end: Int
        let text: String
        let type: String
        let value: String
        let derivation: Derivation

        struct Derivation: Encodable {
            let basis: String
            let anchor: String?
            let anchorText: String?
            let anchorStart: Int?
            let anchorEnd: Int?
            let explanation: String
            /// The rule of the tagger's table that read the words.
            let rule: String
        }

        init(_ mention: TimexMention) {
            start = mention.range.lowerBound
            end = mention.range.upperBound
            text = mention.text
            type = mention.type.rawValue
            value = mention.value
            let derivation = mention.derivation
            self.derivation = Derivation(
                basis: derivation.basis.rawValue, anchor: derivation.anchorValue, anchorText: derivation.anchorText,
                anchorStart: derivation.anchorRange?.lowerBound, anchorEnd: derivation.anchorRange?.upperBound,
                explanation: derivation.explanation, rule: mention.rule)
        }
    }
}
