import ArgumentParser
import CourtlineModel
import Foundation

struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract:
            "Draft a case file from plain-text articles: courts, parties and dated events, each citing its words.",
        discussion: """
            Every proposal is marked `draft:` for a person to review; sentences nothing was proposed from are \
            left out with a reason, so the draft verifies. Article files are named relative to the case file \
            (--out), or to the current folder when it goes to standard output.
            """)

    @Argument(help: "The articles, UTF-8 text.")
    var articles: [String]

    @Option(
        help: ArgumentHelp(
            "The articles' publication date, YYYY-MM-DD: once for all, or once for each article in order.",
            valueName: "date"))
    var published: [String] = []

    @Option(help: "The case's id.")
    var caseID = "draft"

    @Option(help: "The case's title (by default, the first article's title).")
    var title: String?

    @Option(help: "Write the case file here (whole or not at all) instead of standard output.")
    var out: String?

    @Flag(help: "Replace the --out file if it exists.")
    var force = false

    func validate() throws {
        guard !articles.isEmpty else { throw ValidationError("give at least one article") }
        guard published.count == 1 || published.count == articles.count else {
            throw ValidationError(
                "give --published once for all the articles, or once for each (\(articles.count) articles, "
                    + "\(published.count) dates)")
        }
        for date in published where CalendarDay(iso: date) == nil {
            throw ValidationError("--published '\(date)' is not a date written YYYY-MM-DD")
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: out.map { ($0 as NSString).deletingLastPathComponent } ?? ".")
            .standardizedFileURL
        var drafted: [DraftArticle] = []
        for (index, path) in articles.enumerated() {
            let text: String
            do {
                text = try TextFile.read(path)
            } catch {
                Diagnostics.report("\(path): \(error.message)")
                throw ExitCode(error.isMissingInput ? ExitStatus.missingInput : ExitStatus.badData)
            }
            let day = CalendarDay(iso: published[published.count == 1 ? 0 : index])!
            drafted.append(DraftArticle(file: Self.relativePath(of: path, from: folder), text: text, published: day))
        }
        let draft = CaseDraft(articles: drafted, caseID: caseID, title: title)
        guard let out else { return print(draft.caseFile, terminator: "") }
        do {
            try OutputFile.write(Data(draft.caseFile.utf8), to: out, replacing: force)
        } catch {
            Diagnostics.report(error.description)
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }

    /// `path` as seen from `folder`: "../seeds/article.txt".
    static func relativePath(of path: String, from folder: URL) -> String {
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let base = folder.pathComponents
        var shared = 0
        while shared < min(target.count - 1, base.count), target[shared] == base[shared] { shared += 1 }
        return (Array(repeating: "..", count: base.count - shared) + target[shared...]).joined(separator: "/")
    }
}
