import Foundation
import Yams

/// Loads a case file and the articles it names, and verifies every fact against them.
///
/// Loading either yields a `Case` in which every quote was found in one sentence, every id is
/// unique, every reference resolves and every date is worked out, or throws a `CaseLoadError`
/// listing every problem with its file, line and fact.
public struct CaseLoader: Sendable {
    public init() {}

    /// `path` is shown in messages as given; article files are found relative to its folder.
    public func load(caseFileAt path: String) throws(CaseLoadError) -> Case {
        let text: String
        do {
            text = try TextFile.read(path)
        } catch {
            throw CaseLoadError(
                kind: error.isMissingInput ? .missingInput : .badData,
                problems: [CaseProblem(file: path, line: nil, fact: nil, message: "case file \(error.message)")])
        }
        let root = try parse(text, file: path)
        let raw = try decode(root, file: path)
        var verifier = CaseVerifier(
            file: path, root: root, raw: raw,
            articleDirectory: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        return try verifier.verify()
    }

    private func parse(_ text: String, file: String) throws(CaseLoadError) -> Node {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (line, message) = Self.located(error)
            // At the end of the file libyaml may point one line past the last.
            let lastLine = text.utf8.count { $0 == UInt8(ascii: "\n") } + 1
            throw Self.badData(file: file, line: line.map { min($0, lastLine) }, "YAML syntax error: \(message)")
        } catch {
            throw Self.badData(file: file, line: nil, "YAML syntax error: \(error)")
        }
        guard let root, root.mapping != nil else {
            throw Self.badData(file: file, line: 1, "the case file is empty or is not a mapping of fields")
        }
        let stray = RawCaseFile.shape.strayFields(in: root)
        if !stray.isEmpty {
            throw CaseLoadError(
                kind: .badData,
                problems: stray.map { path, field, allowed in
                    CaseProblem(
                        file: file, line: root.line(at: path), fact: nil,
                        message:
                            "unknown field '\(field)' at \(path.dotted) (allowed here: \(allowed.joined(separator: ", ")))"
                    )
                })
        }
        return root
    }

    private func decode(_ root: Node, file: String) throws(CaseLoadError) -> RawCaseFile {
        do {
            return try YAMLDecoder().decode(RawCaseFile.self, from: root)
        } catch let error as DecodingError {
            let (path, message) = Self.explain(error, in: root)
            throw Self.badData(
                file: file, line: root.line(at: path), "\(path.dotted.isEmpty ? "" : "\(path.dotted): ")\(message)")
        } catch {
            throw Self.badData(file: file, line: nil, "\(error)")
        }
    }

    private static func explain(_ error: DecodingError, in root: Node) -> (YAMLPath, String) {
        switch error {
        case .keyNotFound(let key, let context):
            return (YAMLPath(codingPath: context.codingPath), "missing field '\(key.stringValue)'")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let path = YAMLPath(codingPath: context.codingPath)
            let found = root.node(at: path).map { ", found \(Self.describe($0))" } ?? ""
            return (path, "expected \(Self.describe(type))\(found)")
        case .dataCorrupted(let context):
            return (YAMLPath(codingPath: context.codingPath), context.debugDescription)
        @unknown default:
            return ([], "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is Node.Sequence.Type: "a list"
        case is Node.Mapping.Type: "a mapping of fields"
        default: "a single value (text, a number or true/false)"
        }
    }

    private static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping of fields"
        case .sequence: "a list"
        case .scalar(let scalar): "“\(scalar.string)”"
        case .alias: "an alias"
        }
    }

    /// Where a YAML error is and what it says. libyaml notices an unclosed quote or bracket only
    /// where the file goes on without it, often at its very end: the line it was opened on is
    /// where to look, so that is the line given.
    private static func located(_ error: YamlError) -> (line: Int?, message: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            guard let context, context.mark.line != mark.line,
                let construct = context.text.wholeMatch(of: /while \w+ an? (.+)/)?.1
            else {
                let words = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }
                return (mark.line, words.joined(separator: ": "))
            }
            if ["quoted scalar", "flow sequence", "flow mapping"].contains(construct) {
                return (context.mark.line, "this \(construct) is never closed (\(problem) at line \(mark.line))")
            }
            return (mark.line, "\(problem) (in the \(construct) started at line \(context.mark.line))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "duplicate field \(duplicates.joined(separator: ", "))")
        default:
            return (nil, "\(error)")
        }
    }

    private static func badData(file: String, line: Int?, _ message: String) -> CaseLoadError {
        CaseLoadError(kind: .badData, problems: [CaseProblem(file: file, line: line, fact: nil, message: message)])
    }
}
