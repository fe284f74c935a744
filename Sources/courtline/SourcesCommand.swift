import ArgumentParser
import CourtlineModel
import Foundation

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Show each source's metadata and its sentences, numbered, with offsets.",
        discussion: "Offsets count Unicode scalars from the start of the file, end exclusive.")

    @OptionGroup var caseOptions: CaseOptions

    @Argument(help: "Only this source (a source id).")
    var sourceID: String?

    @Option(help: "Segment any UTF-8 text file instead (no case needed).")
    var file: String?

    @Option(help: "text or json (objects shaped like the export's sources entries).")
    var format: OutputFormat = .text

    func validate() throws {
        if file != nil && (sourceID != nil || caseOptions.casePath != nil) {
            throw ValidationError("--file segments a file on its own: give it without a source id or --case")
        }
    }

    func run() throws {
        if let file {
            try segmentFile(file)
            return
        }
        let model = try caseOptions.load()
        var sources = model.sources
        if let sourceID {
            guard let source = model.source(sourceID) else {
                throw ValidationError(
                    "no source '\(sourceID)' (one of: \(model.sources.map(\.id).joined(separator: ", ")))")
            }
            sources = [source]
        }
        switch format {
        case .json:
            print(CaseExport.json(sources.map(CaseExport.SourceRecord.init)))
        case .text:
            for (number, source) in sources.enumerated() {
                if number > 0 { say("") }
                say("\(source.id)  \(source.file)")
                for line in Columns.align([
                    ["  title:", "\(source.title) (\(source.titleBasis.rawValue))"],
                    [
                        "  outlet:",
                        source.outlet.map { "\($0.name) (the article says “\($0.citation.quote)”)" }
                            ?? "not named in the article",
                    ],
                    ["  published:", "\(source.published.iso) (\(Source.publishedBasis))"],
                ]) {
                    say(line)
                }
                printSentences(source.sentences)
            }
        }
    }

    private func printSentences(_ sentences: Sentences) {
        say("  \(sentences.count) sentences")
        // Lined up as `Columns.align` would, but a line at a time: an article of millions of
        // short sentences is not held again as rows of text. The first two columns are ASCII.
        func offsets(_ sentence: Sentence) -> String { "[\(sentence.range.lowerBound), \(sentence.range.upperBound))" }
        let indexWidth = "  \(sentences.count)".count
        let offsetsWidth = sentences.reduce(0) { max($0, offsets($1).count) }
        for sentence in sentences {
            let index = "  \(sentence.index)"
            let range = offsets(sentence)
            say(
                index + String(repeating: " ", count: indexWidth - index.count) + "  " + range
                    + String(repeating: " ", count: offsetsWidth - range.count) + "  " + sentence.text.oneLine)
        }
    }

    /// A file read on its own: segmented, with no case metadata.
    private func segmentFile(_ path: String) throws {
        let text = try TextFile.readOrExit(path)
        let name = URL(fileURLWithPath: path).lastPathComponent
        let sentences = SentenceSegmenter().sentences(in: SourceText(text))
        switch format {
        case .json:
            print(CaseExport.json([CaseExport.SourceRecord(file: name, sentences: sentences)]))
        case .text:
            say(name)
            printSentences(sentences)
        }
    }
}
