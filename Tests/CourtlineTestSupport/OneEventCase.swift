import Foundation

extension TemporaryFolder {
    /// A case of one event over one article, `article`, whose only citation is `quote`; returns
    /// the case file's path. `title` is written as a YAML double-quoted string, escapes and all.
    public static func oneEventCase(article: String, quote: String, title: String = "Acme sues") throws -> String {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", article)
        return try folder.write(
            "case.yaml",
            """
            case: {id: t, title: T}
            sources:
              - {id: a, file: a.txt, published: "2024-12-20", headline: false}
            courts: []
            parties: []
            events:
              - id: suit
                title: "\(title)"
                kind: filing
                summary: A summary.
                date: {text: in 2019}
                parties: []
                citations:
                  - source: a
                    quote: \(quote)
            """)
    }
}
