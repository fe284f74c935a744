import CourtlineModel

/// Any bytes, read as text and split into sentences: the sentences are in order, do not
/// overlap, lie inside the text, are not empty, and say what the text says at their offsets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = SourceText(String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self))
    var end = 0
    for (offset, sentence) in SentenceSegmenter().sentences(in: text).enumerated() {
        precondition(sentence.index == offset + 1, "sentences are numbered from 1 in order")
        precondition(sentence.range.lowerBound >= end, "sentence \(sentence.index) overlaps the one before")
        precondition(sentence.range.upperBound <= text.count, "sentence \(sentence.index) ends past the text")
        precondition(!sentence.range.isEmpty, "sentence \(sentence.index) is empty")
        precondition(sentence.text == text[sentence.range], "sentence \(sentence.index) is not the text at its offsets")
        end = sentence.range.upperBound
    }
    return 0
}
