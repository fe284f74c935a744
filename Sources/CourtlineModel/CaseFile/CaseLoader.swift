import Foundation

/// Loads a case file and the articles it names, and verifies every fact against them.
///
/// Loading either yields a `Case` in which every quote was found in one sentence, every id is
/// unique, every reference resolves and every date is worked out, or throws a `CaseLoadError`
/// listing every problem with its file, line and fact.
public struct CaseLoader: Sendable {
    /// Whether articles may lie outside the case file's folder. Off by default: a case file
    /// from someone else could otherwise read any file of the person who opens it.
    public var allowsSourcesOutsideFolder: Bool

    public init(allowingSourcesOutsideFolder: Bool = false) {
        allowsSourcesOutsideFolder = allowingSourcesOutsideFolder
    }

    /// `path` is shown in messages as given; article files are found relative to its folder.
    public func load(caseFileAt path: String) throws(CaseLoadError) -> Case {
        let text: String
        let lines: LineLocator
        do {
            text = try TextFile.read(path)
            lines = LineLocator(path: path)
        } catch {
            throw CaseLoadError(
                kind: error.isMissingInput ? .missingInput : .badData,
                problems: [CaseProblem(file: path, line: nil, fact: nil, message: "case file \(error.message)")])
        }
        // The lists' records are read as they are parsed, and the rest of the tree and the text
        // go once read; a problem's line is found again if needed (see `LineLocator`).
        var reader = RecordReader()
        let root = try parse(consume text, file: path) { reader.receive($0) }
        let raw = try decode(root, adding: reader.finish(), file: path)
        var verifier = CaseVerifier(
            file: path, lines: lines, raw: consume raw,
            articleDirectory: URL(fileURLWithPath: path).deletingLastPathComponent().path,
            allowsSourcesOutsideFolder: allowsSourcesOutsideFolder)
        let model = try verifier.verify()
        release(elsewhere: consume verifier)
        return model
    }

    private func parse(_ text: String, file: String, receiving receive: (YAMLListItem) -> Void)
        throws(CaseLoadError) -> YAMLNode
    {
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(text, streaming: RawCaseFile.lists, to: receive)
        } catch {
            throw Self.badData(file: file, line: error.line, "YAML syntax error: \(error.message)")
        }
        guard let root, case .mapping = root.content else {
            throw Self.badData(
                file: file, line: root?.line ?? 1, "the case file is empty or is not a mapping of fields")
        }
        return root
    }

    /// Reads the records. Unknown fields are all reported together, before anything else: a
    /// misspelt field also leaves the right one missing, and the misspelling says more.
    private func decode(_ root: YAMLNode, adding streamed: StreamedLists, file: String) throws(CaseLoadError)
        -> RawCaseFile
    {
        var decoded = CaseFileFields.read(RawCaseFile.self, from: root, at: .root)
        decoded.record.take(streamed)
        decoded.strays = streamed.strays + decoded.strays
        decoded.failure = streamed.failure ?? decoded.failure
        guard decoded.strays.isEmpty else {
            throw CaseLoadError(
                kind: .badData,
                problems: decoded.strays.map { stray in
                    CaseProblem(
                        file: file, line: stray.line, fact: nil,
                        message:
                            "unknown field '\(stray.field.excerpt)' at \(stray.path.dotted) (allowed here: \(stray.allowed.joined(separator: ", ")))"
                    )
                })
        }
        if let failure = decoded.failure {
            let place = failure.path.dotted.isEmpty ? "" : "\(failure.path.dotted): "
            throw Self.badData(file: file, line: failure.line, place + failure.message)
        }
        return decoded.record
    }

    private static func badData(file: String, line: Int?, _ message: String) -> CaseLoadError {
        CaseLoadError(kind: .badData, problems: [CaseProblem(file: file, line: line, fact: nil, message: message)])
    }
}
