/// Numbered and lettered list items run together in one line ("1) The first 2) The second",
/// "a. One b. Two", "• 9. Nine • 10. Ten"): each item is a sentence of its own, and the marker's
/// period ends nothing.
///
/// A marker counts only in a run of two or more that count up (1, 2 or a, b), so "turn to p. 5.
/// The" or "He won 2. Then" is no list.
enum ListMarkers {
    /// The ranges of the markers of `block`'s lists, bullets included, in order.
    static func find(in block: Range<Int>, of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var candidates: [(range: Range<Int>, value: Int, isLetter: Bool)] = []
        var position = block.lowerBound
        while position < block.upperBound {
            while position < block.upperBound, Punctuation.isWhitespace(scalars[position]) { position += 1 }
            var end = position
            while end < block.upperBound, !Punctuation.isWhitespace(scalars[end]) { end += 1 }
            if end > position, let marker = marker(position..<end, in: block, of: scalars) {
                candidates.append(marker)
                end = max(end, marker.range.upperBound)
            }
            position = end
        }
        guard candidates.count >= 2 else { return [] }
        var kept = Array(repeating: false, count: candidates.count)
        for index in candidates.indices.dropLast() {
            let (this, next) = (candidates[index], candidates[index + 1])
            if this.isLetter == next.isLetter, next.value == this.value + 1 {
                kept[index] = true
                kept[index + 1] = true
            }
        }
        return candidates.indices.filter { kept[$0] }.map { candidates[$0].range }
    }

    /// The marker a block starts with, if any: a line that begins a list item ends the sentence
    /// before it (see `LineBreaks`), so the item stands alone in its block, one marker, no run.
    static func leading(in block: Range<Int>, of scalars: [Unicode.Scalar]) -> Range<Int>? {
        var start = block.lowerBound
        while start < block.upperBound, Punctuation.isWhitespace(scalars[start]) { start += 1 }
        var end = start
        while end < block.upperBound, !Punctuation.isWhitespace(scalars[end]) { end += 1 }
        guard end > start else { return nil }
        return marker(start..<end, in: block, of: scalars)?.range
    }

    /// A word that marks an item: "1.", "2)", "1.)", "(a)", "b.", "⁃9.", or a bullet ("•")
    /// followed by one. It must be followed by a space and more text.
    private static func marker(_ word: Range<Int>, in block: Range<Int>, of scalars: [Unicode.Scalar]) -> (
        range: Range<Int>, value: Int, isLetter: Bool
    )? {
        var start = word.lowerBound
        if bullets.contains(scalars[start]) {
            if word.count == 1 {
                // A bullet on its own, then the marker after the space.
                var next = word.upperBound
                while next < block.upperBound, Punctuation.isWhitespace(scalars[next]) { next += 1 }
                var end = next
                while end < block.upperBound, !Punctuation.isWhitespace(scalars[end]) { end += 1 }
                guard next < end, let inner = marker(next..<end, in: block, of: scalars) else { return nil }
                return (word.lowerBound..<inner.range.upperBound, inner.value, inner.isLetter)
            }
            start += 1
        }
        guard word.upperBound < block.upperBound else { return nil }
        var position = start
        if scalars[position] == "(" { position += 1 }
        let valueStart = position
        var value = 0
        while position < word.upperBound, position - valueStart < 2, ("0"..."9").contains(scalars[position]) {
            value = value * 10 + Int(scalars[position].value - Unicode.Scalar("0").value)
            position += 1
        }
        var isLetter = false
        if position == valueStart, position < word.upperBound, ("a"..."z").contains(scalars[position]) {
            value = Int(scalars[position].value - Unicode.Scalar("a").value) + 1
            isLetter = true
            position += 1
        }
        guard position > valueStart, position < word.upperBound else { return nil }
        var sawMark = false
        while position < word.upperBound, scalars[position] == "." || scalars[position] == ")" {
            sawMark = true
            position += 1
        }
        guard sawMark, position == word.upperBound else { return nil }
        return (word, value, isLetter)
    }

    private static let bullets: Set<Unicode.Scalar> = ["•", "⁃", "‣", "◦", "*", "-"]
}
