import Foundation

/// Finds every occurrence of many quotes in one text together.
///
/// A case cites a source hundreds of times; searching the whole text once per quote would cost
/// the text's length for each. Instead the quotes are grouped by the length of their first
/// (up to eight) bytes, and the text is read once per group: at each byte, those bytes are
/// looked up among the quotes' beginnings (a bitmap turns most places away before the table
/// is asked), and only a quote that begins there is compared whole. UTF-8 is self-synchronizing,
/// so a match of whole-scalar bytes always starts on a scalar.
struct QuoteFinder {
    private let needles: [[UInt8]]
    private let texts: [ExactText]

    init<Needles: Sequence<String>>(needles: Needles) {
        let unique = Array(Set(needles.lazy.filter { !$0.isEmpty }.map(ExactText.init)))
        texts = unique
        self.needles = unique.map { Array($0.string.utf8) }
    }

    /// Each needle's start offsets (in scalars), in order; a needle not found has none.
    func occurrences(in text: SourceText) -> [ExactText: [Int]] {
        var found = Array(repeating: [Int](), count: needles.count)
        text.withBytes { bytes in
            for keyLength in 1...8 {
                let group = needles.indices.filter { min(needles[$0].count, 8) == keyLength }
                guard !group.isEmpty else { continue }
                search(bytes, keyLength: keyLength, for: group, into: &found)
            }
        }
        var result: [ExactText: [Int]] = [:]
        result.reserveCapacity(needles.count)
        for (index, starts) in found.enumerated() {
            result[texts[index]] = starts.map(text.scalarOffset(ofUTF8:))
        }
        return result
    }

    private func search(
        _ bytes: UnsafeBufferPointer<UInt8>, keyLength: Int, for group: [Int], into found: inout [[Int]]
    ) {
        guard bytes.count >= keyLength else { return }
        var table: [UInt64: [Int]] = [:]
        var bitmap = Bitmap()
        for index in group {
            let key = Self.key(needles[index], at: 0, length: keyLength)
            table[key, default: []].append(index)
            bitmap.insert(key)
        }
        // The key of each place is rolled on from the last: one byte in, the oldest out.
        let mask: UInt64 = keyLength == 8 ? .max : (1 << UInt64(8 * keyLength)) - 1
        var key = Self.key(bytes, at: 0, length: keyLength - 1)
        for position in 0...(bytes.count - keyLength) {
            key = (key << 8 | UInt64(bytes[position + keyLength - 1])) & mask
            guard bitmap.contains(key), let candidates = table[key] else { continue }
            for index in candidates {
                let needle = needles[index]
                guard position + needle.count <= bytes.count else { continue }
                if needle.count == keyLength
                    || needle.withUnsafeBufferPointer({
                        memcmp($0.baseAddress!, bytes.baseAddress! + position, $0.count) == 0
                    })
                {
                    found[index].append(position)
                }
            }
        }
    }

    /// The first `length` bytes at `position`, packed into one number.
    private static func key<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at position: Int, length: Int)
        -> UInt64 where Bytes.Index == Int
    {
        var key: UInt64 = 0
        for offset in 0..<length { key = key << 8 | UInt64(bytes[position + offset]) }
        return key
    }

    /// A 65,536-bit set of hashed keys: a place whose key is not in it is no quote's beginning.
    private struct Bitmap {
        private var words = [UInt64](repeating: 0, count: 1024)

        private static func bit(_ key: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> 48) }

        mutating func insert(_ key: UInt64) {
            let bit = Self.bit(key)
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }

        func contains(_ key: UInt64) -> Bool {
            let bit = Self.bit(key)
            return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }
    }
}
