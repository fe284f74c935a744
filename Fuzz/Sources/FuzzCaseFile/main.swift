import CourtlineModel
import Foundation

/// Any bytes as a case file beside the articles in `COURTLINE_FUZZ_FOLDER`: the loader yields a
/// case whose every citation lies inside its sentence, or an error whose every problem names the
/// file and a line that exists.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard (try? data.write(to: URL(fileURLWithPath: caseFile))) != nil else { fatalError("cannot write \(caseFile)") }
    do {
        let model = try CaseLoader().load(caseFileAt: caseFile)
        for event in model.events {
            for citation in event.citations {
                guard let source = model.source(citation.sourceID) else { preconditionFailure("unknown source") }
                let sentence = source.sentences[citation.sentenceIndex - 1].range
                precondition(sentence.contains(citation.range.lowerBound))
                precondition(citation.range.upperBound <= sentence.upperBound)
            }
        }
    } catch {
        precondition(!error.problems.isEmpty, "an error with no problem in it")
        // YAML breaks lines at LF, CRLF and a lone CR alike.
        let bytes = [UInt8](data)
        let lines =
            bytes.indices.count { index in
                bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
            } + 1
        for problem in error.problems {
            precondition(problem.description.hasPrefix(problem.file), "\(problem)")
            if problem.file == caseFile, let line = problem.line {
                precondition((1...lines).contains(line), "line \(line) of \(lines): \(problem)")
            }
        }
    }
    return 0
}

let caseFile: String = {
    guard let folder = ProcessInfo.processInfo.environment["COURTLINE_FUZZ_FOLDER"] else {
        fatalError("set COURTLINE_FUZZ_FOLDER to a folder holding the articles")
    }
    return folder + "/case.yaml"
}()
