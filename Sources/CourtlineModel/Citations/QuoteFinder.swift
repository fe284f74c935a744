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
    private let needles: [ExactText]

    init<Needles: Sequence<String>>(needles: Needles) {
        self.needles = Array(Set(needles.lazy.filter { !$0.isEmpty }.map(ExactText.init)))
    }

    /// Each needle's start offsets (in scalars), in order; a needle not found has none.
    func occurrences(in text: SourceText) -> [ExactText: [Int]] {
        var found = Array(repeating: [Int](), count: needles.count)
        text.withBytes { bytes in
            for keyLength in 1...8 {
                let group = needles.indices.filter { min(needles[$0].byteCount, 8) == keyLength }
                guard !group.isEmpty else { continue }
                search(bytes, keyLength: keyLength, for: group, into: &found)
            }
        }
        var result: [ExactText: [Int]] = [:]
        result.reserveCapacity(needles.count)
        for index in needles.indices {
            for hit in found[index].indices { found[index][hit] = text.scalarOffset(ofUTF8: found[index][hit]) }
            result[needles[index]] = found[index]
        }
        return result
    }

    private func search(
        _ bytes: UnsafeBufferPointer<UInt8>, keyLength: Int, for group: [Int], into found: inout [[Int]]
    ) {
        guard bytes.count >= keyLength else { return }
        // The needles that begin with each key, as a chain through `next`: the first in `table`.
        var table: [UInt64: Int] = [:]
        var next = [Int](repeating: -1, count: needles.count)
        var bitmap = Bitmap()
        for index in group {
            let key = needles[index].withBytes { Self.key($0, at: 0, length: keyLength) }
            next[index] = table[key] ?? -1
            table[key] = index
            bitmap.insert(key)
        }
        // The key of each place is rolled on from the last: one byte in, the oldest out.
        let mask: UInt64 = keyLength == 8 ? .max : (1 << UInt64(8 * keyLength)) - 1
        var key = Self.key(bytes, at: 0, length: keyLength - 1)
        for position in 0...(bytes.count - keyLength) {
            key = (key << 8 | UInt64(bytes[position + keyLength - 1])) & mask
            guard bitmap.contains(key), var index = table[key] else { continue }
            while index >= 0 {
                let matches = needles[index].withBytes { needle in
                    position + needle.count <= bytes.count
                        && (needle.count == keyLength
                            || memcmp(needle.baseAddress!, bytes.baseAddress! + position, needle.count) == 0)
                }
                if matches { found[index].append(position) }
                index = next[index]
            }
        }
    }

    /// The first `length` bytes at `position`, packed into one number.
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int, length: Int) -> UInt64 {
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
