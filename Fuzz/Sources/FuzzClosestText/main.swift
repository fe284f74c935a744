import CourtlineModel

/// Any bytes, the first saying where the article ends and the quote begins: the quote is
/// anchored in the article, and when it is not found, the closest text offered is the
/// article's own words. The run's time limit (`Fuzz/run`: 5 s an input) catches a search that
/// costs the article's length times the quote's squared again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 1 else { return 0 }
    let split = 1 + (count - 1) * Int(start[0]) / 256
    let article = String(decoding: UnsafeBufferPointer(start: start + 1, count: split - 1), as: UTF8.self)
    let quote = String(decoding: UnsafeBufferPointer(start: start + split, count: count - split), as: UTF8.self)
    let source = Source(
        id: "s", file: "s.txt", text: SourceText(article), titleBasis: .leadSentence,
        published: CalendarDay(iso: "2024-12-20")!)
    do {
        let citation = try source.anchor(TextQuoteSelector(sourceID: "s", exact: quote))
        precondition(source.text[citation.range] == quote, "a quote anchored where the text differs")
    } catch .notFound(let closest) {
        if let closest {
            precondition(
                source.sentences.contains { $0.text.contains(closest) }, "the closest text is not in one sentence")
        }
    } catch {}
    return 0
}
