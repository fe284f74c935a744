import CourtlineModel
import Foundation

/// Any UTF-8 text as an article: `courtline draft` refuses it (no text, no event) or writes a
/// case file that loads and verifies, every sentence cited or left out, every proposal marked;
/// and the figures and names read from it lie inside it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    // The loader refuses what is not UTF-8 text, and the drafter reads only what it accepts.
    guard !data.contains(0), let text = String(data: data, encoding: .utf8) else { return 0 }
    // Figures and names are read from any quote, so from any text: each lies where it says.
    let scalars = Array(text.unicodeScalars)
    for figure in FigureReader.details(in: text) {
        precondition(figure.range.upperBound <= scalars.count, "a figure beyond the text: \(figure)")
        precondition(
            String(String.UnicodeScalarView(scalars[figure.range])).unicodeScalars.count == figure.range.count)
    }
    // A text with no sentence, or no event, is refused, with its reason; anything else is drafted.
    guard
        let draft = try? CaseDraft(
            articles: [DraftArticle(file: "article.txt", text: text, published: CalendarDay(iso: "2024-12-20")!)],
            caseID: "fuzz")
    else { return 0 }
    do {
        try data.write(to: URL(fileURLWithPath: folder + "/article.txt"))
        try Data(draft.caseFile.utf8).write(to: URL(fileURLWithPath: folder + "/case.yaml"))
    } catch {
        fatalError("cannot write into \(folder): \(error)")
    }
    let model: Case
    do {
        model = try CaseLoader().load(caseFileAt: folder + "/case.yaml")
    } catch {
        preconditionFailure("the draft does not load: \(error)\n\(draft.caseFile)")
    }
    precondition(model.coverage.isComplete, "a sentence neither cited nor left out")
    for event in model.events { _ = model.corroboration(of: event) }
    precondition(model.events.allSatisfy { $0.draft != nil } && model.parties.allSatisfy { $0.draft != nil })
    precondition(model.courts.allSatisfy { $0.draft != nil })
    return 0
}

let folder: String = {
    guard let folder = ProcessInfo.processInfo.environment["COURTLINE_FUZZ_FOLDER"] else {
        fatalError("set COURTLINE_FUZZ_FOLDER to a folder to write drafts in")
    }
    return folder
}()
