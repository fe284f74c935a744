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

    @Flag(help: "Name articles outside the case file's folder (its readers must then allow them too).")
    var allowOutsideSources = false

    @Option(
        help: ArgumentHelp(
            "Add the articles to this case file instead: events it already has gain their citations, the rest are added as drafts.",
            valueName: "case-file"))
    var addTo: String?

    func validate() throws {
        guard !articles.isEmpty else { throw ValidationError("give at least one article") }
        guard published.count == 1 || published.count == articles.count else {
            throw ValidationError(
                "give --published once for all the articles, or once for each (\(articles.count) articles, "
                    + "\(published.count) dates)")
        }
        if addTo != nil, out != nil {
            throw ValidationError("--add-to writes into its case file; leave out --out")
        }
        for date in published where CalendarDay(iso: date) == nil {
            throw ValidationError("--published '\(date)' is not a date written YYYY-MM-DD")
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: (addTo ?? out).map { ($0 as NSString).deletingLastPathComponent } ?? ".")
            .standardizedFileURL
        var drafted: [DraftArticle] = []
        for (index, path) in articles.enumerated() {
            let text = try TextFile.readOrExit(path)
            let file = Self.relativePath(of: path, from: folder)
            // A case file reads only articles in its own folder (see `ArticleFolder`): a draft
            // naming one elsewhere would not load.
            if !allowOutsideSources, file == ".." || file.hasPrefix("../") {
                Diagnostics.report(
                    "courtline: \(path.oneLine) is outside \(folder.path.oneLine), the case file's folder, and a case "
                        + "file reads only the articles in its folder; write the case file beside the articles "
                        + "(--out), or give --allow-outside-sources")
                throw ExitCode(ExitStatus.usage)
            }
            let day = CalendarDay(iso: published[published.count == 1 ? 0 : index])!
            drafted.append(DraftArticle(file: file, text: text, published: day))
        }
        if let addTo { return try add(drafted, to: addTo) }
        let draft: CaseDraft
        do {
            draft = try CaseDraft(articles: drafted, caseID: caseID, title: title)
        } catch {
            Diagnostics.report("courtline: \(error.description)")
            throw ExitCode(ExitStatus.badData)
        }
        guard let out else { return print(draft.caseFile, terminator: "") }
        do {
            try OutputFile.write(Data(draft.caseFile.utf8), to: out, replacing: force)
        } catch {
            Diagnostics.report(error.description)
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }

    /// Adds the articles to the case file, which is replaced only by a merged file that loads
    /// and verifies: otherwise it is left as it was, and the problems are reported.
    private func add(_ articles: [DraftArticle], to path: String) throws {
        let existing = try CaseOptions.load(path, allowingSourcesOutsideFolder: allowOutsideSources)
        let addition: CaseAddition
        do {
            addition = try CaseAddition(adding: articles, to: existing, caseFileText: try TextFile.read(path))
        } catch let error as CaseAdditionError {
            Diagnostics.report("\(path): \(error.description)")
            throw ExitCode(ExitStatus.badData)
        }
        let data = Data(addition.caseFile.utf8)
        // Tried beside the case file first (its articles are found from its folder).
        let folder = (path as NSString).deletingLastPathComponent
        let trial = (folder.isEmpty ? "." : folder) + "/.courtline-add-\(getpid()).yaml"
        defer { unlink(trial) }
        do {
            try OutputFile.write(data, to: trial, replacing: true)
            try OutputFile.write(
                data, to: path,
                replacing: Self.verifies(trial, replacing: path, allowingSourcesOutsideFolder: allowOutsideSources))
        } catch let error as OutputFile.Failure {
            Diagnostics.report(error.description)
            throw ExitCode(ExitStatus.cannotCreate)
        }
        say("Added to \(path):")
        for change in addition.changes { say("  " + change) }
    }

    /// Whether the merged file at `trial` loads; if not, says so and why, and exits 65.
    private static func verifies(_ trial: String, replacing path: String, allowingSourcesOutsideFolder: Bool) throws
        -> Bool
    {
        do {
            _ = try CaseLoader(allowingSourcesOutsideFolder: allowingSourcesOutsideFolder).load(caseFileAt: trial)
            return true
        } catch {
            Diagnostics.report("courtline: the merged case file would not verify, so \(path) is left as it was:")
            Diagnostics.report(error.description)
            throw ExitCode(ExitStatus.badData)
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
