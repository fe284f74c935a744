import CourtlineModel
import Foundation

/// A small case written to a temporary folder: one article and a case file built from parts,
/// so each test changes only the part it is about.
public struct CaseFixture {
    public static let article =
        "Acme sues Widget.\nAcme sued Widget Co. in 2019 over a patent. The judge ruled on Friday for Acme. "
        + "Acme said it was pleased. Widget said Acme was wrong, and Acme disagreed."

    public var article = Self.article
    public var extraFiles: [String: Data] = [:]
    public var sources = """
        sources:
          - id: news
            file: article.txt
            published: "2024-12-20"
            headline: true
        """
    public var courts = """
        courts:
          - id: court
            name: The court
            short: Court
            level: trial
            citations:
              - source: news
                quote: The judge
        """
    public var parties = """
        parties:
          - id: acme
            name: Acme
            kind: organization
            role: plaintiff
            citations:
              - source: news
                quote: Acme sued Widget Co.
        """
    public var events = """
        events:
          - id: suit
            title: Acme sues
            kind: filing
            summary: Acme sued Widget.
            date:
              text: in 2019
            parties: [acme]
            citations:
              - source: news
                quote: Acme sued Widget Co. in 2019
          - id: ruling
            title: The judge rules
            kind: ruling
            summary: The judge ruled for Acme.
            date:
              text: on Friday
            court: court
            parties: [acme]
            citations:
              - source: news
                quote: The judge ruled on Friday for Acme.
        """
    public var leftOut = """
        left_out:
          - source: news
            quote: Acme said it was pleased.
            reason: a reaction, not a fact
          - source: news
            quote: Widget said Acme was wrong
            reason: a dispute of words
          - source: news
            quote: Acme sues Widget.
            reason: the headline
        """

    public var caseFile: String {
        ["case:\n  id: test\n  title: Acme v. Widget", sources, courts, parties, events, leftOut]
            .joined(separator: "\n")
    }

    public init() {}

    /// Writes the files into a folder of their own and returns the case file's path.
    public func write() throws -> String {
        let folder = try TemporaryFolder()
        try folder.write("article.txt", article)
        for (name, data) in extraFiles {
            try folder.write(name, data)
        }
        return try folder.write("case.yaml", caseFile)
    }

    public func load() throws -> Case {
        try CaseLoader().load(caseFileAt: write())
    }

    /// The load error, which the test expects.
    public func failure() throws -> CaseLoadError {
        let path = try write()
        do {
            _ = try CaseLoader().load(caseFileAt: path)
        } catch {
            return error
        }
        throw FixtureError.loadedAnyway
    }

    /// The 1-based line of the case file that holds `text`.
    public func line(of text: String) -> Int? {
        caseFile.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }.map {
            $0 + 1
        }
    }

    public enum FixtureError: Error {
        case loadedAnyway
    }
}
