import CourtlineModel
import Testing

@testable import CourtlineUI

/// The `:` command line's reading and completion, without a terminal.
@Suite("The command line")
struct CommandLineTests {
    let model = Harness.model

    @Test func commandsAreReadByNameOrUnambiguousStart() {
        #expect(Command.parse("court ninth-circuit") == .success(.facet(.court, "ninth-circuit")))
        #expect(Command.parse("  par  Phyllis Hamilton ") == .success(.facet(.party, "Phyllis Hamilton")))
        #expect(Command.parse("goto 2024-12") == .success(.goto(CalendarDay(year: 2024, month: 12, day: 1)!)))
        #expect(
            Command.parse("export md out/ninth circuit.md")
                == .success(.export(.markdown, path: "out/ninth circuit.md")))
        #expect(Command.parse("cl") == .success(.clear))
    }

    @Test func aBadCommandSaysWhatItTakes() throws {
        for (text, message) in [
            ("c", "unknown command 'c'"), ("court", "usage: :court COURT"), ("goto soon", "'soon' is not a year"),
            ("export pdf x.pdf", "usage: :export FORMAT FILE"), ("", "type a command"),
        ] {
            guard case .failure(let problem) = Command.parse(text) else {
                Issue.record("\(text) was read")
                continue
            }
            #expect(problem.description.hasPrefix(message), "\(text): \(problem.description)")
        }
    }

    @Test func tabCompletesOneCandidateAtOnceAndStepsThroughSeveral() {
        var line = CommandLine(text: "co")
        line.complete(in: model)
        #expect(line.text == "court ")
        for character in "sup" { line.type(character) }
        line.complete(in: model)
        #expect(line.text == "court supreme-court")
        var several = CommandLine(text: "court ")
        several.complete(in: model)
        #expect(several.candidates == ["district", "ninth-circuit", "supreme-court", "none"])
        #expect(several.text == "court district")
        several.complete(in: model)
        #expect(several.text == "court ninth-circuit")
        var shared = CommandLine(text: "kind s")
        shared.complete(in: model)
        #expect(shared.candidates == ["sanction", "settlement", "statement", "seizure"])
        #expect(shared.text == "kind sanction", "they share nothing more: the first is filled in, and listed")
        shared.complete(in: model)
        #expect(shared.text == "kind settlement")
        var prefix = CommandLine(text: "kind w")
        prefix.complete(in: model)
        #expect(prefix.text == "kind withdrawal")
        var named = CommandLine(text: "party cath")
        named.complete(in: model)
        #expect(named.text == "party cathcart")
        var nothing = CommandLine(text: "party zebra")
        nothing.complete(in: model)
        #expect(nothing.error == "nothing to complete")
    }

    @Test func upAndDownWalkTheHistoryAndComeBackToWhatWasTyped() {
        let history = ["court district", "kind ruling"]
        var line = CommandLine(text: "fr")
        line.older(in: history)
        #expect(line.text == "kind ruling")
        line.older(in: history)
        line.older(in: history)
        #expect(line.text == "court district")
        line.newer(in: history)
        #expect(line.text == "kind ruling")
        line.newer(in: history)
        #expect(line.text == "fr")
    }

    @Test func anErrorStaysOnTheLineUntilItIsEdited() {
        var harness = Harness(width: 120, height: 40)
        harness.press(.character(":"))
        harness.type("from 2024-13")
        harness.press(.enter)
        #expect(harness.state.commandLine?.error?.hasPrefix("'2024-13' is not a year") == true)
        #expect(harness.screen.contains(":from 2024-13▏  '2024-13' is not a year"))
        harness.press(.backspace, .backspace)
        #expect(harness.state.commandLine?.error == nil)
        harness.type("12")
        harness.press(.enter)
        #expect(harness.state.commandLine == nil)
        #expect(harness.state.facets.from == CalendarDay(year: 2024, month: 12, day: 1))
        #expect(harness.state.commandHistory == ["from 2024-12"])
    }
}
