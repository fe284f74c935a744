import CourtlineModel
import Foundation
import Testing

@Suite("JSON export")
struct CaseExportTests {
    let json: [String: Any]

    init() throws {
        let model = try CaseLoader().load(caseFileAt: Seeds.path(Seeds.caseFile))
        let text = CaseExport.json(CaseExport(model))
        json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func records(_ key: String) -> [[String: Any]] { json[key] as? [[String: Any]] ?? [] }

    @Test func hasTheContractsShape() throws {
        #expect(json["schema"] as? String == "courtline/1")
        #expect(Set(json.keys) == ["schema", "case", "sources", "courts", "parties", "events"])
        #expect(json["case"] as? [String: String] == ["id": "whatsapp-v-nso", "title": "WhatsApp v. NSO Group"])
        let source = records("sources")[0]
        #expect(
            Set(source.keys).isSuperset(of: [
                "id", "file", "title", "outlet", "published", "published_basis", "sentences",
            ]))
        #expect(source["outlet"] is NSNull)
        #expect(source["published"] as? String == "2024-12-20")
        #expect((source["published_basis"] as? String)?.contains("supplied") == true)
        let sentence = (source["sentences"] as? [[String: Any]])?.first ?? [:]
        #expect(Set(sentence.keys) == ["index", "start", "end", "text"])
        #expect(Set(records("courts")[0].keys) == ["id", "name", "short", "level", "citations", "draft"])
        #expect(
            Set(records("parties")[0].keys) == ["id", "name", "kind", "standing", "side", "role", "citations", "draft"])
        let event = records("events")[0]
        #expect(
            Set(event.keys) == [
                "id", "title", "kind", "summary", "date", "court", "parties", "citations", "told_by", "draft",
            ])
        // The bundled case is reviewed: no drafts.
        #expect(records("events").allSatisfy { $0["draft"] is NSNull })
        let hack = try #require(records("events").first { $0["id"] as? String == "hack" })
        #expect(hack["told_by"] as? [String] == ["reuters", "landmark"])
        let date = event["date"] as? [String: Any] ?? [:]
        #expect(Set(date.keys) == ["text", "earliest", "latest", "precision", "basis"])
        let citation = (event["citations"] as? [[String: Any]])?.first ?? [:]
        #expect(Set(citation.keys) == ["source", "sentence", "start", "end", "quote"])
    }

    @Test func writesNullsForUnknownCourtsAndOpenBounds() throws {
        let sanctions = try #require(records("events").first { $0["id"] as? String == "us-sanctions" })
        #expect(sanctions["court"] is NSNull)
        let date = try #require(sanctions["date"] as? [String: Any])
        #expect(date["earliest"] is NSNull)
        #expect(date["latest"] as? String == "2024-12-20")
        #expect(date["precision"] as? String == "bounded")
    }

    @Test func quotesMatchTheirOffsetsInTheArticles() throws {
        let texts = try Dictionary(
            uniqueKeysWithValues: records("sources").map { source in
                (source["id"] as! String, Array(try Seeds.text(of: source["file"] as! String).unicodeScalars))
            })
        let citations = ["courts", "parties", "events"].flatMap(records).flatMap {
            $0["citations"] as? [[String: Any]] ?? []
        }
        #expect(citations.count > 50)
        for citation in citations {
            let scalars = try #require(texts[citation["source"] as! String])
            let quote = String(
                String.UnicodeScalarView(scalars[(citation["start"] as! Int)..<(citation["end"] as! Int)]))
            #expect(quote == citation["quote"] as? String)
        }
    }
}
