import Foundation

/// Words kept as ranges of one UTF-8 buffer, sorted as their bytes compare (as strings do
/// when the words are ASCII, or past ASCII but composed with one character per scalar) and
/// joined by spaces into one string: the timeline's content words and the search terms of a
/// brief, sorted without a string per word, and without an array: the keys sorted are in a
/// buffer of the sort's own, and the words are written from them to the string directly.
enum SortedWordRanges {
    /// The words of `bytes` at `ranges` (none empty, none holding a zero byte, and eight bytes
    /// of `bytes` initialized past the end of each) in the order of their bytes, joined by
    /// single spaces; a word equal to the one before it is left out. `each` is called with the
    /// position in `ranges` of each word written, in order. Words are read and written eight
    /// bytes at a time (the bytes past a word are written over by the next, or left past the
    /// string's end), where a call to copy or compare them costs more than most words. Inlined,
    /// so that `each` is too: it is called for every word.
    @inline(__always)
    static func joined(_ ranges: UnsafeBufferPointer<Range<Int>>, in bytes: UnsafeBufferPointer<UInt8>, each: (Int) -> Void = { _ in }) -> String {
        guard let base = bytes.baseAddress, !ranges.isEmpty else { return "" }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ranges.count) { keys in
            let positionMask = sort(ranges, in: base, into: keys)
            // Room for each word and a space, and for the eight bytes written at the last.
            let capacity = ranges.reduce(8) { $0 + $1.count + 1 }
            return String(unsafeUninitializedCapacity: capacity) { out in
                let start = out.baseAddress!
                var n = 0
                var last = 0..<0
                for key in keys {
                    let position = Int(truncatingIfNeeded: key & positionMask)
                    let word = ranges[position]
                    if n > 0 {
                        if word.count == last.count, same(base + word.lowerBound, base + last.lowerBound, word.count) { continue }
                        start[n] = 0x20
                        n += 1
                    }
                    var k = 0
                    repeat {
                        UnsafeMutableRawPointer(start + n + k).storeBytes(of: load(base + word.lowerBound + k).littleEndian, as: UInt64.self)
                        k += 8
                    } while k < word.count
                    n += word.count
                    last = word
                    each(position)
                }
                return n
            }
        }
    }

    /// Sorts the positions of `ranges` (words at `base`, see `joined`) into `keys` in the order
    /// of the words' bytes, each above what it returns, the mask of its position. Each word is
    /// sorted as one number: its first bytes above its position (a shorter word's zero padding
    /// sorts first); only words with the same first bytes are compared byte by byte after.
    /// Fewer than `RadixSort.smallest` numbers (a brief's search terms, an event's words) are
    /// sorted in place (`RadixSort.sort`: spread into buckets by their first bits, or
    /// quicksorted when few), as many first bytes as fit beside the position; more by their
    /// first four bytes alone, in the high halves (`RadixSort.sortByHighHalf`: a stable
    /// counting sort byte by byte, and the numbers come in the order of their positions).
    private static func sort(_ ranges: UnsafeBufferPointer<Range<Int>>, in base: UnsafePointer<UInt8>, into keys: UnsafeMutableBufferPointer<UInt64>) -> UInt64 {
        let many = ranges.count >= RadixSort.smallest
        var positionBits = many ? 32 : 1
        while 1 << positionBits < ranges.count { positionBits += 1 }
        let prefixBytes = (64 - positionBits) / 8
        let positionMask: UInt64 = 1 << positionBits - 1
        for (position, range) in ranges.enumerated() {
            // Eight bytes at once, those past the prefix masked off (the prefix is below eight bytes).
            let prefix = load(base + range.lowerBound).byteSwapped & ~(UInt64.max >> UInt64(8 * min(prefixBytes, range.count)))
            keys.initializeElement(at: position, to: prefix | UInt64(position))
        }
        if many { RadixSort.sortByHighHalf(keys) } else { RadixSort.sort(keys) }
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
        return positionMask
    }

    /// The eight bytes at `bytes`, the first lowest.
    @inline(__always)
    private static func load(_ bytes: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self))
    }

    /// Whether the `count` bytes (at least one) at `a` and `b` are the same, compared eight at
    /// a time: the bytes past the last eight are masked off.
    @inline(__always)
    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var k = 0
        while count - k > 8 {
            if load(a + k) != load(b + k) { return false }
            k += 8
        }
        let kept = UInt64.max >> UInt64(8 * (8 - (count - k)))
        return (load(a + k) ^ load(b + k)) & kept == 0
    }
}
