import ArgumentParser
import CourtlineModel

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every quote, id, reference and date, and report the sentences no fact cites.",
        discussion: "Exits 0 when the case is sound: it loads, and every sentence it does not cite has a reason.")

    @OptionGroup var caseOptions: CaseOptions

    func run() throws {
        let model = try caseOptions.load()
        let coverage = model.coverage
        say("Case \(model.id): \(model.title)")
        say(
            "  \(model.sources.count) sources, \(coverage.sentenceCount) sentences; \(model.courts.count) courts, "
                + "\(model.parties.count) parties, \(model.events.count) events, \(model.citationCount) citations")
        say("  ok: every quote found once (or as disambiguated), inside one sentence")
        say("  ok: ids unique, every court, party, source and event reference resolves")
        say("  ok: every date worked out from the articles' words (see `courtline show EVENT-ID`)")
        let drafts = [
            (model.courts.filter { $0.draft != nil }.count, "courts"),
            (model.parties.filter { $0.draft != nil }.count, "parties"),
            (model.events.filter { $0.draft != nil }.count, "events"),
        ]
        if drafts.contains(where: { $0.0 > 0 }) {
            say(
                "  to review: " + drafts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
                    + " are drafts (`courtline draft` proposed them; each `draft:` says what to check)")
        }
        say("")
        // Rows, not copies of the events: a long case has tens of thousands told more than once.
        let told = model.events.indices.filter { model.isCorroborated(model.events[$0]) }
        say("Corroboration: \(told.count) of \(model.events.count) events told by more than one source")
        // A few thousand at a time, each batch printed and let go: all their figures at once
        // would be the command's largest memory.
        for start in stride(from: 0, to: told.count, by: 4096) {
            let batch = told[start..<min(told.count, start + 4096)].map { model.events[$0] }
            for (event, corroboration) in zip(batch, model.corroborations(of: batch)) {
                say("  \(event.id): \(corroboration.sourceIDs.joined(separator: ", "))")
                for line in CorroborationReport.lines(for: corroboration, in: model, indent: "    ") { say(line) }
            }
        }
        say("")
        say("Coverage: \(coverage.citedCount) of \(coverage.sentenceCount) sentences cited")
        let explained = coverage.explained
        if !explained.isEmpty {
            say("  Left out, with the case file's reason:")
            for gap in explained {
                say("    \(gap.sourceID) sentence \(gap.sentence.index): “\(gap.sentence.text)”")
                say("      reason: \(gap.reason!)")
            }
        }
        guard coverage.isComplete else {
            say("  Not cited, and the case file gives no reason (cite them, or list them under left_out):")
            for gap in coverage.unexplained {
                say("    \(gap.sourceID) sentence \(gap.sentence.index): “\(gap.sentence.text)”")
            }
            throw ExitCode(ExitStatus.badData)
        }
        say("Sound.")
    }
}
