import CourtlineUI
import Foundation
import Testing

@Suite("Documentation")
struct DocumentationTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    /// The README's key table is the key map's, so the two cannot drift; `COURTLINE_RECORD=1`
    /// writes it.
    @Test func theReadmeListsEveryKeyOfTheKeyMap() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let begin = "<!-- keys:begin (generated from KeyMap.bindings by the tests) -->\n"
        let end = "<!-- keys:end -->"
        let start = try #require(text.range(of: begin), "README.md has no key table markers")
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        if ProcessInfo.processInfo.environment["COURTLINE_RECORD"] == "1" {
            let updated = text.replacingCharacters(
                in: start.upperBound..<stop.lowerBound, with: KeyReference.markdown + "\n")
            try updated.write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(text[start.upperBound..<stop.lowerBound]) == KeyReference.markdown + "\n")
    }
}
