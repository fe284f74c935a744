import CourtlineTestSupport
import Foundation
import Testing

@testable import CourtlineModel

@Suite("YAML parser")
struct YAMLParserTests {
    private func shape(_ yaml: String) throws -> YAMLShape? {
        try YAMLParser.parse(yaml).map(YAMLShape.init)
    }

    private func refusal(_ yaml: String) -> YAMLSyntaxError? {
        do {
            _ = try YAMLParser.parse(yaml)
            return nil
        } catch {
            return error
        }
    }

    private static func reading(_ document: String) -> OracleReading {
        do {
            return .shape(try YAMLParser.parse(document).map(YAMLShape.init))
        } catch {
            return .refused
        }
    }

    /// Random documents in every style a case file may use, each read by the parser and by
    /// libyaml (through Yams): where libyaml reads one, both must give the same tree; where it
    /// refuses one, so must the parser.
    @Test(arguments: 0..<4)
    func agreesWithLibyaml(batch: UInt64) throws {
        var generator = YAMLDocumentGenerator(random: SeededGenerator(seed: batch))
        var accepted = 0
        for _ in 0..<500 {
            let document = generator.document()
            let mine = Self.reading(document)
            let oracle = OracleReading(document)
            #expect(mine == oracle, "\(document.debugDescription)\nmine:   \(mine)\nlibyaml: \(oracle)")
            if case .shape = oracle { accepted += 1 }
        }
        // Most documents must be ones libyaml reads, or agreeing on refusals would prove little.
        #expect(accepted > 300, "only \(accepted) of 500 documents were valid")
    }

    /// The same, with a byte of each document changed, inserted or removed: mostly broken YAML.
    /// (Not `&`, `*`, `!` or `?`, which start what the parser refuses on purpose and libyaml reads.)
    @Test(arguments: 0..<4)
    func refusesWhatLibyamlRefuses(batch: UInt64) throws {
        var generator = YAMLDocumentGenerator(random: SeededGenerator(seed: 100 + batch))
        var random = SeededGenerator(seed: 200 + batch)
        for _ in 0..<500 {
            var bytes = Array(generator.document().utf8)
            let at = Int.random(in: 0..<bytes.count, using: &random)
            let byte = Array(" \n\t:-#'\"[]{},|>%@`a1\\".utf8).randomElement(using: &random)!
            switch Int.random(in: 0..<3, using: &random) {
            case 0: bytes[at] = byte
            case 1: bytes.insert(byte, at: at)
            default: bytes.remove(at: at)
            }
            let document = String(decoding: bytes, as: UTF8.self)
            let mine = Self.reading(document)
            let oracle = OracleReading(document)
            #expect(mine == oracle, "\(document.debugDescription)\nmine:   \(mine)\nlibyaml: \(oracle)")
        }
    }

    @Test func readsTheBundledCaseFileAsLibyamlDoes() throws {
        let text = try Seeds.text(of: Seeds.caseFile)
        #expect(OracleReading(text) == .shape(try shape(text)))
    }

    @Test func keepsEachNodesLine() throws {
        let root = try #require(
            try YAMLParser.parse("# note\na:\n  - x\n  -\n    b: |\n      text\n    c: [1,\n      2]\n"))
        #expect(root.line == 2)
        #expect(root.line(at: [.key("a"), .index(0)]) == 3)
        #expect(root.line(at: [.key("a"), .index(1)]) == 5)
        #expect(root.line(at: [.key("a"), .index(1), .key("c")]) == 7)
        #expect(root.line(at: [.key("a"), .index(1), .key("c"), .index(1)]) == 8)
        #expect(root.line(at: [.key("a"), .index(1), .key("missing")]) == 5)
    }

    @Test(arguments: [
        ("a: &x 1\n", 1, "anchors ('&'), aliases ('*') and tags ('!') are not used"),
        ("a: 1\nb: *x\n", 2, "anchors ('&'), aliases ('*') and tags ('!') are not used"),
        ("a: !!str 1\n", 1, "anchors ('&'), aliases ('*') and tags ('!') are not used"),
        ("? a\n: 1\n", 1, "complex keys ('? ') are not used"),
        ("a: 1\n\tb: 2\n", 2, "a tab indents this line"),
        ("a: 1\nb: 2\na: 3\n", 3, "duplicate field 'a' (first given at line 1)"),
        ("a: {b: 1, b: 2}\n", 1, "duplicate field 'b' (first given at line 1)"),
        ("a: \"open\nb: 2\n", 1, "this quoted scalar is never closed (the file ends at line 3)"),
        ("a: [1,\n  2\nb: 3\n", 1, "this flow sequence is never closed"),
        ("a: b: c\n", 1, "put the value in quotes"),
        ("a: 1\n  b: 2\n", 2, "put the value in quotes"),
        ("a:\n  b: 1\n   c: 2\n", 3, "put the value in quotes"),
        ("a: \"\\q\"\n", 1, "unknown escape '\\q'"),
        ("a: 1\n---\nb: 2\n", 2, "a case file holds one YAML document"),
        ("%YAML 1.2\n---\na: 1\n", 1, "YAML directives"),
        ("a: [b, c] d\n", 1, "unexpected text after the value"),
        ("a: " + String(repeating: "[", count: 300) + "\n", 1, "nested too deeply"),
    ])
    func refusesWithItsLineAndWhy(yaml: String, line: Int, words: String) throws {
        let error = try #require(refusal(yaml))
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(words), "\(error)")
    }

    @Test func readsBlockTextAsYAMLDoes() throws {
        let yaml = """
            literal: |
              one
                two

              three
            folded: >-
              one
              two

              three
                indented
              four
            kept: |+
              end

            stripped: >-
              text
            quoted: "a\\tb \\u00e9
              next

              line\\
              joined"
            single: 'it''s
              folded'
            plain: first
              second

              third
            """
        let shape = try #require(try shape(yaml))
        #expect(
            shape
                == .mapping(
                    ["literal", "folded", "kept", "stripped", "quoted", "single", "plain"],
                    [
                        .scalar("one\n  two\n\nthree\n", plain: false),
                        .scalar("one two\nthree\n  indented\nfour", plain: false),
                        .scalar("end\n\n", plain: false),
                        .scalar("text", plain: false),
                        .scalar("a\tb é next\nlinejoined", plain: false),
                        .scalar("it's folded", plain: false),
                        .scalar("first second\nthird", plain: true),
                    ]))
        #expect(OracleReading(yaml) == .shape(shape))
    }

    @Test func readsWindowsLineEndingsAndAByteOrderMark() throws {
        let shape = try #require(try shape("\u{FEFF}a: 1\r\nb:\r\n  - x\r\n"))
        #expect(shape == .mapping(["a", "b"], [.scalar("1", plain: true), .sequence([.scalar("x", plain: true)])]))
    }

    /// Escapes, doubled quotes and folds are appended in place (issue 22: each one rebuilt the
    /// whole text, so a 7 MB file of them took over a minute). Read whole and right, well inside
    /// the time limit.
    @Test(.timeLimit(.minutes(1)))
    func readsLongScalarsFullOfEscapesAndFoldsInLinearTime() throws {
        let pieces = 200_000
        let escaped = String(repeating: #"a\tb\u00e9\"c\\"#, count: pieces)
        let doubled = String(repeating: "it''s ", count: pieces)
        let folded = (0..<pieces).map { "  word\($0)" }.joined(separator: "\n")
        let document = "escaped: \"\(escaped)\"\ndoubled: '\(doubled)'\nfolded: first\n\(folded)\n"
        let shape = try shape(document)
        #expect(
            shape
                == .mapping(
                    ["escaped", "doubled", "folded"],
                    [
                        .scalar(String(repeating: "a\tbé\"c\\", count: pieces), plain: false),
                        .scalar(String(repeating: "it's ", count: pieces), plain: false),
                        .scalar("first " + (0..<pieces).map { "word\($0)" }.joined(separator: " "), plain: true),
                    ]))
    }

    @Test func readsAnEmptyDocumentAsNothing() throws {
        #expect(try shape("") == nil)
        #expect(try shape("# only a comment\n\n") == nil)
    }
}
