import CourtlineModel

/// Any text tagged as an article, and read as a date expression, resolved from a publication date and from nothing: it
/// resolves to an interval whose start is not after its end, or says why it cannot.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    // The tagger over the same text as an article: mentions in order, inside the text, each
    // its own words, each with a value.
    let source = SourceText(text)
    var previousEnd = 0
    for mention in DateTagger().mentions(in: source, published: CalendarDay(year: 2024, month: 12, day: 20)!) {
        precondition(mention.range.lowerBound >= previousEnd && mention.range.upperBound <= source.count)
        precondition(source[mention.range] == mention.text && !mention.value.isEmpty)
        previousEnd = mention.range.upperBound
    }
    guard let expression = DateExpression.parse(text) else { return 0 }
    let published = CalendarDay(year: 2024, month: 12, day: 20)!
    for anchor in [DateAnchor.publication(published), nil] {
        do {
            let date = try expression.resolve(text: text, anchor: anchor)
            if let earliest = date.earliest, let latest = date.latest {
                precondition(earliest <= latest, "“\(text)” resolved to \(earliest) – \(latest)")
            }
            // Scalar by scalar: a text ending in a prepending mark (U+070F) joins the basis's
            // next space into one character, so `hasPrefix` on characters says no (found by this target).
            precondition(!date.display.isEmpty && date.basis.unicodeScalars.starts(with: text.unicodeScalars))
        } catch {
            precondition(!error.description.isEmpty)
        }
    }
    return 0
}
