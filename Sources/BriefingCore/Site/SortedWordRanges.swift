import Foundation

/// Words kept as ranges of one UTF-8 buffer, sorted as their bytes compare (as strings do
/// when the words are ASCII, or past ASCII but composed with one character per scalar) and
/// joined by spaces into one string: the timeline's content words and the search terms of a
/// brief, sorted without a string per word.
enum SortedWordRanges {
    /// The positions of `ranges` (words of `bytes`, none holding a zero byte) in the order of
    /// the words' bytes. Each word is sorted as one number: its first bytes above its position
    /// (a shorter word's zero padding sorts first); only words with the same first bytes are
    /// compared byte by byte after. Fewer than `fewKeys` numbers are sorted by comparing them
    /// (`RadixSort.sort`), as many first bytes as fit; more by their first four bytes alone, in
    /// the high halves, without a comparison to mispredict (`RadixSort.sortByHighHalf`: a
    /// stable counting sort byte by byte, and the numbers come in the order of their positions).
    static func order(_ ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = bytes.baseAddress, ranges.count > 1 else { return Array(ranges.indices) }
        let many = ranges.count >= fewKeys
        var positionBits = many ? 32 : 1
        while 1 << positionBits < ranges.count { positionBits += 1 }
        let prefixBytes = (64 - positionBits) / 8
        let positionMask: UInt64 = 1 << positionBits - 1
        var keys: [UInt64] = []
        keys.reserveCapacity(ranges.count)
        for (position, range) in ranges.enumerated() {
            let length = min(prefixBytes, range.count)
            var prefix: UInt64 = 0
            if range.lowerBound + 8 <= bytes.count {
                // Eight bytes at once, those past the prefix masked off (length is below 8).
                prefix = UInt64(bigEndian: UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self))
                prefix &= ~(UInt64.max >> UInt64(8 * length))
            } else {
                for k in 0..<length { prefix |= UInt64(base[range.lowerBound + k]) << UInt64(56 - 8 * k) }
            }
            keys.append(prefix | UInt64(position))
        }
        if many { RadixSort.sortByHighHalf(&keys) } else { RadixSort.sort(&keys) }
        return keys.withUnsafeMutableBufferPointer { keys -> [Int] in
            // Words with the same first bytes, in the order of their positions: sorted by all their bytes.
            var start = 0
            while start < keys.count {
                let prefix = keys[start] & ~positionMask
                var end = start + 1
                while end < keys.count, keys[end] & ~positionMask == prefix { end += 1 }
                if end - start > 1 {
                    var run = UnsafeMutableBufferPointer(rebasing: keys[start..<end])
                    run.sort { a, b in
                        let x = ranges[Int(truncatingIfNeeded: a & positionMask)], y = ranges[Int(truncatingIfNeeded: b & positionMask)]
                        let order = memcmp(base + x.lowerBound, base + y.lowerBound, min(x.count, y.count))
                        return order != 0 ? order < 0 : x.count < y.count
                    }
                }
                start = end
            }
            return keys.map { Int(truncatingIfNeeded: $0 & positionMask) }
        }
    }

    /// Below this many words a comparison sort of their numbers is as fast.
    private static let fewKeys = 64

    /// The words of `ranges` of `bytes` at `positions` (sorted: see `order`), joined by single
    /// spaces; a word equal to the one before it is left out.
    static func joined(_ positions: [Int], of ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = bytes.baseAddress, !positions.isEmpty else { return "" }
        let capacity = positions.reduce(0) { $0 + ranges[$1].count + 1 }
        return String(unsafeUninitializedCapacity: capacity) { out in
            var n = 0
            var last: Range<Int>?
            for position in positions {
                let word = ranges[position]
                if let last, last.count == word.count, memcmp(base + last.lowerBound, base + word.lowerBound, word.count) == 0 { continue }
                if last != nil {
                    out[n] = 0x20
                    n += 1
                }
                UnsafeMutableRawPointer(out.baseAddress! + n).copyMemory(from: base + word.lowerBound, byteCount: word.count)
                n += word.count
                last = word
            }
            return n
        }
    }
}
