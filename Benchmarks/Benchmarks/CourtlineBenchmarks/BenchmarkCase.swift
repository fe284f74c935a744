import CourtlineModel
import CourtlineSynthetic
import Foundation

/// The cases measured: the bundled one, and synthetic ones at three sizes to show how cost
/// grows. Synthetic cases are written once to a folder under the system's temporary folder and
/// reused: the same sizes always give the same bytes.
enum BenchmarkCase: String, CaseIterable {
    case small
    case events10k = "10k"
    case events50k = "50k"
    case large = "100k"

    /// The synthetic sizes: one article for every hundred events, as in the large case.
    var sizes: (sources: Int, events: Int)? {
        switch self {
        case .small: nil
        case .events10k: (100, 10_000)
        case .events50k: (500, 50_000)
        case .large: (1_000, 100_000)
        }
    }

    var caseFile: String {
        guard let sizes else {
            return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("seeds/whatsapp-v-nso.yaml").path
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("courtline-benchmark-\(sizes.sources)x\(sizes.events)")
        let caseFile = folder.appendingPathComponent("case.yaml")
        if !FileManager.default.fileExists(atPath: caseFile.path) {
            let made = SyntheticCase(sources: sizes.sources, events: sizes.events)
            try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for article in made.articles {
                try! Data(article.text.utf8).write(to: folder.appendingPathComponent(article.fileName))
            }
            // Written last, so a case file on disk means the articles are there too.
            try! Data(made.caseFile.utf8).write(to: caseFile)
        }
        return caseFile.path
    }

    func load() -> Case {
        do {
            return try CaseLoader().load(caseFileAt: caseFile)
        } catch {
            fatalError("the \(rawValue) case does not load: \(error)")
        }
    }
}
