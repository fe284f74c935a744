import Foundation
import Testing

@testable import CourtlineModel

/// Search ignores case and accents; the byte-by-byte path for ASCII must agree with the full
/// fold on every kind of field.
@Suite("Search query")
struct SearchQueryTests {
    @Test(arguments: [
        ("court", "The Court ruled", true),
        ("COURT", "the court ruled", true),
        ("cafe", "A Café in Paris", true),
        ("café", "a cafe in paris", true),
        ("said", "“We disagree,” a spokesman said", true),
        ("we disagree", "“We disagree,” a spokesman said", true),
        ("disagree,\"", "“We disagree,” a spokesman said", false),
        ("naive", "a naïve reading", true),
        ("zzz", "“quoted” — and dashed", false),
        ("", "anything", true),
        ("munchen", "MÜNCHEN court", true),
    ])
    func matchesIgnoringCaseAndAccents(query: String, field: String, expected: Bool) {
        #expect(SearchQuery(query).matches(field) == expected)
        // Whatever path it takes, it agrees with Foundation's fold.
        let folded = { (text: String) in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        #expect(expected == (query.isEmpty || folded(field).contains(folded(query))))
    }
}
