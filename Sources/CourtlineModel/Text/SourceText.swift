/// The text of an article, addressed by Unicode scalar offsets.
///
/// Offsets count Unicode scalars (code points) from the start of the file, so that every
/// tool that reads the export can slice the same text the same way, whatever its string type.
/// The text is kept once, as UTF-8; the UTF-8 offset of every 64th scalar is noted so that any
/// scalar offset is found in a few steps, and a text all in ASCII needs no notes at all.
public struct SourceText: Sendable, Hashable {
    public let string: String
    /// The number of Unicode scalars.
    public let count: Int
    /// The UTF-8 offset of scalar 0, 64, 128…; empty when every scalar is one byte.
    private let checkpoints: [Int]
    private static let stride = 64

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        var count = 0
        var checkpoints: [Int] = []
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for (offset, byte) in bytes.enumerated() where !UTF8.isContinuation(byte) {
                if count % Self.stride == 0 { checkpoints.append(offset) }
                count += 1
            }
        }
        self.string = text
        self.count = count
        self.checkpoints = count == text.utf8.count ? [] : checkpoints
    }

    public subscript(range: Range<Int>) -> String {
        let lower = utf8Offset(of: range.lowerBound)
        let upper = utf8Offset(of: range.upperBound, after: range.lowerBound, at: lower)
        return withBytes { String(decoding: UnsafeBufferPointer(rebasing: $0[lower..<upper]), as: UTF8.self) }
    }

    /// The text of `range` in this text's own storage, not copied.
    public func slice(_ range: Range<Int>) -> Substring {
        let lower = utf8Offset(of: range.lowerBound)
        let upper = utf8Offset(of: range.upperBound, after: range.lowerBound, at: lower)
        let utf8 = string.utf8
        return string[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)]
    }

    /// The scalar at `offset`.
    public func scalar(at offset: Int) -> Unicode.Scalar {
        let start = utf8Offset(of: offset)
        return withBytes { bytes in
            var iterator = bytes[start...].makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return "\u{FFFD}" }
            return scalar
        }
    }

    /// The offsets in `range` at which `scalar` stands.
    public func offsets(of scalar: Unicode.Scalar, in range: Range<Int>) -> [Int] {
        var found: [Int] = []
        var offset = range.lowerBound
        for candidate in self[range].unicodeScalars {
            if candidate == scalar { found.append(offset) }
            offset += 1
        }
        return found
    }

    /// Every start offset at which `needle` occurs, overlapping occurrences included.
    public func occurrences(of needle: String) -> [Int] {
        QuoteFinder(needles: [needle]).occurrences(in: self)[ExactText(needle)] ?? []
    }

    /// The scalars in an array, for code that steps back and forth through them: made when
    /// needed rather than kept, as it takes four bytes a character.
    func scalarArray() -> [Unicode.Scalar] {
        withBytes { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, initialized in
                var position = 0
                while position < bytes.count {
                    let lead = bytes[position]
                    let width = UTF8.width(leadingByte: lead)
                    var value = UInt32(lead) & [0x7F, 0x1F, 0x0F, 0x07][width - 1]
                    for next in 1..<width { value = value << 6 | UInt32(bytes[position + next] & 0x3F) }
                    scalars.initializeElement(at: initialized, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    initialized += 1
                    position += width
                }
            }
        }
    }

    // MARK: - UTF-8 offsets

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // `init` made the storage contiguous, so this never copies.
        string.utf8.withContiguousStorageIfAvailable(body) ?? body(UnsafeBufferPointer(start: nil, count: 0))
    }

    /// The UTF-8 offset of scalar `offset` (which may be `count`, the end).
    func utf8Offset(of offset: Int) -> Int {
        guard !checkpoints.isEmpty else { return offset }
        let checkpoint = offset / Self.stride
        guard checkpoint < checkpoints.count else { return string.utf8.count }
        return utf8Offset(of: offset, after: checkpoint * Self.stride, at: checkpoints[checkpoint])
    }

    /// The UTF-8 offset of scalar `offset`, counting on from an earlier scalar whose UTF-8
    /// offset is known.
    func utf8Offset(of offset: Int, after known: Int, at knownUTF8: Int) -> Int {
        guard !checkpoints.isEmpty else { return offset }
        if offset - known > Self.stride { return utf8Offset(of: offset) }
        return withBytes { bytes in
            var position = knownUTF8
            for _ in known..<offset where position < bytes.count {
                position += UTF8.width(leadingByte: bytes[position])
            }
            return position
        }
    }

    /// The scalar offset of UTF-8 offset `utf8`, which must start a scalar.
    func scalarOffset(ofUTF8 utf8: Int) -> Int {
        guard !checkpoints.isEmpty else { return utf8 }
        var low = 0
        var high = checkpoints.count
        while low < high {
            let middle = (low + high) / 2
            if checkpoints[middle] <= utf8 { low = middle + 1 } else { high = middle }
        }
        var offset = (low - 1) * Self.stride
        var position = checkpoints[low - 1]
        withBytes { bytes in
            while position < utf8 {
                position += UTF8.width(leadingByte: bytes[position])
                offset += 1
            }
        }
        return offset
    }
}

extension UTF8 {
    /// How many bytes the scalar that starts with `byte` takes.
    static func width(leadingByte byte: UInt8) -> Int {
        switch byte {
        case ..<0xC0: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }
}
